"""A write transaction for the records exchange's batches.

BEGIN IMMEDIATE on SQLite: take the write lock up front and wait for it (busy timeout),
instead of failing with SQLITE_BUSY when a counter wrote between a batch's reads and its
writes. (app.audit.unit_of_work does the same for audited writers; the records area sits
beside the audit area in the layers contract, so it has its own three lines.)
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker


@contextmanager
def write_transaction(sessions: sessionmaker[Session], cache_mb: int = 0) -> Iterator[Session]:
    """`cache_mb`: a bigger SQLite page cache for this connection (bulk batches touch many
    index pages; the default 2 MB makes a 2,000,000-row load several times slower)."""
    session = sessions()
    try:
        if session.get_bind().dialect.name == "sqlite":
            if cache_mb:
                session.execute(text(f"PRAGMA cache_size=-{int(cache_mb) * 1024}"))
            session.execute(text("BEGIN IMMEDIATE"))
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
