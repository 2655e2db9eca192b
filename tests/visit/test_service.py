"""VisitService end to end over the fakes, saved to SQLite and PostgreSQL."""
import pytest

from app.visit.repository import VisitRepository
from app.visit.service import VisitRuleError
from app.visit.workflow import VisitAction, VisitState
from tests.visit.fakes import CARD, MOVING_CARD


def test_card_with_known_my_number_identifies_the_resident(service):
    visit = service.start_visit("clerk1")
    visit = service.apply_card_read(visit, CARD)
    assert visit.state is VisitState.PIN_VERIFIED
    assert [c.resident_id for c in visit.candidates] == ["R001"]
    assert visit.candidates[0].matched_by_my_number


def test_full_visit_to_printed(service, audit):
    visit = service.apply_card_read(service.start_visit("clerk1"), CARD)
    visit = service.confirm_resident(visit, "R001")
    visit = service.answer_event(visit, "tennyu", {"moved_on": "2026-11-01",
                                                   "employer_insurance": False}, ("R002",))
    assert [p.code for p in visit.procedures] == ["tennyu", "nhi", "child"]
    visit = service.choose_procedures(visit)
    assert [d.form_id for d in visit.drafts] == ["juminido", "nhi", "child"]
    child = visit.draft("child")
    assert child.value("child") == "見本　太郎"
    assert {f.key: f.provenance for f in child.fields}["child"] == "answer"
    visit = service.edit_draft(visit, "juminido", "address", "架空県架空市新町1番")
    assert visit.draft("juminido").fields[1].provenance == "clerk"
    visit = service.review_forms(visit)
    pdf = service.render_packet(visit, watermark="見本")
    assert pdf.startswith(b"%PDF")
    visit = service.mark_printed(visit)
    assert visit.state is VisitState.PRINTED
    assert ("printed", visit.visit_id) in audit.events
    assert service.open_visits() == []


def test_validation_errors_block_review(service):
    visit = service.apply_card_read(service.start_visit("c"), CARD)
    visit = service.confirm_resident(visit, "R001")
    visit = service.answer_event(visit, "tennyu", {"employer_insurance": True})
    visit = service.choose_procedures(visit)
    assert [i.field_key for i in visit.draft("juminido").issues] == ["moved_on"]
    assert VisitAction.REVIEW_FORMS not in service.allowed_actions(visit)
    visit = service.edit_draft(visit, "juminido", "moved_on", "2026-11-01")
    assert VisitAction.REVIEW_FORMS in service.allowed_actions(visit)


def test_new_resident_path_prefills_from_the_card(service):
    visit = service.apply_card_read(service.start_visit("c"), MOVING_CARD)
    assert visit.candidates == ()
    visit = service.choose_new_resident(visit)
    visit = service.add_member(visit, "転入　二郎", "子", "2018-01-01")
    visit = service.answer_event(visit, "tennyu", {"moved_on": "2026-11-20"},
                                 visit.concerned_member_ids)
    assert "child" in [p.code for p in visit.procedures]
    visit = service.choose_procedures(visit)
    assert visit.draft("juminido").value("name") == "転入　一郎"
    assert visit.draft("juminido").fields[0].provenance == "card"


def test_procedure_changes_need_a_reason_and_survive_a_new_answer(service):
    visit = service.apply_card_read(service.start_visit("c"), CARD)
    visit = service.confirm_resident(visit, "R001")
    visit = service.answer_event(visit, "tennyu", {"employer_insurance": False})
    with pytest.raises(VisitRuleError):
        service.set_procedure_selected(visit, "nhi", False, "")
    with pytest.raises(VisitRuleError):
        service.add_procedure(visit, "seal", " ")
    visit = service.set_procedure_selected(visit, "nhi", False, "社会保険に加入予定")
    visit = service.add_procedure(visit, "seal", "本人の希望")
    visit = service.back(visit)
    visit = service.answer_event(visit, "tennyu", {"employer_insurance": False})
    by_code = {p.code: p for p in visit.procedures}
    assert not by_code["nhi"].selected and by_code["nhi"].clerk_reason == "社会保険に加入予定"
    assert by_code["seal"].source == "clerk" and by_code["seal"].clerk_reason == "本人の希望"


def test_card_removed_before_confirmation_clears_card_data(service):
    visit = service.apply_card_read(service.start_visit("c"), CARD)
    visit = service.card_removed(visit)
    assert visit.card is None and visit.candidates == ()
    assert visit.state is VisitState.CARD_PLACED


def test_card_removed_after_confirmation_keeps_everything(service):
    visit = service.apply_card_read(service.start_visit("c"), CARD)
    visit = service.confirm_resident(visit, "R001")
    visit = service.card_removed(visit)
    assert visit.card == CARD and visit.resident.resident_id == "R001"
    assert not visit.card_present


