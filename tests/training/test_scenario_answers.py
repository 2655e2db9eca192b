"""A scenario's answers laid out for the event page: every shipped scenario is complete for
the real VisitService (real rules, questions and demo residents), people land where the
page shows them, and a scenario file that asks something the page never asks is refused."""
from __future__ import annotations

import pytest

from app.visit.card_data import CardReading
from cardreader.simulator import load_persona
from composition import build_counter_services
from training.scenario_answers import answers_for_visit
from training.scenarios import TrainerScenarioError, load_scenarios, parse_scenario


@pytest.fixture
def counter():
    services = build_counter_services(db=None, demo=True, residents=0)
    identity = services.auth.authenticate("kenshu", "renshu-kenshu")
    yield services.visit_service, identity
    services.close()


def identified_visit(counter, persona_id):
    """The trainee read the persona's card and confirmed the resident (or chose 転入・新規)."""
    service, identity = counter
    card = load_persona(persona_id)["card"]
    visit = service.start_visit(identity.staff_id)
    visit = service.apply_card_read(visit, CardReading(
        name=card["name"], address=card["address"], birth_date=card["birth_date"],
        sex_code=card["sex_code"], my_number=card["my_number"]))
    if visit.candidates:
        return service.confirm_resident(visit, visit.candidates[0].resident_id)
    return service.choose_new_resident(visit)


@pytest.mark.parametrize("scenario", load_scenarios(), ids=lambda s: s.id)
def test_each_shipped_scenario_answers_everything_the_page_asks(counter, scenario):
    service, _ = counter
    visit = identified_visit(counter, scenario.persona)
    fill = answers_for_visit(scenario, visit)
    assert fill.left_out == () and not fill.other_card
    answered = service.answer_event(visit, fill.event, fill.answers, fill.concerned, fill.added, fill.about)
    assert answered.procedures   # no AnswersIncompleteError: nothing left for the trainee to invent


def test_a_family_moving_in_the_holder_answers_for_themself_the_others_are_added(counter):
    scenario = next(s for s in load_scenarios() if s.id == "family-moving-in")
    fill = answers_for_visit(scenario, identified_visit(counter, "yamada-taro"))
    # what the card gives (name, birth date, sex, card held) is shown on the page, not asked
    assert fill.about["holder"] == {"kana": "ヤマダ　タロウ", "relationship": "世帯主",
                                    "signature_cert": True, "foreign": False}
    assert [p["id"] for p in fill.added] == ["added-1", "added-2", "added-3"]
    assert [p["name"] for p in fill.added] == ["山田　花子", "山田　陽翔", "山田　茂"]
    assert fill.answers["new_address"] == "架空県見本市中央町一丁目２番３号" and "members" not in fill.answers


def test_the_deceased_is_the_registry_member_of_that_name_and_birth_date(counter):
    scenario = next(s for s in load_scenarios() if s.id == "elderly-death")
    visit = identified_visit(counter, "suzuki-hana")
    fill = answers_for_visit(scenario, visit)
    husband = next(m for m in visit.household if m.name == "鈴木　一郎")
    assert fill.answers["deceased"] == husband.member_id


def test_registry_members_named_by_the_scenario_become_the_concerned_members(counter):
    visit = identified_visit(counter, "takahashi-kenji")
    scenario = parse_scenario({
        "id": "x", "title": "転居", "persona": "takahashi-kenji", "event": "move_within",
        "answers": {"date": "2026-11-25", "new_address": "架空県見本市本町一丁目1番1号", "members": [
            {"name": "高橋 美咲", "birth_date": "1978-04-25", "card_held": True, "signature_cert": False},
            {"name": "高橋　健二", "birth_date": "1975-10-08", "signature_cert": True},
            {"name": "高橋　一郎", "birth_date": "2001-01-01"}]}}, "x.json")
    fill = answers_for_visit(scenario, visit)
    wife = next(m for m in visit.household if m.name == "高橋　美咲")
    assert fill.concerned == (wife.member_id,)   # matched though the scenario wrote a half-width space
    assert fill.about[wife.member_id] == {"card_held": True, "signature_cert": False}
    assert fill.about["holder"] == {"signature_cert": True}
    assert fill.left_out == ("answers.members[2]",)   # no such person in this household


def test_a_scenario_used_on_another_residents_visit_says_so(counter):
    scenario = next(s for s in load_scenarios() if s.id == "family-moving-in")
    fill = answers_for_visit(scenario, identified_visit(counter, "nguyen-van-an"))
    assert fill.other_card and len(fill.added) == 4   # 山田 太郎 is not this card's holder


@pytest.mark.parametrize("answers, key", [
    ({"new_head": "鈴木　ハナ"}, "answers.new_head"),                     # asked at 世帯変更, not here
    ({"certificate": {"kind": "住民票の写し", "include": ["続柄"]}}, "answers.certificate.include"),
    ({"filer": "本人"}, "answers.filer"),                                  # not a choice the page offers
    ({"members": [{"name": "n", "birth_date": "2000-01-01"}]}, "answers.members"),  # the page lists nobody
])
def test_an_answer_the_page_does_not_ask_is_named(answers, key):
    data = {"id": "x", "title": "t", "persona": "suzuki-hana", "event": "death",
            "answers": {"date": "2026-11-15", **answers}}
    if "certificate" in answers:
        data["event"] = "certificate"
        del data["answers"]["date"]
    with pytest.raises(TrainerScenarioError) as err:
        parse_scenario(data, "bad.json")
    assert err.value.key == key


def test_a_person_answer_not_asked_of_people_is_named():
    data = {"id": "x", "title": "t", "persona": "yamada-taro", "event": "move_in",
            "answers": {"members": [{"name": "n", "birth_date": "2000-01-01", "shoe_size": 27}]}}
    with pytest.raises(TrainerScenarioError) as err:
        parse_scenario(data, "bad.json")
    assert err.value.key == "answers.members[0].shoe_size"
