"""Binds the visit's audit, approval, lookup and cipher ports to the staff, approval and
privacy areas, and checks the signed-in person's STORED account at each action.

The audit log and the approval service act for an Actor (staff member + workstation);
`CounterSession` holds who is signed in at this window, set by the login dialog.

- CounterAuthorization: `require(action)` for whoever is signed in here (the
  VisitService's authorisation hook, and the checks below).
- AuditAdapter: each audited counter action needs its permission first (card_read →
  read_card, record_viewed/visit_started → view_record, draft_edited → edit_draft,
  printed → print_final). Entries for actions the service saves right after (card read,
  record viewed, draft edited, printed) wait for that save and are written in its
  transaction: no audit entry for an edit that was never saved.
- AuthorizedLookup: resident searches need view_record (the administrator cannot).
- ApprovalAdapter: submit writes the visit, the approval request and the audit entry in
  ONE transaction; check_print is the one print gate (the STORED approval state).
- StuckVisits: a supervisor sends back visits left 提出済み without a request.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass, field

from domain.errors import DomainError
from app.approval.machine import ApprovalRefusedError, ApprovalState, Refusal, Transition
from app.audit.events import AuditAction
from app.identity.errors import PermissionDeniedError
from app.identity.roles import Action
from app.privacy.cipher import MyNumberCipher
from forms.draft_rows import field_rows

from app.visit.model import mask_my_number
from app.visit.workflow import VisitState
from app.identity.staff_identity import StaffIdentity


@dataclass
class CounterSession:
    """The staff member signed in at this window (None before sign-in)."""
    identity: StaffIdentity | None = None


class MyNumberTextCipher:
    """SecretCipherPort over app.privacy: AES-GCM blob, base64 for a text column."""

    def __init__(self, cipher: MyNumberCipher) -> None:
        self._cipher = cipher

    def encrypt(self, plain: str) -> str:
        return base64.b64encode(self._cipher.encrypt_digits(plain)).decode("ascii")

    def decrypt(self, token: str) -> str:
        return self._cipher.decrypt(base64.b64decode(token)).reveal()


class CounterAuthorization:
    """Is the person signed in at this window allowed to do this, as stored NOW?"""

    def __init__(self, authorization, auth, session: CounterSession) -> None:
        self._authz, self._auth, self._session = authorization, auth, session

    def actor(self):
        if self._session.identity is None:
            return None
        return self._auth.actor_for(self._session.identity)

    def require(self, action: Action | str):
        """The signed-in Actor (with its stored role), or PermissionDeniedError."""
        actor = self.actor()
        if actor is None:
            raise PermissionDeniedError(Action(action).value, "", "not_signed_in")
        return self._authz.require(actor, action)


_PERMISSION = {
    AuditAction.VISIT_STARTED: Action.VIEW_RECORD,
    AuditAction.CARD_READ: Action.READ_CARD,
    AuditAction.RECORD_VIEWED: Action.VIEW_RECORD,
    AuditAction.DRAFT_EDITED: Action.EDIT_DRAFT,
    AuditAction.PRINTED: Action.PRINT_FINAL,
}
# Followed by a save of the visit in the same service call: written in that transaction.
_WITH_NEXT_SAVE = frozenset({AuditAction.CARD_READ, AuditAction.RECORD_VIEWED,
                             AuditAction.DRAFT_EDITED, AuditAction.PRINTED})


@dataclass
class _Pending:
    action: AuditAction
    object_type: str
    object_id: str
    details: dict | None
    actor: object = field(repr=False)


class AuditAdapter:
    """AuditPort over app.audit.AuditLog: ids and codes only, never names or numbers."""

    def __init__(self, audit_log, auth, session: CounterSession,
                 authorization: CounterAuthorization | None = None) -> None:
        self._log, self._auth, self._session = audit_log, auth, session
        self._authz = authorization
        self._pending: list[_Pending] = []

    def record(self, action: str, *, staff_id: str, object_id: str, detail: str = "") -> None:
        action = AuditAction(action)
        if self._authz is not None:
            actor = self._authz.require(_PERMISSION.get(action, Action.VIEW_RECORD))
        elif self._session.identity is None:
            raise PermissionDeniedError(_PERMISSION.get(action, Action.VIEW_RECORD).value, "",
                                        "not_signed_in")
        else:
            actor = self._auth.actor_for(self._session.identity)
        object_type = "resident" if action is AuditAction.RECORD_VIEWED else "visit"
        details = {"field": detail} if detail else None
        if action in _WITH_NEXT_SAVE:
            self._pending.append(_Pending(action, object_type, object_id, details, actor))
            return
        self._log.append(actor, action, object_type, [object_id], details)

    def flush(self, session, visit=None) -> None:
        """Save hook (VisitRepository): write the waiting entries in the save's transaction.
        If that transaction rolls back, so do they (and they are not retried). An entry about
        another visit than the one saved belongs to a call that failed before its save: it
        is dropped, never written against the wrong save."""
        pending, self._pending = self._pending, []
        for p in pending:
            if p.object_type == "visit" and visit is not None and p.object_id != visit.visit_id:
                continue
            self._log.record(session, p.actor, p.action, p.object_type, [p.object_id], p.details)


class AuthorizedLookup:
    """ResidentLookupPort + RegistryContextPort that need view_record for every search."""

    def __init__(self, lookup, authorization: CounterAuthorization) -> None:
        self._lookup, self._authz = lookup, authorization

    def by_my_number(self, my_number: str):
        self._authz.require(Action.VIEW_RECORD)
        return self._lookup.by_my_number(my_number)

    def by_four_items(self, name: str, address: str, birth_date: str, sex_code: str):
        self._authz.require(Action.VIEW_RECORD)
        return self._lookup.by_four_items(name, address, birth_date, sex_code)

    def registry(self, resident_id: str) -> dict:
        self._authz.require(Action.VIEW_RECORD)
        return self._lookup.registry(resident_id)


class ApprovalAdapter:
    """Submit / approve / reject through app.approval; the office settings decide which
    visits need approval before printing."""

    def __init__(self, approval, office, auth, session: CounterSession, store=None) -> None:
        self._approval, self._office, self._auth, self._session = approval, office, auth, session
        self._store = store

    def required(self) -> bool:
        """Office setting: printing the final forms needs approval (at all)."""
        return bool(self._office.load().approval_required_for_print)

    def required_for(self, visit) -> bool:
        """Does THIS visit need approval (a 住民票の写し alone does not, by default)?"""
        return self._approval.needs_approval(p.code for p in visit.selected_procedures)

    def _actor(self):
        if self._session.identity is None:
            raise PermissionDeniedError(Action.SUBMIT.value, "", "not_signed_in")
        return self._auth.actor_for(self._session.identity)

    def submit(self, visit) -> None:
        """Save the visit (already in its submitted state), create or resubmit the
        request and audit it — one transaction."""
        actor = self._actor()
        self._store.save(visit, also=lambda session: self._approval.submit_in(
            session, actor, visit.visit_id, snapshot(visit)))

    def approve(self, visit_id: str, approver: StaffIdentity, comment: str = "") -> None:
        self._approval.approve(self._auth.actor_for(approver), visit_id, comment)

    def reject(self, visit_id: str, approver: StaffIdentity, comment: str) -> None:
        self._approval.reject(self._auth.actor_for(approver), visit_id, comment)

    def check_print(self, visit) -> None:
        """The one print gate: raises unless the signed-in person may print the final copy
        of this visit, judged by the STORED approval state and the STORED procedures."""
        stored = self._store.get(visit.visit_id) if self._store is not None else visit
        codes = [p.code for p in stored.selected_procedures]
        self._approval.check_final_print(self._actor(), visit.visit_id, codes)

    def state_of(self, visit_id: str) -> str:
        try:
            return ApprovalState(self._approval.state_of(visit_id)).value
        except LookupError:
            return ApprovalState.DRAFT.value

    def rejection_comment(self, visit_id: str) -> str:
        request = self._approval.get(visit_id)
        return request.comment if request else ""

    def unseen_decisions(self):
        """Decisions on this clerk's requests not yet shown (poll every few seconds)."""
        return self._approval.unseen_decisions(self._actor())

    def mark_seen(self, visit_id: str, revision: int) -> None:
        self._approval.mark_seen(self._actor(), visit_id, revision)


