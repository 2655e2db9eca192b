"""The flat pre-fill context of one visit (architecture §5), built with forms.context.

Keys: `card.*` (never the PIN), `resident.*` and `household.*` from the registry (through a
RegistryContextPort, i.e. app.visit_context), `answers.*` from the clerk, and `today`.
The people the visit concerns go to `answers.members`: the household members the clerk
ticked plus the ones the clerk entered (a family moving in is not in the registry yet).
"""
from __future__ import annotations

from datetime import date
from typing import Protocol

from forms.context import build_context

from app.visit.model import HouseholdMember
from app.visit.record import VisitRecord

PERSON_FIELDS = ("name", "kana", "birth_date", "sex_code", "relationship")


class RegistryContextPort(Protocol):
    def registry(self, resident_id: str) -> dict:
        """{'resident': {...}, 'household': {...}} for one resident (app.visit_context)."""
        ...


def _person(member: HouseholdMember, registry_members: list[dict]) -> dict:
    for candidate in registry_members:
        if candidate.get("name") == member.name and candidate.get("birth_date") == member.birth_date:
            return dict(candidate)  # registry person: insurance, foreign, … facts included
    return {k: getattr(member, k) for k in PERSON_FIELDS if getattr(member, k)}


def build_prefill_context(visit: VisitRecord, today: date, registry: dict | None = None) -> dict:
    card = None
    if visit.card is not None:
        card = {k: getattr(visit.card, k) for k in ("name", "address", "birth_date", "sex_code",
                                                   "my_number") if getattr(visit.card, k)}
    resident = household = None
    if registry is not None:
        resident, household = registry.get("resident"), registry.get("household")
    elif visit.resident is not None:
        r = visit.resident
        resident = {"atena_no": r.resident_id, "name": r.name, "kana": r.kana,
                    "address": r.address, "birth_date": r.birth_date, "sex_code": r.sex_code}
    registry_members = list((household or {}).get("members") or [])
    answers = dict(visit.answers)
    concerned = [m for m in visit.household if m.member_id in visit.concerned_member_ids]
    holder = _holder(visit)
    # Always a list (the holder at least): forms falls back to the whole registry household
    # when answers.members is empty, which would add members the clerk left unticked.
    answers["members"] = ([holder] if holder else []) + [_person(m, registry_members)
                                                        for m in concerned]
    return build_context(card=card, resident=resident, household=household, answers=answers,
                         today=today)


def _holder(visit: VisitRecord) -> dict | None:
    person = visit.resident or visit.card
    if person is None:
        return None
    return {"name": person.name, "birth_date": person.birth_date, "sex_code": person.sex_code}
