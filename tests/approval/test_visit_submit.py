"""The visit and its approval request move together, on SQLite and PostgreSQL.

VisitService over the real repository, approval service, audit log and the counter's
ports (app.visit.staff_adapter.wire_counter); only the records lookup, rules and forms
are the visit area's fakes.
"""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from app.approval.service import PrintRefusedError
from app.audit.log import AuditChainError
from app.privacy.cipher import MyNumberCipher
from app.staff.auth_port import StaffAuthAdapter
from app.visit.repository import VisitRepository
from app.visit.service import VisitService
from app.visit.staff_adapter import CounterSession, MyNumberTextCipher, wire_counter
from app.visit.workflow import VisitState
from tests.audit.tamper import tamper
from tests.visit.fakes import CARD, FakeLookup

MOVE = {"date": "2026-11-15", "new_address": "架空県架空市新町1番2号"}
ABOUT = {"holder": {"signature_cert": False}, "R002": {"card_held": False}}


class Window:
    """One counter window: its own session, signed-in person and ports."""

    def __init__(self, services):
        self.services = services
        self.session = CounterSession()
        self.auth = StaffAuthAdapter(services.staff, "窓口2")
        repo = VisitRepository(services.sessions,
                               cipher=MyNumberTextCipher(MyNumberCipher(services.keys.my_number_key)))
        self.ports = wire_counter(services, repo, FakeLookup(), self.auth, self.session)
        self.repo = repo
        self.visits = VisitService(repo, self.ports.lookup,
                                   audit=self.ports.audit, approval=self.ports.approval,
                                   authorize=self.ports.authorization.require)

    def sign_in(self, name):
        self.session.identity = self.auth.authenticate(name, f"{name}-password")
        return self.auth.actor_for(self.session.identity)

    def reviewed_visit(self):
        s = self.visits
        visit = s.apply_card_read(s.start_visit(self.session.identity.staff_id), CARD)
        visit = s.confirm_resident(visit, "R001")
        visit = s.answer_event(visit, "move_within", MOVE, ("R002",), about=ABOUT)
        return s.review_forms(s.choose_procedures(visit))


@pytest.fixture
def window(services, people):
    w = Window(services)
    w.sign_in("clerk1")
    return w


def _approval_rows(services, visit_id):
    with services.engine.connect() as conn:
        return conn.execute(text("SELECT state, revision FROM approval_requests WHERE visit_id = :v"),
                            {"v": visit_id}).all()


def test_submit_saves_the_visit_with_its_request_and_audit_entry(window, services):
    visit = window.visits.submit(window.reviewed_visit())
    assert window.repo.get(visit.visit_id).state is VisitState.SUBMITTED
    assert _approval_rows(services, visit.visit_id) == [("submitted", 1)]
    submitted = services.audit.entries(action="submitted")
    assert [e.object_ids for e in submitted] == [visit.visit_id]
    item = services.approval.queue(window.sign_in("super1"))[0]
    assert (item.visit_id, item.resident_name, item.resident_name_masked, item.event,
            item.workstation, item.submitted_by_name) == (
        visit.visit_id, "見本　花子", "見本\u3000＊＊", "move_within", "窓口2", "clerk1")


def test_a_failed_submission_leaves_no_visit_stuck_in_submitted(window, services):
    """Before: the visit was committed 提出済み, then the request failed in its own
    transaction — a visit in no queue that nobody could resubmit or send back."""
    visit = window.reviewed_visit()
    tamper(services.engine, "DELETE FROM audit_chain_head")   # the audit write will fail
    with pytest.raises(AuditChainError):
        window.visits.submit(visit)
    assert window.repo.get(visit.visit_id).state is VisitState.FORMS_REVIEWED
    assert _approval_rows(services, visit.visit_id) == []
    assert window.repo.list_stuck() == []


