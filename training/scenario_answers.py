"""A trainer scenario's answers laid out for the event page of the visit on screen.

The scenario says what the resident answers, by the event page's question keys
(forms/questions/*.json) and, for people, as person objects (docs/training.md). The page
needs them in the visit's own shape: answers by key, the registry members the visit
concerns (by 宛名番号), the people the resident names (a family moving in, a newborn) and
what is said about the card holder and each registry member. People are matched to the
card and the registry household by name and birth date; a person the visit has no place
for is left out and named by its key (never by name) so the trainer can tell the trainee.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from cardreader.simulator import load_persona
from cardreader.simulator.persona import PERSONA_DIR
from forms.questions import questions_for

# Keys a scenario uses to say who someone is (matching), besides the questions asked of people.
IDENTITY_KEYS = frozenset({"name", "kana", "birth_date", "sex_code", "relationship", "my_number"})
PEOPLE_KEYS = ("members", "holder", "concerned")


@dataclass(frozen=True)
class ScenarioAnswers:
    event: str
    answers: dict[str, Any]
    concerned: tuple[str, ...] = ()
    added: tuple[dict[str, Any], ...] = ()
    about: dict[str, dict[str, Any]] = field(default_factory=dict)
    left_out: tuple[str, ...] = ()   # scenario keys with no place in this visit
    other_card: bool = False         # the visit is not for the scenario's persona


def answers_for_visit(scenario, visit, persona_dir: Path = PERSONA_DIR) -> ScenarioAnswers:
    """`scenario`: training.scenarios.TrainerScenario; `visit`: app.visit.record.VisitRecord
    (its card, the confirmed resident's household, new or registered resident)."""
    spec = questions_for(scenario.event)
    asked_of_people = {q.key for q in spec.person_questions}
    raw = _plain(scenario.answers)
    answers = {k: v for k, v in raw.items() if k not in PEOPLE_KEYS}
    left_out: list[str] = []
    if isinstance(answers.get("deceased"), dict):   # the person → the registry member's id
        member = _find(answers["deceased"], visit.household)
        if member is not None:
            answers["deceased"] = member.member_id
        else:
            del answers["deceased"]
            left_out.append("answers.deceased")
    # what the card says of its holder is shown on the page, not asked
    asked_of_holder = asked_of_people - {q.key for q in spec.person_questions if q.holder == "card"}
    holder = _about(raw.get("holder", {}), asked_of_holder)
    concerned = [c for c in raw.get("concerned", ()) if any(m.member_id == c for m in visit.household)]
    left_out += [f"answers.concerned[{i}]" for i, c in enumerate(raw.get("concerned", ()))
                 if c not in concerned]
    added: list[dict[str, Any]] = []
    about: dict[str, dict[str, Any]] = {}
    registry = spec.members in ("registry", "registry_optional") and visit.resident is not None
    for i, person in enumerate(raw.get("members", ())):
        if _same(person, _holder_identity(visit)):
            holder.update(_about(person, asked_of_holder))   # the card holder is listed too
            continue
        member = _find(person, visit.living_household) if registry else None
        if member is not None:
            concerned.append(member.member_id)
            about[member.member_id] = _about(person, asked_of_people)
        elif spec.members == "added" and asked_of_people:
            entry = {k: v for k, v in person.items() if k in asked_of_people}
            added.append({"id": f"added-{len(added) + 1}", **entry})
        else:
            left_out.append(f"answers.members[{i}]")
    if holder:
        about["holder"] = holder
    persona = load_persona(scenario.persona, persona_dir)["card"]
    other_card = not _same(persona, _holder_identity(visit))
    return ScenarioAnswers(scenario.event, answers, tuple(dict.fromkeys(concerned)), tuple(added),
                           about, tuple(left_out), other_card)


def _about(person: Mapping[str, Any], asked: set[str]) -> dict[str, Any]:
    return {k: v for k, v in person.items() if k in asked}


def _holder_identity(visit) -> dict[str, str]:
    if visit.card is not None:
        return {"name": visit.card.name, "birth_date": visit.card.birth_date}
    if visit.resident is not None:
        return {"name": visit.resident.name, "birth_date": visit.resident.birth_date}
    return {}


def _find(person: Mapping[str, Any], members: Iterable) -> Any:
    return next((m for m in members
                 if _same(person, {"name": m.name, "birth_date": m.birth_date})), None)


def _same(person: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """Same name (spaces and full-width forms aside) and same birth date."""
    if not other or not person.get("name") or not other.get("name"):
        return False
    return (_name_key(person["name"]) == _name_key(other["name"])
            and str(person.get("birth_date", "")) == str(other.get("birth_date", "")))


def _name_key(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def _plain(value: Any) -> Any:
    """The scenario's frozen answers (read-only mappings, tuples) as plain dicts and lists."""
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
