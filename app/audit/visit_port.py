"""Adapter from the visit workflow's AuditPort (app.visit.ports) to the AuditLog.

The visit service names a staff id and one object id; the signed-in Actor
supplies role and workstation. A detail that is not a plain code (e.g. would
carry a value typed by the clerk) is dropped, never written.
"""
from __future__ import annotations

import logging

from app.audit.events import AuditAction, AuditDetailError, check_code
from app.audit.log import AuditLog
from app.identity.actor import Actor

log = logging.getLogger(__name__)

_OBJECT_TYPE = {AuditAction.RECORD_VIEWED: "resident"}


class VisitAuditPort:
    def __init__(self, audit: AuditLog, actor: Actor):
        self._audit = audit
        self._actor = actor

    def record(self, action: str, *, staff_id: str, object_id: str, detail: str = "") -> None:
        action = AuditAction(action)
        details = {}
        if detail:
            try:
                details["detail"] = check_code(detail, "detail")
            except AuditDetailError:
                log.warning("audit detail for %s dropped: not a plain code", action.value)
        self._audit.append(self._actor, action, _OBJECT_TYPE.get(action, "visit"), [object_id],
                           details)
