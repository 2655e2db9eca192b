"""visits and their form drafts (own branch: "visits")

Revision ID: 0003_visits
Revises:
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_visits"
down_revision = None
branch_labels = ("visits",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visits",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("staff_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resident_id", sa.String(64), nullable=True),
        sa.Column("event", sa.String(32), nullable=True),
        sa.Column("my_number_enc", sa.Text(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_visits"),
    )
    op.create_index("ix_visits_state", "visits", ["state"])
    op.create_table(
        "visit_drafts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("visit_id", sa.String(36), nullable=False),
        sa.Column("form_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], ondelete="CASCADE",
                                name="fk_visit_drafts_visit_id_visits"),
        sa.PrimaryKeyConstraint("id", name="pk_visit_drafts"),
        sa.UniqueConstraint("visit_id", "form_id", name="uq_visit_drafts_visit_id"),
    )
    op.create_index("ix_visit_drafts_visit_id", "visit_drafts", ["visit_id"])


def downgrade() -> None:
    op.drop_index("ix_visit_drafts_visit_id", table_name="visit_drafts")
    op.drop_table("visit_drafts")
    op.drop_index("ix_visits_state", table_name="visits")
    op.drop_table("visits")
