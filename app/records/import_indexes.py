"""A first load into an empty register builds the lookup indexes once, at the end.

Maintaining seven secondary indexes row by row is most of the cost of loading millions of
residents (the same choice as training.seed's bulk writer). The unique 宛名番号 index is a
constraint and stays: the import's own lookups use it. An interrupted load leaves the
indexes missing; `ensure()` (run at the start and at the end of every import) builds them
again, so a lookup is never left without its index for longer than the load itself.
"""
from __future__ import annotations

import time

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from app.storage.tables.records import (ChildAllowanceChildRow, ChildAllowanceRow, ElderlyMedicalRow,
                                        HouseholdRow, LtcRow, NhiRow, PensionRow, ResidentRow,
                                        SealRegistrationRow)

TABLES = [t.__table__ for t in (HouseholdRow, ResidentRow, ChildAllowanceRow, ChildAllowanceChildRow, NhiRow,
                                LtcRow, ElderlyMedicalRow, PensionRow, SealRegistrationRow)]


def register_is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(ResidentRow.__table__)).scalar_one() == 0


def drop(engine: Engine, names: set[str] | None = None) -> None:
    """Drop the lookup indexes (or only those named)."""
    with engine.begin() as conn:
        for table in TABLES:
            for index in table.indexes:
                if names is None or index.name in names:
                    index.drop(conn, checkfirst=True)


def ensure(engine: Engine) -> float:
    """Create whatever index is missing (and refresh the planner's statistics if it did)."""
    start = time.perf_counter()
    built = False
    with engine.begin() as conn:
        existing = {ix["name"] for table in TABLES for ix in _indexes(conn, table.name)}
        for table in TABLES:
            for index in table.indexes:
                if index.name not in existing:
                    index.create(conn)
                    built = True
        if built and conn.dialect.name == "sqlite":
            conn.exec_driver_sql("ANALYZE")
    if built and engine.dialect.name != "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - start


def _indexes(conn, table_name: str) -> list[dict]:
    from sqlalchemy import inspect

    return inspect(conn).get_indexes(table_name)
