"""Errors raised by the staff services (codes; the words are in app.error_catalog)."""
from __future__ import annotations

from domain.errors import DomainError
from app.identity.errors import PermissionDeniedError  # noqa: F401  (raised by the staff services too)


class StaffError(DomainError):
    """A staff-account request the rules refuse; `detail` says which."""

    code = "staff_refused"
    details = ("invalid_name", "administrator_exists", "same_password", "look_alike",
               "last_administrator", "must_change_password")


class InvalidCredentialsError(DomainError):
    code = "invalid_credentials"

    def __init__(self, attempts_left: int | None = None):
        super().__init__(attempts_left=attempts_left)
        self.attempts_left = attempts_left


class AccountLockedError(DomainError):
    code = "account_locked"


class AccountDisabledError(DomainError):
    code = "account_disabled"


class PasswordPolicyError(DomainError):
    code = "password_policy"


class DuplicateStaffError(DomainError):
    code = "staff_duplicate"


class UnknownStaffError(DomainError):
    code = "staff_unknown"
