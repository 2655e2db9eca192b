"""Staff accounts, hash-chained audit log, office settings, approval requests.

Hand-written so it runs unchanged on SQLite and PostgreSQL.

Revision ID: 0002_staff_audit
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0002_staff_audit"
down_revision = None
branch_labels = ("staff",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_accounts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_staff_accounts"),
        sa.UniqueConstraint("name", name="uq_staff_accounts_name"),
    )
    op.create_table(
        "audit_entries",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("occurred_at", sa.String(32), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("workstation", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("object_type", sa.String(32), nullable=False),
        sa.Column("object_ids", sa.String(255), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_entries"),
    )
    op.create_index("ix_audit_entries_occurred_at", "audit_entries", ["occurred_at"])
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_chain_head"),
    )
    # The single head row exists from the start so every writer can lock it.
    op.execute("INSERT INTO audit_chain_head (id, entry_count, last_hash) "
               "VALUES (1, 0, '" + "0" * 64 + "')")
    op.create_table(
        "office_settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("key", name="pk_office_settings"),
    )
    op.create_table(
        "approval_requests",
        sa.Column("visit_id", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("submitted_by", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("snapshot_json", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("visit_id", name="pk_approval_requests"),
        sa.ForeignKeyConstraint(["submitted_by"], ["staff_accounts.id"],
                                name="fk_approval_requests_submitted_by_staff_accounts"),
        sa.ForeignKeyConstraint(["decided_by"], ["staff_accounts.id"],
                                name="fk_approval_requests_decided_by_staff_accounts"),
    )
    op.create_index("ix_approval_requests_state", "approval_requests", ["state"])
    op.create_table(
        "approval_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("visit_id", sa.String(64), nullable=False),
        sa.Column("transition", sa.String(16), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_approval_events"),
        sa.ForeignKeyConstraint(["visit_id"], ["approval_requests.visit_id"],
                                name="fk_approval_events_visit_id_approval_requests"),
        sa.ForeignKeyConstraint(["actor_id"], ["staff_accounts.id"],
                                name="fk_approval_events_actor_id_staff_accounts"),
    )
    op.create_index("ix_approval_events_visit_id", "approval_events", ["visit_id"])


def downgrade() -> None:
    op.drop_index("ix_approval_events_visit_id", table_name="approval_events")
    op.drop_table("approval_events")
    op.drop_index("ix_approval_requests_state", table_name="approval_requests")
    op.drop_table("approval_requests")
    op.drop_table("office_settings")
    op.drop_table("audit_chain_head")
    op.drop_index("ix_audit_entries_occurred_at", table_name="audit_entries")
    op.drop_table("audit_entries")
    op.drop_table("staff_accounts")
