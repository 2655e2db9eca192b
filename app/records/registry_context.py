"""Resident records (app.records) → the registry part of the flat pre-fill context (forms.context).

forms/ never sees a record type; it gets `resident.*` and `household.*` keys and person dicts
(keys listed in forms.context.PERSON_KEYS). Members' My Numbers are added only when the caller
passes `my_number_of` — revealing a stored number is an audited action that belongs to the visit
service, not to this mapping.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

from domain.errors import DomainError
from app.records import (LinkedRecords, ResidentFile, ResidentKind, ResidentRecord, ResidentRepository,
                         ResidentStatus)

MyNumberOf = Callable[[int], "str | None"]


class ResidentNotFoundError(DomainError):
    """No resident with that 宛名番号 (never quoted: it identifies a person)."""

    code = "resident_not_found"


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def _linked_facts(linked: LinkedRecords) -> dict[str, Any]:
    nhi = next((r for r in linked.nhi if r.lost_on is None), None)
    ltc = linked.ltc[0] if linked.ltc else None
    koki = linked.elderly_medical[0] if linked.elderly_medical else None
    pension = linked.pension[0] if linked.pension else None
    seal = linked.seal[0] if linked.seal else None
    return {
        "nhi": nhi is not None, "nhi_number": nhi.symbol_number if nhi else None,
        "kaigo_number": ltc.insured_no if ltc else None,
        "koki": koki is not None, "koki_number": koki.insured_no if koki else None,
        "pension_number": pension.basic_pension_no if pension else None,
        "pension_kind": pension.category if pension else None,
        "seal_number": seal.registration_no if seal else None,
        "jidou_recipient": bool(linked.child_allowance_as_recipient),
    }


def in_household(members):
    """The household as the counter sees it: the living and the deceased (おくやみ needs them);
    a member who moved out or was removed is no longer part of it."""
    return tuple(m for m in members if m.living or m.status is ResidentStatus.DECEASED)


def person_dict(record: ResidentRecord, linked: LinkedRecords | None = None,
                my_number: str | None = None) -> dict[str, Any]:
    """One registry person in the shape forms.people expects."""
    person: dict[str, Any] = {
        "id": record.atena_no,  # the person's id in the visit's facts
        "name": record.name, "kana": record.name_kana, "birth_date": _iso(record.birth_date),
        "sex_code": record.sex_code, "relationship": record.relationship,
        "foreign": record.kind is ResidentKind.FOREIGN,
    }
    if record.status is ResidentStatus.DECEASED:
        person["deceased"] = True
        death = record.removal.removed_on if record.removal else None  # 消除の異動年月日
        if death:
            person["death_date"] = _iso(death)
    if record.foreign is not None:
        person.update(nationality=record.foreign.nationality, residence_status=record.foreign.residence_status,
                      residence_expiry=_iso(record.foreign.residence_expiry),
                      residence_card_no=record.foreign.residence_card_no)
    if linked is not None:
        facts = _linked_facts(linked)
        facts.pop("jidou_recipient")
        facts.pop("pension_kind")
        person.update({k: v for k, v in facts.items() if v not in (None, False)})
        if facts["nhi"]:
            person["insurance"] = "nhi"
    if my_number:
        person["my_number"] = my_number
    return person


def registry_context(file: ResidentFile, members_linked: Mapping[int, LinkedRecords] | None = None,
                     my_number_of: MyNumberOf | None = None) -> dict[str, dict[str, Any]]:
    """{'resident': {...}, 'household': {...}} ready for forms.context.build_context."""
    r = file.resident
    resident: dict[str, Any] = {
        "atena_no": r.atena_no, "name": r.name, "kana": r.name_kana, "birth_date": _iso(r.birth_date),
        "sex_code": r.sex_code, "address": r.address.without_katagaki, "katagaki": r.address.katagaki,
        "relationship": r.relationship, "juminhyo_code": r.juminhyo_code, "honseki": r.honseki,
        "hittousha": r.hittosha, "foreign": r.kind is ResidentKind.FOREIGN,
    }
    resident.update(_linked_facts(file.linked))
    resident = {k: v for k, v in resident.items() if v is not None}
    household: dict[str, Any] = {}
    if file.household is not None:
        linked = members_linked or {}
        household = {
            "household_no": file.household.household_no, "head_name": file.household.head_name,
            "address": r.address.without_katagaki,
            "members": [person_dict(m, linked.get(m.id) if m.id != r.id else file.linked,
                                    my_number_of(m.id) if my_number_of else None)
                        for m in in_household(file.household.members)],
        }
    return {"resident": resident, "household": household}


def load_registry_context(repo: ResidentRepository, atena_no: str,
                          my_number_of: MyNumberOf | None = None) -> dict[str, dict[str, Any]]:
    """Read a resident by 宛名番号 with household and linked records; raise ResidentNotFoundError."""
    record = repo.get_by_atena_no(atena_no)
    if record is None:
        raise ResidentNotFoundError()
    file = repo.resident_file(record.id)
    members = file.household.members if file.household else ()
    linked = {m.id: repo.linked_records(m.id) for m in members if m.id != record.id}
    return registry_context(file, linked, my_number_of)
