"""名寄せ review: the scan's proposals in pages, and a supervisor's decisions on them.

    review.scan(actor, progress, cancel) -> ScanResult
    review.page(actor, min_score=85, page=1) -> DuplicatePage     # best first, with reasons
    review.decide(actor, "0001", "0002", "same" | "different") -> Decision
    review.revoke(actor, "0001", "0002") -> Decision             # reversible, the row stays
    review.decisions(actor) -> [Decision]

Every decision and revocation is audited (the two records' ids and the verdict). A pair
decided "same person" is shown by the lookup as one person with both 宛名番号
(app.records.duplicate_links); "different people" keeps the pair out of later proposals.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.identity.actor import Actor
from app.identity.roles import Action
from app.records.audit_port import AuditPort
from app.records.duplicate_scan import DuplicateScanner, ScanProgress, ScanResult
from app.records.duplicate_scoring import DEFAULT_MIN_SCORE, REASON_LABELS
from app.records.import_errors import DuplicateDecisionError
from app.records.permissions import require
from app.records.repository import ResidentRepository
from app.records.resident import ResidentRecord
from app.storage.write_transaction import write_transaction
from app.storage.tables.records import ResidentRow
from app.storage.tables.records_exchange import (DuplicateCandidateRow, DuplicateDecisionRow,
                                                 DuplicateScanRow)

R = ResidentRow.__table__
C, D, S = DuplicateCandidateRow.__table__, DuplicateDecisionRow.__table__, DuplicateScanRow.__table__
VERDICTS = {"same": "同一人", "different": "別人"}


@dataclass(frozen=True)
class DuplicatePair:
    a: ResidentRecord
    b: ResidentRecord
    score: int
    reasons: tuple[str, ...]  # Japanese reason texts
    verdict: str | None = None  # same | different | None (undecided)


@dataclass(frozen=True)
class DuplicatePage:
    pairs: tuple[DuplicatePair, ...]
    page: int
    pages: int
    total: int
    scanned_at: datetime | None  # None: no finished scan yet


@dataclass(frozen=True)
class Decision:
    atena_a: str
    atena_b: str
    verdict: str
    decided_by: int | None
    decided_role: str
    decided_at: datetime
    revoked_at: datetime | None = None


class DuplicateReviewService:
    def __init__(self, sessions: sessionmaker[Session], audit: AuditPort, repository: ResidentRepository,
                 scanner: DuplicateScanner | None = None) -> None:
        self._sessions, self._audit, self._repo = sessions, audit, repository
        self._scanner = scanner or DuplicateScanner(sessions)

    def may_review(self, actor: Actor) -> bool:
        from app.records.permissions import allowed

        return allowed(actor, Action.DECIDE_DUPLICATES)

    def scan(self, actor: Actor, progress: Callable[[ScanProgress], None] | None = None,
             cancel: Callable[[], bool] | None = None) -> ScanResult:
        require(actor, Action.DECIDE_DUPLICATES)
        return self._scanner.scan(progress, cancel)

    def last_scan(self) -> datetime | None:
        with self._sessions() as s:
            return s.execute(select(func.max(S.c.finished_at))).scalar()

    def page(self, actor: Actor, min_score: int = DEFAULT_MIN_SCORE, page: int = 1, size: int = 20,
             include_decided: bool = False) -> DuplicatePage:
        require(actor, Action.DECIDE_DUPLICATES)
        active = {(row.resident_a_id, row.resident_b_id): row.verdict for row in self._active()}
        with self._sessions() as s:
            scan = s.execute(select(S.c.id, S.c.finished_at).where(S.c.finished_at.is_not(None))
                             .order_by(S.c.id.desc())).first()
            if scan is None:
                return DuplicatePage((), 1, 0, 0, None)
            rows = s.execute(select(C.c.resident_a_id, C.c.resident_b_id, C.c.score, C.c.reasons)
                             .where(C.c.scan_id == scan.id, C.c.score >= min_score)
                             .order_by(C.c.score.desc(), C.c.resident_a_id, C.c.resident_b_id)).all()
        if not include_decided:
            rows = [r for r in rows if (r.resident_a_id, r.resident_b_id) not in active]
        pages = max(1, -(-len(rows) // size))
        page = min(max(1, page), pages)
        shown = rows[(page - 1) * size: page * size]
        pairs = tuple(DuplicatePair(self._repo.get(r.resident_a_id), self._repo.get(r.resident_b_id), r.score,
                                    tuple(REASON_LABELS.get(code, code) for code in r.reasons.split(",") if code),
                                    active.get((r.resident_a_id, r.resident_b_id))) for r in shown)
        return DuplicatePage(pairs, page, pages, len(rows), _aware(scan.finished_at))

    def decide(self, actor: Actor, atena_a: str, atena_b: str, verdict: str) -> Decision:
        require(actor, Action.DECIDE_DUPLICATES)
        if verdict not in VERDICTS:
            raise DuplicateDecisionError("bad_verdict")
        a, b = self._pair(atena_a, atena_b)
        now = datetime.now(timezone.utc)
        with write_transaction(self._sessions) as s:
            if s.execute(select(D.c.id).where(self._is_pair(a, b), D.c.revoked_at.is_(None))).first():
                raise DuplicateDecisionError("already_decided")
            s.execute(insert(D).values(resident_a_id=a.id, resident_b_id=b.id, verdict=verdict,
                                       decided_by=actor.staff_id, decided_role=actor.role, decided_at=now))
            self._audit.record(s, actor, "duplicate_decided", "resident_pair", [a.id, b.id], {"verdict": verdict})
        return Decision(a.atena_no, b.atena_no, verdict, actor.staff_id, actor.role, now)

    def revoke(self, actor: Actor, atena_a: str, atena_b: str) -> Decision:
        require(actor, Action.DECIDE_DUPLICATES)
        a, b = self._pair(atena_a, atena_b)
        now = datetime.now(timezone.utc)
        with write_transaction(self._sessions) as s:
            row = s.execute(select(D).where(self._is_pair(a, b), D.c.revoked_at.is_(None))).mappings().first()
            if row is None:
                raise DuplicateDecisionError("no_decision")
            s.execute(update(D).where(D.c.id == row["id"]).values(revoked_at=now, revoked_by=actor.staff_id))
            self._audit.record(s, actor, "duplicate_decision_revoked", "resident_pair", [a.id, b.id],
                               {"verdict": row["verdict"]})
        return Decision(a.atena_no, b.atena_no, row["verdict"], row["decided_by"], row["decided_role"],
                        _aware(row["decided_at"]), now)

    def decisions(self, actor: Actor, include_revoked: bool = False) -> list[Decision]:
        require(actor, Action.DECIDE_DUPLICATES)
        a, b = R.alias("a"), R.alias("b")
        stmt = (select(D, a.c.atena_no.label("atena_a"), b.c.atena_no.label("atena_b"))
                .join(a, a.c.id == D.c.resident_a_id).join(b, b.c.id == D.c.resident_b_id).order_by(D.c.id))
        if not include_revoked:
            stmt = stmt.where(D.c.revoked_at.is_(None))
        with self._sessions() as s:
            return [Decision(r["atena_a"], r["atena_b"], r["verdict"], r["decided_by"], r["decided_role"],
                             _aware(r["decided_at"]), _aware(r["revoked_at"]))
                    for r in s.execute(stmt).mappings()]

    # ----- internals -------------------------------------------------------------------------
    def _pair(self, atena_a: str, atena_b: str) -> tuple[ResidentRecord, ResidentRecord]:
        if atena_a == atena_b:
            raise DuplicateDecisionError("same_record")
        a, b = self._repo.get_by_atena_no(atena_a), self._repo.get_by_atena_no(atena_b)
        if a is None or b is None:
            raise DuplicateDecisionError("unknown_resident")
        return (a, b) if a.id < b.id else (b, a)

    @staticmethod
    def _is_pair(a: ResidentRecord, b: ResidentRecord):
        return or_(and_(D.c.resident_a_id == a.id, D.c.resident_b_id == b.id),
                   and_(D.c.resident_a_id == b.id, D.c.resident_b_id == a.id))

    def _active(self):
        with self._sessions() as s:
            return s.execute(select(D.c.resident_a_id, D.c.resident_b_id, D.c.verdict)
                             .where(D.c.revoked_at.is_(None))).all()


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
