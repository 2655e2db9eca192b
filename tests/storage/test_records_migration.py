"""Records branch (0001_records, 0001b_records_exchange): up from empty and back down, on
SQLite and PostgreSQL."""
from sqlalchemy import inspect

from app.storage.database import make_engine
from app.storage.migration_runner import current_heads, downgrade, upgrade

RECORD_TABLES = {"residents", "households", "nhi_records", "ltc_records", "elderly_medical_records",
                 "pension_records", "child_allowances", "child_allowance_children", "seal_registrations",
                 "import_runs", "import_rejections", "duplicate_scans", "duplicate_candidates",
                 "duplicate_decisions"}
RECORDS_HEAD = "0001b_records_exchange"


def test_upgrade_from_empty_creates_record_tables_and_lookup_indexes(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    insp = inspect(engine)
    assert RECORD_TABLES <= set(insp.get_table_names())
    assert RECORDS_HEAD in current_heads(engine)
    indexes = {ix["name"]: ix["column_names"] for ix in insp.get_indexes("residents")}
    assert indexes["ix_residents_my_number_hash"] == ["my_number_hash"]
    assert indexes["ix_residents_norm_name_birth"] == ["norm_name", "birth_date"]
    assert indexes["ix_residents_norm_address_birth"] == ["norm_address", "birth_date"]
    uniques = {tuple(u["column_names"]) for u in insp.get_unique_constraints("residents")}
    assert ("atena_no",) in uniques
    engine.dispose()


def test_records_branch_downgrades_alone_and_upgrades_again(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    downgrade(engine, "records@base")
    tables = set(inspect(engine).get_table_names())
    assert not (RECORD_TABLES & tables)
    assert not {"0001_records", RECORDS_HEAD} & set(current_heads(engine))
    assert current_heads(engine)  # the other areas' branches are untouched
    upgrade(engine)
    assert RECORD_TABLES <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_schema_matches_the_models(db_url):
    """Autogenerate finds nothing to do for the records tables: migration and models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.storage.base import Base

    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    mine = [d for d in diff if any(t in repr(d) for t in RECORD_TABLES)]
    assert mine == []
    engine.dispose()
