"""Sign-in with lock-out: the password check and the failure count.

The failure count is raised by one atomic UPDATE (… SET failed_attempts = failed_attempts
+ 1 … RETURNING) on a row read FOR UPDATE, so twenty wrong passwords typed at twenty
counters at once are twenty failures, and the lock-out threshold holds on PostgreSQL too.
"""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from domain.errors import DomainError
from app.audit.events import AuditAction
from app.audit.log import AuditLog
from app.storage.write_transaction import write_transaction
from app.identity.actor import Actor
from app.identity.roles import permitted_actions
from app.settings.office import OfficeSettingsService
from app.staff.errors import AccountDisabledError, AccountLockedError, InvalidCredentialsError
from app.staff.models import SignIn, member_of
from app.staff.names import normalize_name
from app.staff.passwords import PasswordHashing
from app.storage.tables.staff import StaffAccountRow


class SignInRules:
    def __init__(self, session_factory: sessionmaker[Session], audit: AuditLog,
                 office: OfficeSettingsService, hashing: PasswordHashing):
        self._sessions = session_factory
        self._audit = audit
        self._office = office
        self._hashing = hashing

    def authenticate(self, name: str, password: str, workstation: str,
                     success: AuditAction = AuditAction.SIGN_IN, via: str = "") -> SignIn:
        """Raises InvalidCredentialsError (with attempts left), AccountLockedError or
        AccountDisabledError; every outcome is audited (never the typed name or password)."""
        threshold = self._office.load().login_lockout_threshold
        with self._sessions() as session:
            row = session.execute(select(StaffAccountRow).where(
                StaffAccountRow.name == normalize_name(name))).scalar_one_or_none()
            stored, row_id = (row.password_hash, row.id) if row else (None, None)
        extra = {"via": via} if via else {}
        if stored is None:
            self._hashing.burn_time(password)
            self._audit.append(Actor(None, "", "unknown", workstation), AuditAction.SIGN_IN_FAILED,
                               "staff", details={"reason": "unknown_user", **extra})
            raise InvalidCredentialsError()
        ok = self._hashing.verify(stored, password)
        rehash = self._hashing.hash(password) if ok and self._hashing.needs_rehash(stored) else None
        with write_transaction(self._sessions) as session:
            row = session.get(StaffAccountRow, row_id, with_for_update=True)
            actor = member_of(row).actor(workstation)
            failure = self.check(session, row, actor, ok, threshold, extra)
            if failure is None:
                row.failed_attempts = 0
                if rehash:
                    row.password_hash = rehash
                self._audit.record(session, actor, success, "staff", [row.id], extra)
                member = member_of(row)
        if failure is not None:
            raise failure
        return SignIn(member, actor, member.must_change_password, permitted_actions(member.role))

    def verify_only(self, name: str, password: str, workstation: str) -> Actor:
        """Check a password WITHOUT writing anything (no failure count, no audit entry):
        only for `audit repair-head`, when the audit log cannot take an entry until the
        repair; the repair then records the sign-in in its own transaction."""
        with self._sessions() as session:
            row = session.execute(select(StaffAccountRow).where(
                StaffAccountRow.name == normalize_name(name))).scalar_one_or_none()
            if row is None:
                self._hashing.burn_time(password)
                raise InvalidCredentialsError()
            ok = self._hashing.verify(row.password_hash, password)
            if row.disabled:
                raise AccountDisabledError()
            if row.locked:
                raise AccountLockedError()
            if not ok:
                raise InvalidCredentialsError()
            return member_of(row).actor(workstation)

    def check(self, session: Session, row: StaffAccountRow, actor: Actor, ok: bool,
              threshold: int, extra: dict | None = None) -> DomainError | None:
        """None when the password was right and the account usable; else the error to
        raise, after counting and auditing the failure inside `session`."""
        reason, error = None, None
        if row.disabled:
            reason, error = "disabled", AccountDisabledError()
        elif row.locked:
            reason, error = "locked", AccountLockedError()
        elif not ok:
            reason = "bad_password"
            failures = session.execute(
                update(StaffAccountRow).where(StaffAccountRow.id == row.id)
                .values(failed_attempts=StaffAccountRow.failed_attempts + 1)
                .returning(StaffAccountRow.failed_attempts)).scalar_one()
            error = InvalidCredentialsError(max(threshold - failures, 0))
            if failures >= threshold:
                session.execute(update(StaffAccountRow).where(StaffAccountRow.id == row.id)
                                .values(locked=True))
                error = AccountLockedError()
            session.refresh(row)
        if reason is None:
            return None
        self._audit.record(session, actor, AuditAction.SIGN_IN_FAILED, "staff", [row.id],
                           {"reason": reason, "failures": row.failed_attempts, **(extra or {})})
        if reason == "bad_password" and row.locked:
            self._audit.record(session, actor, AuditAction.ACCOUNT_LOCKED, "staff", [row.id])
        return error
