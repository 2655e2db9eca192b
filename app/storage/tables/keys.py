"""Key check values and key-rotation progress (staff/audit migration branch).

`key_checks` holds, per key ("mynumber", "audit", and "mynumber.next" while a rotation
runs), an HMAC of a fixed label under the key: it proves a workstation holds the right
key file without revealing anything about the key. For the audit key, `first_seq` is
the first audit entry chained with HMAC (entries before it, written by an older version,
are plain SHA-256).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base


class KeyCheckRow(Base):
    __tablename__ = "key_checks"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    check_value: Mapped[str] = mapped_column(String(64), nullable=False)
    first_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class KeyRotationProgressRow(Base):
    __tablename__ = "key_rotation_progress"

    column: Mapped[str] = mapped_column(String(64), primary_key=True)  # "table.column"
    last_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    rows: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
