"""Approval (決裁) of a visit's drafts: one request per visit, plus its history.

`visit_id` is text so this area does not depend on how the visits area keys
its rows. The snapshot is the caller's JSON (forms, values, provenance,
changes from pre-fill) frozen at submission.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base


class ApprovalRequestRow(Base):
    __tablename__ = "approval_requests"

    visit_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    submitted_by: Mapped[int] = mapped_column(ForeignKey("staff_accounts.id"), nullable=False)
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    snapshot_json: Mapped[str] = mapped_column(Text, nullable=False)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # For the supervisor's queue without decrypting: the submitting counter and the
    # life-event code (neither is personal data).
    workstation: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    event: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    # When the submitting clerk acknowledged the decision (None: not yet told).
    decision_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ApprovalSnapshotRow(Base):
    """Every submitted revision's snapshot (encrypted), for the diff between revisions."""
    __tablename__ = "approval_snapshots"

    visit_id: Mapped[str] = mapped_column(ForeignKey("approval_requests.visit_id"), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    snapshot_json: Mapped[str] = mapped_column(Text, nullable=False)
    submitted_by: Mapped[int] = mapped_column(ForeignKey("staff_accounts.id"), nullable=False)
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class ApprovalEventRow(Base):
    __tablename__ = "approval_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("approval_requests.visit_id"), nullable=False, index=True)
    transition: Mapped[str] = mapped_column(String(16), nullable=False)
    actor_id: Mapped[int] = mapped_column(ForeignKey("staff_accounts.id"), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
