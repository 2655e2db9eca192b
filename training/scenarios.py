"""Trainer scenarios: data files in resources/scenarios/*.json that trainers add.

A scenario names a persona (resources/personas/<id>.json), an optional card
fault to inject, the life event, the resident's answers and the steps the trainer
reads out (the format: docs/training.md):

    {"id": "family-moving-in", "title": "…", "description": "…",
     "persona": "yamada-taro", "fault": null, "event": "move_in",
     "answers": {"date": "2026-11-20", "new_address": "…", "members": [...], ...},
     "steps": ["カードを置く", ...]}

The answers use the event page's question keys (forms/questions/*.json), so the trainer's
window can fill the trainee's page from them (training.scenario_answers); they are also a
valid packet scenario (`main.py packet --scenario`, docs/scenario-format.md).
Validation errors name the file and the key, so a trainer can fix them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from domain.errors import DomainError
from forms.questions import questions_for
from training.locations import PERSONA_DIR, SCENARIO_DIR
from training.scenario_answers import IDENTITY_KEYS
from training.trainer_card_service import FAULT_LABELS

EVENTS = ("move_in", "move_within", "move_out", "birth", "death", "marriage",
          "household_change", "certificate", "seal_registration")
# Faults a trainer can inject (the window's buttons; the card simulator implements them).
FAULTS = tuple(FAULT_LABELS)
_REQUIRED = {"id": str, "title": str, "persona": str, "event": str, "answers": dict}
_OPTIONAL = {"description": str, "fault": (str, type(None)), "steps": list}


class TrainerScenarioError(DomainError):
    """A trainer's scenario file is wrong: `data` has the file (`source`), the key and the
    problem in words for whoever writes scenario files (never a resident's data)."""

    code = "trainer_scenario_invalid"

    def __init__(self, source: str, key: str, problem: str):
        super().__init__(source=source, key=key, problem=problem)
        self.source, self.key, self.problem = source, key, problem


@dataclass(frozen=True)
class TrainerScenario:
    id: str
    title: str
    description: str
    persona: str
    fault: str | None
    event: str
    answers: Mapping[str, Any]
    steps: tuple[str, ...]

    def packet_scenario(self, persona: dict) -> dict:
        """The packet scenario (`main.py packet --scenario`) for this persona."""
        card = persona["card"]
        scenario = {"event": self.event,
                    "card": {k: card[k] for k in ("my_number", "name", "address",
                                                  "birth_date", "sex_code")},
                    "answers": json.loads(json.dumps(self.answers, default=dict))}
        if persona.get("registry"):
            scenario["resident_id"] = persona["registry"]["atena_no"]
        return scenario


def parse_scenario(data: Any, source: str, persona_ids: set[str] | None = None) -> TrainerScenario:
    if not isinstance(data, dict):
        raise TrainerScenarioError(source, "(top)", "a JSON object is expected")
    for key, kind in _REQUIRED.items():
        if key not in data:
            raise TrainerScenarioError(source, key, "missing")
        _check_type(source, key, data[key], kind)
    for key, kind in _OPTIONAL.items():
        if key in data:
            _check_type(source, key, data[key], kind)
    unknown = set(data) - set(_REQUIRED) - set(_OPTIONAL)
    if unknown:
        raise TrainerScenarioError(source, sorted(unknown)[0], "unknown key")
    if data["event"] not in EVENTS:
        raise TrainerScenarioError(source, "event", f"one of {', '.join(EVENTS)}")
    fault = data.get("fault")
    if fault is not None and fault not in FAULTS:
        raise TrainerScenarioError(source, "fault", f"one of {', '.join(FAULTS)} or null")
    if persona_ids is not None and data["persona"] not in persona_ids:
        raise TrainerScenarioError(source, "persona", f"no persona file {data['persona']}.json")
    _check_answers(source, data["answers"])
    _check_asked(source, data["event"], data["answers"])
    steps = data.get("steps", [])
    if not all(isinstance(s, str) for s in steps):
        raise TrainerScenarioError(source, "steps", "a list of strings is expected")
    return TrainerScenario(data["id"], data["title"], data.get("description", ""), data["persona"],
                           fault, data["event"], _frozen(data["answers"]), tuple(steps))


def _check_answers(source: str, answers: dict) -> None:
    if "date" in answers:
        try:
            date.fromisoformat(answers["date"])
        except (TypeError, ValueError):
            raise TrainerScenarioError(source, "answers.date", "YYYY-MM-DD expected") from None
    members = answers.get("members", [])
    if not isinstance(members, list):
        raise TrainerScenarioError(source, "answers.members", "a list is expected")
    for i, member in enumerate(members):
        for key in ("name", "birth_date"):
            if not isinstance(member, dict) or not isinstance(member.get(key), str):
                raise TrainerScenarioError(source, f"answers.members[{i}].{key}", "missing")
        try:
            date.fromisoformat(member["birth_date"])
        except ValueError:
            raise TrainerScenarioError(source, f"answers.members[{i}].birth_date",
                                "YYYY-MM-DD expected") from None
    if "insurance" in answers and answers["insurance"] not in ("nhi", "employee", "none"):
        raise TrainerScenarioError(source, "answers.insurance", "nhi, employee or none")


def _check_asked(source: str, event: str, answers: dict) -> None:
    """Every answer is one the event page asks (forms/questions), with a value its picker
    offers, so the trainer's window can fill the page with all of it; a typo or an answer the
    counter never asks is named."""
    spec = questions_for(event)
    asked = {q.key: q for q in spec.questions}
    of_people = {q.key: q for q in spec.person_questions}
    for key, value in answers.items():
        if key == "concerned":
            continue
        if key in ("members", "holder"):
            if key == "members" and spec.members == "none":
                raise TrainerScenarioError(source, "answers.members", f"the {event} page lists no people")
            for i, person in enumerate(value if key == "members" else [value]):
                where = f"answers.members[{i}]" if key == "members" else "answers.holder"
                if not isinstance(person, dict):
                    raise TrainerScenarioError(source, where, "an object is expected")
                for k in sorted(person):
                    if k not in of_people and k not in IDENTITY_KEYS:
                        raise TrainerScenarioError(source, f"{where}.{k}", f"not asked of people at {event}")
                    _check_choice(source, f"{where}.{k}", of_people.get(k), person[k])
            continue
        inner = {f"{key}.{k}": v for k, v in value.items()} \
            if isinstance(value, dict) and key not in asked else {key: value}
        for full, v in sorted(inner.items()):
            if full not in asked:
                raise TrainerScenarioError(source, f"answers.{full}",
                                           f"not asked on the {event} page (forms/questions)")
            _check_choice(source, f"answers.{full}", asked[full], v)


def _check_choice(source: str, where: str, question, value) -> None:
    if question is not None and question.choices and value not in [c for c, _ in question.choices]:
        raise TrainerScenarioError(source, where, "one of " + ", ".join(str(c) for c, _ in question.choices))


def _check_type(source: str, key: str, value: Any, kind) -> None:
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise TrainerScenarioError(source, key, f"{names} expected")


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _frozen(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


def check_packet_format(scenario: TrainerScenario, persona_dir: Path, source: str) -> None:
    """The forms area's own scenario parser is the authority on answer keys."""
    from forms.scenario import ScenarioError as PacketScenarioError
    from forms.scenario import parse_scenario as parse_packet_scenario

    persona = json.loads((persona_dir / f"{scenario.persona}.json").read_text(encoding="utf-8"))
    try:
        parse_packet_scenario(scenario.packet_scenario(persona))
    except PacketScenarioError as exc:
        raise TrainerScenarioError(source, exc.key, str(exc)) from None


def load_scenarios(directory: Path = SCENARIO_DIR,
                   persona_dir: Path = PERSONA_DIR) -> list[TrainerScenario]:
    """Every scenario file, sorted by file name; the first bad file raises."""
    persona_ids = {p.stem for p in persona_dir.glob("*.json")}
    scenarios, seen = [], set()
    for path in sorted(directory.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise TrainerScenarioError(path.name, "(file)", f"not valid JSON: {exc}") from None
        scenario = parse_scenario(data, path.name, persona_ids)
        check_packet_format(scenario, persona_dir, path.name)
        if scenario.id in seen:
            raise TrainerScenarioError(path.name, "id", f"duplicate id {scenario.id}")
        seen.add(scenario.id)
        scenarios.append(scenario)
    return scenarios
