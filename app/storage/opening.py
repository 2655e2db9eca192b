"""Opening the database for a command: the one place that decides whether it may be used.

    engine = open_database(args.db, Access.READ)

- The URL is checked before anything connects (DatabaseUrlInvalid).
- An SQLite file must exist: only `db init` (Access.CREATE) creates one, so a mistyped
  path is an error naming it, never a silent new folder and empty database.
- An SQLite file must be one: its header is read, its length compared with the page
  count the header declares, and `PRAGMA quick_check` run once (DatabaseCorrupt,
  app.storage.database.make_engine).
- A read-only medium is fine for reading; a write is refused before it starts.
- The schema must be this code's: a newer release's database is refused with its
  version; only `db init` / `db upgrade` migrate, every other command needs it current.
- Driver faults (a refused server, a locked or full disk) become storage DomainErrors.
"""
from __future__ import annotations

import enum
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from app.storage.database import check_url, location, make_engine, read_only_mode, resolve_database_url, sqlite_file
from app.storage.errors import (DatabaseCorrupt, DatabaseMissing, DatabaseReadOnly, DatabaseUnavailable,
                                DatabaseUninitialised)
from app.storage.faults import as_domain_error
from app.storage.schema_state import SchemaState, read_schema_state

SQLITE_HEADER = b"SQLite format 3\x00"


class Access(enum.Enum):
    READ = "read"        # reads only: never migrates; a read-only medium is fine
    WRITE = "write"      # writes rows: the schema must be current
    UPGRADE = "upgrade"  # `db upgrade`: must exist with a schema, may be older, never newer
    CREATE = "create"    # `db init`: may create the SQLite file and its folder
    CHECK = "check"      # `db check`: must exist; the schema's state is reported, not refused

    @property
    def writes(self) -> bool:
        return self is not Access.READ and self is not Access.CHECK


def open_database(cli_url: str | None, access: Access) -> Engine:
    """An engine on the database the command may use as `access` says (module docstring)."""
    return open_with_state(cli_url, access)[0]


def open_with_state(cli_url: str | None, access: Access) -> tuple[Engine, SchemaState]:
    url = resolve_database_url(cli_url)
    parsed = check_url(url)
    where = location(parsed)
    path = sqlite_file(parsed)
    if path is not None:
        try:
            _check_sqlite_file(path, access)
        except OSError:  # a name too long for the file system, a path through a file
            raise DatabaseUnavailable(where=where) from None
    # quick_check at the first connection (make_engine); `db check` runs integrity_check instead
    engine = make_engine(url, quick_check=access is not Access.CHECK)
    try:
        with engine.connect() as conn:
            state = read_schema_state(conn, where)
        if access in (Access.READ, Access.WRITE):
            state.require_current()
        elif access is Access.UPGRADE:
            state.refuse_newer()
            if state.empty:  # creating the schema is `db init`'s, like creating the file
                raise DatabaseUninitialised(where=where)
        elif access is Access.CREATE:
            state.refuse_newer()
    except DBAPIError as exc:
        engine.dispose()
        fault = as_domain_error(exc, where)
        if fault is None:
            raise
        raise fault from None
    except BaseException:
        engine.dispose()
        raise
    return engine, state


def _check_sqlite_file(path: Path, access: Access) -> None:
    if not path.exists():
        if access is Access.CREATE:
            return  # make_engine creates it, 0600, with its folder
        raise DatabaseMissing("" if path.parent.is_dir() else "folder", path=str(path))
    if not path.is_file():
        raise DatabaseCorrupt("not_sqlite", path=str(path))
    check_sqlite_header(path)
    if path.stat().st_size == 0 and access in (Access.READ, Access.WRITE, Access.UPGRADE):
        raise DatabaseUninitialised(where=str(path))  # an empty file: `db init` has not run
    if access.writes and read_only_mode(path) is not None:
        raise DatabaseReadOnly(path=str(path))


def check_sqlite_header(path: Path) -> None:
    """Not SQLite at all, or cut short (a copy interrupted, a full disk): found from the
    first 100 bytes, before SQLite reads anything else. An empty file is a new database."""
    size = path.stat().st_size
    if size == 0:
        return
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        raise DatabaseUnavailable(where=str(path)) from None  # no permission to read it
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise DatabaseCorrupt("not_sqlite", path=str(path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid when the change counter matches "version-valid-for"; a WAL
    # file beside it may hold pages not yet copied back, so only judge a file without one.
    counted = header[24:28] == header[92:96]
    wal = Path(f"{path}-wal")
    if counted and pages and not (wal.exists() and wal.stat().st_size) and size < pages * page_size:
        raise DatabaseCorrupt("truncated", path=str(path))
