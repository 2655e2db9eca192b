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
def write_transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    session = sessions()
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
