"""Bulk load of a generated population: SQLite executemany, PostgreSQL COPY.

Fast path for millions of rows: plain DB-API calls with tuples (no ORM, no
per-row SQLAlchemy parameter processing), commits every batch, secondary
indexes dropped while an empty table is filled and rebuilt afterwards, and
SQLite tuned for the load (synchronous off, big cache) and restored after.
"""
from __future__ import annotations

import time
from datetime import date
from typing import Callable, Iterable

from sqlalchemy import Table, func, select
from sqlalchemy.engine import Connection, Engine

from app.privacy.cipher import MyNumberCipher
from app.storage.health import lagging_sequences, restore_sequence
from training.seed.population import GeneratedHousehold
from app.storage.tables.records import (
    ChildAllowanceChildRow, ChildAllowanceRow, ElderlyMedicalRow, HouseholdRow, LtcRow, NhiRow, PensionRow,
    ResidentRow, SealRegistrationRow,
)

# In foreign-key order.
TABLES: list[Table] = [t.__table__ for t in (HouseholdRow, ResidentRow, ChildAllowanceRow, ChildAllowanceChildRow,
                                               NhiRow, LtcRow, ElderlyMedicalRow, PensionRow, SealRegistrationRow)]
_BY_NAME = {t.name: t for t in TABLES}


class BulkWriter:
    def __init__(self, engine: Engine, cipher: MyNumberCipher) -> None:
        self.engine = engine
        self.cipher = cipher
        self.sqlite = engine.dialect.name == "sqlite"
        self.crypto_seconds = 0.0
        self.index_seconds = 0.0
        self.counts = {t.name: 0 for t in TABLES}
        self._pending: dict[str, list[dict]] = {t.name: [] for t in TABLES}
        self._columns: dict[str, list[str]] = {}

    # ----- setup / teardown --------------------------------------------------------------
    def next_ids(self) -> tuple[int, int, int]:
        with self.engine.connect() as conn:
            ids = [conn.execute(select(func.coalesce(func.max(t.c.id), 0))).scalar_one()
                   for t in (_BY_NAME["residents"], _BY_NAME["households"], _BY_NAME["child_allowances"])]
        return ids[0] + 1, ids[1] + 1, ids[2] + 1

    def begin_load(self) -> bool:
        """Drop secondary indexes when filling empty tables; returns whether it did. A load
        interrupted before finish_load is repaired first (indexes, PostgreSQL sequences)."""
        with self.engine.begin() as conn:
            self._ensure_indexes(conn)
            for table in lagging_sequences(conn):
                restore_sequence(conn, table)
            empty = conn.execute(select(func.count()).select_from(_BY_NAME["residents"])).scalar_one() == 0
            if empty:
                for table in TABLES:
                    for index in table.indexes:
                        index.drop(conn)
        return empty

    def finish_load(self) -> None:
        start = time.perf_counter()
        with self.engine.begin() as conn:
            self._ensure_indexes(conn)
            if self.sqlite:
                conn.exec_driver_sql("PRAGMA analysis_limit=2000")
                conn.exec_driver_sql("ANALYZE")
            else:
                for table in TABLES:  # explicit ids were written: move the sequences past them
                    restore_sequence(conn, table.name)
        if not self.sqlite:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("ANALYZE")
        self.index_seconds += time.perf_counter() - start

    @staticmethod
    def _ensure_indexes(conn: Connection) -> None:
        # Also repairs a load that was interrupted after dropping the indexes.
        for table in TABLES:
            for index in table.indexes:
                index.create(conn, checkfirst=True)

    # ----- rows --------------------------------------------------------------------------
    def add(self, hh: GeneratedHousehold) -> None:
        self._pending["households"].append(hh.household)
        start = time.perf_counter()
        enc, digest = self.cipher.encrypt_digits, self.cipher.hash_digits
        for row, digits in zip(hh.residents, hh.my_numbers):
            if digits is not None:
                row["my_number_enc"] = enc(digits)
                row["my_number_hash"] = digest(digits)
        self.crypto_seconds += time.perf_counter() - start
        self._pending["residents"] += hh.residents
        for name, rows in hh.linked.items():
            self._pending[name] += rows

    def pending_residents(self) -> int:
        return len(self._pending["residents"])

    def flush(self) -> None:
        with self.engine.connect() as conn:
            if self.sqlite:  # per connection, outside the transaction; restored before it goes back
                conn.exec_driver_sql("PRAGMA synchronous=OFF")
                conn.exec_driver_sql("PRAGMA cache_size=-400000")
                conn.commit()
            try:
                if not conn.in_transaction():
                    conn.begin()  # the PostgreSQL path only uses the raw connection: make SA commit it
                for table in TABLES:
                    rows = self._pending[table.name]
                    if rows:
                        self._write(conn, table, rows)
                        self.counts[table.name] += len(rows)
                        self._pending[table.name] = []
                conn.commit()
            finally:
                if self.sqlite:
                    conn.rollback()
                    conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                    conn.exec_driver_sql("PRAGMA cache_size=-2000")
                    conn.commit()

    def _write(self, conn: Connection, table: Table, rows: list[dict]) -> None:
        cols = self._columns.get(table.name)
        if cols is None:
            cols = self._columns[table.name] = [c.name for c in table.columns if c.name in rows[0]]
        if self.sqlite:
            tuples = [tuple(_sqlite_value(r[c]) for c in cols) for r in rows]
            marks = ", ".join("?" * len(cols))
            conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({marks})", tuples)
            return
        raw = conn.connection.driver_connection
        with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row([r[c] for c in cols])


def _sqlite_value(value):
    # SQLAlchemy stores SQLite dates as ISO text; do the same without its per-row processing.
    return value.isoformat() if isinstance(value, date) else value


def write_all(writer: BulkWriter, households: Iterable[GeneratedHousehold], batch: int,
              progress: Callable[[int], None] | None = None) -> None:
    done = 0
    for hh in households:
        writer.add(hh)
        if writer.pending_residents() >= batch:
            done += writer.pending_residents()
            writer.flush()
            if progress:
                progress(done)
    done += writer.pending_residents()
    writer.flush()
    if progress:
        progress(done)
