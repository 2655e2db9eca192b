"""Where a database's schema stands against this code's migrations: current, older, newer,
or not created yet. Read from alembic_version without importing alembic."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from app.storage.errors import DatabaseNewer, DatabaseOutdated, DatabaseUninitialised
from app.storage.migration_runner import script_heads, script_revisions

VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class SchemaState:
    applied: frozenset[str]   # the database's alembic_version rows
    heads: frozenset[str]     # this code's heads
    known: frozenset[str]     # every revision this code has
    where: str = ""

    @property
    def empty(self) -> bool:
        return not self.applied

    @property
    def unknown(self) -> frozenset[str]:
        return self.applied - self.known

    @property
    def current(self) -> bool:
        return self.applied == self.heads

    @property
    def outdated(self) -> bool:
        return not self.empty and not self.unknown and not self.current

    def refuse_newer(self) -> None:
        if self.unknown:
            raise DatabaseNewer(version=", ".join(sorted(self.unknown)), known=", ".join(sorted(self.heads)))

    def require_current(self) -> None:
        """For every command but `db init`/`db upgrade`: they never migrate."""
        self.refuse_newer()
        if self.empty:
            raise DatabaseUninitialised(where=self.where)
        if not self.current:
            raise DatabaseOutdated(version=", ".join(sorted(self.applied)))


def read_schema_state(bind: Engine | Connection, where: str = "") -> SchemaState:
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return read_schema_state(conn, where)
    applied: set[str] = set()
    if inspect(bind).has_table(VERSION_TABLE):
        applied = {row[0] for row in bind.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))}
    return SchemaState(frozenset(applied), frozenset(script_heads()), frozenset(script_revisions()), where)
