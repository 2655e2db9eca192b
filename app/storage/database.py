"""Engine and session construction for SQLite (default) and PostgreSQL.

The URL is chosen in one place: `--db` beats `MADOGUCHI_DB`, which beats the
SQLite file in the user's data directory. Commands open a database through
app.storage.opening (existence, integrity and schema checks); `make_engine` is the
low-level constructor underneath it, also used by tests and the demo reset.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.request import pathname2url

from platformdirs import user_data_dir
from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from app.storage.errors import DatabaseCorrupt, DatabaseUrlInvalid
from app.storage.faults import current_location
from app.storage.medium import on_read_only_medium

APP_NAME = "madoguchi"
ENV_DB_URL = "MADOGUCHI_DB"
ENV_DATA_DIR = "MADOGUCHI_DATA_DIR"
# The drivers we ship and test: a URL naming another fails before any connection.
DRIVERS = {"sqlite": "pysqlite", "postgresql": "psycopg"}
PG_CONNECT_TIMEOUT = 10  # seconds: an unreachable server is reported, not waited for


def data_dir() -> Path:
    """The per-user data directory (database, key file, logs); overridable for tests.
    Created when it can be; a home folder that cannot be written is reported by whoever
    writes into it (the database path, the log), not here."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return path


def default_sqlite_url() -> str:
    return f"sqlite:///{data_dir() / 'madoguchi.sqlite3'}"


def demo_sqlite_url() -> str:
    """Demo mode never touches the real database: it has its own file."""
    return f"sqlite:///{data_dir() / 'madoguchi-demo.sqlite3'}"


def resolve_database_url(cli_url: str | None) -> str:
    if cli_url:
        return normalize_url(cli_url)
    env = os.environ.get(ENV_DB_URL)
    if env:
        return normalize_url(env)
    return default_sqlite_url()


def normalize_url(url: str) -> str:
    """Accept plain postgresql:// URLs and route them to psycopg 3."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def check_url(url: str) -> URL:
    """The parsed URL, or DatabaseUrlInvalid naming only the scheme (a URL may hold a password)."""
    scheme = url.split("://", 1)[0] if "://" in url else ""
    if len(scheme) > 40 or not scheme.replace("+", "").replace("_", "").isalnum():
        scheme = ""
    try:
        parsed = make_url(normalize_url(url))
        parsed.port  # noqa: B018 — a non-numeric port fails here, not at the first connection
    except (ArgumentError, ValueError, TypeError):
        raise DatabaseUrlInvalid("syntax", scheme=scheme) from None
    backend, driver = parsed.get_backend_name(), parsed.get_driver_name()
    if backend not in DRIVERS:
        raise DatabaseUrlInvalid("unsupported", scheme=scheme)
    if driver != DRIVERS[backend]:
        raise DatabaseUrlInvalid("unknown_driver", scheme=scheme)
    return parsed


def sqlite_file(url: URL) -> Path | None:
    """The file of an SQLite URL; None for an in-memory database."""
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def location(url: URL) -> str:
    """What a message may name: the file, or host:port/database (never user or password)."""
    path = sqlite_file(url)
    if url.get_backend_name() == "sqlite":
        return str(path) if path else ":memory:"
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def read_only_mode(path: Path) -> str | None:
    """How an existing SQLite file must be opened: "immutable" when its folder cannot hold
    the journal/WAL files (a read-only medium), "ro" when only the file is protected, or
    None when it can be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if on_read_only_medium(path) or not os.access(folder, os.W_OK):
        return "immutable"
    if not os.access(path, os.W_OK):
        return "ro"
    return None


def make_engine(url: str, *, quick_check: bool = True, **kwargs) -> Engine:
    """An engine for `url`. SQL parameters never appear in errors or logs (they hold names
    and birth dates). An SQLite file that cannot be written is opened read-only, so reads
    work from a read-only medium; a new SQLite file is created 0600 (prefer
    app.storage.opening.open_database, which refuses a missing file). An existing SQLite
    file gets `PRAGMA quick_check` at the engine's first connection (DatabaseCorrupt):
    whoever opens it — the counter, a command, the demo — never works on a damaged file."""
    parsed = check_url(url)
    current_location.set(location(parsed))
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file(parsed)
        mode = read_only_mode(path) if path is not None and path.exists() else None
        if mode is not None:
            engine = _read_only_sqlite(path, mode, **kwargs)
            event.listen(engine, "connect", _sqlite_read_pragmas)
        else:
            if path is not None:
                _create_private_file(path)
            engine = create_engine(parsed, connect_args={"timeout": 30}, **kwargs)
            event.listen(engine, "connect", _sqlite_pragmas)
        if quick_check and path is not None:
            event.listen(engine, "first_connect", _quick_check_listener(path))
        return engine
    connect_args = {} if "connect_timeout" in parsed.query else {"connect_timeout": PG_CONNECT_TIMEOUT}
    return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args, **kwargs)


def _read_only_sqlite(path: Path, mode: str, **kwargs) -> Engine:
    uri = f"file:{pathname2url(str(path.resolve()))}?mode=ro" + ("&immutable=1" if mode == "immutable" else "")

    def connect():
        return sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)

    return create_engine(f"sqlite:///{path}", creator=connect, **kwargs)


def _create_private_file(path: Path) -> None:
    """Create a new SQLite file as 0600: it holds names and addresses. SQLite gives
    its -wal/-shm files the database file's permissions."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets the GUI read while a background save writes; FKs are off by default in SQLite.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_read_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA query_only=ON")  # a write fails at once, before any journal is needed
    cur.close()


def _quick_check_listener(path: Path):
    def check(dbapi_conn, _record) -> None:
        if path.stat().st_size == 0:
            return  # a new database
        cur = dbapi_conn.cursor()
        try:
            rows = [r[0] for r in cur.execute("PRAGMA quick_check").fetchall()]
        finally:
            cur.close()
        if rows != ["ok"]:
            raise DatabaseCorrupt("damaged", path=str(path))
    return check


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
