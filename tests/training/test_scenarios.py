"""Trainer scenario files: the shipped ones load, bad ones name file and key."""
import json

import pytest

from training.scenarios import (EVENTS, FAULTS, SCENARIO_DIR, TrainerScenarioError, load_scenarios,
                                parse_scenario)
from cardreader.simulator.persona import load_persona
from forms.scenario import parse_scenario as parse_packet_scenario

GOOD = {"id": "x", "title": "t", "persona": "yamada-taro", "fault": None, "event": "move_in",
        "answers": {"date": "2026-11-20", "members": [{"name": "n", "birth_date": "2000-01-01"}]}}


def test_the_shipped_scenarios_cover_the_training_plan():
    scenarios = load_scenarios()
    assert {s.id for s in scenarios} >= {"family-moving-in", "elderly-death",
                                         "foreign-resident-moving-in", "certificate-request",
                                         "seal-registration"}
    assert {s.event for s in scenarios} >= {"move_in", "death", "certificate", "seal_registration"}
    assert any(s.fault for s in scenarios)
    for s in scenarios:
        assert s.steps and s.title and s.event in EVENTS and (s.fault is None or s.fault in FAULTS)


def test_each_shipped_scenario_is_a_valid_packet_scenario_for_its_persona():
    for s in load_scenarios():
        persona = load_persona(s.persona)
        packet = parse_packet_scenario(s.packet_scenario(persona))
        assert packet.event == s.event
        assert packet.card["my_number"] == persona["card"]["my_number"]
        assert (packet.resident_id is not None) == (persona["registry"] is not None)


def test_a_trainer_can_add_a_scenario_file(tmp_path):
    for path in SCENARIO_DIR.glob("*.json"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    extra = dict(GOOD, id="extra", title="追加")
    (tmp_path / "99-extra.json").write_text(json.dumps(extra, ensure_ascii=False), encoding="utf-8")
    assert load_scenarios(tmp_path)[-1].id == "extra"


@pytest.mark.parametrize("change,key", [
    ({"event": "party"}, "event"),
    ({"fault": "on_fire"}, "fault"),
    ({"persona": "nobody"}, "persona"),
    ({"title": 3}, "title"),
    ({"colour": "red"}, "colour"),
    ({"answers": {"date": "22/11/2026"}}, "answers.date"),
    ({"answers": {"members": [{"name": "n"}]}}, "answers.members[0].birth_date"),
    ({"answers": {"insurance": "private"}}, "answers.insurance"),
    ({"steps": [1, 2]}, "steps"),
])
def test_bad_scenarios_name_the_key(change, key):
    with pytest.raises(TrainerScenarioError) as err:
        parse_scenario(dict(GOOD, **change), "bad.json", {"yamada-taro"})
    assert err.value.key == key and "bad.json" in str(err.value)


def test_missing_key_and_broken_json_and_duplicates(tmp_path):
    data = dict(GOOD)
    del data["event"]
    with pytest.raises(TrainerScenarioError, match="key=event, problem=missing"):
        parse_scenario(data, "f.json")
    (tmp_path / "a.json").write_text("{", encoding="utf-8")
    with pytest.raises(TrainerScenarioError, match="a.json"):
        load_scenarios(tmp_path)
    (tmp_path / "a.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(GOOD), encoding="utf-8")
    with pytest.raises(TrainerScenarioError, match="duplicate"):
        load_scenarios(tmp_path)


def test_answers_the_forms_parser_refuses_are_reported(tmp_path):
    bad = dict(GOOD, answers={"date": "2026-11-20", "filer": "隣の人"})
    (tmp_path / "c.json").write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TrainerScenarioError) as err:
        load_scenarios(tmp_path)
    assert err.value.key == "answers.filer"


def test_scenario_answers_are_read_only():
    scenario = load_scenarios()[0]
    with pytest.raises(TypeError):
        scenario.answers["date"] = "2000-01-01"
