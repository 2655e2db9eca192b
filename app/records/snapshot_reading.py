"""THE one place that reads an approval snapshot: snapshot → HandoverVisit.

The handover export is built only from what a supervisor APPROVED: the snapshot frozen by
app.approval at submission (built today by app.visit.staff_adapter.snapshot). Fields relied
on — change this module, and only this one, when the snapshot changes:

    snapshot["event"]                       life event code (move_in, death …)
    snapshot["procedures"][i]["code"|"title"|"form_ids"]
    snapshot["forms"][j]["form_id"|"draft_id"|"title"]
    snapshot["forms"][j]["fields"][k]["key"|"label"|"value"|"changed"]
        keys as today: person rows `movers.0.name`, single fields `moved_on`, `new_address` …;
        values of 個人番号 fields are masked and never used (numbers come from the records)
    snapshot.get("facts")                   (issue 9, not yet there) — read when present:
        {"persons": [{"atena_no": …, "name": …, "birth_date": …}]} links form persons to
        宛名番号 without the registry match done by the handover service today.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping

from forms.procedure_rules import EVENT_TITLES

from app.records.handover_record import (HandoverApproval, HandoverFact, HandoverForm, HandoverPerson,
                                         HandoverProcedure, HandoverVisit)
from app.records.handover_sections import form_needs_my_number, section_of
from app.records.handover_vocabulary import (FILER, PERSON_ROWS, ROW_KEYS, SINGLE_PERSONS, fact_name,
                                             is_my_number_field, is_person_field)


def visit_from_snapshot(visit_id: str, approval: HandoverApproval, snapshot: Mapping[str, Any],
                        resident_atena_no: str | None = None) -> HandoverVisit:
    forms = list(snapshot.get("forms") or ())
    procedures = []
    for p in snapshot.get("procedures") or ():
        if p.get("selected") is False:
            continue
        form_ids = tuple(p.get("form_ids") or ())
        mine = [f for f in forms if f.get("form_id") in form_ids]
        section = section_of(p["code"])
        procedures.append(HandoverProcedure(
            code=p["code"], title=p.get("title", p["code"]), section_id=section.id, section_name=section.name,
            forms=tuple(_form(f) for f in mine), persons=tuple(_persons(mine)),
            needs_my_number=any(form_needs_my_number(fid) for fid in form_ids)))
    event = snapshot.get("event") or ""
    return HandoverVisit(visit_id, event, EVENT_TITLES.get(event, event), approval, tuple(procedures),
                         resident_atena_no)


def linked_persons(snapshot: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The facts section's persons with their 宛名番号, when the snapshot has one."""
    facts = snapshot.get("facts") or {}
    return list(facts.get("persons") or ()) if isinstance(facts, Mapping) else []


def _form(form: Mapping[str, Any]) -> HandoverForm:
    facts = []
    for f in form.get("fields") or ():
        key, value = f.get("key", ""), f.get("value")
        if is_person_field(form.get("form_id", ""), key) or is_my_number_field(key):
            continue
        if value in ("", None, [], False) and not f.get("changed"):
            continue
        facts.append(HandoverFact(key, fact_name(key), f.get("label", key), value, bool(f.get("changed"))))
    return HandoverForm(form.get("form_id", ""), form.get("draft_id", form.get("form_id", "")),
                        form.get("title", ""), tuple(facts))


def _persons(forms: Iterable[Mapping[str, Any]]) -> list[HandoverPerson]:
    out: list[HandoverPerson] = []
    seen: set[tuple[str, str, str]] = set()
    for form in forms:
        values = {f.get("key"): f.get("value") for f in form.get("fields") or ()}
        for person in _row_persons(values) + _single_persons(form.get("form_id", ""), values):
            key = (person.role, person.full_name, person.date_of_birth)
            if person.full_name and key not in seen:
                seen.add(key)
                out.append(person)
    return out


def _row_persons(values: Mapping[str, Any]) -> list[HandoverPerson]:
    rows: dict[tuple[str, int], dict[str, str]] = {}
    for key, value in values.items():
        parts = (key or "").split(".")
        if len(parts) == 3 and parts[0] in PERSON_ROWS and parts[1].isdigit() and parts[2] in ROW_KEYS:
            rows.setdefault((parts[0], int(parts[1])), {})[ROW_KEYS[parts[2]]] = _text(value)
    return [HandoverPerson(role=PERSON_ROWS[group], **attrs) for (group, _i), attrs in sorted(rows.items())
            if attrs.get("full_name")]


def _single_persons(form_id: str, values: Mapping[str, Any]) -> list[HandoverPerson]:
    blocks = list(SINGLE_PERSONS.get(form_id, ()))
    if "filer_name" in values and form_id != "juminhyo_request":
        blocks.append(FILER)
    out = []
    for role, keys in blocks:
        attrs = {attr: _text(values.get(key)) for attr, key in keys.items()}
        if attrs.get("full_name"):
            out.append(HandoverPerson(role=role, **attrs))
    return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return str(value)
