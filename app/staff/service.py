"""StaffService: accounts, sign-in with lock-out, password changes — all audited."""
from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.audit.events import AuditAction
from app.audit.log import AuditLog, utc_now
from app.audit.unit_of_work import write_transaction
from app.settings.office import OfficeSettingsService
from app.identity.actor import Actor
from app.staff.errors import (AccountDisabledError, AccountLockedError, DuplicateStaffError,
                              InvalidCredentialsError, PermissionDeniedError, StaffError,
                              UnknownStaffError)
from app.staff.models import BootstrapResult, SignIn, StaffMember
from app.staff.passwords import PasswordHashing, check_policy, one_time_password
from app.identity.roles import Action, Role, is_permitted, permitted_actions
from app.storage.tables.staff import StaffAccountRow

_NAME = re.compile(r"^[^\s\x00-\x1f]{1,64}$")


class StaffService:
    def __init__(self, session_factory: sessionmaker[Session], audit: AuditLog,
                 office: OfficeSettingsService, hashing: PasswordHashing | None = None):
        self._sessions = session_factory
        self._audit = audit
        self._office = office
        self._hashing = hashing or PasswordHashing()

    # -- queries -------------------------------------------------------------
    def list(self) -> list[StaffMember]:
        with self._sessions() as session:
            rows = session.execute(select(StaffAccountRow).order_by(StaffAccountRow.name)).scalars()
            return [_member(r) for r in rows]

    def get(self, name: str) -> StaffMember:
        with self._sessions() as session:
            return _member(self._row(session, name))

    def get_by_id(self, staff_id: int) -> StaffMember:
        with self._sessions() as session:
            row = session.get(StaffAccountRow, staff_id)
            if row is None:
                raise UnknownStaffError()
            return _member(row)

    def needs_bootstrap(self) -> bool:
        """True when no enabled administrator exists (first run)."""
        with self._sessions() as session:
            stmt = select(StaffAccountRow.id).where(
                StaffAccountRow.role == Role.ADMINISTRATOR.value,
                StaffAccountRow.disabled.is_(False))
            return session.execute(stmt).first() is None

    @staticmethod
    def allowed_actions(actor: Actor) -> frozenset[Action]:
        return frozenset() if actor.is_system else permitted_actions(actor.role)

    # -- account management (administrator, or the machine's CLI) -------------
    def add(self, actor: Actor, name: str, role: Role | str, password: str,
            must_change_password: bool = False) -> StaffMember:
        _require_manage(actor)
        role = Role(role)
        if not _NAME.match(name):
            raise StaffError("invalid_name")
        check_policy(name, password)
        password_hash = self._hashing.hash(password)
        with write_transaction(self._sessions) as session:
            if session.execute(select(StaffAccountRow.id)
                               .where(StaffAccountRow.name == name)).first():
                raise DuplicateStaffError()
            now = utc_now()
            row = StaffAccountRow(name=name, role=role.value, password_hash=password_hash,
                                  must_change_password=must_change_password, disabled=False,
                                  locked=False, failed_attempts=0, created_at=now,
                                  password_changed_at=now)
            session.add(row)
            session.flush()
            self._audit.record(session, actor, AuditAction.USER_CREATED, "staff", [row.id],
                               {"role": role.value})
            return _member(row)

    def bootstrap_administrator(self, workstation: str, name: str = "admin",
                                password: str | None = None) -> BootstrapResult:
        """First run only. Without a password a one-time one is generated and
        must be changed at first sign-in; there is never a default password."""
        if not self.needs_bootstrap():
            raise StaffError("administrator_exists")
        secret = password or one_time_password()
        member = self.add(Actor.system(workstation), name, Role.ADMINISTRATOR, secret,
                          must_change_password=password is None)
        return BootstrapResult(member, None if password else secret)

    def disable(self, actor: Actor, name: str) -> StaffMember:
        _require_manage(actor)
        with write_transaction(self._sessions) as session:
            row = self._row(session, name)
            row.disabled = True
            self._audit.record(session, actor, AuditAction.USER_DISABLED, "staff", [row.id])
            return _member(row)

    def reset_password(self, actor: Actor, name: str, new_password: str,
                       must_change_password: bool = True) -> StaffMember:
        """Administrator reset: also clears a lock-out."""
        _require_manage(actor)
        check_policy(name, new_password)
        password_hash = self._hashing.hash(new_password)
        with write_transaction(self._sessions) as session:
            row = self._row(session, name)
            self._set_password(row, password_hash, must_change_password)
            self._audit.record(session, actor, AuditAction.PASSWORD_RESET, "staff", [row.id])
            return _member(row)

    def change_password(self, actor: Actor, old_password: str, new_password: str) -> StaffMember:
        """The signed-in member changes their own password (also after a reset)."""
        if actor.staff_id is None:
            raise UnknownStaffError()
        member = self.get_by_id(actor.staff_id)
        check_policy(member.name, new_password)
        if old_password == new_password:
            raise StaffError("same_password")
        with self._sessions() as session:
            stored = session.get(StaffAccountRow, actor.staff_id).password_hash
        if not self._hashing.verify(stored, old_password):
            # A wrong current password is a failed sign-in: counted and audited.
            threshold = self._office.load().login_lockout_threshold
            with write_transaction(self._sessions) as session:
                row = session.get(StaffAccountRow, actor.staff_id)
                failure = self._check_sign_in(session, row, actor, False, threshold)
            raise failure or InvalidCredentialsError()
        password_hash = self._hashing.hash(new_password)
        with write_transaction(self._sessions) as session:
            row = session.get(StaffAccountRow, actor.staff_id)
            self._set_password(row, password_hash, False)
            self._audit.record(session, actor, AuditAction.PASSWORD_CHANGED, "staff", [row.id])
            return _member(row)

    # -- sign-in ---------------------------------------------------------------
    def authenticate(self, name: str, password: str, workstation: str,
                     _success: AuditAction = AuditAction.SIGN_IN) -> SignIn:
        """Raises InvalidCredentialsError (with attempts left), AccountLockedError
        or AccountDisabledError; every outcome is audited."""
        threshold = self._office.load().login_lockout_threshold
        with self._sessions() as session:
            row = session.execute(select(StaffAccountRow)
                                  .where(StaffAccountRow.name == name)).scalar_one_or_none()
            stored = row.password_hash if row else None
        if stored is None:
            self._hashing.burn_time(password)
            self._audit.append(Actor(None, "", "unknown", workstation),
                               AuditAction.SIGN_IN_FAILED, "staff", details={"reason": "unknown_user"})
            raise InvalidCredentialsError()
        ok = self._hashing.verify(stored, password)
        rehash = self._hashing.hash(password) if ok and self._hashing.needs_rehash(stored) else None
        with write_transaction(self._sessions) as session:
            row = session.get(StaffAccountRow, row.id)
            actor = _member(row).actor(workstation)
            failure = self._check_sign_in(session, row, actor, ok, threshold)
            if failure is None:
                row.failed_attempts = 0
                if rehash:
                    row.password_hash = rehash
                self._audit.record(session, actor, _success, "staff", [row.id])
                member = _member(row)
        if failure is not None:
            raise failure
        return SignIn(member, actor, member.must_change_password, permitted_actions(member.role))

    def _check_sign_in(self, session: Session, row: StaffAccountRow, actor: Actor, ok: bool,
                       threshold: int) -> StaffError | None:
        reason = None
        if row.disabled:
            reason, error = "disabled", AccountDisabledError()
        elif row.locked:
            reason, error = "locked", AccountLockedError()
        elif not ok:
            row.failed_attempts += 1
            reason = "bad_password"
            error = InvalidCredentialsError(max(threshold - row.failed_attempts, 0))
            if row.failed_attempts >= threshold:
                row.locked = True
                error = AccountLockedError()
        if reason is None:
            return None
        self._audit.record(session, actor, AuditAction.SIGN_IN_FAILED, "staff", [row.id],
                           {"reason": reason, "failures": row.failed_attempts})
        if reason == "bad_password" and row.locked:
            self._audit.record(session, actor, AuditAction.ACCOUNT_LOCKED, "staff", [row.id])
        return error

    def sign_out(self, actor: Actor) -> None:
        self._audit.append(actor, AuditAction.SIGN_OUT, "staff", [actor.staff_id])

    def lock_screen(self, actor: Actor) -> None:
        """Idle lock engaged: personal data hidden until the password is re-entered."""
        self._audit.append(actor, AuditAction.SCREEN_LOCKED, "staff", [actor.staff_id])

    def unlock_screen(self, actor: Actor, password: str) -> SignIn:
        """Re-entering the password is a sign-in with the same rules (failures
        count towards lock-out); success is audited as screen_unlocked."""
        return self.authenticate(self.get_by_id(actor.staff_id).name, password, actor.workstation,
                                 _success=AuditAction.SCREEN_UNLOCKED)

    # -- internals -------------------------------------------------------------
    @staticmethod
    def _row(session: Session, name: str) -> StaffAccountRow:
        row = session.execute(select(StaffAccountRow)
                              .where(StaffAccountRow.name == name)).scalar_one_or_none()
        if row is None:
            raise UnknownStaffError()
        return row

    @staticmethod
    def _set_password(row: StaffAccountRow, password_hash: str, must_change: bool) -> None:
        row.password_hash = password_hash
        row.must_change_password = must_change
        row.failed_attempts = 0
        row.locked = False
        row.password_changed_at = utc_now()


def _require_manage(actor: Actor) -> None:
    if not (actor.is_system or is_permitted(actor.role, Action.MANAGE_USERS)):
        raise PermissionDeniedError(Action.MANAGE_USERS.value, actor.role)


def _member(row: StaffAccountRow) -> StaffMember:
    return StaffMember(id=row.id, name=row.name, role=Role(row.role), disabled=row.disabled,
                       locked=row.locked, must_change_password=row.must_change_password,
                       created_at=row.created_at)
