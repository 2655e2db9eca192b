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
    own migration branch so features land independently. A database from a newer
    release is refused (DatabaseNewer) before alembic sees it."""
    from alembic import command

    from app.storage.schema_state import read_schema_state

    read_schema_state(engine).refuse_newer()
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


_REVISION = re.compile(r'^(down_revision|revision)\s*=\s*(None|"[^"]*"|\([^)]*\))', re.M)
_QUOTED = re.compile(r'"([^"]*)"')


def _script_graph() -> tuple[set[str], set[str]]:
    """(every revision, every revision that has a child), read from the version files' text.
    Importing alembic costs about half a second at each start; this costs a few ms."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        fields = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in fields:
            revisions.add(fields["revision"].strip('"'))
        parents.update(_QUOTED.findall(fields.get("down_revision", "None")))  # one, or a merge's tuple
    return revisions, parents


def script_revisions() -> set[str]:
    """Every revision this code knows; a database at any other is from a newer release."""
    return _script_graph()[0]


def script_heads() -> set[str]:
    """Head revisions of every migration branch."""
    revisions, parents = _script_graph()
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
