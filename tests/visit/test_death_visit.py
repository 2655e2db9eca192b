"""死亡 (おくやみ) through VisitService with the real rules and forms: a death the registry
records preselects the deceased; the deceased is a registry person (registry values, never
answers), the rest of the household are the survivors, and the おくやみ procedures and the
葬祭費 form follow with the filer as a member of the same household."""
from __future__ import annotations

from datetime import date

import pytest

from app.visit.model import CardReading, HouseholdMember, ResidentCandidate
from app.visit.service import VisitService
from app.visit.workflow import VisitState

PERSONA_CARD = CardReading(name="鈴木　ハナ", address="架空県見本市桜台三丁目４番５号",
                           birth_date="1948-07-21", sex_code="2", my_number="501284376900")
ANSWERS = {"date": "2026-11-15", "death_notice_filed": True, "funeral_date": "2026-11-18",
           "relation_to_deceased": "", "deceased_card_held": True, "phone": "090-1234-5678",
           "bank_detail": "架空銀行 本店", "bank_type": "普通", "bank_account": "1234567",
           "bank_holder_kana": "スズキ　ハナ"}


@pytest.fixture
def demo_services():
    """The real composition on the demo database (personas seeded, no synthetic residents)."""
    from composition import build_counter_services

    services = build_counter_services(db=None, demo=True, residents=0)
    services.sign_in(services.auth.authenticate("madoguchi", "renshu-madoguchi"))  # roles apply
    yield services
    services.close()


def test_elderly_resident_persona_yields_okuyami_and_sousaihi_of_the_deceased(demo_services):
    service = demo_services.visit_service
    visit = service.start_visit("1")
    visit = service.apply_card_read(visit, PERSONA_CARD)    # the surviving spouse's card
    visit = service.confirm_resident(visit, visit.candidates[0].resident_id)
    head = next(m for m in visit.household if m.relationship == "世帯主")
    assert head.name == "鈴木　一郎" and head.deceased       # the registry records the death

    assert head.death_date == "2026-11-15"                  # 消除の異動年月日 in the registry
    preview = service.preview_event(visit, "death", {})
    assert preview.deceased == head.member_id              # preselected, not the living wife
    assert preview.death_date == "2026-11-15"              # …and the day of death filled

    visit = service.answer_event(visit, "death", {**ANSWERS, "deceased": preview.deceased})
    assert visit.state is VisitState.EVENT_ANSWERED
    by_code = {p.code: p for p in visit.procedures}
    assert {"koki", "kaigo", "sousaihi", "card_return", "nenkin_note"} <= set(by_code)
    assert "80歳" in by_code["kaigo"].reason and "鈴木　一郎" in by_code["koki"].reason
    # 後期 replaces 国保 at 75; she is the only survivor (no 世帯主変更); the registry
    # records the death, so the 死亡届 was filed
    assert not set(by_code) & {"nhi_loss", "juminidou", "death_notice"}

    facts = service.facts(visit)
    assert facts.deceased.name == "鈴木　一郎" and facts.deceased.values["name"].provenance.value == "registry"
    assert facts.get("filer.relation") == "同一世帯員"
    assert facts.get("filer.relation_to_deceased") == "妻"   # derived: the head died

    visit = service.choose_procedures(visit)
    sousaihi = next(d for d in visit.drafts if d.form_id == "sousaihi")
    assert (sousaihi.get("d_name"), sousaihi.get("d_birth"), sousaihi.get("d_number")) == \
        ("鈴木　一郎", "1946-02-11", "39012345")
    assert {sousaihi.values[k].provenance.value for k in ("d_name", "d_birth", "d_number")} == {"registry"}
    assert sousaihi.get("scheme") == "後期高齢者医療"
    assert (sousaihi.get("died_on"), sousaihi.get("funeral_on")) == ("2026-11-15", "2026-11-18")
    assert (sousaihi.get("a_name"), sousaihi.get("a_relation")) == ("鈴木　ハナ", "妻")
    koki = next(d for d in visit.drafts if d.form_id == "koki_idou")
    assert koki.get("koki_kind") == ["喪失（死亡）"]
    assert koki.get("insured.0.name") == "鈴木　一郎" and koki.get("filer_rel_head") == "世帯主"
    assert koki.get("filer_relation") == ["同一世帯員"]


def test_the_deceased_must_be_chosen_before_leaving_the_page(demo_services):
    from app.visit.service import AnswersIncompleteError

    service = demo_services.visit_service
    visit = service.start_visit("1")
    visit = service.apply_card_read(visit, PERSONA_CARD)
    visit = service.confirm_resident(visit, visit.candidates[0].resident_id)
    with pytest.raises(AnswersIncompleteError) as info:
        service.answer_event(visit, "death", {**ANSWERS, "deceased": ""})
    assert "deceased" in [i.key for i in info.value.issues]


