"""ApprovalService: submit, approve, reject, queue, and what a widget may offer.

Every transition is written together with its audit entry in one transaction.
Comments live in approval_events only; the audit log gets ids and codes.
"""
from __future__ import annotations

import json
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.approval.machine import (EDITABLE_STATES, ApprovalState, GuardInput, Transition,
                                  next_state, refusal_for)
from app.approval.models import (ApprovalHistoryItem, ApprovalRequest, ApprovalUiAction,
                                 QueueItem, ApprovalNotFoundError, freeze)
from app.audit.events import AuditAction, check_code
from app.audit.log import AuditLog, utc_now
from app.audit.unit_of_work import write_transaction
from app.settings.office import OfficeSettingsService
from app.identity.actor import Actor
from app.identity.errors import PermissionDeniedError
from app.identity.roles import Action, is_permitted
from app.storage.tables.approval import ApprovalEventRow, ApprovalRequestRow

_AUDIT_FOR = {
    Transition.SUBMIT: AuditAction.SUBMITTED,
    Transition.RESUBMIT: AuditAction.SUBMITTED,
    Transition.APPROVE: AuditAction.APPROVED,
    Transition.REJECT: AuditAction.REJECTED,
}


class SnapshotCodec(Protocol):
    """How the snapshot text is stored; the privacy layer can encrypt it
    (a snapshot may hold a 個人番号 field value)."""

    def encode(self, text: str) -> str: ...
    def decode(self, stored: str) -> str: ...


class PlainSnapshotCodec:
    def encode(self, text: str) -> str:
        return text

    def decode(self, stored: str) -> str:
        return stored


