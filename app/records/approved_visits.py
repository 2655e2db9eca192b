"""The approved visits of a period, as the approval area stored them (the handover's source).

Reads the approval requests in state `approved` decided in [since, until), decodes each
frozen snapshot with the approval area's codec (handed in: the records area does not import
the approval area), and the visit's resident (visits.resident_id, its 宛名番号) when the
visits table has it. Ordered by decision time, then visit id, so the same period gives the
same file.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.records.handover_record import HandoverApproval
from app.storage.tables.approval import ApprovalRequestRow
from app.storage.tables.visits import VisitRow

A, V = ApprovalRequestRow.__table__, VisitRow.__table__


class SnapshotCodec(Protocol):
    def decode(self, stored: str) -> str: ...


@dataclass(frozen=True)
class ApprovedSnapshot:
    visit_id: str
    approval: HandoverApproval
    snapshot: dict[str, Any]
    resident_atena_no: str | None

    def __repr__(self) -> str:
        return f"ApprovedSnapshot(visit_id={self.visit_id!r})"


def approved_between(sessions: sessionmaker[Session], codec: SnapshotCodec, since: datetime,
                     until: datetime | None = None) -> list[ApprovedSnapshot]:
    stmt = (select(A, V.c.resident_id).outerjoin(V, V.c.id == A.c.visit_id)
            .where(A.c.state == "approved", A.c.decided_at >= since)
            .order_by(A.c.decided_at, A.c.visit_id))
    if until is not None:
        stmt = stmt.where(A.c.decided_at < until)
    out = []
    with sessions() as s:
        for row in s.execute(stmt).mappings():
            snapshot = json.loads(codec.decode(row["snapshot_json"]))
            approval = HandoverApproval(row["state"], row["revision"], row["submitted_by"], row["decided_by"],
                                        _aware(row["decided_at"]))
            out.append(ApprovedSnapshot(row["visit_id"], approval, snapshot, row["resident_id"]))
    return out


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
