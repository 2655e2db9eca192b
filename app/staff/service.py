"""StaffService: accounts, sign-in with lock-out, password changes — all audited.

Managing accounts needs a signed-in administrator, checked against the STORED account
(app.identity.authorization); the machine's system actor never qualifies. The one
exception is `bootstrap_administrator`, which works only while no enabled administrator
exists (first run).
"""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.audit.events import AuditAction
from app.audit.log import AuditLog, utc_now
from app.storage.write_transaction import write_transaction
from app.identity.actor import Actor
from app.identity.authorization import AuthorizationService
from app.identity.roles import Action, Role, permitted_actions
from app.settings.office import OfficeSettingsService
from app.staff.errors import DuplicateStaffError, InvalidCredentialsError, StaffError, UnknownStaffError
from app.staff.models import BootstrapResult, SignIn, StaffMember, member_of
from app.staff.names import check_new_name, normalize_name, skeleton
from app.staff.passwords import PasswordHashing, check_policy, one_time_password
from app.staff.sign_in import SignInRules
from app.storage.tables.staff import StaffAccountRow


class StaffService:
    def __init__(self, session_factory: sessionmaker[Session], audit: AuditLog,
                 office: OfficeSettingsService, hashing: PasswordHashing | None = None,
                 authorization: AuthorizationService | None = None):
        self._sessions = session_factory
        self._audit = audit
        self._office = office
        self._hashing = hashing or PasswordHashing()
        self._authz = authorization or AuthorizationService(session_factory)
        self._sign_in = SignInRules(session_factory, audit, office, self._hashing)

    # -- queries -------------------------------------------------------------
    def list(self) -> list[StaffMember]:
        with self._sessions() as session:
            rows = session.execute(select(StaffAccountRow).order_by(StaffAccountRow.name)).scalars()
            return [member_of(r) for r in rows]

    def get(self, name: str) -> StaffMember:
        with self._sessions() as session:
            return member_of(self._row(session, name))

    def get_by_id(self, staff_id: int) -> StaffMember:
        with self._sessions() as session:
            row = session.get(StaffAccountRow, staff_id)
            if row is None:
                raise UnknownStaffError()
            return member_of(row)

    def names_by_id(self, staff_ids) -> dict[int, str]:
        """Display names for ids (queue and history columns)."""
        ids = {i for i in staff_ids if i is not None}
        if not ids:
            return {}
        with self._sessions() as session:
            rows = session.execute(select(StaffAccountRow.id, StaffAccountRow.name)
                                   .where(StaffAccountRow.id.in_(ids)))
            return {i: n for i, n in rows}

    def needs_bootstrap(self) -> bool:
        """True when no enabled administrator exists (first run)."""
        with self._sessions() as session:
            return _enabled_administrators(session) == 0

    def allowed_actions(self, actor: Actor) -> frozenset[Action]:
        """What the STORED account may do now (empty when disabled or not signed in)."""
        role = self._authz.stored_role(actor)
        return frozenset() if role is None else permitted_actions(role)

    def can_run_counter(self, actor: Actor) -> bool:
        """The counter (card, residents, forms) is not the administrator's: separation of duties."""
        return Action.READ_CARD in self.allowed_actions(actor)

    # -- account management (a signed-in administrator) -------------------------
    def add(self, actor: Actor, name: str, role: Role | str, password: str,
            must_change_password: bool = False) -> StaffMember:
        role = Role(role)
        name = check_new_name(name)
        check_policy(name, password)
        password_hash = self._hashing.hash(password)
        with write_transaction(self._sessions) as session:
            actor = self._authz.require(actor, Action.MANAGE_USERS, session)
            return self._create(session, actor, name, role, password_hash, must_change_password)

    def _create(self, session: Session, actor: Actor, name: str, role: Role, password_hash: str,
                must_change_password: bool) -> StaffMember:
        self._audit.lock(session)  # one account change at a time: the name checks hold
        existing = session.execute(select(StaffAccountRow.name)).scalars().all()
        if name in existing:
            raise DuplicateStaffError()
        if skeleton(name) in {skeleton(n) for n in existing}:
            raise StaffError("look_alike")
        now = utc_now()
        row = StaffAccountRow(name=name, role=role.value, password_hash=password_hash,
                              must_change_password=must_change_password, disabled=False,
                              locked=False, failed_attempts=0, created_at=now,
                              password_changed_at=now)
        session.add(row)
        session.flush()
        self._audit.record(session, actor, AuditAction.USER_CREATED, "staff", [row.id],
                           {"role": role.value})
        return member_of(row)

    def bootstrap_administrator(self, workstation: str, name: str = "admin",
                                password: str | None = None) -> BootstrapResult:
        """First run only (no enabled administrator). Without a password a one-time one
        is generated and must be changed at first sign-in; there is never a default."""
        name = check_new_name(name)
        secret = password or one_time_password()
        check_policy(name, secret)
        password_hash = self._hashing.hash(secret)
        with write_transaction(self._sessions) as session:
            self._audit.lock(session)  # two first runs at once: one administrator
            if _enabled_administrators(session):
                raise StaffError("administrator_exists")
            member = self._create(session, Actor.system(workstation), name, Role.ADMINISTRATOR,
                                  password_hash, must_change_password=password is None)
        return BootstrapResult(member, None if password else secret)

    def disable(self, actor: Actor, name: str) -> StaffMember:
        return self._change(actor, name, AuditAction.USER_DISABLED, disabled=True)

    def enable(self, actor: Actor, name: str) -> StaffMember:
        return self._change(actor, name, AuditAction.USER_ENABLED, disabled=False)

    def change_role(self, actor: Actor, name: str, role: Role | str) -> StaffMember:
        """Takes effect at once: every privileged action re-reads the stored role."""
        return self._change(actor, name, AuditAction.ROLE_CHANGED, role=Role(role).value)

    def _change(self, actor: Actor, name: str, action: AuditAction, **values) -> StaffMember:
        with write_transaction(self._sessions) as session:
            actor = self._authz.require(actor, Action.MANAGE_USERS, session)
            self._audit.lock(session)
            row = self._row(session, name)
            was_admin = row.role == Role.ADMINISTRATOR.value and not row.disabled
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
            if was_admin and _enabled_administrators(session) == 0:
                # Nobody could manage accounts any more, and `users bootstrap` would open.
                raise StaffError("last_administrator")
            details = {"role": row.role} if "role" in values else {}
            self._audit.record(session, actor, action, "staff", [row.id], details)
            return member_of(row)

    def reset_password(self, actor: Actor, name: str, new_password: str,
                       must_change_password: bool = True) -> StaffMember:
        """Administrator reset: also clears a lock-out."""
        check_policy(normalize_name(name), new_password)
        password_hash = self._hashing.hash(new_password)
        with write_transaction(self._sessions) as session:
            actor = self._authz.require(actor, Action.MANAGE_USERS, session)
            row = self._row(session, name)
            _set_password(row, password_hash, must_change_password)
            self._audit.record(session, actor, AuditAction.PASSWORD_RESET, "staff", [row.id])
            return member_of(row)

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
                row = session.get(StaffAccountRow, actor.staff_id, with_for_update=True)
                failure = self._sign_in.check(session, row, actor, False, threshold)
            raise failure or InvalidCredentialsError()
        password_hash = self._hashing.hash(new_password)
        with write_transaction(self._sessions) as session:
            row = session.get(StaffAccountRow, actor.staff_id)
            _set_password(row, password_hash, False)
            self._audit.record(session, actor, AuditAction.PASSWORD_CHANGED, "staff", [row.id])
            return member_of(row)

    # -- sign-in ---------------------------------------------------------------
    def authenticate(self, name: str, password: str, workstation: str,
                     _success: AuditAction = AuditAction.SIGN_IN, via: str = "") -> SignIn:
        """Raises InvalidCredentialsError (with attempts left), AccountLockedError
        or AccountDisabledError; every outcome is audited. `via="cli"` marks a
        command-line sign-in (`--as NAME`) in the log."""
        return self._sign_in.authenticate(name, password, workstation, _success, via)

    def verify_credentials(self, name: str, password: str, workstation: str) -> Actor:
        """Only for repairing the audit log (no entry can be written): see SignInRules.verify_only."""
        return self._sign_in.verify_only(name, password, workstation)

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
                              .where(StaffAccountRow.name == normalize_name(name))
                              ).scalar_one_or_none()
        if row is None:
            raise UnknownStaffError()
        return row


def _enabled_administrators(session: Session) -> int:
    return session.execute(select(func.count()).select_from(StaffAccountRow).where(
        StaffAccountRow.role == Role.ADMINISTRATOR.value,
        StaffAccountRow.disabled.is_(False))).scalar_one()


def _set_password(row: StaffAccountRow, password_hash: str, must_change: bool) -> None:
    row.password_hash = password_hash
    row.must_change_password = must_change
    row.failed_attempts = 0
    row.locked = False
    row.password_changed_at = utc_now()
