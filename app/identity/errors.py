"""The one refusal every area raises when a role may not do something."""
from __future__ import annotations

from domain.errors import DomainError


class PermissionDeniedError(DomainError):
    """`action` (an Action value) is not permitted to `role` (or the account lost the right)."""

    code = "permission_denied"

    def __init__(self, action: str, role: str):
        super().__init__(action=action, role=role)
        self.action = action
        self.role = role