def test_an_edit_whose_save_failed_leaves_no_audit_entry(window, services):
    visit = window.visits.choose_procedures(window.visits.answer_event(
        window.visits.confirm_resident(window.visits.apply_card_read(
            window.visits.start_visit("1"), CARD), "R001"), "move_within", MOVE, about=ABOUT))
    class DiskFull(Exception):
        pass

    def fail(_session, _visit):   # the save's transaction fails after the visit row is written
        raise DiskFull()

    before = len(services.audit.entries(action="draft_edited"))
    window.repo.add_save_hook(fail)
    with pytest.raises(DiskFull):
        window.visits.edit_draft(visit, visit.drafts[0].draft_id, "filer_phone", "0155-12-3456")
    window.repo._on_save.remove(fail)
    assert len(services.audit.entries(action="draft_edited")) == before
    assert window.repo.get(visit.visit_id).fact_edits == {}
    edited = window.visits.edit_draft(visit, visit.drafts[0].draft_id, "filer_phone", "0155-12-3456")
    assert [e.object_ids for e in services.audit.entries(action="draft_edited")][-1] == edited.visit_id
    assert services.audit.verify().ok


def test_a_rejected_request_never_prints_whatever_the_window_holds(window, services):
    visit = window.visits.submit(window.reviewed_visit())
    services.approval.reject(window.sign_in("super1"), visit.visit_id, "転入日を確認してください")
    window.sign_in("clerk1")
    stale = replace(visit, state=VisitState.APPROVED)   # a window that missed the rejection
    with pytest.raises(PrintRefusedError) as refused:
        window.visits.mark_printed(stale)
    assert refused.value.detail == "rejected"
    assert services.audit.entries(action="printed") == []
    assert window.repo.get(visit.visit_id).state is VisitState.SUBMITTED
    resumed = window.visits.resume(visit.visit_id)
    assert resumed.state is VisitState.PROCEDURES_CHOSEN
    assert resumed.rejection_comment == "転入日を確認してください"


def test_the_clerk_hears_of_decisions_until_acknowledged_and_sees_the_diff(window, services):
    clerk = window.auth.actor_for(window.session.identity)
    visit = window.visits.submit(window.reviewed_visit())
    assert window.ports.approval.unseen_decisions() == []
    services.approval.reject(window.sign_in("super1"), visit.visit_id, "住所を確認してください")
    window.sign_in("clerk1")
    (notice,) = window.ports.approval.unseen_decisions()
    assert (notice.visit_id, notice.state.value, notice.comment, notice.decided_by_name) == (
        visit.visit_id, "rejected", "住所を確認してください", "super1")
    visit = window.visits.resume(visit.visit_id)
    draft = visit.drafts[0]
    visit = window.visits.edit_draft(visit, draft.draft_id, "filer_phone", "0155-12-3456",
                                     this_form_only=True)
    window.ports.approval.mark_seen(notice.visit_id, notice.revision)
    assert window.ports.approval.unseen_decisions() == []
    visit = window.visits.submit(window.visits.review_forms(visit))
    diff = services.approval.diff(clerk, visit.visit_id)
    assert (diff.old_revision, diff.new_revision) == (1, 2)
    assert [(c.form_id, c.key, c.after) for c in diff.changes] == [
        (draft.draft_id, "filer_phone", "0155-12-3456")]
    services.approval.approve(window.sign_in("super2"), visit.visit_id)
    window.sign_in("clerk1")
    assert [n.state.value for n in window.ports.approval.unseen_decisions()] == ["approved"]
    printed = window.visits.mark_printed(window.visits.resume(visit.visit_id))
    assert printed.state is VisitState.PRINTED
    assert [e.object_ids for e in services.audit.entries(action="printed")] == [visit.visit_id]


def test_stuck_visits_are_sent_back_by_a_supervisor(window, services):
    visit = window.reviewed_visit()
    # What a crash between the old two transactions left behind: 提出済み, no request.
    window.repo.save(replace(visit, state=VisitState.SUBMITTED))
    assert [s.visit_id for s in window.repo.list_stuck()] == [visit.visit_id]
    sup = window.sign_in("super1")
    with pytest.raises(Exception):
        window.ports.stuck.find(window.sign_in("clerk1"))
    assert [s.visit_id for s in window.ports.stuck.find(sup)] == [visit.visit_id]
    returned = window.ports.stuck.send_back(sup, visit.visit_id, "提出し直してください")
    assert returned.state is VisitState.PROCEDURES_CHOSEN
    assert window.repo.list_stuck() == []
    assert [e.staff_id for e in services.audit.entries(action="sent_back")] == [sup.staff_id]
    window.sign_in("clerk1")
    again = window.visits.resume(visit.visit_id)
    assert again.rejection_comment == "提出し直してください"
    resubmitted = window.visits.submit(window.visits.review_forms(again))
    assert _approval_rows(services, resubmitted.visit_id) == [("submitted", 1)]
