"""Persona data files: schema, valid check digits (except the deliberate fault), readable cards."""
import datetime as dt

import pytest
from stdnum.jp import in_

from cardreader import CardSession
from cardreader.simulator import SimulatedTransport, card_for_persona, load_persona, persona_ids

IDS = persona_ids()


def test_required_personas_exist():
    assert {"yamada-taro", "suzuki-hana", "nguyen-van-an", "takahashi-kenji", "ito-yumi", "yoshida-takashi",
            "fault-one-try-left", "fault-pin-locked", "fault-bad-check-digit", "fault-not-my-number"} <= set(IDS)


@pytest.mark.parametrize("pid", IDS)
def test_schema(pid):
    p = load_persona(pid)
    assert p["id"] == pid and p["label"] and p["notes"]
    card = p["card"]
    assert len(card["my_number"]) == 12 and card["my_number"].isdigit()
    assert in_.is_valid(card["my_number"]) == (pid != "fault-bad-check-digit")
    dt.date.fromisoformat(card["birth_date"])
    assert card["sex_code"] in "129" and len(card["pin"]) == 4 and 0 <= card["pin_tries_left"] <= 3
    assert "架空" in card["address"]
    registry = p["registry"]
    if registry is not None:
        for key in ("atena_no", "kana", "address", "katagaki", "household_no", "relationship", "nhi", "household"):
            assert key in registry
        for member in registry["household"]:
            assert {"name", "kana", "birth_date", "sex_code", "relationship"} <= member.keys()
            if "my_number" in member:
                assert in_.is_valid(member["my_number"])


def test_moving_family_and_deceased_head():
    yamada = load_persona("yamada-taro")
    assert yamada["registry"] is None
    ages = sorted(2026 - int(m["birth_date"][:4]) for m in yamada["moving_household"])
    assert ages == [3, 36, 38, 70]
    suzuki = load_persona("suzuki-hana")["registry"]["household"]
    head = next(m for m in suzuki if m["relationship"] == "世帯主")
    assert head["deceased"] and head["kouki"] and head["birth_date"].startswith("1946")


@pytest.mark.parametrize("pid", [i for i in IDS if not i.startswith("fault-")])
def test_every_resident_card_reads(pid):
    p = load_persona(pid)
    result = CardSession(SimulatedTransport(card_for_persona(pid))).read(p["card"]["pin"])
    assert result.basic.name == p["card"]["name"]
    assert result.basic.birth_date_text == p["card"]["birth_date"]
    assert result.my_number.value == p["card"]["my_number"]
