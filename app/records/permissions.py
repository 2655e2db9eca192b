"""Who may run the records exchange: the one rule for import, 名寄せ and the handover.

Services call `require(actor, action)`. The CLI acts today as the machine's `system`
actor (like `users` and `settings`: whoever can run it against the database administers
it), and the system actor is allowed the records exchange actions listed in
SYSTEM_MAY. When the CLI signs staff in (`--as NAME`), cli/records_actor.py returns the
signed-in actor and the roles decide; SYSTEM_MAY can then shrink to nothing.
The system actor is never allowed to see a My Number (see `may_see_my_numbers`).
"""
from __future__ import annotations

from app.identity.actor import Actor
from app.identity.errors import PermissionDeniedError
from app.identity.roles import Action, is_permitted

SYSTEM_MAY = frozenset({Action.IMPORT_RECORDS, Action.DECIDE_DUPLICATES, Action.EXPORT_HANDOVER})


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
