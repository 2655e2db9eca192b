"""Who is acting: a signed-in staff member at a workstation, or the machine's
administrator using the CLI (as `createuser` acts for PostgreSQL)."""
from __future__ import annotations

from dataclasses import dataclass

SYSTEM_ROLE = "system"


@dataclass(frozen=True)
class Actor:
    staff_id: int | None
    name: str
    role: str          # a Role value, or "system" for the CLI
    workstation: str

    @classmethod
    def system(cls, workstation: str) -> "Actor":
        return cls(staff_id=None, name="system", role=SYSTEM_ROLE, workstation=workstation)

    @property
    def is_system(self) -> bool:
        return self.role == SYSTEM_ROLE
