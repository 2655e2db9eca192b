"""The flat context of one visit (forms.context), the input of forms.facts.build_facts.

Keys: `card.*` (never the PIN), `resident.*` and `household.*` from the registry (through a
RegistryContextPort, i.e. app.records.registry_context; registry members carry their 宛名番号
as `id`, and a recorded death), `answers.*` from the resident: the visit's answers, the people
the resident named (`answers.members`), the registry members the visit concerns
(`answers.concerned`), what was said about the holder and the registry members
(`answers.about`), the deceased's id (`answers.deceased`); and `today`.
Registry people stay registry values: they are never passed as answers.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from forms.context import build_context

from app.visit.record import VisitRecord


class RegistryContextPort(Protocol):
    def registry(self, resident_id: str) -> dict:
        """{'resident': {...}, 'household': {...}} for one resident (app.records.registry_context)."""
        ...


def _resident_from_candidate(visit: VisitRecord) -> tuple[dict | None, dict | None]:
    r = visit.resident
    if r is None:
        return None, None
    resident = {"atena_no": r.resident_id, "name": r.name, "kana": r.kana, "address": r.address,
                "birth_date": r.birth_date, "sex_code": r.sex_code}
    members = [{"id": m.member_id, "name": m.name, "kana": m.kana, "birth_date": m.birth_date,
                "sex_code": m.sex_code, "relationship": m.relationship, "deceased": m.deceased,
                "death_date": m.death_date or None} for m in r.household]
    return resident, {"members": members}


def _newborn_defaults(visit: VisitRecord, person: dict) -> dict:
    # 出生: the newborn's birth date is the event date unless the clerk typed another
    if not person.get("birth_date") and visit.answers.get("date"):
        person = dict(person, birth_date=visit.answers["date"])
    return person


def build_visit_context(visit: VisitRecord, today: date, registry: dict | None = None,
                        office: dict | None = None) -> dict[str, Any]:
    card = None
    if visit.card is not None:
        card = {k: getattr(visit.card, k) for k in ("name", "address", "birth_date", "sex_code",
                                                   "my_number") if getattr(visit.card, k)}
    if registry is not None:
        resident, household = registry.get("resident"), registry.get("household")
    else:
        resident, household = _resident_from_candidate(visit)
    answers: dict[str, Any] = dict(visit.answers)
    answers["members"] = [_newborn_defaults(visit, dict(p)) for p in visit.added_people]
    answers["concerned"] = list(visit.concerned_member_ids)
    if visit.about:
        answers["about"] = {k: dict(v) for k, v in visit.about.items()}
    return build_context(card=card, resident=resident, household=household, answers=answers,
                         office=office, today=today)