class VisitNotStuckError(DomainError):
    """The visit is not stuck (it has an approval request, or is not 提出済み)."""

    code = "visit_not_stuck"


class StuckVisits:
    """Visits left 提出済み with no approval request (before submit was one transaction):
    listed for supervisors, and sent back to editing with a comment, audited."""

    def __init__(self, store, audit_log, authorization) -> None:
        self._store, self._audit, self._authz = store, audit_log, authorization

    def find(self, actor) -> list:
        self._authz.require(actor, Action.VIEW_APPROVAL_QUEUE)
        return self._store.list_stuck()

    def send_back(self, actor, visit_id: str, comment: str):
        actor = self._authz.require(actor, Action.REJECT)
        if not comment.strip():
            raise ApprovalRefusedError(Refusal.COMMENT_REQUIRED, Transition.REJECT)
        if visit_id not in {s.visit_id for s in self._store.list_stuck()}:
            raise VisitNotStuckError()
        visit = self._store.get(visit_id)
        returned = visit.evolve(state=VisitState.PROCEDURES_CHOSEN,
                                rejection_comment=comment.strip())

        def audited(session) -> None:
            self._audit.record(session, actor, AuditAction.SENT_BACK, "visit", [visit_id])
        self._store.save(returned, also=audited)
        return returned


