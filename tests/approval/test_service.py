"""ApprovalService on SQLite and PostgreSQL."""
import pytest

from app.approval.machine import ApprovalRefusedError, ApprovalState, Refusal
from app.approval.models import ApprovalUiAction as U
from app.approval.service import ApprovalNotFoundError, PrintRefusedError
from app.staff.errors import PermissionDeniedError

SNAPSHOT = {
    "forms": [{"id": "juminidou", "fields": [
        {"key": "new_address", "value": "架空県見本市中央町一丁目２番３号", "provenance": "answer"},
        {"key": "phone", "value": "090-0000-0101", "provenance": "clerk",
         "prefilled": "", "changed": True}]}],
}


def test_clerk_submits_other_supervisor_approves(services, people):
    clerk, sup = people["clerk1"], people["super1"]
    assert services.approval.get("v1") is None
    assert services.approval.state_of("v1") is ApprovalState.DRAFT
    submitted = services.approval.submit(clerk, "v1", SNAPSHOT)
    assert submitted.state is ApprovalState.SUBMITTED and submitted.revision == 1
    assert [q.visit_id for q in services.approval.queue(sup)] == ["v1"]
    approved = services.approval.approve(sup, "v1", "確認しました")
    assert approved.state is ApprovalState.APPROVED and approved.decided_by == sup.staff_id
    assert approved.comment == "確認しました"
    assert [h.transition for h in approved.history] == ["submit", "approve"]
    assert services.approval.queue(sup) == []
    audit = [(e.action, e.staff_id, e.object_ids) for e in services.audit.entries()
             if e.object_type == "visit"]
    assert audit == [("submitted", clerk.staff_id, "v1"), ("approved", sup.staff_id, "v1")]
    assert services.audit.verify().ok


def test_snapshot_is_stored_and_read_only(services, people):
    services.approval.submit(people["clerk1"], "v1", SNAPSHOT)
    request = services.approval.get("v1")
    assert request.snapshot["forms"][0]["fields"][1]["changed"] is True
    assert request.snapshot["forms"][0]["fields"][0]["provenance"] == "answer"
    with pytest.raises(TypeError):
        request.snapshot["forms"] = []
    with pytest.raises(TypeError):
        request.snapshot["forms"][0]["fields"][0]["value"] = "x"


def test_self_approval_is_refused(services, people):
    sup = people["super1"]
    services.approval.submit(sup, "v1", SNAPSHOT)
    with pytest.raises(ApprovalRefusedError) as err:
        services.approval.approve(sup, "v1")
    assert err.value.refusal is Refusal.OWN_SUBMISSION
    queue = services.approval.queue(sup)
    assert [q.can_decide for q in queue] == [False]
    assert services.approval.queue(people["super2"])[0].can_decide
    assert U.APPROVE not in services.approval.allowed_actions(sup, "v1")
    assert services.approval.state_of("v1") is ApprovalState.SUBMITTED


def test_rejection_needs_a_comment_then_resubmission(services, people):
    clerk, sup = people["clerk1"], people["super1"]
    services.approval.submit(clerk, "v1", SNAPSHOT)
    with pytest.raises(ApprovalRefusedError) as err:
        services.approval.reject(sup, "v1", "  ")
    assert err.value.refusal is Refusal.COMMENT_REQUIRED
    rejected = services.approval.reject(sup, "v1", "電話番号を確認してください")
    assert rejected.state is ApprovalState.REJECTED
    assert services.approval.allowed_actions(clerk, "v1") == {U.EDIT, U.RESUBMIT}
    resubmitted = services.approval.submit(clerk, "v1", {"forms": [], "note": "fixed"})
    assert resubmitted.state is ApprovalState.SUBMITTED and resubmitted.revision == 2
    assert resubmitted.snapshot == {"forms": (), "note": "fixed"}
    assert resubmitted.decided_by is None
    assert [h.transition for h in resubmitted.history] == ["submit", "reject", "resubmit"]
    assert resubmitted.history[1].comment == "電話番号を確認してください"
    rejected_entry = services.audit.entries(action="rejected")[0]
    assert rejected_entry.details["has_comment"] is True
    assert "電話" not in repr(services.audit.entries())  # comments stay out of the audit log


def test_approved_is_frozen(services, people):
    clerk, sup = people["clerk1"], people["super1"]
    services.approval.submit(clerk, "v1", SNAPSHOT)
    services.approval.approve(sup, "v1")
    for attempt in (lambda: services.approval.submit(clerk, "v1", {"forms": []}),
                    lambda: services.approval.reject(people["super2"], "v1", "やっぱり"),
                    lambda: services.approval.approve(people["super2"], "v1")):
        with pytest.raises(ApprovalRefusedError) as err:
            attempt()
        assert err.value.refusal is Refusal.NOT_ALLOWED_FROM_STATE
    assert services.approval.get("v1").snapshot["forms"][0]["id"] == "juminidou"
    assert U.EDIT not in services.approval.allowed_actions(clerk, "v1")


