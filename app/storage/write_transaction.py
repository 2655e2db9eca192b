"""The one write transaction: audited writers, the visit repository, the records exchange.

On SQLite a deferred transaction that reads first and writes later fails with SQLITE_BUSY
(no waiting) when another counter wrote in between; BEGIN IMMEDIATE takes the write lock up
front and waits for it (busy timeout). On PostgreSQL the audit writer locks the chain-head
row (SELECT … FOR UPDATE) and the approval decision is a conditional update.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker


@contextmanager
def write_transaction(sessions: sessionmaker[Session], cache_mb: int = 0) -> Iterator[Session]:
    """`cache_mb`: a bigger SQLite page cache for this connection (the records import's bulk
    batches touch many index pages; the default 2 MB makes a 2,000,000-row load several
    times slower)."""
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
