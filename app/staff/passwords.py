"""argon2id password hashing and the password policy."""
from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.staff.errors import PasswordPolicyError

MIN_LENGTH = 8
# Letters and digits that cannot be confused on a printed slip (no 0/O, 1/l/I).
_ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class PasswordHashing:
    """Wraps argon2-cffi; tests pass a cheap `PasswordHasher` to stay fast."""

    def __init__(self, hasher: PasswordHasher | None = None):
        self._hasher = hasher or PasswordHasher()
        # Verifying unknown names against this keeps the timing of a wrong
        # name equal to that of a wrong password.
        self._dummy = self._hasher.hash(secrets.token_hex(16))

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def burn_time(self, password: str) -> None:
        self.verify(self._dummy, password)

    def needs_rehash(self, stored_hash: str) -> bool:
        return self._hasher.check_needs_rehash(stored_hash)


def check_policy(name: str, password: str) -> None:
    if len(password) < MIN_LENGTH or password.strip() != password or password == name:
        raise PasswordPolicyError()


def one_time_password(length: int = 14) -> str:
    return "".join(secrets.choice(_ONE_TIME_ALPHABET) for _ in range(length))
