"""VisitRepository: saves a VisitRecord and its drafts; lists open visits for resumption.

One session per call (unit of work); rows never leave this module. Every My Number the
visit holds — the card's, a person's typed at the counter, a correction, a 個人番号 field
of a draft — is stored only through the cipher, and dropped when none is configured.
"""
from __future__ import annotations

from datetime import timezone
from typing import Any, Callable, Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from domain.errors import DomainError
from app.storage.write_transaction import write_transaction
from app.storage.tables.approval import ApprovalRequestRow
from app.storage.tables.visits import VisitDraftRow, VisitRow
from forms.draft import FieldValue, FormDraft, draft_from_plain, draft_to_plain, map_values

from app.visit.model import VisitSummary
from app.visit.ports import SecretCipherPort
from app.visit.record import VisitRecord
from app.visit.workflow import VisitState

# Submitted/approved visits stay open: they still have to be printed.
OPEN_STATES = tuple(s.value for s in VisitState
                    if s not in (VisitState.PRINTED, VisitState.CANCELLED))


class VisitNotFoundError(DomainError):
    """No visit with that id (it was cancelled and removed, or belongs to another database)."""

    code = "visit_not_found"


SaveHook = Callable[[Session, VisitRecord], None]


class VisitRepository:
    """`save(visit, also=…)` runs `also(session)` and every registered save hook inside the same
    write transaction: the approval request and the audit entries that describe a change
    commit with the visit row, or not at all."""

    def __init__(self, session_factory: sessionmaker[Session],
                 cipher: SecretCipherPort | None = None, *,
                 on_save: Iterable[SaveHook] = ()) -> None:
        self._sessions = session_factory
        self._cipher = cipher
        self._on_save = list(on_save)

    def add_save_hook(self, hook: SaveHook) -> None:
        """`hook(session, visit)` runs inside every save's transaction (pending audit entries)."""
        self._on_save.append(hook)

    def save(self, visit: VisitRecord, *, also: Callable[[Session], None] | None = None) -> None:
        with write_transaction(self._sessions) as session:
            self._write(session, visit)
            for hook in self._on_save:
                hook(session, visit)
            if also is not None:
                also(session)

    def _write(self, session: Session, visit: VisitRecord) -> None:
        row = session.get(VisitRow, visit.visit_id)
        if row is None:
            row = VisitRow(id=visit.visit_id, created_at=visit.created_at)
            session.add(row)
        row.state = visit.state.value
        row.staff_id = visit.staff_id
        row.updated_at = visit.updated_at
        row.resident_id = visit.resident.resident_id if visit.resident else None
        row.event = visit.event
        row.my_number_enc = self._seal(visit.card.my_number if visit.card else None)
        row.data = self._seal_numbers(visit.plain_data())
        session.execute(delete(VisitDraftRow).where(VisitDraftRow.visit_id == visit.visit_id))
        session.flush()
        for pos, draft in enumerate(visit.drafts):
            session.add(VisitDraftRow(visit_id=visit.visit_id, form_id=draft.draft_id,
                                      position=pos, data=self._draft_plain(draft),
                                      updated_at=visit.updated_at))

    def get(self, visit_id: str) -> VisitRecord:
        with self._sessions() as session:
            row = session.get(VisitRow, visit_id)
            if row is None:
                raise VisitNotFoundError()
            drafts = session.scalars(select(VisitDraftRow).where(VisitDraftRow.visit_id == visit_id)
                                     .order_by(VisitDraftRow.position)).all()
            return VisitRecord.from_plain(
                visit_id=row.id, staff_id=row.staff_id, state=row.state,
                created_at=_aware(row.created_at), updated_at=_aware(row.updated_at),
                event=row.event, data=self._open_numbers(row.data),
                drafts=[self._draft_unplain(d.data) for d in drafts],
                my_number=self._open(row.my_number_enc))

    def list_open(self, staff_id: str | None = None) -> list[VisitSummary]:
        """Visits not yet printed or cancelled, newest first."""
        with self._sessions() as session:
            query = select(VisitRow).where(VisitRow.state.in_(OPEN_STATES))
            if staff_id is not None:
                query = query.where(VisitRow.staff_id == staff_id)
            rows = session.scalars(query.order_by(VisitRow.updated_at.desc())).all()
            return [_summary(r) for r in rows]

    def list_stuck(self) -> list[VisitSummary]:
        """Visits left 提出済み with no approval request (a counter died between the two
        writes before they shared one transaction): in no queue, and the clerk cannot
        resubmit or cancel them. A supervisor sends them back (staff_adapter.StuckVisits)."""
        with self._sessions() as session:
            rows = session.scalars(
                select(VisitRow).outerjoin(ApprovalRequestRow,
                                           ApprovalRequestRow.visit_id == VisitRow.id)
                .where(VisitRow.state == VisitState.SUBMITTED.value,
                       ApprovalRequestRow.visit_id.is_(None))
                .order_by(VisitRow.updated_at)).all()
            return [_summary(r) for r in rows]

    # --- sensitive values ---
    def _seal(self, plain: str | None) -> str | None:
        if not plain or self._cipher is None:
            return None
        return self._cipher.encrypt(plain)

    def _open(self, token: str | None) -> str | None:
        if not token or self._cipher is None:
            return None
        return self._cipher.decrypt(token)

    def _seal_numbers(self, data: Any, key: str = "") -> Any:
        """Every value under a key naming a My Number, anywhere in the visit's data."""
        if isinstance(data, dict):
            return {k: self._seal_numbers(v, k) for k, v in data.items()}
        if isinstance(data, list):
            return [self._seal_numbers(v, key) for v in data]
        if key.endswith("my_number") and isinstance(data, str) and data:
            return {"sealed": self._seal(data) or ""}
        return data

    def _open_numbers(self, data: Any) -> Any:
        if isinstance(data, dict):
            if set(data) == {"sealed"}:
                return self._open(data["sealed"]) or ""
            return {k: self._open_numbers(v) for k, v in data.items()}
        if isinstance(data, list):
            return [self._open_numbers(v) for v in data]
        return data

    def _draft_plain(self, draft: FormDraft) -> dict:
        return draft_to_plain(map_values(draft, lambda k, fv: self._seal_value(k, fv, self._seal)))

    def _draft_unplain(self, data: dict) -> FormDraft:
        return map_values(draft_from_plain(data), lambda k, fv: self._seal_value(k, fv, self._open))

    @staticmethod
    def _seal_value(field_id: str, fv: FieldValue, op) -> FieldValue:
        if not (field_id.endswith("my_number") or fv.source.endswith("my_number")):
            return fv
        original = VisitRepository._seal_value(field_id, fv.original, op) if fv.original else None
        value = (op(fv.value) or "") if isinstance(fv.value, str) and fv.value else fv.value
        return FieldValue(value, fv.provenance, fv.source, original)


def _summary(r: VisitRow) -> VisitSummary:
    return VisitSummary(visit_id=r.id, state=r.state, staff_id=r.staff_id,
                        updated_at=_aware(r.updated_at).isoformat(timespec="minutes"),
                        label=r.event or "")


def _aware(value):
    # SQLite hands back naive datetimes even for timezone=True columns.
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
