"""VisitService on the real rules and forms, saved to SQLite and PostgreSQL."""
import pytest

from app.approval.machine import ApprovalRefusedError
from app.visit.repository import VisitRepository
from app.visit.service import AnswersIncompleteError, VisitRuleError
from app.visit.workflow import VisitAction, VisitState
from tests.visit.fakes import CARD, MOVING_CARD

MOVE = {"date": "2026-11-15", "new_address": "架空県架空市新町1番2号"}
ABOUT = {"holder": {"card_held": True, "signature_cert": False}, "R002": {"card_held": False}}


def _confirmed(service, staff="clerk1"):
    visit = service.apply_card_read(service.start_visit(staff), CARD)
    return service.confirm_resident(visit, "R001")


def _moved(service, **answers):
    visit = _confirmed(service)
    return service.answer_event(visit, "move_within", {**MOVE, **answers}, ("R002",), about=ABOUT)


def test_card_with_known_my_number_identifies_the_resident(service):
    visit = service.start_visit("clerk1")
    visit = service.apply_card_read(visit, CARD)
    assert visit.state is VisitState.PIN_VERIFIED
    assert [c.resident_id for c in visit.candidates] == ["R001"]
    assert visit.candidates[0].matched_by_my_number


def test_every_visit_starts_clean(service):
    first = _moved(service)
    assert first.event == "move_within" and first.answers
    fresh = service.start_visit("clerk1")
    assert fresh.event is None and dict(fresh.answers) == {} and fresh.procedures == ()
    assert fresh.added_people == () and dict(fresh.about) == {} and dict(fresh.fact_edits) == {}


def test_full_visit_to_printed_on_the_real_rules(service, audit):
    visit = _moved(service)
    codes = [p.code for p in visit.procedures]
    assert codes[0] == "juminidou"
    assert "card_change" in codes          # the card holder's card shows the old address
    visit = service.choose_procedures(visit)
    juminidou = visit.draft("juminidou")
    assert juminidou.get("movers.0.name") == "見本　花子" and juminidou.get("movers.1.name") == "見本　太郎"
    assert juminidou.values["movers.1.name"].provenance.value == "registry"
    visit = service.review_forms(visit)
    pdf = service.render_packet(visit, watermark="見本")
    assert pdf.startswith(b"%PDF")
    visit = service.mark_printed(visit)
    assert visit.state is VisitState.PRINTED
    assert ("printed", visit.visit_id) in audit.events
    assert service.open_visits() == []


def test_a_correction_on_one_form_reaches_every_form(service):
    visit = service.choose_procedures(_moved(service))
    with_phone = [d.draft_id for d in visit.drafts if "filer_phone" in {f for f in _fields(d)}]
    assert len(with_phone) >= 2
    visit = service.edit_draft(visit, with_phone[0], "filer_phone", "0155-12-3456")
    for draft_id in with_phone:
        fv = visit.draft(draft_id).values["filer_phone"]
        assert fv.value == "0155-12-3456" and fv.provenance.value == "clerk"
    # typing the pre-filled value back removes the correction everywhere
    visit = service.edit_draft(visit, with_phone[1], "filer_phone", "")
    assert dict(visit.fact_edits) == {}


def test_a_correction_marked_for_one_form_stays_there(service):
    visit = service.choose_procedures(_moved(service, phone="090-1234-5678"))
    ids = [d.draft_id for d in visit.drafts if "filer_phone" in _fields(d)]
    visit = service.edit_draft(visit, ids[0], "filer_phone", "0155-12-3456", this_form_only=True)
    assert visit.draft(ids[0]).get("filer_phone") == "0155-12-3456"
    assert visit.draft(ids[1]).get("filer_phone") == "090-1234-5678"


def _fields(draft):
    from forms.spec import load_spec
    return {f.id for f in load_spec(draft.form_id).fields}


def test_missing_answers_are_refused_before_leaving_the_event_page(service):
    visit = _confirmed(service)
    with pytest.raises(AnswersIncompleteError) as info:
        service.answer_event(visit, "move_within", {}, ("R002",))
    keys = [i.key for i in info.value.issues]
    assert "date" in keys and "new_address" in keys
    assert "花子" not in str(info.value)   # codes and keys only
    preview = service.preview_event(visit, "move_within", {"date": "2026-11-15"}, ("R002",))
    assert "new_address" in [i.key for i in preview.issues] and "juminidou" in preview.procedures


