"""Office-wide settings in the database, changed only by an administrator."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.audit.events import AuditAction
from app.audit.log import AuditLog, utc_now
from app.audit.unit_of_work import write_transaction
from app.settings.declarations import SETTINGS, Scope, SettingError, setting
from app.identity.actor import Actor
from app.identity.errors import PermissionDeniedError
from app.identity.roles import Action, is_permitted
from app.storage.tables.settings import OfficeSettingRow

KEYS = tuple(s.key for s in SETTINGS if s.scope is Scope.OFFICE)


@dataclass(frozen=True)
class OfficeSettings:
    approval_required_for_print: bool
    approval_comment_required: bool
    login_lockout_threshold: int
    reveal_seconds: int


class OfficeSettingsService:
    def __init__(self, session_factory: sessionmaker[Session], audit: AuditLog):
        self._sessions = session_factory
        self._audit = audit

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
        if not (actor.is_system or is_permitted(actor.role, Action.MANAGE_SETTINGS)):
            raise PermissionDeniedError(Action.MANAGE_SETTINGS.value, actor.role)
        value = setting(key).coerce(value)
        with write_transaction(self._sessions) as session:
            row = session.get(OfficeSettingRow, key)
            if row is None:
                row = OfficeSettingRow(key=key, value_json="null", updated_at=utc_now())
                session.add(row)
            row.value_json = json.dumps(value)
            row.updated_at = utc_now()
            row.updated_by = actor.staff_id
            # Setting values are booleans/ints: safe to log as codes.
            self._audit.record(session, actor, AuditAction.SETTING_CHANGED, "setting", [key],
                               {"value": value})
        return self.load()


def _office_key(key: str) -> str:
    if key not in KEYS:
        raise SettingError("not_office", key=key)
    return key
