"""Immutable results of the staff service (ORM rows never leave it)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.identity.actor import Actor
from app.identity.roles import Action, Role


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: Role
    disabled: bool
    locked: bool
    must_change_password: bool
    created_at: datetime

    def actor(self, workstation: str) -> Actor:
        return Actor(staff_id=self.id, name=self.name, role=self.role.value,
                     workstation=workstation)


def member_of(row) -> StaffMember:
    """A StaffAccountRow as the immutable StaffMember (ORM rows never leave the service)."""
    return StaffMember(id=row.id, name=row.name, role=Role(row.role), disabled=row.disabled,
                       locked=row.locked, must_change_password=row.must_change_password,
                       created_at=row.created_at)


@dataclass(frozen=True)
class SignIn:
    """A successful sign-in. When `must_change_password` is set the UI must
    ask for a new password before showing anything else."""

    member: StaffMember
    actor: Actor
    must_change_password: bool
    allowed: frozenset[Action]


@dataclass(frozen=True)
class BootstrapResult:
    member: StaffMember
    one_time_password: str | None  # shown once when the caller gave no password