def test_skip_card_then_search_by_hand(service):
    visit = service.skip_card(service.start_visit("c"))
    assert visit.state is VisitState.PIN_VERIFIED and visit.card_skipped
    visit = service.search(visit, "見本　花子", "", "1985-04-01", "2")
    assert [c.resident_id for c in visit.candidates] == ["R001", "R009"]


def test_resume_after_restart_restores_drafts_and_edits(service, repository, visit_db):
    from app.storage.database import make_session_factory

    visit = service.apply_card_read(service.start_visit("c"), CARD)
    visit = service.confirm_resident(visit, "R001")
    visit = service.answer_event(visit, "tennyu", {"moved_on": "2026-11-01"}, ("R002",))
    visit = service.choose_procedures(visit)
    visit = service.edit_draft(visit, "nhi", "name", "見本　華子")
    # a new repository over the same database = the application restarted
    fresh = VisitRepository(make_session_factory(visit_db), cipher=repository._cipher)
    [summary] = fresh.list_open()
    assert summary.visit_id == visit.visit_id and summary.state == "procedures_chosen"
    resumed = fresh.get(visit.visit_id)
    assert resumed.drafts == visit.drafts
    assert resumed.card.my_number == CARD.my_number
    assert resumed.resident == visit.resident and resumed.procedures == visit.procedures


def test_my_number_is_never_stored_in_clear(service, visit_db):
    from sqlalchemy import text

    visit = service.apply_card_read(service.start_visit("c"), CARD)
    visit = service.confirm_resident(visit, "R001")
    visit = service.answer_event(visit, "tennyu", {})
    service.choose_procedures(visit)
    with visit_db.connect() as conn:
        dump = " ".join(str(row) for table in ("visits", "visit_drafts")
                        for row in conn.execute(text(f"SELECT * FROM {table}")))
    assert CARD.my_number not in dump
    assert "enc:" in dump


def test_without_a_cipher_the_my_number_is_dropped(visit_db):
    from app.storage.database import make_session_factory
    from app.visit.service import VisitService
    from tests.visit.fakes import FakeForms, FakeLookup, FakeRules

    repo = VisitRepository(make_session_factory(visit_db), cipher=None)
    svc = VisitService(repo, FakeLookup(), FakeRules(), FakeForms())
    visit = svc.apply_card_read(svc.start_visit("c"), CARD)
    assert repo.get(visit.visit_id).card.my_number is None
    assert repo.get(visit.visit_id).card.name == CARD.name


def test_repr_hides_personal_data(service):
    visit = service.apply_card_read(service.start_visit("c"), CARD)
    text = repr(visit) + repr(visit.card) + repr(visit.candidates)
    assert CARD.my_number not in text and "花子" not in text and "本町" not in text


def _reviewed(service):
    visit = service.apply_card_read(service.start_visit("clerk1"), CARD)
    visit = service.confirm_resident(visit, "R001")
    visit = service.answer_event(visit, "tennyu", {"moved_on": "2026-11-01"})
    return service.review_forms(service.choose_procedures(visit))


def test_approval_required_blocks_print_until_another_supervisor_approves(service, approval):
    from app.identity.staff_identity import StaffIdentity

    approval.is_required = True
    visit = _reviewed(service)
    assert VisitAction.PRINT not in service.allowed_actions(visit)
    visit = service.submit(visit)
    assert visit.state is VisitState.SUBMITTED and VisitAction.BACK not in service.allowed_actions(visit)
    with pytest.raises(PermissionError):
        service.approve(visit, StaffIdentity("clerk1", "窓口", "clerk"))
    visit = service.approve(visit, StaffIdentity("sup9", "審査", "supervisor"))
    assert VisitAction.PRINT in service.allowed_actions(visit)
    assert service.mark_printed(visit).state is VisitState.PRINTED


def test_decision_taken_elsewhere_is_picked_up_on_resume(service, approval):
    approval.is_required = True
    visit = service.submit(_reviewed(service))
    approval.states[visit.visit_id] = "rejected"
    approval.comments[visit.visit_id] = "転入日を確認してください"
    resumed = service.resume(visit.visit_id)
    assert resumed.state is VisitState.PROCEDURES_CHOSEN
    assert resumed.rejection_comment == "転入日を確認してください"


def test_schema_check_matches_alembic_heads(visit_db):
    """The GUI skips alembic when the database is at every head; the quick check must agree."""
    from app.storage.migration_runner import current_heads, upgrade
    from app.storage.migration_runner import schema_is_current, script_heads

    assert not schema_is_current(visit_db)       # only the visits branch is applied here
    upgrade(visit_db)
    assert set(current_heads(visit_db)) == script_heads()
    assert schema_is_current(visit_db)


def test_visit_ids_never_look_like_a_my_number():
    """The audit log refuses 12-digit runs; visit ids go into it."""
    import re

    from app.visit.service import new_visit_id

    run = re.compile(r"\d(?:[\s-]?\d){11}")
    ids = {new_visit_id() for _ in range(2000)}
    assert len(ids) == 2000 and not any(run.search(i) for i in ids)
    assert all(len(i) <= 36 for i in ids)
