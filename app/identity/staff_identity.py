"""The signed-in staff member as the counter window sees them."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StaffIdentity:
    staff_id: str
    name: str
    role: str
    role_label: str = ""
