"""The handover export as JSON, following resources/handover/handover-v1.schema.json.

Person and address names are the Digital Agency's core data model's (Person: fullName,
fullNameKana, familyName, givenName, dateOfBirth, dateOfDeath, sex {type,
typeRelatedInformation}, roleInformation, residenceAddress {fullAddress},
identificationGroup [{identification, identificationType}]). Deterministic: no timestamp
of the run, stable order, so the same period gives the same bytes.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from app.records.handover_record import HandoverPerson, HandoverProcedure, HandoverVisit

SCHEMA_VERSION = "1.0"
SCHEMA_ID = "https://madoguchi.example/schemas/handover/v1"
ADDRESS_FACTS = frozenset({"residenceAddress", "previousAddress"})
SEX_CODES = {"男": "1", "女": "2"}


def handover_json(visits: list[HandoverVisit], since: date, until: date | None, section: dict | None,
                  includes_my_number: bool) -> str:
    document = {
        "$schema": SCHEMA_ID, "schemaVersion": SCHEMA_VERSION,
        "period": {"since": since.isoformat(), "until": until.isoformat() if until else None},
        "section": section, "includesMyNumber": includes_my_number,
        "visits": [_visit(v) for v in visits],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _visit(v: HandoverVisit) -> dict[str, Any]:
    a = v.approval
    return {"visitId": v.visit_id, "event": {"code": v.event, "name": v.event_title},
            "approval": {"state": a.state, "revision": a.revision, "submittedBy": a.submitted_by,
                         "approvedBy": a.decided_by,
                         "approvedAt": a.decided_at.isoformat() if a.decided_at else None},
            "procedures": [_procedure(p) for p in v.procedures]}


def _procedure(p: HandoverProcedure) -> dict[str, Any]:
    return {"code": p.code, "title": p.title, "section": {"id": p.section_id, "name": p.section_name},
            "forms": [{"formId": f.form_id, "draftId": f.draft_id, "title": f.title,
                       "facts": [{"name": x.name, "key": x.key, "label": x.label, "value": _value(x.name, x.value),
                                  "changedByClerk": x.changed_by_clerk} for x in f.facts]} for f in p.forms],
            "persons": [person_json(x) for x in p.persons]}


def _value(name: str, value: Any) -> Any:
    if name in ADDRESS_FACTS and isinstance(value, str):
        return {"fullAddress": value}
    return list(value) if isinstance(value, tuple) else value


def person_json(p: HandoverPerson) -> dict[str, Any]:
    out: dict[str, Any] = {"procedureRole": p.role, "fullName": p.full_name}
    family, _, given = p.full_name.partition("\u3000")
    if given:
        out.update(familyName=family, givenName=given)
    if p.full_name_kana:
        out["fullNameKana"] = p.full_name_kana
        k_family, _, k_given = p.full_name_kana.partition("\u3000")
        if k_given:
            out.update(familyNameKana=k_family, givenNameKana=k_given)
    if p.date_of_birth:
        out["dateOfBirth"] = p.date_of_birth
    if p.date_of_death:
        out["dateOfDeath"] = p.date_of_death
    if p.sex:
        out["sex"] = {"type": SEX_CODES.get(p.sex, p.sex), "typeRelatedInformation": p.sex}
    if p.relationship:
        out["roleInformation"] = [{"role": {"type": "続柄", "typeRelatedInformation": p.relationship}}]
    if p.address:
        out["residenceAddress"] = {"fullAddress": p.address}
    ids = []
    if p.atena_no:
        ids.append({"identification": p.atena_no, "identificationType": "宛名番号"})
    if p.my_number:
        ids.append({"identification": p.my_number, "identificationType": "個人番号"})
    if ids:
        out["identificationGroup"] = ids
    return out
