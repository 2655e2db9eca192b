"""Records exchange: import runs with their checkpoint and rejected rows, 名寄せ scans and
decisions.

An import run is the unit of resumption: each batch commits its rows together with the
run's checkpoint (`lines_done`) and counts, so an interrupted import restarts after the
last committed batch. Rejected rows keep only a line number, a column name and a reason
code — never the rejected value (it may be a name, a date of birth or a My Number).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base


class ImportRunRow(Base):
    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # residents | my_numbers
    profile: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(16))  # snapshot | delta
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    state: Mapped[str] = mapped_column(String(16), index=True)  # running|done|cancelled|failed|abandoned
    staff_id: Mapped[int | None] = mapped_column(Integer)  # None: the CLI's system actor
    workstation: Mapped[str] = mapped_column(String(64), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # heartbeat per batch
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lines_done: Mapped[int] = mapped_column(Integer, default=0)  # checkpoint: physical lines committed
    counts: Mapped[dict] = mapped_column(JSON, default=dict)


class ImportRejectionRow(Base):
    __tablename__ = "import_rejections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("import_runs.id"), index=True)
    line: Mapped[int] = mapped_column(Integer)
    column: Mapped[str] = mapped_column(String(80), default="")  # the file's column name
    reason: Mapped[str] = mapped_column(String(48))  # an error-catalogue detail (import_row.*)
    severity: Mapped[str] = mapped_column(String(8), default="error")  # error (row rejected) | warning


class DuplicateScanRow(Base):
    __tablename__ = "duplicate_scans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    residents: Mapped[int] = mapped_column(Integer, default=0)
    pairs: Mapped[int] = mapped_column(Integer, default=0)


class DuplicateCandidateRow(Base):
    """One proposed pair of the last scan (resident_a_id < resident_b_id)."""

    __tablename__ = "duplicate_candidates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("duplicate_scans.id"), index=True)
    resident_a_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    resident_b_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    score: Mapped[int] = mapped_column(Integer)
    reasons: Mapped[str] = mapped_column(String(200))  # comma-separated reason codes

    __table_args__ = (Index("ix_duplicate_candidates_scan_score", "scan_id", "score"),)


class DuplicateDecisionRow(Base):
    """A supervisor's 名寄せ decision on a pair; revoking keeps the row (revoked_at set)."""

    __tablename__ = "duplicate_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_a_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    resident_b_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    verdict: Mapped[str] = mapped_column(String(16))  # same | different
    decided_by: Mapped[int | None] = mapped_column(Integer)
    decided_role: Mapped[str] = mapped_column(String(16))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_by: Mapped[int | None] = mapped_column(Integer)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_duplicate_decisions_a", "resident_a_id"),
                      Index("ix_duplicate_decisions_b", "resident_b_id"))
