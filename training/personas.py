"""Persona residents (resources/personas/*.json, written by the card layer's
authors) turned into registry records for the demo database.

Only personas whose "registry" block is not null are residents already;
the others (e.g. a family moving in) must NOT be found by the lookup.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.privacy.my_number import MyNumber
from app.records.resident import Address, NewResident, Removal, ResidentStatus

from training.locations import PERSONA_DIR  # noqa: E402

_ADDRESS = re.compile(r"^(?P<pref>.+?[都道府県])(?P<city>.+?[市区町村])(?P<town>.+?)"
                      r"(?P<banchi>[0-9０-９].*)?$")


@dataclass(frozen=True)
class PersonaHousehold:
    persona_id: str
    household_no: str
    members: tuple[NewResident, ...]
    nhi_atena: tuple[str, ...]       # 宛名番号 of members with 国保
    kouki: tuple[tuple[str, str], ...]  # (宛名番号, 被保険者番号) for 後期高齢者医療
    kaigo: tuple[tuple[str, str], ...] = ()  # (宛名番号, 被保険者番号) for 介護保険


def load_personas(directory: Path = PERSONA_DIR) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.json"))]


def split_address(text: str, katagaki: str = "") -> Address:
    if not katagaki and "　" in text:  # "…２番３号　見本ハイツ１０１号"
        text, katagaki = text.split("　", 1)
    m = _ADDRESS.match(text)
    if not m:
        return Address(prefecture="", city="", town=text, banchi="", katagaki=katagaki)
    return Address(prefecture=m["pref"], city=m["city"], town=m["town"],
                   banchi=m["banchi"] or "", katagaki=katagaki)


def persona_household(persona: dict) -> PersonaHousehold | None:
    registry = persona.get("registry")
    if not registry:
        return None
    address = split_address(registry["address"], registry.get("katagaki", ""))
    card = persona["card"]
    base_atena = int(registry["atena_no"])
    people = registry.get("household") or [{
        "name": card["name"], "kana": registry["kana"], "birth_date": card["birth_date"],
        "sex_code": card["sex_code"], "relationship": registry.get("relationship", "世帯主"),
        "my_number": card["my_number"], "nhi": registry.get("nhi", False)}]
    members, nhi, kouki, kaigo = [], [], [], []
    offset = 1
    for person in people:
        is_holder = person["name"] == card["name"] and person["birth_date"] == card["birth_date"]
        atena = registry["atena_no"] if is_holder else str(base_atena + offset)
        offset += 0 if is_holder else 1
        number = person.get("my_number") or (card["my_number"] if is_holder else None)
        members.append(NewResident(
            atena_no=atena, name=person["name"], name_kana=person["kana"],
            birth_date=date.fromisoformat(person["birth_date"]), sex_code=person["sex_code"],
            address=address, relationship=person.get("relationship", "世帯主"),
            my_number=MyNumber(number) if number and MyNumber.is_valid(number) else None,
            status=ResidentStatus.DECEASED if person.get("deceased") else ResidentStatus.RESIDENT,
            # the registry records the day of death (消除の異動年月日): the death page fills it
            removal=Removal(reason="死亡", removed_on=date.fromisoformat(person["death_date"]))
            if person.get("deceased") and person.get("death_date") else None))
        if person.get("nhi", registry.get("nhi") if is_holder else False):
            nhi.append(atena)
        if person.get("kouki_insured_no"):
            kouki.append((atena, person["kouki_insured_no"]))
        if person.get("kaigo_insured_no"):
            kaigo.append((atena, person["kaigo_insured_no"]))
    # The registry lists the 世帯主 first (記載順位).
    members.sort(key=lambda m: m.relationship != "世帯主")
    return PersonaHousehold(persona["id"], registry["household_no"], tuple(members),
                            tuple(nhi), tuple(kouki), tuple(kaigo))
