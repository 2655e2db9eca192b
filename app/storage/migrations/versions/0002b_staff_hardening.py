"""Key check values, key-rotation progress, snapshot revisions, queue columns.

Revision ID: 0002b_staff_hardening
Revises: 0002a_audit_append_only
"""
from alembic import op
import sqlalchemy as sa

revision = "0002b_staff_hardening"
down_revision = "0002a_audit_append_only"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "key_checks",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("check_value", sa.String(64), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_key_checks"),
    )
    op.create_table(
        "key_rotation_progress",
        sa.Column("column", sa.String(64), nullable=False),
        sa.Column("last_key", sa.String(64), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("column", name="pk_key_rotation_progress"),
    )
    with op.batch_alter_table("approval_requests") as batch:
        batch.add_column(sa.Column("workstation", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("event", sa.String(32), nullable=False, server_default=""))
        batch.add_column(sa.Column("decision_seen_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "approval_snapshots",
        sa.Column("visit_id", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("snapshot_json", sa.Text(), nullable=False),
        sa.Column("submitted_by", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("visit_id", "revision", name="pk_approval_snapshots"),
        sa.ForeignKeyConstraint(["visit_id"], ["approval_requests.visit_id"],
                                name="fk_approval_snapshots_visit_id_approval_requests"),
        sa.ForeignKeyConstraint(["submitted_by"], ["staff_accounts.id"],
                                name="fk_approval_snapshots_submitted_by_staff_accounts"),
    )
    # The current revision of every request so far (earlier ones were overwritten).
    op.execute("INSERT INTO approval_snapshots (visit_id, revision, snapshot_json, submitted_by, "
               "submitted_at) SELECT visit_id, revision, snapshot_json, submitted_by, submitted_at "
               "FROM approval_requests")


def downgrade() -> None:
    op.drop_table("approval_snapshots")
    with op.batch_alter_table("approval_requests") as batch:
        batch.drop_column("decision_seen_at")
        batch.drop_column("event")
        batch.drop_column("workstation")
    op.drop_table("key_rotation_progress")
    op.drop_table("key_checks")