def test_only_supervisors_approve_and_see_the_queue(services, people):
    services.approval.submit(people["clerk1"], "v1", SNAPSHOT)
    for name in ("clerk1", "trainer1", "admin1"):
        with pytest.raises(PermissionDeniedError):
            services.approval.approve(people[name], "v1")
        with pytest.raises(PermissionDeniedError):
            services.approval.queue(people[name])
    with pytest.raises(PermissionDeniedError):
        services.approval.submit(people["admin1"], "v2", SNAPSHOT)
    with pytest.raises(ApprovalNotFoundError):
        services.approval.approve(people["super1"], "nope")


def test_print_gate_follows_the_office_setting(services, people, admin):
    clerk, sup = people["clerk1"], people["super1"]
    services.approval.submit(clerk, "v1", SNAPSHOT)
    assert not services.approval.can_print_final(clerk, "v1")
    assert not services.approval.can_print_final(clerk, "never-submitted")
    with pytest.raises(PrintRefusedError) as refused:
        services.approval.record_printed(clerk, "v1", final=True)
    assert refused.value.detail == "not_approved"
    services.approval.record_printed(clerk, "v1", final=False)  # a draft print is allowed
    services.approval.approve(sup, "v1")
    assert services.approval.can_print_final(clerk, "v1")
    services.approval.record_printed(clerk, "v1", final=True)
    assert [e.details for e in services.audit.entries(action="printed")] == [
        {"final": False}, {"final": True}]
    services.office.set(admin, "approval_required_for_print", False)
    assert services.approval.can_print_final(clerk, "never-submitted")
    assert not services.approval.can_print_final(people["admin1"], "never-submitted")


def test_office_can_require_an_approval_comment(services, people, admin):
    services.office.set(admin, "approval_comment_required", True)
    services.approval.submit(people["clerk1"], "v1", SNAPSHOT)
    with pytest.raises(ApprovalRefusedError):
        services.approval.approve(people["super1"], "v1", "")
    assert services.approval.approve(people["super1"], "v1", "可").state is ApprovalState.APPROVED


@pytest.mark.parametrize("state_setup,who,expected", [
    ("draft", "clerk1", {U.EDIT, U.SUBMIT}),
    ("draft", "trainer1", {U.EDIT, U.SUBMIT}),
    ("draft", "admin1", set()),
    ("submitted", "clerk1", set()),
    ("submitted", "super1", set()),                     # own submission
    ("submitted", "super2", {U.APPROVE, U.REJECT}),
    ("rejected", "super1", {U.EDIT, U.RESUBMIT}),
    ("approved", "clerk1", {U.PRINT_FINAL}),
    ("approved", "super2", {U.PRINT_FINAL}),
    ("approved", "admin1", set()),
])
def test_allowed_actions(services, people, state_setup, who, expected):
    if state_setup != "draft":
        services.approval.submit(people["super1"], "v1", SNAPSHOT)
    if state_setup == "rejected":
        services.approval.reject(people["super2"], "v1", "差戻し")
    if state_setup == "approved":
        services.approval.approve(people["super2"], "v1")
    assert services.approval.allowed_actions(people[who], "v1") == expected


def test_certificates_alone_print_without_approval_by_default(services, people, admin):
    clerk = people["clerk1"]
    assert not services.approval.needs_approval(["juminhyo"])
    assert not services.approval.needs_approval(["juminhyo", "seal_certificate"])
    assert services.approval.needs_approval(["juminhyo", "tennyu"])
    assert services.approval.needs_approval([])   # nothing to judge by: ask a supervisor
    assert services.approval.can_print_final(clerk, "cert-1", ["juminhyo"])
    assert not services.approval.can_print_final(clerk, "move-1", ["tennyu"])
    assert not services.approval.can_print_final(people["admin1"], "cert-1", ["juminhyo"])
    services.office.set(admin, "approval_exempt_procedures", "")
    assert services.approval.needs_approval(["juminhyo"])
    entry = services.audit.entries(action="setting_changed")[-1]
    assert (entry.object_ids, entry.details) == ("approval_exempt_procedures", {"value": ""})
    services.office.set(admin, "approval_exempt_procedures", "juminhyo,tennyu")
    assert services.audit.entries(action="setting_changed")[-1].details == {"value": "juminhyo+tennyu"}
    assert not services.approval.needs_approval(["tennyu"])


def test_a_rejected_request_never_prints_whatever_the_caller_says(services, people):
    clerk = people["clerk1"]
    services.approval.submit(clerk, "v1", {**SNAPSHOT, "procedures": [{"code": "tennyu"}]})
    services.approval.reject(people["super1"], "v1", "住所を確認してください")
    with pytest.raises(PrintRefusedError) as refused:
        services.approval.check_final_print(clerk, "v1")
    assert refused.value.detail == "rejected"
    assert not services.approval.can_print_final(clerk, "v1", ["tennyu"])
