"""The flat pre-fill context of one visit (architecture §5), built with forms.context.

Keys: `card.*` (never the PIN), `resident.*` and `household.*` from the registry (through a
RegistryContextPort, i.e. app.records.registry_context), `answers.*` from the clerk, and `today`.
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
        """{'resident': {...}, 'household': {...}} for one resident (app.records.registry_context)."""
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
    if visit.event == "death":
        deceased, concerned = _death_people(visit, answers, registry_members, holder)
        if deceased is not None:
            answers["deceased"] = deceased
    # Always a list (the holder at least): forms falls back to the whole registry household
    # when answers.members is empty, which would add members the clerk left unticked.
    answers["members"] = ([holder] if holder else []) + [_person(m, registry_members)
                                                        for m in concerned]
    return build_context(card=card, resident=resident, household=household, answers=answers,
                         today=today)


def _death_people(visit: VisitRecord, answers: dict, registry_members: list[dict],
                  holder: dict | None) -> tuple[dict | None, list[HouseholdMember]]:
    """死亡: the deceased as a person (answers.deceased is the chosen member_id), and the
    survivors — everyone else in the household whether ticked or not, because 世帯主変更
    depends on how many aged 15+ remain, not on whom the clerk ticked."""
    chosen = answers.pop("deceased", None)
    card_held = answers.pop("deceased_card_held", None)
    if isinstance(chosen, dict):  # already a person (a scenario-shaped answer)
        deceased = dict(chosen)
    else:
        member = next((m for m in visit.household if m.member_id == chosen), None) if chosen else None
        if member is None:
            return None, [m for m in visit.household]
        deceased = _person(member, registry_members)
    if card_held is not None:
        deceased["card_held"] = bool(card_held)
    if not answers.get("relation_to_deceased") and holder is not None:
        relation = _relation_to(deceased, _holder_relationship(visit, registry_members),
                                holder.get("sex_code", ""))
        if relation:
            answers["relation_to_deceased"] = relation
    survivors = [m for m in visit.household if m.member_id != chosen]
    return deceased, survivors


def _holder_relationship(visit: VisitRecord, registry_members: list[dict]) -> str:
    person = visit.resident or visit.card
    for candidate in registry_members:
        if person is not None and candidate.get("name") == person.name \
                and candidate.get("birth_date") == person.birth_date:
            return candidate.get("relationship") or ""
    if visit.resident is not None:  # the candidate's own household list names the resident too
        own = next((m for m in visit.resident.household
                    if m.member_id == visit.resident.resident_id), None)
        if own is not None:
            return own.relationship
    return ""


def _relation_to(deceased: dict, holder_relationship: str, holder_sex: str) -> str:
    """The 喪主's 続柄 to the deceased when both are seen from the same head: only the plain
    cases (the head died; the head's spouse died); the clerk types anything else."""
    if deceased.get("relationship") == "世帯主":
        return holder_relationship if holder_relationship != "世帯主" else ""
    if holder_relationship == "世帯主" and deceased.get("relationship") in ("妻", "夫"):
        return {"1": "夫", "2": "妻"}.get(holder_sex, "")
    return ""


def _holder(visit: VisitRecord) -> dict | None:
    person = visit.resident or visit.card
    if person is None:
        return None
    return {"name": person.name, "birth_date": person.birth_date, "sex_code": person.sex_code}
