"""Persona cards: synthetic residents defined in resources/personas/<id>.json."""
from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

from domain.errors import DomainError
from cardreader.simulator.card_model import CardFaults, CardProfile, MyNumberCardModel

PERSONA_DIR = Path(__file__).resolve().parents[2] / "resources" / "personas"


class PersonaNotFoundError(DomainError):
    """No persona file with that id (`data["persona"]`, a file name, not a person)."""

    code = "persona_not_found"


def persona_ids(directory: Path = PERSONA_DIR) -> list[str]:
    return sorted(p.stem for p in directory.glob("*.json"))


def load_persona(persona_id: str, directory: Path = PERSONA_DIR) -> dict:
    path = directory / f"{persona_id}.json"
    if persona_id not in persona_ids(directory):  # an id, never a path (`--persona ../x`)
        raise PersonaNotFoundError(persona=persona_id)
    return json.loads(path.read_text(encoding="utf-8"))


def profile_from_persona(persona: dict) -> CardProfile:
    """The card part of a persona; `birth_date` YYYY-MM-DD becomes the card's YYYYMMDD."""
    card = persona["card"]
    known = {f.name for f in fields(CardFaults)}
    faults = CardFaults(**{k: v for k, v in persona.get("faults", {}).items() if k in known})
    birth = card.get("birth_date_raw") or card["birth_date"].replace("-", "")
    return CardProfile(
        my_number=card["my_number"], name=card["name"], address=card["address"],
        birth_date=birth, sex_code=card["sex_code"], pin=card["pin"],
        pin_tries_left=int(card.get("pin_tries_left", 3)), faults=faults,
    )


def card_for_persona(persona_id: str, directory: Path = PERSONA_DIR) -> MyNumberCardModel:
    return MyNumberCardModel(profile_from_persona(load_persona(persona_id, directory)))