def test_new_resident_family_is_asked_for_each_mover(service):
    visit = service.apply_card_read(service.start_visit("c"), MOVING_CARD)
    visit = service.choose_new_resident(visit)
    answers = {"date": "2026-11-15", "old_address_proof": "special", "new_address": "架空県架空市中央1-2-3",
               "insurance": "nhi", "wants_seal_registration": False}
    child = {"name": "転入　二郎", "birth_date": "2018-01-01", "relationship": "子", "sex_code": "1"}
    with pytest.raises(AnswersIncompleteError) as info:
        service.answer_event(visit, "move_in", answers, added=(child,))
    missing = {i.key for i in info.value.issues}
    # the child's フリガナ and card, the holder's フリガナ, 続柄 and 電子証明書 are asked
    assert {"members.1.kana", "members.1.card_held", "members.0.kana", "members.0.signature_cert"} <= missing
    child.update(kana="テンニュウ　ジロウ", card_held=False, foreign=False)
    holder = {"kana": "テンニュウ　イチロウ", "relationship": "世帯主", "signature_cert": True, "foreign": False}
    answers.update(job="会社員", public_account="公金受取口座を利用", jidou_consent=True,
                   child_insurance_kind="国民健康保険", kodomo_consent=True, mynahoken="登録済み")
    visit = service.answer_event(visit, "move_in", answers, added=(child,), about={"holder": holder})
    assert {"juminidou", "card_update", "nhi", "jidou_nintei"} <= {p.code for p in visit.procedures}
    visit = service.choose_procedures(visit)
    jd = visit.draft("juminidou")
    assert jd.get("movers.0.name") == "転入　一郎" and jd.values["movers.0.name"].provenance.value == "card"
    assert jd.get("movers.1.kana") == "テンニュウ　ジロウ" and jd.values["movers.1.kana"].provenance.value == "answer"
    assert jd.get("card_presented") == ["マイナンバーカード提示"]
    card = next(d for d in visit.drafts if d.form_id == "card_henkou")
    assert card.get("holders.0.cert") == "発行する"
    nintei = next(d for d in visit.drafts if d.form_id == "jidou_nintei")
    assert nintei.get("consent") and nintei.get("bank") == ["公金受取口座を利用"]


def test_consent_and_account_boxes_stay_empty_until_answered(service):
    visit = service.apply_card_read(service.start_visit("c"), MOVING_CARD)
    visit = service.choose_new_resident(visit)
    preview = service.preview_event(visit, "move_in", {"date": "2026-11-15"},
                                    added=({"name": "転入　二郎", "birth_date": "2018-01-01"},))
    assert "jidou_nintei" in preview.procedures
    asked = {i.key for i in preview.issues}
    assert {"jidou_consent", "public_account", "job"} <= asked


def test_procedure_changes_need_a_reason_and_survive_a_new_answer(service):
    visit = _moved(service)
    with pytest.raises(VisitRuleError):
        service.set_procedure_selected(visit, "card_change", False, "")
    with pytest.raises(VisitRuleError):
        service.add_procedure(visit, "seal", " ")
    visit = service.set_procedure_selected(visit, "card_change", False, "カードは後日持参")
    visit = service.add_procedure(visit, "seal", "本人の希望")
    visit = service.back(visit)
    visit = service.answer_event(visit, "move_within", MOVE, ("R002",), about=ABOUT)
    by_code = {p.code: p for p in visit.procedures}
    assert not by_code["card_change"].selected and by_code["card_change"].clerk_reason == "カードは後日持参"
    assert by_code["seal"].source == "clerk" and by_code["seal"].reason == "本人の希望"


def test_card_removed_before_confirmation_clears_card_data(service):
    visit = service.apply_card_read(service.start_visit("c"), CARD)
    visit = service.card_removed(visit)
    assert visit.card is None and visit.candidates == ()
    assert visit.state is VisitState.CARD_PLACED


def test_card_removed_after_confirmation_keeps_everything(service):
    visit = _confirmed(service, "c")
    visit = service.card_removed(visit)
    assert visit.card == CARD and visit.resident.resident_id == "R001"
    assert not visit.card_present


def test_skip_card_then_search_by_hand(service):
    visit = service.skip_card(service.start_visit("c"))
    assert visit.state is VisitState.PIN_VERIFIED and visit.card_skipped
    visit = service.search(visit, "見本　花子", "", "1985-04-01", "2")
    assert [c.resident_id for c in visit.candidates] == ["R001", "R009"]


