"""The reveal's result type and port, free of the database layer so that
widgets/ can import them (MyNumberRevealService implements the port)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Protocol

from domain.errors import DomainError
from app.identity.actor import Actor


class NoMyNumberError(DomainError):
    """No My Number is linked to this resident."""

    code = "my_number_missing"


@dataclass(frozen=True)
class RevealedMyNumber:
    resident_id: int
    digits: str = field(repr=False)   # never in a repr, log line or traceback
    masked: str
    expires_at: datetime

    def expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(timezone.utc)) >= self.expires_at

    def seconds_left(self, now: datetime | None = None) -> float:
        return max(0.0, (self.expires_at - (now or datetime.now(timezone.utc))).total_seconds())

    @property
    def grouped(self) -> str:
        """For display: 1234 5678 9012."""
        return f"{self.digits[:4]} {self.digits[4:8]} {self.digits[8:]}"


class MyNumberRevealPort(Protocol):
    def can_reveal(self, actor: Actor) -> bool: ...
    def reveal(self, actor: Actor, resident_id: int) -> RevealedMyNumber: ...
