"""The people a visit concerns, with facts the procedure rules test.

Person 0 is the card holder (values from the registry when known, else the card); then come
`answers.members` (what the resident told the clerk) — or, when there are none, the registry
household. For a death, `answers.deceased` is a person too. Facts are computed at the event date
(`answers.date`, else today).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from forms import relationship
from forms.context import provenance_of
from forms.draft import FieldValue, Provenance
from forms.wareki import age_on, chugaku_end, koukousei_end, parse_iso, school_age, school_grade, year_end_after



@dataclass(frozen=True)
class Person:
    index: int
    role: str                                  # holder / member / deceased
    values: Mapping[str, FieldValue] = field(default_factory=dict)
    facts: Mapping[str, Any] = field(default_factory=dict)

    def get(self, attr: str, default: Any = "") -> Any:
        item = self.values.get(attr)
        return default if item is None or item.value in (None, "") else item.value

    @property
    def name(self) -> str:
        return self.get("name")


def event_date(context: Mapping[str, Any]) -> dt.date:
    return parse_iso(context.get("answers.date") or context["today"])


def _value(context, keys: tuple[str, ...]) -> FieldValue | None:
    for key in keys:
        value = context.get(key)
        if value not in (None, ""):
            return FieldValue(value, provenance_of(key), key)
    return None


def _holder_values(context) -> dict[str, FieldValue]:
    sources = {
        "name": ("resident.name", "card.name"), "kana": ("resident.kana", "answers.kana"),
        "birth_date": ("resident.birth_date", "card.birth_date"),
        "sex_code": ("resident.sex_code", "card.sex_code"),
        "relationship": ("resident.relationship", "answers.relationship"),
        "my_number": ("card.my_number",),
        "nhi_number": ("resident.nhi_number",), "kaigo_number": ("resident.kaigo_number",),
        "koki_number": ("resident.koki_number",), "pension_number": ("resident.pension_number",),
        "seal_number": ("resident.seal_number",),
        "nationality": ("resident.nationality", "answers.nationality"),
        "residence_status": ("resident.residence_status", "answers.residence_status"),
        "residence_card_no": ("resident.residence_card_no", "answers.residence_card_no"),
    }
    values = {attr: fv for attr, keys in sources.items() if (fv := _value(context, keys))}
    if "relationship" not in values:
        values["relationship"] = FieldValue(relationship.HEAD, Provenance.DERIVED, "default: 世帯主")
    return values


def _dict_values(data: Mapping[str, Any], source: str, prov: Provenance) -> dict[str, FieldValue]:
    out = {}
    for attr, value in data.items():
        if value in (None, "") or isinstance(value, (dict, list)):
            continue
        if attr == "relationship":
            value = relationship.normalize(value)
        out[attr] = FieldValue(value, prov, f"{source}.{attr}")
    return out


def _same(a: Mapping[str, FieldValue], b: Mapping[str, Any]) -> bool:
    name_a = str(a.get("name").value if a.get("name") else "").replace("\u3000", "").replace(" ", "")
    name_b = str(b.get("name", "")).replace("\u3000", "").replace(" ", "")
    birth_a = a.get("birth_date").value if a.get("birth_date") else None
    return bool(name_a) and name_a == name_b and str(birth_a) == str(b.get("birth_date"))


def _facts(values: Mapping[str, FieldValue], raw: Mapping[str, Any], context, on: dt.date, holder: bool) -> dict:
    birth_fv = values.get("birth_date")
    birth = parse_iso(birth_fv.value) if birth_fv else None
    age = age_on(birth, on) if birth else None
    insurance = raw.get("insurance") or context.get("answers.insurance") or ""
    nhi_registry = raw.get("nhi", context.get("resident.nhi") if holder else None)
    return {
        "age": age,
        "child": bool(birth and on <= koukousei_end(birth)),
        # 児童手当 before the 2024-10 reform: 中学校修了前 only (rules valid until 2024-09-30)
        "child_until_chugaku": bool(birth and on <= chugaku_end(birth)),
        # 19–22: not paid for, but counted for the 3rd-child rank when the claimant supports them (確認書)
        "older_counted": bool(birth and koukousei_end(birth) < on <= year_end_after(birth, 22)),
        "school_age": bool(birth and school_age(birth, on)),
        "school_grade": school_grade(birth, on) if birth else "",
        "insurance": insurance or ("nhi" if nhi_registry else ""),
        "nhi": bool(nhi_registry) if nhi_registry is not None else insurance == "nhi",
        "koki": bool(raw.get("koki", context.get("resident.koki") if holder else None)) or (age is not None and age >= 75),
        "card_held": bool(raw.get("card_held", holder and context.get("card.my_number"))),
        "foreign": bool(raw.get("foreign", context.get("answers.foreign_resident") if holder else False)),
        "kaigo_certified": bool(raw.get("kaigo_certified")),
        "seal_registered": bool(raw.get("seal_number") or (holder and context.get("resident.seal_number"))),
        "head": (values.get("relationship").value if values.get("relationship") else "") == relationship.HEAD,
        "previous_insurance": raw.get("previous_insurance") or context.get("answers.previous_insurance") or "",
        # 出生: the newborn is whoever was born on the event date
        "newborn": bool(birth and birth == on and context.get("answers.date")),
    }


def people_of(context: Mapping[str, Any]) -> list[Person]:
    """All people the visit concerns, card holder first."""
    on = event_date(context)
    holder = _holder_values(context)
    raw_holder = {"card_held": bool(context.get("card.my_number"))}
    people = [Person(0, "holder", holder, _facts(holder, raw_holder, context, on, True))]
    members = context.get("answers.members")
    source, prov = "answers.members", Provenance.ANSWER
    if not members:
        members, source, prov = context.get("household.members") or [], "household.members", Provenance.REGISTRY
    for i, raw in enumerate(members):
        if _same(holder, raw):
            # the card holder listed again: what the list says fills the holder's gaps (続柄, ふりがな …)
            listed = _dict_values(raw, f"{source}.{i}", prov)
            for attr, fv in listed.items():
                if attr not in holder or holder[attr].provenance is Provenance.DERIVED:
                    holder[attr] = fv
            people[0] = Person(0, "holder", holder, _facts(holder, {**raw, **raw_holder}, context, on, True))
            continue
        values = _dict_values(raw, f"{source}.{i}", prov)
        people.append(Person(len(people), "member", values, _facts(values, raw, context, on, False)))
    deceased = context.get("answers.deceased")
    if deceased:
        values = _dict_values(deceased, "answers.deceased", Provenance.ANSWER)
        facts = _facts(values, deceased, context, on, False)
        people.append(Person(len(people), "deceased", values, facts))
    return people
