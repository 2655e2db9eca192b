"""A write transaction that serialises audited writers.

On SQLite a deferred transaction that reads first and writes later fails
with SQLITE_BUSY (no waiting) when another counter wrote in between; BEGIN
IMMEDIATE takes the write lock up front and waits for it (busy timeout).
On PostgreSQL the audit writer locks the chain-head row (SELECT … FOR UPDATE).
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker


@contextmanager
def write_transaction(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    session = session_factory()
    try:
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text("BEGIN IMMEDIATE"))
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
