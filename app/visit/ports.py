"""What the visit service needs from the other areas, as small Protocols.

The records, staff and privacy areas (with a database behind them) are reached through
these; the adapters (records_adapter, staff_adapter) bind them to the real classes. The
forms engine is pure and is called directly: the visit uses the real rules and forms.
"""
from __future__ import annotations

from typing import Protocol

from app.identity.staff_identity import StaffIdentity  # noqa: F401  (the AuthPort returns it)

from app.visit.model import CardReading, ResidentCandidate


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

    def required_for(self, visit) -> bool:
        """Does THIS visit need approval before the final print (its selected procedures
        against the office's exempt list; False whenever `required()` is)?"""
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


__all__ = ["ResidentLookupPort", "SecretCipherPort", "AuditPort", "NullAudit", "CardReading"]


class AuthPort(Protocol):
    def authenticate(self, name: str, password: str) -> StaffIdentity:
        """Raises on wrong credentials (the error presenter explains why)."""
        ...

    def unlock(self, identity: StaffIdentity, password: str) -> StaffIdentity: ...

    def demo_accounts(self) -> list[tuple[str, str, str]]:
        """(name, role label, password) shown on the login dialog in demo mode only."""
        ...
