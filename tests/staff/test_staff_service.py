"""StaffService on SQLite and PostgreSQL: accounts, sign-in, lock-out, audit."""
import pytest

from app.identity.actor import Actor
from app.staff.errors import (AccountDisabledError, AccountLockedError, DuplicateStaffError,
                              InvalidCredentialsError, PasswordPolicyError, PermissionDeniedError,
                              StaffError, UnknownStaffError)
from app.identity.roles import Action, Role


def _actions(services):
    return [(e.action, e.staff_id, e.object_ids, e.details) for e in services.audit.entries()]


def test_add_list_and_sign_in(services, admin):
    member = services.staff.add(admin, "tanaka", "clerk", "counter-pass-1")
    assert member.role is Role.CLERK and not member.disabled
    assert [m.name for m in services.staff.list()] == ["admin1", "tanaka"]
    sign_in = services.staff.authenticate("tanaka", "counter-pass-1", "窓口3")
    assert sign_in.actor == Actor(member.id, "tanaka", "clerk", "窓口3")
    assert Action.READ_CARD in sign_in.allowed and Action.APPROVE not in sign_in.allowed
    # the bootstrap (system), the administrator's sign-in, then what the administrator did
    assert _actions(services)[-2:] == [("user_created", admin.staff_id, str(member.id), {"role": "clerk"}),
                                       ("sign_in", member.id, str(member.id), {})]
    assert _actions(services)[0] == ("user_created", None, str(admin.staff_id),
                                     {"role": "administrator"})


def test_password_is_stored_only_as_argon2_hash(services, admin):
    from sqlalchemy import text
    services.staff.add(admin, "tanaka", "clerk", "counter-pass-1")
    with services.engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM staff_accounts "
                                   "WHERE name = 'tanaka'")).scalar_one()
    assert stored.startswith("$argon2id$") and "counter-pass-1" not in stored


def test_duplicate_name_and_bad_passwords_are_refused(services, admin):
    services.staff.add(admin, "tanaka", "clerk", "counter-pass-1")
    with pytest.raises(DuplicateStaffError):
        services.staff.add(admin, "tanaka", "supervisor", "another-pass-2")
    for weak in ("short", "sato-long-name", " padded-pass "):
        with pytest.raises(PasswordPolicyError):
            services.staff.add(admin, "sato-long-name", "clerk", weak)


def test_only_administrators_manage_accounts(services, people):
    for name in ("clerk1", "super1", "trainer1"):
        with pytest.raises(PermissionDeniedError):
            services.staff.add(people[name], "x-user", "clerk", "whatever-pass")
        with pytest.raises(PermissionDeniedError):
            services.staff.disable(people[name], "clerk1")
    services.staff.add(people["admin1"], "x-user", "clerk", "whatever-pass")
    assert services.audit.entries(action="user_created")[-1].staff_id == people["admin1"].staff_id


def test_wrong_password_counts_down_then_locks(services, admin):
    services.office.set(admin, "login_lockout_threshold", 3)
    services.staff.add(admin, "tanaka", "clerk", "counter-pass-1")
    with pytest.raises(InvalidCredentialsError) as first:
        services.staff.authenticate("tanaka", "wrong", "ws")
    assert first.value.attempts_left == 2
    with pytest.raises(InvalidCredentialsError) as second:
        services.staff.authenticate("tanaka", "wrong", "ws")
    assert second.value.attempts_left == 1
    with pytest.raises(AccountLockedError):
        services.staff.authenticate("tanaka", "wrong", "ws")
    # Locked: even the right password is refused until an administrator resets it.
    with pytest.raises(AccountLockedError):
        services.staff.authenticate("tanaka", "counter-pass-1", "ws")
    assert services.staff.get("tanaka").locked
    actions = [e.action for e in services.audit.entries()]
    assert actions.count("sign_in_failed") == 4 and actions.count("account_locked") == 1


def test_success_resets_the_failure_count(services, admin):
    services.office.set(admin, "login_lockout_threshold", 2)
    services.staff.add(admin, "tanaka", "clerk", "counter-pass-1")
    for _ in range(3):
        with pytest.raises(InvalidCredentialsError):
            services.staff.authenticate("tanaka", "wrong", "ws")
        services.staff.authenticate("tanaka", "counter-pass-1", "ws")
    assert not services.staff.get("tanaka").locked


