"""Engine and session construction for SQLite (default) and PostgreSQL.

The URL is chosen in one place: `--db` beats `MADOGUCHI_DB`, which beats the
SQLite file in the user's data directory.
"""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "madoguchi"
ENV_DB_URL = "MADOGUCHI_DB"
ENV_DATA_DIR = "MADOGUCHI_DATA_DIR"


def data_dir() -> Path:
    """The per-user data directory (database, key file); overridable for tests."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
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


def make_engine(url: str, **kwargs) -> Engine:
    url = normalize_url(url)
    if is_sqlite(url):
        _create_private_file(url)
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _create_private_file(url: str) -> None:
    """Create a new SQLite file as 0600: it holds names and addresses. SQLite gives
    its -wal/-shm files the database file's permissions."""
    path = url.split(":///", 1)[1] if ":///" in url else ""
    if not path or path == ":memory:" or path.startswith("file:") or os.path.exists(path):
        return
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
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


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
