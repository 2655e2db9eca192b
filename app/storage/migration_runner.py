"""Run alembic migrations programmatically (used by `db init`, `db upgrade`, tests)."""
from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(url: str):
    from alembic.config import Config  # alembic costs ~0.5 s to import: only when there is work

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # '%' must be escaped for configparser interpolation.
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Upgrade to every head: each area (records, staff/audit, visits) keeps its
    own migration branch so features land independently."""
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def current_heads(engine: Engine) -> tuple[str, ...]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return tuple(sorted(MigrationContext.configure(conn).get_current_heads()))


_REVISION = re.compile(r'^(down_revision|revision)\s*=\s*(None|"[^"]*")', re.M)


def script_heads() -> set[str]:
    """Head revisions of every migration branch, read from the version files' text.
    Importing alembic costs about half a second at each start; this costs a few ms."""
    versions = MIGRATIONS_DIR / "versions"
    revisions, parents = set(), set()
    for path in versions.glob("*.py"):
        fields = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in fields:
            revisions.add(fields["revision"].strip('"'))
        parent = fields.get("down_revision", "None")
        if parent != "None":
            parents.add(parent.strip('"'))
    return revisions - parents


def schema_is_current(engine) -> bool:
    from sqlalchemy import inspect, text

    try:
        if not inspect(engine).has_table("alembic_version"):
            return False
        with engine.connect() as conn:
            current = {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except Exception:  # noqa: BLE001 — anything odd: let alembic look properly
        return False
    return current == script_heads()