# A 国保 household where the head dies and two adults remain (synthetic, 架空市).
HEAD = {"name": "見本　正", "kana": "ミホン　タダシ", "birth_date": "1955-03-03", "sex_code": "1",
        "relationship": "世帯主", "nhi": True, "insurance": "nhi", "nhi_number": "架空123",
        "seal_number": "00004321"}
WIFE = {"name": "見本　春子", "kana": "ミホン　ハルコ", "birth_date": "1957-07-07", "sex_code": "2",
        "relationship": "妻", "nhi": True, "insurance": "nhi"}
SON = {"name": "見本　一郎", "kana": "ミホン　イチロウ", "birth_date": "1985-02-14", "sex_code": "1",
       "relationship": "子"}


def _member(atena, person):
    return HouseholdMember(atena, person["name"], person["relationship"], person["birth_date"],
                           person["kana"], person["sex_code"])


def _registry(atena, person):
    return {"id": atena, **person}


WIFE_CANDIDATE = ResidentCandidate(
    resident_id="R2", name=WIFE["name"], kana=WIFE["kana"], address="架空県架空市本町一丁目2番3号",
    birth_date=WIFE["birth_date"], sex_code="2",
    household=(_member("R1", HEAD), _member("R2", WIFE), _member("R3", SON)))


class HouseholdLookup:
    def by_my_number(self, my_number):
        return None

    def by_four_items(self, name, address, birth_date, sex_code):
        return [WIFE_CANDIDATE] if name == WIFE["name"] else []


class HouseholdRegistry:
    def registry(self, resident_id):
        return {"resident": {"atena_no": "R2", "name": WIFE["name"], "kana": WIFE["kana"],
                             "birth_date": WIFE["birth_date"], "sex_code": "2",
                             "address": "架空県架空市本町一丁目2番3号", "relationship": "妻",
                             "nhi": True},
                "household": {"household_no": "H1", "head_name": HEAD["name"],
                              "address": "架空県架空市本町一丁目2番3号",
                              "members": [_registry("R1", HEAD), _registry("R2", WIFE), _registry("R3", SON)]}}


def test_head_dies_with_two_adults_remaining_needs_head_change_nhi_loss_and_seal(repository):
    service = VisitService(repository, HouseholdLookup(),
                           registry=HouseholdRegistry(), today=lambda: date(2026, 11, 22))
    visit = service.skip_card(service.start_visit("1"))
    visit = service.search(visit, WIFE["name"], "", WIFE["birth_date"], "2")
    visit = service.confirm_resident(visit, "R2")
    # the clerk ticked nobody: the survivors still count for 世帯主変更
    visit = service.answer_event(visit, "death", {**ANSWERS, "deceased": "R1",
                                                  "deceased_card_held": False}, ())
    by_code = {p.code: p for p in visit.procedures}
    assert {"juminidou", "nhi_loss", "sousaihi", "seal_lapse", "kaigo"} <= set(by_code)
    assert "koki" not in by_code and "card_return" not in by_code
    assert "15歳以上" in by_code["juminidou"].reason

    visit = service.choose_procedures(visit)
    sousaihi = next(d for d in visit.drafts if d.form_id == "sousaihi")
    assert sousaihi.get("scheme") == "国民健康保険"
    assert (sousaihi.get("d_name"), sousaihi.get("d_number")) == ("見本　正", "架空123")
    assert sousaihi.get("a_relation") == "妻"
    head_change = visit.draft("juminidou")
    assert head_change.get("filer_relation") == ["同一世帯員"]
    assert [head_change.get(f"movers.{i}.name") for i in range(2)] == ["見本　春子", "見本　一郎"]


def test_a_record_that_is_not_living_cannot_be_confirmed_as_the_visitor(demo_services):
    from app.visit.service import VisitRuleError

    service = demo_services.visit_service
    visit = service.apply_card_read(service.start_visit("1"), PERSONA_CARD)
    gone = ResidentCandidate(resident_id="999", name="鈴木　一郎", address="", birth_date="1946-02-11",
                             sex_code="1", living=False, status="死亡（2026-11-15）")
    visit = visit.evolve(candidates=(*visit.candidates, gone))
    with pytest.raises(VisitRuleError) as refused:
        service.confirm_resident(visit, "999")
    assert refused.value.detail == "not_living"
