"""`db roles`: separate the database's owner from the counters' login role (PostgreSQL).

Run with an administrator's URL (a superuser, or a member of the owner role). Afterwards:
- every table, sequence and trigger function belongs to the owner role (NOLOGIN by
  default): only the owner can ALTER a table, DISABLE TRIGGER, TRUNCATE or DROP;
- the counters' login role may read and write the business tables, but on the audit log
  it may only SELECT and INSERT entries (no UPDATE, DELETE, TRUNCATE), and move the one
  chain-head row forward (column UPDATE on entry_count/last_hash, which the owner's
  trigger lets only grow); key check values and migration state are read-only to it.
Idempotent: run it again after every `db upgrade` (new tables get their grants then).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from domain.errors import DomainError

AUDIT_TABLES = ("audit_entries", "audit_chain_head")
READ_ONLY_TABLES = ("key_checks", "key_rotation_progress", "alembic_version")
FUNCTIONS = ("audit_append_only()", "audit_head_forward_only()")
_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class DatabaseRolesError(DomainError):
    """`db roles` cannot apply. detail: not_postgresql, bad_name (`data["role"]`),
    login_is_superuser (a superuser bypasses every privilege), same_role,
    not_allowed (the connecting role cannot create roles or change owners)."""

    code = "db_roles"
    details = ("not_postgresql", "bad_name", "login_is_superuser", "same_role", "not_allowed")


@dataclass(frozen=True)
class RolesReport:
    owner: str
    login: str
    tables: tuple[str, ...]
    created: tuple[str, ...]


def apply_roles(engine: Engine, login_role: str, owner_role: str = "madoguchi_owner",
                login_password: str | None = None) -> RolesReport:
    if engine.dialect.name != "postgresql":
        raise DatabaseRolesError("not_postgresql")
    for role in (login_role, owner_role):
        if not _ROLE.match(role):
            raise DatabaseRolesError("bad_name", role=role)
    if login_role == owner_role:
        raise DatabaseRolesError("same_role")
    from sqlalchemy.exc import ProgrammingError

    try:
        with engine.begin() as conn:
            return _apply(conn, login_role, owner_role, login_password)
    except ProgrammingError as exc:  # InsufficientPrivilege: not a superuser / owner member
        if getattr(exc.orig, "sqlstate", "") == "42501":
            raise DatabaseRolesError("not_allowed") from None
        raise


def _apply(conn: Connection, login: str, owner: str, password: str | None) -> RolesReport:
    created = []
    for role, options in ((owner, "NOLOGIN"), (login, "LOGIN")):
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is None:
            conn.exec_driver_sql(f'CREATE ROLE "{role}" {options}')
            created.append(role)
    if conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :r"),
                    {"r": login}).scalar_one():
        raise DatabaseRolesError("login_is_superuser", role=login)
    if password is not None:
        conn.exec_driver_sql(f'ALTER ROLE "{login}" PASSWORD {_literal(conn, password)}')
    conn.exec_driver_sql(f'REVOKE "{owner}" FROM "{login}"')
    tables = tuple(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).scalars())
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO "{login}"')
    conn.exec_driver_sql(f'REVOKE CREATE ON SCHEMA public FROM PUBLIC, "{login}"')
    conn.exec_driver_sql(f'GRANT USAGE ON SCHEMA public TO "{login}"')
    for table in tables:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" OWNER TO "{owner}"')
        conn.exec_driver_sql(f'REVOKE ALL ON "{table}" FROM PUBLIC, "{login}"')
        conn.exec_driver_sql(f'GRANT {_privileges(table)} ON "{table}" TO "{login}"')
    if "audit_chain_head" in tables:
        # The head row moves forward with each entry (a row lock needs UPDATE on a column).
        conn.exec_driver_sql(
            f'GRANT UPDATE (entry_count, last_hash) ON audit_chain_head TO "{login}"')
    for sequence in conn.execute(text(
            "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")).scalars():
        conn.exec_driver_sql(f'GRANT USAGE, SELECT ON SEQUENCE "{sequence}" TO "{login}"')
    for function in FUNCTIONS:
        name = function.split("(")[0]
        if conn.execute(text("SELECT 1 FROM pg_proc WHERE proname = :n"), {"n": name}).first():
            conn.exec_driver_sql(f"ALTER FUNCTION {function} OWNER TO \"{owner}\"")
    return RolesReport(owner, login, tables, tuple(created))


def _privileges(table: str) -> str:
    if table in AUDIT_TABLES:
        return "SELECT, INSERT"
    if table in READ_ONLY_TABLES:
        # key_checks: a counter registers the key check of a new database once (INSERT);
        # changing one is `keys rotate`, run with the owner's URL.
        return "SELECT, INSERT" if table == "key_checks" else "SELECT"
    return "SELECT, INSERT, UPDATE, DELETE"


def _literal(conn: Connection, value: str) -> str:
    from psycopg import sql

    return sql.Literal(value).as_string(conn.connection.driver_connection)


def login_url(url: str, login_role: str) -> str:
    """The counters' URL: the administrator's URL with the login role as user."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=login_role, password=None).render_as_string(
        hide_password=False)
