"""The database's faults as DomainErrors: what a person can act on, with technical data only.

`path` is a database file's path, `where` a PostgreSQL host:port/database (never a password),
`version` an alembic revision. The words are in app/error_catalog.py; the CLI exit code for
all of them is 7 (docs/exit-codes.md).
"""
from __future__ import annotations

from domain.errors import DomainError


class DatabaseUrlInvalid(DomainError):
    """`--db` / MADOGUCHI_DB is not a URL we can use: `scheme` is what was given."""

    code = "database_url_invalid"
    details = ("syntax", "unknown_driver", "unsupported")


class DatabaseUnavailable(DomainError):
    """The PostgreSQL server cannot be reached or refuses us (`where`)."""

    code = "database_unavailable"
    details = ("refused", "timeout", "unknown_host", "authentication", "no_database", "lost")


class DatabaseMissing(DomainError):
    """An SQLite file that does not exist: only `db init` creates one (`path`)."""

    code = "database_missing"
    details = ("folder",)  # the folder itself is missing too


class DatabaseCorrupt(DomainError):
    """An SQLite file that is not a database or is damaged (`path`, `problems` = count)."""

    code = "database_corrupt"
    details = ("not_sqlite", "truncated", "damaged")


class DatabaseUninitialised(DomainError):
    """The database exists but holds no Madoguchi schema yet (`where`)."""

    code = "database_uninitialised"


class DatabaseNewer(DomainError):
    """Written by a newer release: its schema `version` is unknown to this code."""

    code = "database_newer"


class DatabaseOutdated(DomainError):
    """Older than the code (`version`): `db upgrade` first; no other command migrates."""

    code = "database_outdated"


class DatabaseReadOnly(DomainError):
    """A write to a database on a read-only medium or without write permission (`path`)."""

    code = "database_read_only"


class DatabaseFull(DomainError):
    """The disk holding the database is full (`where`)."""

    code = "database_full"


class DatabaseBusy(DomainError):
    """Another program holds the database locked longer than we wait (`where`)."""

    code = "database_busy"
