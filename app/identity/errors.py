"""The one refusal every area raises when a role may not do something."""
from __future__ import annotations

from domain.errors import DomainError


class PermissionDeniedError(DomainError):
    """`action` (an Action value) is not permitted to `role`.

    detail: "" (the role lacks the right), "not_signed_in" (no stored account acts: the
    CLI without --as, or a window with nobody signed in), "account_disabled" (disabled
    after signing in), "role_changed" (the stored role no longer has the right)."""

    code = "permission_denied"
    details = ("not_signed_in", "account_disabled", "role_changed")

    def __init__(self, action: str, role: str, detail: str = ""):
        super().__init__(detail, action=action, role=role)
        self.action = action
        self.role = role