class ApprovalService:
    def __init__(self, session_factory: sessionmaker[Session], audit: AuditLog,
                 office: OfficeSettingsService, codec: SnapshotCodec | None = None):
        self._sessions = session_factory
        self._audit = audit
        self._office = office
        self._codec = codec or PlainSnapshotCodec()

    # -- transitions -----------------------------------------------------------
    def submit(self, actor: Actor, visit_id: str, snapshot: dict[str, Any]) -> ApprovalRequest:
        """First submission or resubmission after a rejection; the snapshot
        (forms, values, provenance, changes from pre-fill) is frozen here."""
        visit_id = check_code(str(visit_id), "visit_id")
        snapshot_text = json.dumps(snapshot, ensure_ascii=False, sort_keys=True)
        with write_transaction(self._sessions) as session:
            row = session.get(ApprovalRequestRow, visit_id)
            state = ApprovalState(row.state) if row else ApprovalState.DRAFT
            transition = Transition.SUBMIT if row is None else Transition.RESUBMIT
            new_state = next_state(actor, transition, self._guard(session, row, None))
            now = utc_now()
            if row is None:
                row = ApprovalRequestRow(visit_id=visit_id, revision=1, comment="")
                session.add(row)
            else:
                row.revision += 1
            row.state = new_state.value
            row.submitted_by = actor.staff_id
            row.submitted_at = now
            row.snapshot_json = self._codec.encode(snapshot_text)
            row.decided_by = row.decided_at = None
            self._log(session, actor, row, transition, "", from_state=state)
            return self._view(session, row)

    def approve(self, actor: Actor, visit_id: str, comment: str = "") -> ApprovalRequest:
        return self._decide(actor, visit_id, Transition.APPROVE, comment)

    def reject(self, actor: Actor, visit_id: str, comment: str) -> ApprovalRequest:
        return self._decide(actor, visit_id, Transition.REJECT, comment)

    def _decide(self, actor: Actor, visit_id: str, transition: Transition,
                comment: str) -> ApprovalRequest:
        with write_transaction(self._sessions) as session:
            row = self._row(session, visit_id)
            state = ApprovalState(row.state)
            row.state = next_state(actor, transition, self._guard(session, row, comment or "")).value
            row.decided_by = actor.staff_id
            row.decided_at = utc_now()
            row.comment = (comment or "").strip()
            self._log(session, actor, row, transition, row.comment, from_state=state)
            return self._view(session, row)

    def record_printed(self, actor: Actor, visit_id: str, final: bool) -> None:
        """Audit a print; a final print is refused unless can_print_final."""
        if final and not self.can_print_final(actor, visit_id):
            raise PermissionDeniedError(Action.PRINT_FINAL.value, actor.role)
        self._audit.append(actor, AuditAction.PRINTED, "visit", [check_code(str(visit_id), "visit_id")],
                           {"final": final})

    # -- queries ---------------------------------------------------------------
    def get(self, visit_id: str) -> ApprovalRequest | None:
        with self._sessions() as session:
            row = session.get(ApprovalRequestRow, str(visit_id))
            return self._view(session, row) if row else None

    def state_of(self, visit_id: str) -> ApprovalState:
        request = self.get(visit_id)
        return request.state if request else ApprovalState.DRAFT

    def queue(self, actor: Actor) -> list[QueueItem]:
        """Submitted requests, oldest first, for supervisors."""
        if actor.is_system or not is_permitted(actor.role, Action.VIEW_APPROVAL_QUEUE):
            raise PermissionDeniedError(Action.VIEW_APPROVAL_QUEUE.value, actor.role)
        with self._sessions() as session:
            rows = session.execute(
                select(ApprovalRequestRow)
                .where(ApprovalRequestRow.state == ApprovalState.SUBMITTED.value)
                .order_by(ApprovalRequestRow.submitted_at, ApprovalRequestRow.visit_id)).scalars()
            return [QueueItem(r.visit_id, r.revision, r.submitted_by, r.submitted_at,
                              can_decide=r.submitted_by != actor.staff_id) for r in rows]

    def allowed_actions(self, actor: Actor, visit_id: str) -> frozenset[ApprovalUiAction]:
        with self._sessions() as session:
            row = session.get(ApprovalRequestRow, str(visit_id))
            guard = self._guard(session, row, None)
        allowed = set()
        for transition in Transition:
            if refusal_for(actor, transition, guard) is None:
                allowed.add(ApprovalUiAction(transition.value))
        if guard.state in EDITABLE_STATES and not actor.is_system \
                and is_permitted(actor.role, Action.EDIT_DRAFT):
            allowed.add(ApprovalUiAction.EDIT)
        if self._print_allowed(actor, guard.state):
            allowed.add(ApprovalUiAction.PRINT_FINAL)
        return frozenset(allowed)

    def can_print_final(self, actor: Actor, visit_id: str) -> bool:
        return self._print_allowed(actor, self.state_of(visit_id))

    def _print_allowed(self, actor: Actor, state: ApprovalState) -> bool:
        if actor.is_system or not is_permitted(actor.role, Action.PRINT_FINAL):
            return False
        if not self._office.load().approval_required_for_print:
            return True
        return state is ApprovalState.APPROVED

    # -- internals -------------------------------------------------------------
    def _guard(self, session: Session, row: ApprovalRequestRow | None,
               comment: str | None) -> GuardInput:
        return GuardInput(state=ApprovalState(row.state) if row else ApprovalState.DRAFT,
                          submitted_by=row.submitted_by if row else None, comment=comment,
                          approval_comment_required=self._office.load(session).approval_comment_required)

    @staticmethod
    def _row(session: Session, visit_id: str) -> ApprovalRequestRow:
        row = session.get(ApprovalRequestRow, str(visit_id))
        if row is None:
            raise ApprovalNotFoundError()
        return row

    def _log(self, session: Session, actor: Actor, row: ApprovalRequestRow, transition: Transition,
             comment: str, from_state: ApprovalState) -> None:
        session.flush()  # the request row first: the event row references it
        session.add(ApprovalEventRow(visit_id=row.visit_id, transition=transition.value,
                                     actor_id=actor.staff_id, at=utc_now(), comment=comment))
        session.flush()
        self._audit.record(session, actor, _AUDIT_FOR[transition], "visit", [row.visit_id],
                           {"revision": row.revision, "from": from_state.value,
                            "to": row.state, "has_comment": bool(comment)})

    def _view(self, session: Session, row: ApprovalRequestRow) -> ApprovalRequest:
        events = session.execute(select(ApprovalEventRow)
                                 .where(ApprovalEventRow.visit_id == row.visit_id)
                                 .order_by(ApprovalEventRow.id)).scalars()
        history = tuple(ApprovalHistoryItem(e.transition, e.actor_id, e.at, e.comment) for e in events)
        snapshot = json.loads(self._codec.decode(row.snapshot_json))
        return ApprovalRequest(row.visit_id, ApprovalState(row.state), row.revision, row.submitted_by,
                               row.submitted_at, row.decided_by, row.decided_at, row.comment,
                               freeze(snapshot), history)
