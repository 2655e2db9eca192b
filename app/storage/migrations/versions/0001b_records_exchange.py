"""records exchange: import runs, 名寄せ, and the resident columns the city's export carries

Revision ID: 0001b_records_exchange
Revises: 0001_records
Create Date: 2026-11-23

Unknown (不詳) dates are stored as NULL, so `residents.birth_date` and the linked records'
start dates become nullable. SQLite can only do that by rebuilding the table, and the
rebuild drops a table other tables reference; with foreign keys on, SQLite refuses (even
deferred: the implicit DELETE of the drop is counted as a violation). The PRAGMA that turns
them off works only outside a transaction, so on SQLite this migration commits what came
before, rebuilds with foreign keys off, checks them (PRAGMA foreign_key_check), and turns
them on again before alembic records the revision.
"""
from alembic import op
import sqlalchemy as sa

revision = "0001b_records_exchange"
down_revision = "0001_records"
branch_labels = None
depends_on = None

_RESIDENT_COLUMNS = [
    sa.Column("name_alt", sa.String(length=200), nullable=True),
    sa.Column("adult_ward", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("unknown_dates", sa.String(length=120), nullable=False, server_default=""),
    sa.Column("previous_address", sa.String(length=300), nullable=True),
    sa.Column("previous_postal_code", sa.String(length=8), nullable=True),
    sa.Column("removal_reason", sa.String(length=40), nullable=True),
    sa.Column("removal_filed_on", sa.Date(), nullable=True),
    sa.Column("removed_on", sa.Date(), nullable=True),
    sa.Column("move_out_filed_on", sa.Date(), nullable=True),
    sa.Column("move_out_planned_on", sa.Date(), nullable=True),
    sa.Column("moved_out_on", sa.Date(), nullable=True),
    sa.Column("move_out_destination", sa.String(length=300), nullable=True),
    sa.Column("missing_since", sa.Date(), nullable=True),
    sa.Column("import_hash", sa.String(length=32), nullable=True),
    sa.Column("foreign_since", sa.Date(), nullable=True),
]
_NULLABLE_DATES = [("residents", "birth_date"), ("nhi_records", "acquired_on"),
                   ("ltc_records", "acquired_on"), ("elderly_medical_records", "acquired_on"),
                   ("child_allowances", "certified_on")]


def _make_dates_nullable() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        for table, column in _NULLABLE_DATES:
            op.alter_column(table, column, existing_type=sa.Date(), nullable=True)
        return
    raw = bind.connection.driver_connection
    raw.commit()
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        for table, column in _NULLABLE_DATES:
            with op.batch_alter_table(table, recreate="always") as batch:
                batch.alter_column(column, existing_type=sa.Date(), nullable=True)
        problems = raw.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign key check failed after rebuilding: {len(problems)} rows")
        raw.commit()
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def upgrade() -> None:
    for column in _RESIDENT_COLUMNS:
        op.add_column("residents", column)
    op.add_column("pension_records", sa.Column("acquired_on", sa.Date(), nullable=True))
    op.add_column("pension_records", sa.Column("lost_on", sa.Date(), nullable=True))
    _make_dates_nullable()
    op.create_table(
        "import_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("profile", sa.String(length=64), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("workstation", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lines_done", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_runs")),
    )
    op.create_index(op.f("ix_import_runs_file_sha256"), "import_runs", ["file_sha256"], unique=False)
    op.create_index(op.f("ix_import_runs_state"), "import_runs", ["state"], unique=False)
    op.create_table(
        "import_rejections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("column", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.String(length=48), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["import_runs.id"],
                                name=op.f("fk_import_rejections_run_id_import_runs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_rejections")),
    )
    op.create_index(op.f("ix_import_rejections_run_id"), "import_rejections", ["run_id"], unique=False)
    op.create_table(
        "duplicate_scans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("residents", sa.Integer(), nullable=False),
        sa.Column("pairs", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_scans")),
    )
    op.create_table(
        "duplicate_candidates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=False),
        sa.Column("resident_a_id", sa.Integer(), nullable=False),
        sa.Column("resident_b_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["scan_id"], ["duplicate_scans.id"],
                                name=op.f("fk_duplicate_candidates_scan_id_duplicate_scans")),
        sa.ForeignKeyConstraint(["resident_a_id"], ["residents.id"],
                                name=op.f("fk_duplicate_candidates_resident_a_id_residents")),
        sa.ForeignKeyConstraint(["resident_b_id"], ["residents.id"],
                                name=op.f("fk_duplicate_candidates_resident_b_id_residents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_candidates")),
    )
    op.create_index(op.f("ix_duplicate_candidates_scan_id"), "duplicate_candidates", ["scan_id"], unique=False)
    op.create_index("ix_duplicate_candidates_scan_score", "duplicate_candidates", ["scan_id", "score"],
                    unique=False)
    op.create_table(
        "duplicate_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_a_id", sa.Integer(), nullable=False),
        sa.Column("resident_b_id", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_role", sa.String(length=16), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_by", sa.Integer(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["resident_a_id"], ["residents.id"],
                                name=op.f("fk_duplicate_decisions_resident_a_id_residents")),
        sa.ForeignKeyConstraint(["resident_b_id"], ["residents.id"],
                                name=op.f("fk_duplicate_decisions_resident_b_id_residents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_decisions")),
    )
    op.create_index("ix_duplicate_decisions_a", "duplicate_decisions", ["resident_a_id"], unique=False)
    op.create_index("ix_duplicate_decisions_b", "duplicate_decisions", ["resident_b_id"], unique=False)


def downgrade() -> None:
    """Drops what this revision added. The dates stay nullable: making them NOT NULL again
    would need a value for every unknown (不詳) date, and inventing one is what this revision
    exists to avoid (0001's own downgrade drops the tables anyway)."""
    op.drop_index("ix_duplicate_decisions_b", table_name="duplicate_decisions")
    op.drop_index("ix_duplicate_decisions_a", table_name="duplicate_decisions")
    op.drop_table("duplicate_decisions")
    op.drop_index("ix_duplicate_candidates_scan_score", table_name="duplicate_candidates")
    op.drop_index(op.f("ix_duplicate_candidates_scan_id"), table_name="duplicate_candidates")
    op.drop_table("duplicate_candidates")
    op.drop_table("duplicate_scans")
    op.drop_index(op.f("ix_import_rejections_run_id"), table_name="import_rejections")
    op.drop_table("import_rejections")
    op.drop_index(op.f("ix_import_runs_state"), table_name="import_runs")
    op.drop_index(op.f("ix_import_runs_file_sha256"), table_name="import_runs")
    op.drop_table("import_runs")
    op.drop_column("pension_records", "lost_on")
    op.drop_column("pension_records", "acquired_on")
    for column in reversed(_RESIDENT_COLUMNS):
        op.drop_column("residents", column.name)
