"""Who may run the records exchange: the one rule for import, 名寄せ and the handover.

Services call `require(actor, action)`. Every caller is a signed-in staff member (the
CLI's `--as NAME`, cli/records_actor.py; the window's signed-in member) and the role
matrix decides. The machine's `system` actor may do none of it, and never sees a My
Number (see `may_see_my_numbers`).
"""
from __future__ import annotations

from app.identity.actor import Actor
from app.identity.errors import PermissionDeniedError
from app.identity.roles import Action, is_permitted

SYSTEM_MAY: frozenset[Action] = frozenset()  # no anonymous records exchange (issue 10)


def allowed(actor: Actor, action: Action) -> bool:
    if actor.is_system:
        return action in SYSTEM_MAY
    return is_permitted(actor.role, action)


def require(actor: Actor, action: Action) -> None:
    if not allowed(actor, action):
        raise PermissionDeniedError(action.value, actor.role)


def may_see_my_numbers(actor: Actor) -> bool:
    """Only a signed-in member whose role may reveal My Numbers (clerk, supervisor)."""
    return not actor.is_system and is_permitted(actor.role, Action.REVEAL_MY_NUMBER)
