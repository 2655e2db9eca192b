"""The people a visit concerns, each attribute with its true source.

Person ids (`pid`) are stable for the whole visit, so a clerk's correction of one person's
kana or birth date (fact key "person.<pid>.<attr>") reaches every form that shows that person:
- "holder": the card holder (values from the registry when known, else the card);
- registry household members (`household.members`, provenance registry): their `id`
  (the visit uses the 宛名番号), else "h<index>";
- people the resident told the clerk about (`answers.members`, provenance answer): their
  `id` (the visit uses "added-N"), else "m<index>";
- the deceased at 死亡: a registry member chosen by `answers.deceased` (its pid), or — when
  the registry records a death in the household and nobody was chosen — that member.

Which registry members the visit concerns: `answers.concerned` (pids) when given; else all of
them when the resident named nobody (`answers.members` empty), else none. At 死亡 every
living member counts (世帯主変更 depends on how many aged 15+ remain). A registry member whose
record says deceased is never offered as a living person.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from forms import relationship
from forms.draft import FieldValue, Provenance
from forms.wareki import age_on, chugaku_end, koukousei_end, parse_iso, school_age, school_grade, year_end_after

HOLDER = "holder"
# Attributes of a person that are printed (the rest of a person dict are facts for the rules).
SKIP = {"id", "deceased", "concerned"}


@dataclass(frozen=True)
class Person:
    index: int
    role: str                                  # holder / member / deceased
    values: Mapping[str, FieldValue] = field(default_factory=dict)
    facts: Mapping[str, Any] = field(default_factory=dict)
    pid: str = ""

    def get(self, attr: str, default: Any = "") -> Any:
        item = self.values.get(attr)
        return default if item is None or item.value in (None, "") else item.value

    @property
    def name(self) -> str:
        return self.get("name")


def event_date(context: Mapping[str, Any]) -> dt.date:
    """The day the event happened (ages are counted on it): the answer, else the death the
    registry records for the deceased, else the visit date."""
    for day in (context.get("answers.date"), recorded_death_date(context), context["today"]):
        if day:
            try:
                return parse_iso(day)
            except (TypeError, ValueError):
                continue
    return dt.date.today()


def recorded_death_date(context: Mapping[str, Any]) -> str | None:
    pid = deceased_pid(context)
    member = next((m for p, m in _registry_members(context) if p == pid), None)
    return member.get("death_date") if member and member.get("deceased") else None


def fact_key(pid: str, attr: str) -> str:
    return f"person.{pid}.{attr}"


def _fv(value: Any, prov: Provenance, pid: str, attr: str) -> FieldValue:
    return FieldValue(value, prov, fact_key(pid, attr))


def _first(context: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[Any, Provenance] | None:
    from forms.context import provenance_of

    for key in keys:
        value = context.get(key)
        if value not in (None, ""):
            return value, provenance_of(key)
    return None


# Where each of the card holder's attributes comes from, first non-empty wins: the registry,
# the card, then what the resident answered at the counter (answers.holder.<attr>, or the
# older flat answers.<attr> of scenario files).
HOLDER_SOURCES = {
    "name": ("resident.name", "card.name"), "kana": ("resident.kana",),
    "birth_date": ("resident.birth_date", "card.birth_date"),
    "sex_code": ("resident.sex_code", "card.sex_code"),
    "relationship": ("resident.relationship",),
    "my_number": ("card.my_number",),
    "nhi_number": ("resident.nhi_number",), "kaigo_number": ("resident.kaigo_number",),
    "koki_number": ("resident.koki_number",), "pension_number": ("resident.pension_number",),
    "seal_number": ("resident.seal_number",),
    "nationality": ("resident.nationality",), "residence_status": ("resident.residence_status",),
    "residence_period": (), "residence_expiry": ("resident.residence_expiry",),
    "residence_card_no": ("resident.residence_card_no",), "alias_name": ("resident.alias_name",),
    "card_held": (), "signature_cert": (),
}


def _holder_keys(attr: str) -> tuple[str, ...]:
    return HOLDER_SOURCES[attr] + (f"answers.holder.{attr}", f"answers.{attr}")


def _holder_values(context) -> dict[str, FieldValue]:
    values = {}
    for attr in HOLDER_SOURCES:
        found = _first(context, _holder_keys(attr))
        if found is not None:
            values[attr] = _fv(found[0], found[1], HOLDER, attr)
    if "relationship" not in values:
        values["relationship"] = FieldValue(relationship.HEAD, Provenance.DERIVED, fact_key(HOLDER, "relationship"))
    return values


def _dict_values(data: Mapping[str, Any], pid: str, prov: Provenance) -> dict[str, FieldValue]:
    out = {}
    for attr, value in data.items():
        if attr in SKIP or value in (None, "") or isinstance(value, (dict, list)):
            continue
        if attr == "relationship":
            try:
                value = relationship.normalize(value)
            except relationship.RelationshipError:
                pass  # printed as given; the form's validation flags it
        out[attr] = _fv(value, prov, pid, attr)
    return out


def _same(a: Mapping[str, FieldValue], b: Mapping[str, Any]) -> bool:
    def plain(text) -> str:
        return str(text or "").replace("\u3000", "").replace(" ", "")
    name_a = plain(a["name"].value) if a.get("name") else ""
    birth_a = a["birth_date"].value if a.get("birth_date") else None
    return bool(name_a) and name_a == plain(b.get("name")) and str(birth_a) == str(b.get("birth_date"))


def _with_about(pid: str, values: dict[str, FieldValue], raw: dict, about: Mapping[str, Any]) -> dict:
    """What the resident answered about this person fills the gaps the registry and the card
    leave (フリガナ of a new arrival, card held, 署名用電子証明書 …), as answers."""
    told = about.get(pid) or {}
    for attr, fv in _dict_values(told, pid, Provenance.ANSWER).items():
        if attr not in values or values[attr].provenance is Provenance.DERIVED:
            values[attr] = fv
    raw.update({k: v for k, v in told.items() if k not in raw or raw[k] in (None, "")})
    return values


def _apply_edits(pid: str, values: dict[str, FieldValue], edits: Mapping[str, Any]) -> dict[str, FieldValue]:
    prefix = f"person.{pid}."
    for key, value in edits.items():
        if key.startswith(prefix):
            attr = key[len(prefix):]
            before = values.get(attr)
            values[attr] = FieldValue(value, Provenance.CLERK, key, before)
    return values


def _facts(values: Mapping[str, FieldValue], raw: Mapping[str, Any], context, on: dt.date,
           holder: bool) -> dict:
    def v(attr, default=None):
        fv = values.get(attr)
        return default if fv is None or fv.value in (None, "") else fv.value
    try:
        birth = parse_iso(v("birth_date")) if v("birth_date") else None
    except (TypeError, ValueError):
        birth = None
    age = age_on(birth, on) if birth else None
    insurance = raw.get("insurance") or context.get("answers.insurance") or ""
    nhi_registry = raw.get("nhi", context.get("resident.nhi") if holder else None)
    card_held = v("card_held")
    if card_held is None:
        card_held = raw.get("card_held", holder and context.get("card.my_number"))
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
        "card_held": bool(card_held) and card_held not in ("無", "no", "false"),
        "foreign": bool(raw.get("foreign", (context.get("resident.foreign") or context.get("answers.holder.foreign")
                                             or context.get("answers.foreign_resident")) if holder else False))
        or bool(v("nationality")),
        "kaigo_certified": bool(raw.get("kaigo_certified")),
        "seal_registered": bool(v("seal_number") or raw.get("seal_number")),
        "head": v("relationship", "") == relationship.HEAD,
        "previous_insurance": raw.get("previous_insurance") or context.get("answers.previous_insurance") or "",
        # 出生: the newborn is whoever was born on the event date
        "newborn": bool(birth and birth == on and context.get("answers.date")),
        "deceased": bool(raw.get("deceased")),
    }


def _registry_members(context) -> list[tuple[str, dict]]:
    members = context.get("household.members") or []
    return [(str(m.get("id") or f"h{i}"), m) for i, m in enumerate(members) if isinstance(m, Mapping)]


def _told_members(context) -> list[tuple[str, dict]]:
    members = context.get("answers.members") or []
    return [(str(m.get("id") or f"m{i}"), m) for i, m in enumerate(members) if isinstance(m, Mapping)]


def deceased_pid(context: Mapping[str, Any]) -> str | None:
    """The registry member the visit is about at 死亡: the chosen one, else the one whose
    record says deceased (only when exactly one does)."""
    chosen = context.get("answers.deceased")
    registry = _registry_members(context)
    if isinstance(chosen, str) and chosen:
        return chosen if any(pid == chosen for pid, _ in registry) else None
    if chosen:
        return None  # a person dict (an older scenario): not a registry member
    dead = [pid for pid, m in registry if m.get("deceased")]
    return dead[0] if len(dead) == 1 else None


def people_of(context: Mapping[str, Any], edits: Mapping[str, Any] | None = None,
              event: str = "") -> list[Person]:
    """All people the visit concerns, card holder first, the deceased (if any) last."""
    edits = edits or {}
    on = event_date(context)
    death = str(event) == "death" or bool(context.get("answers.deceased"))
    holder = _holder_values(context)
    raw_holder: dict[str, Any] = {"card_held": bool(context.get("card.my_number"))}
    registry = _registry_members(context)
    told = _told_members(context)
    dead_pid = deceased_pid(context) if death else None
    concerned = context.get("answers.concerned")
    about = {k: v for k, v in (context.get("answers.about") or {}).items() if isinstance(v, Mapping)}
    if isinstance(context.get("answers.holder"), Mapping):
        about["holder"] = {**context["answers.holder"], **about.get("holder", {})}
    others: list[tuple[str, dict, Provenance]] = []
    for pid, raw in registry:
        if _same(holder, raw) or pid == context.get("resident.atena_no"):
            for attr, fv in _dict_values(raw, HOLDER, Provenance.REGISTRY).items():
                if attr not in holder or holder[attr].provenance is Provenance.DERIVED:
                    holder[attr] = fv
            raw_holder = {**raw, **raw_holder}
            continue
        if pid == dead_pid:
            continue
        if raw.get("deceased"):
            continue  # a recorded death: never a living person of the visit
        included = death or (pid in concerned if concerned is not None else not told)
        if included:
            others.append((pid, raw, Provenance.REGISTRY))
    for pid, raw in told:
        if _same(holder, raw):  # the holder listed again: fills the holder's gaps
            for attr, fv in _dict_values(raw, HOLDER, Provenance.ANSWER).items():
                if attr not in holder or holder[attr].provenance is Provenance.DERIVED:
                    holder[attr] = fv
            raw_holder = {**raw, **raw_holder}
            continue
        others.append((pid, raw, Provenance.ANSWER))
    raw_holder = dict(raw_holder)
    holder = _apply_edits(HOLDER, _with_about(HOLDER, holder, raw_holder, about), edits)
    people = [Person(0, "holder", holder, _facts(holder, raw_holder, context, on, True), HOLDER)]
    for pid, raw, prov in others:
        raw = dict(raw)
        values = _apply_edits(pid, _with_about(pid, _dict_values(raw, pid, prov), raw, about), edits)
        people.append(Person(len(people), "member", values, _facts(values, raw, context, on, False), pid))
    deceased = _deceased(context, registry, dead_pid, edits, on) if death or context.get("answers.deceased") else None
    if deceased is not None:
        people.append(Person(len(people), "deceased", deceased[1], deceased[2], deceased[0]))
    return people


def _deceased(context, registry, dead_pid, edits, on):
    chosen = context.get("answers.deceased")
    if dead_pid is not None:
        raw = dict(next(m for pid, m in registry if pid == dead_pid))
        values = _dict_values(raw, dead_pid, Provenance.REGISTRY)
        pid = dead_pid
    elif isinstance(chosen, Mapping):
        raw = dict(chosen)
        pid = str(raw.get("id") or "deceased")
        values = _dict_values(raw, pid, Provenance.ANSWER)
    else:
        return None
    if "death_date" not in values and context.get("answers.date"):
        values["death_date"] = _fv(context["answers.date"], Provenance.ANSWER, pid, "death_date")
    held = context.get("answers.deceased_card_held")
    if held is not None and "card_held" not in values:
        values["card_held"] = _fv(bool(held), Provenance.ANSWER, pid, "card_held")
        raw["card_held"] = bool(held)
    values = _apply_edits(pid, values, edits)
    return pid, values, _facts(values, raw, context, on, False)
