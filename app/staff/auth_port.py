"""StaffService behind the counter window's AuthPort (app.visit.ports).

The window knows a StaffIdentity; the audit log needs an Actor (with the
workstation). This adapter keeps both in step and lists the demo accounts
only when constructed with them (demo mode).
"""
from __future__ import annotations

from typing import Sequence

from app.identity.actor import Actor
from app.staff.models import SignIn
from app.staff.service import StaffService
from app.identity.staff_identity import StaffIdentity


class StaffAuthAdapter:
    def __init__(self, staff: StaffService, workstation: str,
                 demo_credentials: Sequence = ()):
        self._staff = staff
        self._workstation = workstation
        self._demo = tuple(demo_credentials)
        self.last_sign_in: SignIn | None = None

    def authenticate(self, name: str, password: str) -> StaffIdentity:
        self.last_sign_in = self._staff.authenticate(name, password, self._workstation)
        return _identity(self.last_sign_in)

    def unlock(self, identity: StaffIdentity, password: str) -> StaffIdentity:
        sign_in = self._staff.unlock_screen(self.actor_for(identity), password)
        self.last_sign_in = sign_in
        return _identity(sign_in)

    def lock(self, identity: StaffIdentity) -> None:
        self._staff.lock_screen(self.actor_for(identity))

    def sign_out(self, identity: StaffIdentity) -> None:
        self._staff.sign_out(self.actor_for(identity))

    def change_password(self, identity: StaffIdentity, old: str, new: str) -> None:
        self._staff.change_password(self.actor_for(identity), old, new)

    def must_change_password(self, identity: StaffIdentity) -> bool:
        """After a reset or a one-time password: ask for a new one before anything else."""
        return self._staff.get_by_id(int(identity.staff_id)).must_change_password

    def needs_bootstrap(self) -> bool:
        """First run on a real database: no administrator yet (never in demo mode)."""
        return not self._demo and self._staff.needs_bootstrap()

    def bootstrap(self, name: str, password: str | None = None) -> str | None:
        """Create the first administrator; returns the one-time password to show
        once when none was chosen (it must be changed at first sign-in)."""
        return self._staff.bootstrap_administrator(self._workstation, name, password).one_time_password

    def demo_accounts(self) -> list[tuple[str, str, str]]:
        return [(c.name, c.label_ja, c.password) for c in self._demo]

    def actor_for(self, identity: StaffIdentity) -> Actor:
        return Actor(int(identity.staff_id), identity.name, identity.role, self._workstation)


def _identity(sign_in: SignIn) -> StaffIdentity:
    m = sign_in.member
    return StaffIdentity(staff_id=str(m.id), name=m.name, role=m.role.value,
                         role_label=m.role.label_ja)
