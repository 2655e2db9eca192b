"""The flat pre-fill context and the rule facts for one visit.

Forms pre-fill from flat keys (`card.*`, `resident.*`, `household.N.*`, `answers.*`,
`today`), see architecture §5. When the FORMS area's app.visit_context offers a
builder, the service is given that instead (constructor argument).
"""
from __future__ import annotations

from datetime import date

from app.visit.record import VisitRecord


def age_on(birth_date: str, today: date) -> int | None:
    try:
        born = date.fromisoformat(birth_date)
    except (TypeError, ValueError):
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def build_prefill_context(visit: VisitRecord, today: date) -> dict:
    ctx: dict = {"today": today.isoformat(), "visit.new_resident": visit.new_resident}
    if visit.card is not None:
        for key in ("name", "address", "birth_date", "sex_code", "my_number"):
            value = getattr(visit.card, key)
            if value:
                ctx[f"card.{key}"] = value
    if visit.resident is not None:
        r = visit.resident
        for key in ("resident_id", "name", "kana", "address", "birth_date", "sex_code"):
            ctx[f"resident.{key}"] = getattr(r, key)
    concerned = [m for m in visit.household if m.member_id in visit.concerned_member_ids]
    for i, member in enumerate(concerned):
        for key in ("member_id", "name", "kana", "relationship", "birth_date", "sex_code"):
            ctx[f"household.{i}.{key}"] = getattr(member, key)
    ctx["household.count"] = len(concerned)
    for key, value in visit.answers.items():
        ctx[f"answers.{key}"] = value
    return ctx


def rule_facts(visit: VisitRecord, today: date) -> dict:
    """What the procedure rules decide on: the answers plus facts derived from the records."""
    facts = dict(visit.answers)
    person = visit.resident or visit.card
    facts["new_resident"] = visit.new_resident
    facts["has_card"] = visit.card is not None
    facts["age"] = age_on(person.birth_date, today) if person is not None else None
    members = []
    for m in visit.household:
        if m.member_id in visit.concerned_member_ids:
            members.append({"member_id": m.member_id, "relationship": m.relationship,
                                "age": age_on(m.birth_date, today)})
    facts["members"] = members
    return facts
