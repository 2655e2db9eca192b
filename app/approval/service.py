"""ApprovalService: submit, approve, reject, the print gate, and what a widget may offer.

Every transition is written together with its audit entry in one transaction, and each
re-reads the acting account (a supervisor disabled or demoted after signing in can no
longer decide). One decision per request: the request row is read FOR UPDATE and changed
by a conditional UPDATE … WHERE state = 'submitted' AND revision = …, so two supervisors
deciding at once on PostgreSQL cannot both win. Comments live in approval_events only;
the audit log gets ids and codes. Queries (queue, notices, diff) are in inbox.py.
"""
from __future__ import annotations

import json
from typing import Any, Iterable

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from domain.errors import DomainError
from app.approval.inbox import ApprovalInbox, PlainSnapshotCodec, SnapshotCodec
from app.approval.machine import (EDITABLE_STATES, REQUIRED_PERMISSION, ApprovalRefusedError,
                                  ApprovalState, GuardInput, Refusal, Transition, next_state,
                                  refusal_for)
from app.approval.models import ApprovalNotFoundError, ApprovalRequest, ApprovalUiAction
from app.approval.policy import needs_approval
from app.audit.events import AuditAction, check_code
from app.audit.log import AuditLog, utc_now
from app.storage.write_transaction import write_transaction
from app.identity.actor import Actor
from app.identity.authorization import AuthorizationService
from app.identity.errors import PermissionDeniedError
from app.identity.roles import Action, is_permitted
from app.settings.office import OfficeSettingsService
from app.storage.tables.approval import ApprovalEventRow, ApprovalRequestRow, ApprovalSnapshotRow

__all__ = ["ApprovalService", "ApprovalNotFoundError", "PlainSnapshotCodec", "PrintRefusedError",
           "SnapshotCodec"]

_AUDIT_FOR = {
    Transition.SUBMIT: AuditAction.SUBMITTED,
    Transition.RESUBMIT: AuditAction.SUBMITTED,
    Transition.APPROVE: AuditAction.APPROVED,
    Transition.REJECT: AuditAction.REJECTED,
}


class PrintRefusedError(DomainError):
    """The final copy may not print: the stored request is not approved (detail
    not_approved), or was rejected (rejected)."""

    code = "print_refused"
    details = ("not_approved", "rejected")


