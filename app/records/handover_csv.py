"""The handover export as CSV for RPA tools: one row per visit, procedure and person.

UTF-8 with BOM (Excel opens it), fixed columns in a fixed order; the common facts have
their own columns (handover_vocabulary.CSV_FACTS), the rest are one JSON text in
`otherFacts`. A procedure with no person on its forms (a guide-only procedure) still has
one row, with the person columns empty.
"""
from __future__ import annotations

import csv
import io
import json

from app.records.handover_record import HandoverProcedure, HandoverVisit
from app.records.handover_vocabulary import CSV_FACTS

BASE = ["visitId", "approvedAt", "approvedBy", "event", "eventName", "procedureCode", "procedureTitle",
        "sectionId", "sectionName", "formIds", "procedureRole", "atenaNo"]
PERSON = ["fullName", "fullNameKana", "dateOfBirth", "sex", "relationship", "dateOfDeath"]


def columns(includes_my_number: bool) -> list[str]:
    return BASE + (["myNumber"] if includes_my_number else []) + PERSON + list(CSV_FACTS) + ["otherFacts"]


def handover_csv(visits: list[HandoverVisit], includes_my_number: bool) -> str:
    buf = io.StringIO()
    header = columns(includes_my_number)
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\r\n")
    writer.writeheader()
    for v in visits:
        for p in v.procedures:
            common, other = _facts(p)
            base = {"visitId": v.visit_id, "event": v.event, "eventName": v.event_title,
                    "approvedAt": v.approval.decided_at.isoformat() if v.approval.decided_at else "",
                    "approvedBy": v.approval.decided_by or "", "procedureCode": p.code,
                    "procedureTitle": p.title, "sectionId": p.section_id, "sectionName": p.section_name,
                    "formIds": " ".join(f.form_id for f in p.forms), **common,
                    "otherFacts": json.dumps(other, ensure_ascii=False, sort_keys=True) if other else ""}
            for person in p.persons or (None,):
                row = dict(base)
                if person is not None:
                    row.update(procedureRole=person.role, atenaNo=person.atena_no or "", fullName=person.full_name,
                               fullNameKana=person.full_name_kana, dateOfBirth=person.date_of_birth,
                               sex=person.sex, relationship=person.relationship, dateOfDeath=person.date_of_death)
                    if includes_my_number:
                        row["myNumber"] = person.my_number or ""
                writer.writerow({k: _cell(row.get(k, "")) for k in header})
    return buf.getvalue()


def _facts(p: HandoverProcedure) -> tuple[dict[str, str], dict[str, object]]:
    common: dict[str, str] = {}
    other: dict[str, object] = {}
    for form in p.forms:
        for fact in form.facts:
            if fact.name in CSV_FACTS:
                common.setdefault(fact.name, _cell(fact.value))
            else:
                other.setdefault(f"{form.form_id}.{fact.key}", fact.value)
    return common, other


def _cell(value: object) -> str:
    if value is None or value is False:
        return ""
    if value is True:
        return "1"
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return str(value)
