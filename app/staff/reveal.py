"""Showing a resident's full My Number on screen: permitted roles only,
audited before the digits leave this service, and only for a while."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable, Protocol

from app.audit.events import AuditAction
from app.audit.log import AuditLog, utc_now
from app.privacy.my_number import MyNumber
from app.settings.office import OfficeSettingsService
from app.identity.actor import Actor
from app.identity.authorization import AuthorizationService
from app.staff.revealed import NoMyNumberError, RevealedMyNumber
from app.identity.roles import Action

__all__ = ["MyNumberRevealService", "MyNumberSource", "NoMyNumberError", "RevealedMyNumber"]


class MyNumberSource(Protocol):
    """What the reveal needs from the records layer (ResidentRepository)."""

    def my_number_for(self, resident_id: int) -> MyNumber | None: ...


class MyNumberRevealService:
    def __init__(self, source: MyNumberSource, audit: AuditLog, office: OfficeSettingsService,
                 clock: Callable[[], datetime] = utc_now,
                 authorization: AuthorizationService | None = None):
        self._source = source
        self._audit = audit
        self._office = office
        self._clock = clock
        self._authz = authorization or audit.authorization

    def can_reveal(self, actor: Actor) -> bool:
        """Asked of the stored account (a role changed since sign-in counts)."""
        return self._authz.permitted(actor, Action.REVEAL_MY_NUMBER)

    def reveal(self, actor: Actor, resident_id: int) -> RevealedMyNumber:
        actor = self._authz.require(actor, Action.REVEAL_MY_NUMBER)
        number = self._source.my_number_for(resident_id)
        if number is None:
            raise NoMyNumberError()
        seconds = self._office.load().reveal_seconds
        # Audited first: if the log cannot be written, the number is not shown.
        self._audit.append(actor, AuditAction.MY_NUMBER_REVEALED, "resident", [resident_id],
                           {"seconds": seconds})
        return RevealedMyNumber(resident_id, number.reveal(), number.masked(),
                                self._clock() + timedelta(seconds=seconds))