class ApprovalService(ApprovalInbox):
    def __init__(self, session_factory: sessionmaker[Session], audit: AuditLog,
                 office: OfficeSettingsService, codec: SnapshotCodec | None = None,
                 authorization: AuthorizationService | None = None):
        super().__init__(session_factory, office, codec or PlainSnapshotCodec(),
                         authorization or AuthorizationService(session_factory))
        self._audit = audit

    # -- transitions -----------------------------------------------------------
    def submit(self, actor: Actor, visit_id: str, snapshot: dict[str, Any]) -> ApprovalRequest:
        """First submission or resubmission after a rejection; the snapshot
        (forms, values, provenance, changes from pre-fill) is frozen here."""
        with write_transaction(self._sessions) as session:
            return self.submit_in(session, actor, visit_id, snapshot)

    def submit_in(self, session: Session, actor: Actor, visit_id: str,
                  snapshot: dict[str, Any]) -> ApprovalRequest:
        """The same inside the caller's transaction: the visit area saves the visit's
        state, this request and the audit entry together (no visit left 提出済み with no
        request if a counter dies half-way)."""
        visit_id = check_code(str(visit_id), "visit_id")
        actor = self._authz.require(actor, Action.SUBMIT, session)
        snapshot_text = json.dumps(snapshot, ensure_ascii=False, sort_keys=True)
        row = session.get(ApprovalRequestRow, visit_id, with_for_update=True)
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
        row.decided_by = row.decided_at = row.decision_seen_at = None
        row.workstation = actor.workstation[:64]
        row.event = _event_code(snapshot)
        try:
            session.flush()  # a second first-submission of the same visit collides here
        except IntegrityError:
            raise ApprovalRefusedError(Refusal.NOT_ALLOWED_FROM_STATE, transition) from None
        session.add(ApprovalSnapshotRow(visit_id=visit_id, revision=row.revision,
                                        snapshot_json=row.snapshot_json,
                                        submitted_by=actor.staff_id, submitted_at=now))
        self._log(session, actor, row, transition, "", from_state=state)
        return self._view(session, row)

    def approve(self, actor: Actor, visit_id: str, comment: str = "") -> ApprovalRequest:
        return self._decide(actor, visit_id, Transition.APPROVE, comment)

    def reject(self, actor: Actor, visit_id: str, comment: str) -> ApprovalRequest:
        return self._decide(actor, visit_id, Transition.REJECT, comment)

    def _decide(self, actor: Actor, visit_id: str, transition: Transition,
                comment: str) -> ApprovalRequest:
        comment = (comment or "").strip()
        with write_transaction(self._sessions) as session:
            actor = self._authz.require(actor, REQUIRED_PERMISSION[transition], session)
            row = self._row(session, visit_id, lock=True)
            state, revision = ApprovalState(row.state), row.revision
            new_state = next_state(actor, transition, self._guard(session, row, comment))
            decided = session.execute(
                update(ApprovalRequestRow)
                .where(ApprovalRequestRow.visit_id == row.visit_id,
                       ApprovalRequestRow.state == ApprovalState.SUBMITTED.value,
                       ApprovalRequestRow.revision == revision)
                .values(state=new_state.value, decided_by=actor.staff_id, decided_at=utc_now(),
                        comment=comment, decision_seen_at=None)
                .execution_options(synchronize_session=False))
            if decided.rowcount != 1:  # another supervisor decided first
                raise ApprovalRefusedError(Refusal.NOT_ALLOWED_FROM_STATE, transition)
            session.refresh(row)
            self._log(session, actor, row, transition, comment, from_state=state)
            return self._view(session, row)

    # -- the one print gate ------------------------------------------------------
    def needs_approval(self, procedure_codes: Iterable[str]) -> bool:
        """Does a visit with these selected procedures need approval before it prints?"""
        return needs_approval(procedure_codes, self._office.load())

    def check_final_print(self, actor: Actor, visit_id: str,
                          procedure_codes: Iterable[str] | None = None,
                          session: Session | None = None) -> None:
        """Raise unless the final copy may print: the stored account may print, and —
        where the visit needs approval — the STORED request is approved. Without
        procedure codes the approved snapshot's are used (none known: approval needed)."""
        if session is None:
            with self._sessions() as own:
                return self.check_final_print(actor, visit_id, procedure_codes, own)
        self._authz.require(actor, Action.PRINT_FINAL, session)
        row = session.get(ApprovalRequestRow, str(visit_id))
        state = ApprovalState(row.state) if row else ApprovalState.DRAFT
        if state is ApprovalState.APPROVED:
            return None
        codes = list(procedure_codes) if procedure_codes is not None else \
            (self._snapshot_procedures(row) or [])
        if not needs_approval(codes, self._office.load(session)):
            return None
        raise PrintRefusedError("rejected" if state is ApprovalState.REJECTED else "not_approved")

    def can_print_final(self, actor: Actor, visit_id: str,
                        procedure_codes: Iterable[str] | None = None) -> bool:
        try:
            self.check_final_print(actor, visit_id, procedure_codes)
        except (PermissionDeniedError, PrintRefusedError):
            return False
        return True

    def record_printed(self, actor: Actor, visit_id: str, final: bool,
                       procedure_codes: Iterable[str] | None = None) -> None:
        """Audit a print; a final print passes the print gate first (same transaction)."""
        visit_id = check_code(str(visit_id), "visit_id")
        with write_transaction(self._sessions) as session:
            if final:
                self.check_final_print(actor, visit_id, procedure_codes, session)
            else:
                actor = self._authz.require(actor, Action.EDIT_DRAFT, session)
            self._audit.record(session, actor, AuditAction.PRINTED, "visit", [visit_id],
                               {"final": final})

    # -- what a widget may offer -------------------------------------------------
    def allowed_actions(self, actor: Actor, visit_id: str) -> frozenset[ApprovalUiAction]:
        role = self._authz.stored_role(actor)
        if role is None:
            return frozenset()
        actor = Actor(actor.staff_id, actor.name, role.value, actor.workstation)
        with self._sessions() as session:
            row = session.get(ApprovalRequestRow, str(visit_id))
            guard = self._guard(session, row, None)
        allowed = {ApprovalUiAction(t.value) for t in Transition
                   if refusal_for(actor, t, guard) is None}
        if guard.state in EDITABLE_STATES and is_permitted(role, Action.EDIT_DRAFT):
            allowed.add(ApprovalUiAction.EDIT)
        if self.can_print_final(actor, visit_id, self._snapshot_procedures(row)):
            allowed.add(ApprovalUiAction.PRINT_FINAL)
        return frozenset(allowed)

    # -- internals -------------------------------------------------------------
    def _guard(self, session: Session, row: ApprovalRequestRow | None,
               comment: str | None) -> GuardInput:
        return GuardInput(state=ApprovalState(row.state) if row else ApprovalState.DRAFT,
                          submitted_by=row.submitted_by if row else None, comment=comment,
                          approval_comment_required=self._office.load(session).approval_comment_required)

    def _log(self, session: Session, actor: Actor, row: ApprovalRequestRow, transition: Transition,
             comment: str, from_state: ApprovalState) -> None:
        session.flush()  # the request row first: the event row references it
        session.add(ApprovalEventRow(visit_id=row.visit_id, transition=transition.value,
                                     actor_id=actor.staff_id, at=utc_now(), comment=comment))
        session.flush()
        self._audit.record(session, actor, _AUDIT_FOR[transition], "visit", [row.visit_id],
                           {"revision": row.revision, "from": from_state.value,
                            "to": row.state, "has_comment": bool(comment)})


def _event_code(snapshot: dict) -> str:
    event = snapshot.get("event") if isinstance(snapshot, dict) else None
    try:
        return check_code(str(event), "event")[:32] if event else ""
    except DomainError:
        return ""
