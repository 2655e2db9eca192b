"""What the visit service needs from the other areas, as small Protocols.

The records, forms, staff and privacy areas are built alongside this one; the
adapters in app.visit.adapters bind these ports to their real classes, and tests
use hand-written fakes. Keeping the ports narrow means a change over there touches
one adapter, not the workflow.
"""
from __future__ import annotations

from typing import Protocol

from app.identity.staff_identity import StaffIdentity  # noqa: F401  (the AuthPort returns it)

from app.visit.model import (CardReading, FieldIssue, FormDraft, ProcedureChoice, Question,
                             ResidentCandidate)


class VisitStorePort(Protocol):
    """app.visit.repository.VisitRepository; a port so the service (and the widgets that
    call it) never import the database layer."""
    def save(self, visit) -> None: ...

    def get(self, visit_id: str): ...

    def list_open(self, staff_id: str | None = None) -> list: ...


class ResidentLookupPort(Protocol):
    def by_my_number(self, my_number: str) -> list[ResidentCandidate]:
        """Every record holding this number (normally one). Two or more is a data error
        the clerk must see: those come back with `ambiguous` set, never just the first."""
        ...

    def by_four_items(self, name: str, address: str, birth_date: str,
                      sex_code: str) -> list[ResidentCandidate]:
        """Ranked candidates (best first), each with the reasons it matched."""
        ...


class ProcedureRulesPort(Protocol):
    def events(self) -> list[tuple[str, str]]:
        """(event code, Japanese label) in display order."""
        ...

    def questions(self, event: str) -> list[Question]:
        """Only what this event's rules and forms need answered."""
        ...

    def procedures(self, event: str, context: dict) -> list[ProcedureChoice]:
        """The rules' procedures for the flat pre-fill context, each with its reason."""
        ...

    def catalogue(self) -> list[ProcedureChoice]:
        """Every procedure the clerk may add by hand."""
        ...


class FormsPort(Protocol):
    def build_drafts(self, event: str, context: dict,
                     procedures: list[ProcedureChoice]) -> list[FormDraft]:
        """Pre-filled drafts (with provenance) for the chosen procedures."""
        ...

    def validate(self, draft: FormDraft, context: dict) -> list[FieldIssue]: ...

    def render_form(self, draft: FormDraft, *, watermark: str | None = None) -> bytes:
        """One form as PDF bytes (for the live preview)."""
        ...

    def render_packet(self, event: str, context: dict, procedures: list[ProcedureChoice],
                      drafts: list[FormDraft], *, watermark: str | None = None) -> bytes:
        """The packet: 手続き案内 first, then every form."""
        ...


class SecretCipherPort(Protocol):
    """Encrypts the My Number for storage (app.privacy); absent → it is not stored."""
    def encrypt(self, plain: str) -> str: ...

    def decrypt(self, token: str) -> str: ...


class AuditPort(Protocol):
    def record(self, action: str, *, staff_id: str, object_id: str, detail: str = "") -> None: ...


class ApprovalPort(Protocol):
    """app.approval behind the visit (決裁): see app.visit.staff_adapter.ApprovalAdapter."""
    def required(self) -> bool:
        """Office setting: printing the final forms needs approval."""
        ...

    def submit(self, visit) -> None: ...

    def approve(self, visit_id: str, approver: "StaffIdentity", comment: str = "") -> None: ...

    def reject(self, visit_id: str, approver: "StaffIdentity", comment: str) -> None: ...

    def state_of(self, visit_id: str) -> str:
        """draft | submitted | approved | rejected"""
        ...

    def rejection_comment(self, visit_id: str) -> str: ...


class NullAudit:
    """Used when no audit log is wired (unit tests of the workflow only)."""
    def record(self, action: str, *, staff_id: str, object_id: str, detail: str = "") -> None:
        return None


__all__ = ["ResidentLookupPort", "ProcedureRulesPort", "FormsPort", "SecretCipherPort",
           "AuditPort", "NullAudit", "CardReading"]


class AuthPort(Protocol):
    def authenticate(self, name: str, password: str) -> StaffIdentity:
        """Raises on wrong credentials (the error presenter explains why)."""
        ...

    def unlock(self, identity: StaffIdentity, password: str) -> StaffIdentity: ...

    def demo_accounts(self) -> list[tuple[str, str, str]]:
        """(name, role label, password) shown on the login dialog in demo mode only."""
        ...
