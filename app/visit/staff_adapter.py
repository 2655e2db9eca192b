"""Binds the visit's audit, approval and cipher ports to the staff, approval and privacy areas.

The audit log and the approval service act for an Actor (staff member + workstation);
`CounterSession` holds who is signed in at this window, set by the login dialog.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass

from app.approval.machine import ApprovalState
from app.audit.events import AuditAction
from app.privacy.cipher import MyNumberCipher
from forms.draft_rows import field_rows

from app.visit.model import mask_my_number
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


class AuditAdapter:
    """AuditPort over app.audit.AuditLog: ids and codes only, never names or numbers."""

    def __init__(self, audit_log, auth, session: CounterSession) -> None:
        self._log, self._auth, self._session = audit_log, auth, session

    def record(self, action: str, *, staff_id: str, object_id: str, detail: str = "") -> None:
        if self._session.identity is None:
            return
        actor = self._auth.actor_for(self._session.identity)
        object_type = "resident" if action == AuditAction.RECORD_VIEWED.value else "visit"
        details = {"field": detail} if detail else None
        self._log.append(actor, AuditAction(action), object_type, [object_id], details)


class ApprovalAdapter:
    """Submit / approve / reject through app.approval; the office setting decides whether
    printing needs approval."""

    def __init__(self, approval, office, auth, session: CounterSession) -> None:
        self._approval, self._office, self._auth, self._session = approval, office, auth, session

    def required(self) -> bool:
        return bool(self._office.load().approval_required_for_print)

    def submit(self, visit) -> None:
        actor = self._auth.actor_for(self._session.identity)
        self._approval.submit(actor, visit.visit_id, snapshot(visit))

    def approve(self, visit_id: str, approver: StaffIdentity, comment: str = "") -> None:
        self._approval.approve(self._auth.actor_for(approver), visit_id, comment)

    def reject(self, visit_id: str, approver: StaffIdentity, comment: str) -> None:
        self._approval.reject(self._auth.actor_for(approver), visit_id, comment)

    def state_of(self, visit_id: str) -> str:
        try:
            return ApprovalState(self._approval.state_of(visit_id)).value
        except LookupError:
            return ApprovalState.DRAFT.value

    def rejection_comment(self, visit_id: str) -> str:
        request = self._approval.get(visit_id)
        return request.comment if request else ""


def snapshot(visit) -> dict:
    """What the supervisor reviews: each form's values with provenance and the clerk's changes,
    as the clerk's review table shows them (forms.draft_rows). The My Number is masked here;
    the supervisor reveals it through the audited reveal."""
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
    return {"event": str(visit.event) if visit.event else None, "procedures": procedures, "forms": forms}
