"""What the staff panels call, as Protocols.

The real classes (ApprovalService, MyNumberRevealService, StaffService) live in
app/ and import sqlalchemy; widgets must not import them even indirectly (the
import contract in pyproject.toml), so the panels are typed against these.
"""
from __future__ import annotations

from typing import Any, Protocol

from app.approval.models import ApprovalRequest, ApprovalUiAction, QueueItem, SnapshotDiff
from app.identity.actor import Actor
from app.identity.roles import Action


class ApprovalPort(Protocol):
    def queue(self, actor: Actor) -> list[QueueItem]: ...
    def get(self, visit_id: str) -> ApprovalRequest | None: ...
    def allowed_actions(self, actor: Actor, visit_id: str) -> frozenset[ApprovalUiAction]: ...
    def approve(self, actor: Actor, visit_id: str, comment: str = "") -> ApprovalRequest: ...
    def reject(self, actor: Actor, visit_id: str, comment: str) -> ApprovalRequest: ...
    def diff(self, actor: Actor, visit_id: str, old_revision: int | None = None,
             new_revision: int | None = None) -> SnapshotDiff: ...


class RevealPort(Protocol):
    """MyNumberRevealService: `reveal` returns a RevealedMyNumber (resident_id, digits,
    masked, expires_at, grouped) after writing its audit entry."""
    def can_reveal(self, actor: Actor) -> bool: ...
    def reveal(self, actor: Actor, resident_id: int) -> Any: ...


class StuckVisitsPort(Protocol):
    """app.visit.staff_adapter.StuckVisits: visits left 提出済み with no approval request."""
    def find(self, actor: Actor) -> list[Any]: ...          # VisitSummary
    def send_back(self, actor: Actor, visit_id: str, comment: str) -> Any: ...


class StaffPort(Protocol):
    def allowed_actions(self, actor: Actor) -> frozenset[Action]: ...
    def get_by_id(self, staff_id: int) -> Any: ...
    def change_password(self, actor: Actor, old_password: str, new_password: str) -> Any: ...