def snapshot(visit) -> dict:
    """What the supervisor reviews: the event, the resident's name (for the queue), the
    procedures, and each form's values with provenance and the clerk's changes. The My
    Number is masked here; the supervisor reveals it through the audited reveal."""
    forms = []
    for draft in visit.drafts:
        fields = []
        for row in field_rows(draft):
            value, before = row.value, row.prefilled_value
            if row.sensitive:
                value, before = mask_my_number(str(value or "")), mask_my_number(str(before or ""))
            fields.append({"key": row.key, "label": row.label, "value": value,
                           "provenance": row.source, "prefilled_value": before,
                           "changed": row.changed, "fact": row.fact})
        forms.append({"draft_id": draft.draft_id, "form_id": draft.form_id, "title": draft.title,
                      "fields": fields})
    procedures = [{"code": p.code, "title": p.title, "reason": p.reason, "form_ids": list(p.form_ids),
                   "selected": p.selected, "source": p.source, "clerk_reason": p.clerk_reason,
                   "subjects": list(p.procedure.subjects)} for p in visit.selected_procedures]
    resident = visit.resident.name if visit.resident else (visit.card.name if visit.card else "")
    return {"event": str(visit.event) if visit.event else None, "resident": {"name": resident},
            "procedures": procedures, "forms": forms}


@dataclass(frozen=True)
class CounterPorts:
    repository: object
    lookup: AuthorizedLookup
    audit: AuditAdapter
    approval: ApprovalAdapter
    authorization: CounterAuthorization
    stuck: StuckVisits


def wire_counter(staff, repository, records, auth, session: CounterSession) -> CounterPorts:
    """The visit service's ports for one window, over one StaffServices bundle: every
    port checks the signed-in person's stored account; pending audit entries are written
    by the repository's save (same transaction)."""
    authorization = CounterAuthorization(staff.authorization, auth, session)
    audit = AuditAdapter(staff.audit, auth, session, authorization)
    # Every visit this window saves is counter work: nobody signed in, and no
    # administrator, can create or change one (also for steps not audited on their own).
    repository.add_save_hook(lambda _session, _visit: authorization.require(Action.VIEW_RECORD))
    repository.add_save_hook(audit.flush)
    return CounterPorts(repository, AuthorizedLookup(records, authorization), audit,
                        ApprovalAdapter(staff.approval, staff.office, auth, session, repository),
                        authorization, StuckVisits(repository, staff.audit, staff.authorization))
