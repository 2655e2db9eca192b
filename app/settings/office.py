"""Office-wide settings in the database, changed only by an administrator."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.audit.events import AuditAction
from app.audit.log import AuditLog, utc_now
from app.storage.write_transaction import write_transaction
from app.settings.declarations import SETTINGS, Scope, SettingError, setting
from app.audit.events import AuditDetailError, check_code
from app.identity.actor import Actor
from app.identity.authorization import AuthorizationService
from app.identity.roles import Action
from app.storage.tables.settings import OfficeSettingRow

KEYS = tuple(s.key for s in SETTINGS if s.scope is Scope.OFFICE)


@dataclass(frozen=True)
class OfficeSettings:
    approval_required_for_print: bool
    approval_comment_required: bool
    login_lockout_threshold: int
    reveal_seconds: int
    approval_exempt_procedures: str = "juminhyo,seal_certificate"

    @property
    def exempt_procedures(self) -> frozenset[str]:
        return frozenset(c for c in self.approval_exempt_procedures.split(",") if c)


class OfficeSettingsService:
    def __init__(self, session_factory: sessionmaker[Session], audit: AuditLog,
                 authorization: AuthorizationService | None = None):
        self._sessions = session_factory
        self._audit = audit
        self._authz = authorization or AuthorizationService(session_factory)

    def load(self, session: Session | None = None) -> OfficeSettings:
        if session is None:
            with self._sessions() as own:
                return self.load(own)
        stored = {row.key: row.value_json
                  for row in session.execute(select(OfficeSettingRow)).scalars()}
        values = {}
        for key in KEYS:
            decl = setting(key)
            values[key] = decl.coerce(json.loads(stored[key])) if key in stored else decl.default
        return OfficeSettings(**values)

    def get(self, key: str) -> Any:
        return getattr(self.load(), _office_key(key))

    def set(self, actor: Actor, key: str, value: Any) -> OfficeSettings:
        key = _office_key(key)
        value = setting(key).coerce(value)
        with write_transaction(self._sessions) as session:
            actor = self._authz.require(actor, Action.MANAGE_SETTINGS, session)
            row = session.get(OfficeSettingRow, key)
            if row is None:
                row = OfficeSettingRow(key=key, value_json="null", updated_at=utc_now())
                session.add(row)
            row.value_json = json.dumps(value)
            row.updated_at = utc_now()
            row.updated_by = actor.staff_id
            self._audit.record(session, actor, AuditAction.SETTING_CHANGED, "setting", [key],
                               {"value": _loggable(value)})
        return self.load()


def _loggable(value: Any) -> Any:
    """Booleans and ints go to the log as they are; a code list with '+' for ','."""
    if isinstance(value, str):
        try:
            return check_code(value.replace(",", "+"), "setting value")
        except AuditDetailError:
            return "long"
    return value


def _office_key(key: str) -> str:
    if key not in KEYS:
        raise SettingError("not_office", key=key)
    return key