def test_reset_password_unlocks_and_forces_a_change(services, admin):
    services.office.set(admin, "login_lockout_threshold", 1)
    services.staff.add(admin, "tanaka", "clerk", "counter-pass-1")
    with pytest.raises(AccountLockedError):
        services.staff.authenticate("tanaka", "wrong", "ws")
    services.staff.reset_password(admin, "tanaka", "temporary-pass")
    services.office.set(admin, "login_lockout_threshold", 5)
    sign_in = services.staff.authenticate("tanaka", "temporary-pass", "ws")
    assert sign_in.must_change_password
    with pytest.raises(InvalidCredentialsError):
        services.staff.change_password(sign_in.actor, "not-the-old-one", "brand-new-pass")
    services.staff.change_password(sign_in.actor, "temporary-pass", "brand-new-pass")
    again = services.staff.authenticate("tanaka", "brand-new-pass", "ws")
    assert not again.must_change_password
    assert [e.action for e in services.audit.entries()][-5:] == [
        "setting_changed", "sign_in", "sign_in_failed", "password_changed", "sign_in"]


def test_disabled_account_cannot_sign_in(services, admin):
    services.staff.add(admin, "tanaka", "clerk", "counter-pass-1")
    services.staff.disable(admin, "tanaka")
    with pytest.raises(AccountDisabledError):
        services.staff.authenticate("tanaka", "counter-pass-1", "ws")
    assert services.staff.get("tanaka").disabled
    assert services.audit.entries(action="sign_in_failed")[-1].details == {
        "reason": "disabled", "failures": 0}


def test_unknown_name_is_audited_without_the_typed_name(services, admin):
    with pytest.raises(InvalidCredentialsError):
        services.staff.authenticate("someone-typed-this", "secret-typed", "ws")
    entry = services.audit.entries()[-1]
    assert entry.action == "sign_in_failed" and entry.staff_id is None
    assert entry.details == {"reason": "unknown_user"}
    assert "someone" not in repr(entry) and "secret" not in repr(entry)
    with pytest.raises(UnknownStaffError):
        services.staff.disable(admin, "nobody")


def test_bootstrap_creates_one_administrator_with_a_one_time_password(services):
    assert services.staff.needs_bootstrap()
    result = services.staff.bootstrap_administrator("ws")
    assert len(result.one_time_password) >= 12
    assert result.member.role is Role.ADMINISTRATOR and result.member.must_change_password
    assert not services.staff.needs_bootstrap()
    sign_in = services.staff.authenticate("admin", result.one_time_password, "ws")
    assert sign_in.must_change_password
    with pytest.raises(StaffError):
        services.staff.bootstrap_administrator("ws")


def test_bootstrap_passwords_differ_between_databases(services, tmp_path):
    from tests.staff.service_fixtures import CHEAP_HASHING
    from app.staff_services import StaffServices
    other = StaffServices.open(f"sqlite:///{tmp_path / 'other.sqlite3'}", hashing=CHEAP_HASHING)
    try:
        first = services.staff.bootstrap_administrator("ws").one_time_password
        second = other.staff.bootstrap_administrator("ws").one_time_password
        assert first != second
    finally:
        other.close()


def test_bootstrap_with_a_chosen_password_needs_no_change(services):
    result = services.staff.bootstrap_administrator("ws", "chief", "chosen-admin-pass")
    assert result.one_time_password is None and not result.member.must_change_password


def test_the_last_administrator_cannot_be_disabled_or_demoted(services, admin):
    """Otherwise nobody could manage accounts and `users bootstrap` would open to anyone."""
    for change in (lambda: services.staff.disable(admin, "admin1"),
                   lambda: services.staff.change_role(admin, "admin1", "clerk")):
        with pytest.raises(StaffError) as err:
            change()
        assert err.value.detail == "last_administrator"
    assert not services.staff.needs_bootstrap() and not services.staff.get("admin1").disabled
    services.staff.add(admin, "boss", "administrator", "admin-pass-123")
    services.staff.disable(admin, "boss")
    assert not services.staff.needs_bootstrap()


def test_audit_never_contains_passwords(services, admin):
    services.staff.add(admin, "tanaka", "clerk", "counter-pass-1")
    with pytest.raises(InvalidCredentialsError):
        services.staff.authenticate("tanaka", "typo-pass-9", "ws")
    services.staff.reset_password(admin, "tanaka", "temporary-pass")
    dump = repr(services.audit.entries())
    for secret in ("counter-pass-1", "typo-pass-9", "temporary-pass"):
        assert secret not in dump
    assert services.audit.verify().ok


def test_wrong_current_password_on_change_counts_towards_lock_out(services, admin):
    services.office.set(admin, "login_lockout_threshold", 2)
    services.staff.add(admin, "tanaka", "clerk", "counter-pass-1")
    actor = services.staff.authenticate("tanaka", "counter-pass-1", "ws").actor
    with pytest.raises(InvalidCredentialsError):
        services.staff.change_password(actor, "guess-one", "brand-new-pass")
    with pytest.raises(AccountLockedError):
        services.staff.change_password(actor, "guess-two", "brand-new-pass")
    assert services.staff.get("tanaka").locked
