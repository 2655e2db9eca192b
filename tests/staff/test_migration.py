"""Migration 0002_staff_audit on both back ends: up, down, and matching the models."""
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.storage.base import Base
from app.storage.database import make_engine
from app.storage.migration_runner import downgrade, upgrade

MY_TABLES = {"staff_accounts", "audit_entries", "audit_chain_head", "office_settings",
             "approval_requests", "approval_events", "approval_snapshots", "key_checks",
             "key_rotation_progress"}


def test_upgrade_matches_models_and_downgrade_removes_tables(db_url):
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        assert MY_TABLES <= set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        mine = [d for d in diffs if _table_of(d) in MY_TABLES]
        assert mine == []
        downgrade(engine, "staff@base")
        assert not MY_TABLES & set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _table_of(diff):
    item = diff[0] if isinstance(diff, list) else diff
    for part in item[1:]:
        name = getattr(part, "name", None)
        table = getattr(part, "table", None)
        if table is not None:
            return table.name
        if isinstance(part, str) and part in MY_TABLES:
            return part
        if name in MY_TABLES:
            return name
    return None


def test_upgrading_keeps_existing_requests_and_their_snapshot_as_revision_one(db_url):
    """A database from before 0002b: the current snapshot of each request becomes its
    first stored revision; the queue columns start empty."""
    from sqlalchemy import text

    engine = make_engine(db_url)
    try:
        upgrade(engine, "0002a_audit_append_only")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO staff_accounts (id, name, role, password_hash, "
                              "must_change_password, disabled, locked, failed_attempts, created_at, "
                              "password_changed_at) VALUES (1, 'c', 'clerk', 'x', false, false, "
                              "false, 0, '2026-01-01', '2026-01-01')"))
            conn.execute(text("INSERT INTO approval_requests (visit_id, state, revision, submitted_by, "
                              "submitted_at, snapshot_json, comment) VALUES ('v1', 'submitted', 2, 1, "
                              "'2026-01-02', 'enc1:abc', '')"))
        upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT visit_id, revision, snapshot_json FROM approval_snapshots"
                                     )).all() == [("v1", 2, "enc1:abc")]
            assert conn.execute(text("SELECT workstation, event, decision_seen_at FROM "
                                     "approval_requests")).one() == ("", "", None)
    finally:
        engine.dispose()
