"""`db check`: what is wrong with a database, and what `--repair` can put right.

Findings are codes with technical data (index and table names, counts), never row content.
- SQLite: `PRAGMA integrity_check` (full: also compares every index with its table).
- Every index the tables declare exists (a `db seed` interrupted while they were dropped
  for the bulk load leaves them missing: lookups then scan whole tables).
- PostgreSQL: every id sequence is past its table's largest id (the seeder writes explicit
  ids with COPY; interrupted before it moved the sequences, the next insert would fail).
Repairs: the last two, and SQLite indexes whose entries disagree with their table (REINDEX
rebuilds them from the table). Anything else damaged is restored from a backup, not here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Integer, Table, inspect, text
from sqlalchemy.engine import Connection, Engine

from app.storage.base import Base

INTEGRITY_LINES_SHOWN = 20
# integrity_check lines an index rebuild cures: the table is sound, an index lost entries
_INDEX_ONLY = re.compile(r"^(row \d+ missing from index \S+|wrong # of entries in index \S+)$")


@dataclass(frozen=True)
class Finding:
    code: str               # integrity | index_missing | sequence_behind
    subject: str = ""       # index or table name; an integrity_check line
    repairable: bool = False


@dataclass
class HealthReport:
    findings: list[Finding] = field(default_factory=list)
    integrity_problems: int = 0  # all of them; only the first lines are kept as findings
    indexes_only: bool = False   # every integrity problem is an index that REINDEX rebuilds

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def repairable(self) -> list[Finding]:
        return [f for f in self.findings if f.repairable]


def _tables() -> list[Table]:
    import app.storage.tables  # noqa: F401  (registers every table on Base.metadata)

    return list(Base.metadata.sorted_tables)


def check(engine: Engine, *, integrity: bool = True) -> HealthReport:
    report = HealthReport()
    with engine.connect() as conn:
        if integrity and conn.dialect.name == "sqlite":
            lines = [line for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
                     for line in str(row[0]).splitlines() if line and not line.startswith("***")]
            if lines != ["ok"]:
                report.integrity_problems = len(lines)
                report.indexes_only = all(_INDEX_ONLY.match(line) for line in lines)
                report.findings += [Finding("integrity", line, report.indexes_only)
                                    for line in lines[:INTEGRITY_LINES_SHOWN]]
        report.findings += [Finding("index_missing", name, True) for name in missing_indexes(conn)]
        report.findings += [Finding("sequence_behind", name, True) for name in lagging_sequences(conn)]
    return report


def missing_indexes(conn: Connection) -> list[str]:
    """Declared indexes of the tables that exist, absent from the database."""
    inspector = inspect(conn)
    present_tables = set(inspector.get_table_names())
    missing = []
    for table in _tables():
        if table.name not in present_tables or not table.indexes:
            continue
        present = {ix["name"] for ix in inspector.get_indexes(table.name)}
        missing += sorted(ix.name for ix in table.indexes if ix.name not in present)
    return missing


def _id_tables(conn: Connection) -> list[Table]:
    present = set(inspect(conn).get_table_names())
    return [t for t in _tables() if t.name in present and "id" in t.c and t.c.id.primary_key
            and isinstance(t.c.id.type, Integer)]


def lagging_sequences(conn: Connection) -> list[str]:
    """PostgreSQL tables whose id sequence would hand out an id already used."""
    if conn.dialect.name != "postgresql":
        return []
    behind = []
    for table in _id_tables(conn):
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}).scalar()
        if sequence is None:
            continue
        # nextval would return last_value (not yet called) or last_value + 1
        upcoming = conn.execute(text(f"SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END "
                                     f"FROM {sequence}")).scalar_one()
        largest = conn.execute(text(f'SELECT COALESCE(MAX(id), 0) FROM "{table.name}"')).scalar_one()
        if upcoming <= largest:
            behind.append(table.name)
    return behind


def repair(engine: Engine, report: HealthReport | None = None) -> list[Finding]:
    """Create the missing indexes, move lagging sequences past their tables' ids and, when
    `report` found only index damage, rebuild the indexes; returns what was repaired."""
    done: list[Finding] = []
    with engine.begin() as conn:
        if report is not None and report.indexes_only and report.integrity_problems:
            conn.exec_driver_sql("REINDEX")
            done += [f for f in report.findings if f.code == "integrity"]
        missing = set(missing_indexes(conn))
        for table in _tables():
            for index in table.indexes:
                if index.name in missing:
                    index.create(conn, checkfirst=True)
                    done.append(Finding("index_missing", index.name, True))
        for name in lagging_sequences(conn):
            restore_sequence(conn, name)
            done.append(Finding("sequence_behind", name, True))
    return done


def restore_sequence(conn: Connection, table: str) -> None:
    """The next id handed out is the table's largest + 1 (PostgreSQL only)."""
    conn.execute(text(f"SELECT setval(pg_get_serial_sequence(:t, 'id'), "
                      f'(SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"), false)'), {"t": table})
