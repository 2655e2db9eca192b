"""Rights are read from the STORED account at each privileged action: an account disabled
or demoted after signing in loses the right at once; the machine's system actor has none."""
import pytest

from app.identity.actor import Actor
from app.identity.errors import PermissionDeniedError
from app.identity.roles import Action
from app.privacy.my_number import MyNumber
from app.staff.reveal import MyNumberRevealService

SNAPSHOT = {"forms": []}


class OneNumber:
    def my_number_for(self, resident_id):
        return MyNumber.from_first_eleven("12345678901")


def test_a_supervisor_disabled_after_signing_in_can_no_longer_decide(services, people, admin):
    sup = people["super1"]                       # signed in while enabled
    services.approval.submit(people["clerk1"], "v1", SNAPSHOT)
    services.staff.disable(admin, "super1")
    for attempt in (lambda: services.approval.approve(sup, "v1"),
                    lambda: services.approval.reject(sup, "v1", "差戻し"),
                    lambda: services.approval.queue(sup)):
        with pytest.raises(PermissionDeniedError) as refused:
            attempt()
        assert refused.value.detail == "account_disabled"
    assert services.approval.state_of("v1").value == "submitted"
    assert services.approval.allowed_actions(sup, "v1") == frozenset()
    assert services.staff.allowed_actions(sup) == frozenset()
    assert services.approval.approve(people["super2"], "v1").state.value == "approved"


def test_a_demoted_supervisor_loses_the_right_at_once(services, people, admin):
    sup = people["super1"]
    services.approval.submit(people["clerk1"], "v1", SNAPSHOT)
    services.staff.change_role(admin, "super1", "clerk")
    with pytest.raises(PermissionDeniedError) as refused:
        services.approval.approve(sup, "v1")
    assert (refused.value.detail, refused.value.role) == ("role_changed", "clerk")
    assert Action.APPROVE not in services.staff.allowed_actions(sup)
    # …and what a clerk may do is now read from the stored role, not the token held
    assert services.approval.submit(sup, "v2", SNAPSHOT).submitted_by == sup.staff_id
    assert [e.details for e in services.audit.entries(action="role_changed")] == [{"role": "clerk"}]


def test_a_promoted_clerk_gains_the_right_without_signing_in_again(services, people, admin):
    clerk = people["clerk1"]
    services.approval.submit(people["trainer1"], "v1", SNAPSHOT)
    services.staff.change_role(admin, "clerk1", "supervisor")
    approved = services.approval.approve(clerk, "v1")
    assert approved.state.value == "approved"
    entry = services.audit.entries(action="approved")[-1]
    assert (entry.staff_id, entry.role) == (clerk.staff_id, "supervisor")  # the stored role


def test_reveal_and_settings_follow_the_stored_account(services, people, admin):
    reveal = MyNumberRevealService(OneNumber(), services.audit, services.office)
    clerk = people["clerk1"]
    assert reveal.reveal(clerk, 7).masked.endswith(MyNumber.from_first_eleven("12345678901").reveal()[-4:])
    services.staff.disable(admin, "clerk1")
    assert not reveal.can_reveal(clerk)
    with pytest.raises(PermissionDeniedError):
        reveal.reveal(clerk, 7)
    services.staff.add(admin, "admin2", "administrator", "second-admin-pass")
    second = services.staff.authenticate("admin2", "second-admin-pass", "ws").actor
    services.office.set(second, "reveal_seconds", 20)
    services.staff.disable(admin, "admin2")
    with pytest.raises(PermissionDeniedError):
        services.office.set(second, "reveal_seconds", 25)
    with pytest.raises(PermissionDeniedError):
        services.staff.add(second, "someone", "clerk", "someone-pass-1")
    assert services.office.get("reveal_seconds") == 20


@pytest.mark.parametrize("actor", [Actor.system("ws"), Actor(None, "x", "administrator", "ws"),
                                   Actor(999, "ghost", "administrator", "ws")])
def test_the_system_actor_and_unknown_accounts_have_no_rights(services, people, actor):
    for attempt in (lambda: services.staff.add(actor, "mallory", "supervisor", "mallory-pass-1"),
                    lambda: services.office.set(actor, "approval_required_for_print", False),
                    lambda: services.approval.submit(actor, "v9", SNAPSHOT)):
        with pytest.raises(PermissionDeniedError) as refused:
            attempt()
        assert refused.value.detail == "not_signed_in"
    assert "mallory" not in [m.name for m in services.staff.list()]
    assert services.office.load().approval_required_for_print is True


def test_a_forged_role_in_the_actor_token_does_not_count(services, people):
    forged = Actor(people["clerk1"].staff_id, "clerk1", "supervisor", "窓口1")
    services.approval.submit(people["trainer1"], "v1", SNAPSHOT)
    with pytest.raises(PermissionDeniedError):
        services.approval.approve(forged, "v1")
    forged_admin = Actor(people["clerk1"].staff_id, "clerk1", "administrator", "窓口1")
    with pytest.raises(PermissionDeniedError):
        services.staff.add(forged_admin, "mallory", "administrator", "mallory-pass-1")