def test_resume_after_restart_restores_drafts_and_corrections(service, repository, visit_db):
    from app.storage.database import make_session_factory

    visit = service.choose_procedures(_moved(service))
    visit = service.edit_draft(visit, "juminidou", "movers.1.kana", "ミホン　タロー")
    # a new repository over the same database = the application restarted
    fresh = VisitRepository(make_session_factory(visit_db), cipher=repository._cipher)
    [summary] = fresh.list_open()
    assert summary.visit_id == visit.visit_id and summary.state == "procedures_chosen"
    resumed = fresh.get(visit.visit_id)
    assert resumed.drafts == visit.drafts
    assert resumed.card.my_number == CARD.my_number
    assert resumed.resident == visit.resident and resumed.procedures == visit.procedures
    assert dict(resumed.fact_edits) == dict(visit.fact_edits) == {"person.R002.kana": "ミホン　タロー"}


def test_my_numbers_are_never_stored_in_clear(service, visit_db):
    from sqlalchemy import text

    typed = "234567890121"
    visit = service.apply_card_read(service.start_visit("c"), MOVING_CARD)
    visit = service.choose_new_resident(visit)
    visit = service.answer_event(
        visit, "move_in",
        {"date": "2026-11-15", "old_address_proof": "special", "new_address": "架空県架空市中央1-2-3",
         "insurance": "employee", "wants_seal_registration": False},
        added=({"name": "転入　花", "kana": "テンニュウ　ハナ", "birth_date": "1982-02-02", "sex_code": "2",
                "relationship": "妻", "card_held": True, "signature_cert": False, "my_number": typed,
                "foreign": False},),
        about={"holder": {"kana": "テンニュウ　イチロウ", "relationship": "世帯主", "signature_cert": False,
                          "foreign": False}})
    service.choose_procedures(visit)
    with visit_db.connect() as conn:
        dump = " ".join(str(row) for table in ("visits", "visit_drafts")
                        for row in conn.execute(text(f"SELECT * FROM {table}")))
    assert MOVING_CARD.my_number not in dump and typed not in dump
    assert "enc:" in dump


def test_without_a_cipher_the_my_number_is_dropped(visit_db):
    from app.storage.database import make_session_factory
    from app.visit.service import VisitService
    from tests.visit.fakes import FakeLookup

    repo = VisitRepository(make_session_factory(visit_db), cipher=None)
    svc = VisitService(repo, FakeLookup())
    visit = svc.apply_card_read(svc.start_visit("c"), CARD)
    assert repo.get(visit.visit_id).card.my_number is None
    assert repo.get(visit.visit_id).card.name == CARD.name


def test_repr_hides_personal_data(service):
    visit = service.apply_card_read(service.start_visit("c"), CARD)
    text = repr(visit) + repr(visit.card) + repr(visit.candidates)
    assert CARD.my_number not in text and "花子" not in text and "本町" not in text


def _reviewed(service):
    return service.review_forms(service.choose_procedures(_moved(service)))


def test_approval_required_blocks_print_until_another_supervisor_approves(service, approval):
    from app.identity.staff_identity import StaffIdentity

    approval.is_required = True
    visit = _reviewed(service)
    assert VisitAction.PRINT not in service.allowed_actions(visit)
    visit = service.submit(visit)
    assert visit.state is VisitState.SUBMITTED and VisitAction.BACK not in service.allowed_actions(visit)
    with pytest.raises(ApprovalRefusedError):
        service.approve(visit, StaffIdentity("clerk1", "窓口", "clerk"))
    visit = service.approve(visit, StaffIdentity("sup9", "審査", "supervisor"))
    assert VisitAction.PRINT in service.allowed_actions(visit)
    assert service.mark_printed(visit).state is VisitState.PRINTED


def test_decision_taken_elsewhere_is_picked_up_on_resume(service, approval):
    approval.is_required = True
    visit = service.submit(_reviewed(service))
    approval.states[visit.visit_id] = "rejected"
    approval.comments[visit.visit_id] = "転居日を確認してください"
    resumed = service.resume(visit.visit_id)
    assert resumed.state is VisitState.PROCEDURES_CHOSEN
    assert resumed.rejection_comment == "転居日を確認してください"


def test_schema_check_matches_alembic_heads(visit_db):
    """The GUI skips alembic when the database is at every head; the quick check must agree."""
    from app.storage.migration_runner import current_heads, schema_is_current, script_heads, upgrade

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
