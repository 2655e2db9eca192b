"""Database driver exceptions → the storage DomainErrors (app.storage.errors).

SQLAlchemy wraps sqlite3 and psycopg errors; `as_domain_error` looks at the driver's own
error (sqlite's error name, PostgreSQL's SQLSTATE, the connection failure) and returns the
DomainError a person can act on, or None when the fault is not an operating condition
(a bug, a constraint): those stay unexpected and are logged without their parameters.

`where` in the errors is the database being used (a file path, or host:port/database),
remembered by app.storage.database.make_engine for the faults raised later in a command.
"""
from __future__ import annotations

import contextvars
import re

from domain.errors import DomainError

from app.storage.errors import (DatabaseBusy, DatabaseCorrupt, DatabaseFull, DatabaseReadOnly,
                                DatabaseUnavailable)

# The database the current command works on, for faults raised after opening it.
current_location: contextvars.ContextVar[str] = contextvars.ContextVar("database_location", default="")

# SQLite primary result codes by name (sqlite3.Error.sqlite_errorname, Python 3.11+).
_SQLITE = {
    "SQLITE_READONLY": lambda where: DatabaseReadOnly(path=where),
    "SQLITE_FULL": lambda where: DatabaseFull(where=where),
    "SQLITE_BUSY": lambda where: DatabaseBusy(where=where),
    "SQLITE_LOCKED": lambda where: DatabaseBusy(where=where),
    "SQLITE_NOTADB": lambda where: DatabaseCorrupt("not_sqlite", path=where),
    "SQLITE_CORRUPT": lambda where: DatabaseCorrupt("damaged", path=where),
    "SQLITE_CANTOPEN": lambda where: DatabaseUnavailable(where=where),
    "SQLITE_IOERR": lambda where: DatabaseUnavailable(where=where),
    "SQLITE_PERM": lambda where: DatabaseReadOnly(path=where),
}

# PostgreSQL SQLSTATE classes and codes a person can act on.
_PG_STATES = {
    "28P01": "authentication", "28000": "authentication",  # bad password / role
    "3D000": "no_database",
    "57P01": "lost", "57P02": "lost", "57P03": "refused",  # shutdown, crash, starting up
    "53100": "full",  # disk full
    "55P03": "busy", "40P01": "busy",  # lock not available, deadlock
    "25006": "read_only",  # read-only transaction (a standby server)
}

# libpq/psycopg texts for failures before the server answers (no SQLSTATE then). English
# only: with a Japanese libpq the detail falls back to the general message.
_PG_TEXT = (
    (re.compile(r"Connection refused|could not connect|No such file or directory", re.I), "refused"),
    (re.compile(r"timeout expired|timed out", re.I), "timeout"),
    (re.compile(r"resolve host|translate host name|Name or service not known", re.I), "unknown_host"),
    (re.compile(r"password authentication failed|no password supplied|role .* does not exist|"
                r"pg_hba\.conf", re.I), "authentication"),
    (re.compile(r"database .* does not exist", re.I), "no_database"),
    (re.compile(r"server closed the connection|terminating connection|connection .* closed|"
                r"consuming input failed|the connection is lost", re.I), "lost"),
)


def as_domain_error(exc: BaseException, where: str | None = None) -> DomainError | None:
    """The DomainError for a driver fault (a SQLAlchemy DBAPIError or the driver's own
    exception), or None when it is not one a person can act on."""
    where = current_location.get() if where is None else where
    orig = getattr(exc, "orig", None) or exc
    name = getattr(orig, "sqlite_errorname", None)
    if name is not None:
        build = _SQLITE.get(_primary(name))
        return build(where) if build else None
    module = type(orig).__module__ or ""
    if module.startswith("psycopg"):
        return _postgres(orig, where, invalidated=bool(getattr(exc, "connection_invalidated", False)))
    return None


def _primary(name: str) -> str:
    # Extended codes (SQLITE_IOERR_SHORT_READ, SQLITE_READONLY_DBMOVED) share the primary's meaning.
    for primary in _SQLITE:
        if name == primary or name.startswith(primary + "_"):
            return primary
    return name


def _postgres(orig: BaseException, where: str, invalidated: bool) -> DomainError | None:
    state = getattr(orig, "sqlstate", None)
    kind = _PG_STATES.get(state or "")
    if kind is None and state is None:
        text = str(orig)
        kind = next((k for pattern, k in _PG_TEXT if pattern.search(text)), None)
        if kind is None and (invalidated or type(orig).__name__ == "OperationalError"):
            return DatabaseUnavailable(where=where)
    if kind is None:
        return DatabaseUnavailable("lost", where=where) if invalidated else None
    if kind == "full":
        return DatabaseFull(where=where)
    if kind == "busy":
        return DatabaseBusy(where=where)
    if kind == "read_only":
        return DatabaseReadOnly(path=where)
    return DatabaseUnavailable(kind, where=where)
