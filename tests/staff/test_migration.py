"""Migration 0002_staff_audit on both back ends: up, down, and matching the models."""
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.storage.base import Base
from app.storage.database import make_engine
from app.storage.migration_runner import downgrade, upgrade

MY_TABLES = {"staff_accounts", "audit_entries", "audit_chain_head", "office_settings",
             "approval_requests", "approval_events"}


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
