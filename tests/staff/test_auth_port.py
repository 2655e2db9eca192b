"""StaffAuthAdapter: the counter window's AuthPort over StaffService."""
import pytest

from training.database import DemoCredential
from app.staff.auth_port import StaffAuthAdapter
from app.staff.errors import InvalidCredentialsError
from app.identity.roles import Role


def test_sign_in_unlock_sign_out_are_audited(services, admin):
    services.staff.add(admin, "tanaka", "supervisor", "counter-pass-1")
    auth = StaffAuthAdapter(services.staff, "窓口4")
    identity = auth.authenticate("tanaka", "counter-pass-1")
    assert (identity.name, identity.role, identity.role_label) == ("tanaka", "supervisor", "審査者")
    assert auth.actor_for(identity).workstation == "窓口4"
    auth.lock(identity)
    with pytest.raises(InvalidCredentialsError):
        auth.unlock(identity, "wrong")
    assert auth.unlock(identity, "counter-pass-1") == identity
    auth.sign_out(identity)
    assert [e.action for e in services.audit.entries()][-5:] == [
        "sign_in", "screen_locked", "sign_in_failed", "screen_unlocked", "sign_out"]
    assert auth.demo_accounts() == []


def test_demo_accounts_listed_only_when_given(services):
    creds = [DemoCredential("madoguchi", Role.CLERK, "renshu-madoguchi")]
    assert StaffAuthAdapter(services.staff, "ws", creds).demo_accounts() == [
        ("madoguchi", "窓口職員", "renshu-madoguchi")]


def test_first_run_bootstrap_and_forced_password_change(services):
    auth = StaffAuthAdapter(services.staff, "ws")
    assert auth.needs_bootstrap()
    one_time = auth.bootstrap("admin")
    assert one_time and not auth.needs_bootstrap()
    identity = auth.authenticate("admin", one_time)
    assert auth.must_change_password(identity)
    auth.change_password(identity, one_time, "chosen-admin-pass")
    assert not auth.must_change_password(identity)


def test_demo_mode_never_offers_bootstrap(services):
    creds = [DemoCredential("madoguchi", Role.CLERK, "renshu-madoguchi")]
    assert not StaffAuthAdapter(services.staff, "ws", creds).needs_bootstrap()
