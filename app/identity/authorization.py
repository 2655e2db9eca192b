"""The one authorisation check: is this actor, as STORED now, allowed to do this?

Every application service calls `require(actor, action)` before a privileged action.
The Actor a window or the CLI holds says who signed in; the check re-reads that account
so that an account disabled or demoted after signing in loses the right at once. The
machine's `Actor.system` never passes: the CLI must sign in (`--as NAME`).
"""
from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker

from app.identity.actor import Actor
from app.identity.errors import PermissionDeniedError
from app.identity.roles import Action, Role, is_permitted
from app.storage.tables.staff import StaffAccountRow


class AuthorizationService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self._sessions = session_factory

    def require(self, actor: Actor, action: Action | str,
                session: Session | None = None) -> Actor:
        """The actor with its stored role, or PermissionDeniedError. Pass the caller's
        session to check inside its transaction (the check and the write then see the
        same account)."""
        action = Action(action)
        if actor is None or actor.is_system or actor.staff_id is None:
            raise PermissionDeniedError(action.value, getattr(actor, "role", ""), "not_signed_in")
        if session is None:
            with self._sessions() as own:
                return self.require(actor, action, own)
        row = session.get(StaffAccountRow, actor.staff_id)
        if row is None:
            raise PermissionDeniedError(action.value, actor.role, "not_signed_in")
        if row.disabled:
            raise PermissionDeniedError(action.value, row.role, "account_disabled")
        if not is_permitted(row.role, action):
            detail = "role_changed" if row.role != actor.role and is_permitted(actor.role, action) else ""
            raise PermissionDeniedError(action.value, row.role, detail)
        return actor if row.role == actor.role else replace(actor, role=row.role)

    def permitted(self, actor: Actor, action: Action | str) -> bool:
        try:
            self.require(actor, action)
        except PermissionDeniedError:
            return False
        return True

    def stored_role(self, actor: Actor) -> Role | None:
        """The account's role now (None for the system actor or a removed account)."""
        if actor.is_system or actor.staff_id is None:
            return None
        with self._sessions() as session:
            row = session.get(StaffAccountRow, actor.staff_id)
            return Role(row.role) if row is not None and not row.disabled else None
