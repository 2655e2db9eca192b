"""Mapping between resident table rows and the frozen record types.

Shared by the repository, the bulk seeder and the records import so all of them compute
the `norm_*` lookup keys and the My Number columns the same way.
"""
from __future__ import annotations

from typing import Any, Mapping

from app.privacy.cipher import MyNumberCipher
from app.records.normalization import address_key, normalize_katagaki, normalize_kana, normalize_name
from app.records.resident import (
    Address, ForeignResidentInfo, MoveOut, NewResident, Removal, ResidentKind, ResidentRecord,
    ResidentStatus,
)


def resident_values(new: NewResident, cipher: MyNumberCipher | None, household_id: int | None,
                    order: int) -> dict[str, Any]:
    """Column values of one resident row. `cipher` may be None only when `new` carries no
    My Number (the records import never does: the link comes from its own file)."""
    values = resident_columns(new)
    number = new.my_number
    if number is not None and cipher is None:
        raise ValueError("a My Number needs the cipher")
    values.update(household_id=household_id, household_order=order,
                  my_number_enc=cipher.encrypt(number) if number else None,
                  my_number_hash=cipher.lookup_hash(number) if number else None)
    return values


def resident_columns(new: NewResident) -> dict[str, Any]:
    """The resident's own columns (no household link, no My Number, no import bookkeeping)."""
    a, f = new.address, new.foreign
    removal, move_out = new.removal or Removal(), new.move_out or MoveOut()
    return {
        "atena_no": new.atena_no, "juminhyo_code": new.juminhyo_code,
        "resident_kind": (ResidentKind.FOREIGN if f else ResidentKind.JAPANESE).value,
        "status": ResidentStatus(new.status).value,
        "name": new.name, "name_kana": new.name_kana,
        "former_surname": new.former_surname, "former_surname_kana": new.former_surname_kana,
        "birth_date": new.birth_date, "sex_code": new.sex_code,
        "postal_code": a.postal_code, "prefecture": a.prefecture, "city": a.city,
        "town": a.town, "banchi": a.banchi, "katagaki": a.katagaki,
        "resident_since": new.resident_since, "address_since": new.address_since,
        "honseki": new.honseki, "hittosha": new.hittosha,
        "nationality": f.nationality if f else None,
        "residence_status": f.residence_status if f else None,
        "residence_expiry": f.residence_expiry if f else None,
        "residence_card_no": f.residence_card_no if f else None,
        "alias_name": f.alias_name if f else None, "alias_kana": f.alias_kana if f else None,
        "name_alt": f.other_name if f else None, "foreign_since": f.foreign_since if f else None,
        "relationship": new.relationship,
        "adult_ward": bool(new.adult_ward), "unknown_dates": ",".join(sorted(new.unknown_dates)),
        "previous_address": new.previous_address, "previous_postal_code": new.previous_postal_code,
        "removal_reason": removal.reason, "removal_filed_on": removal.filed_on,
        "removed_on": removal.removed_on,
        "move_out_filed_on": move_out.filed_on, "move_out_planned_on": move_out.planned_on,
        "moved_out_on": move_out.confirmed_on, "move_out_destination": move_out.destination or None,
        "norm_name": normalize_name(new.name), "norm_kana": normalize_kana(new.name_kana),
        "norm_alias": normalize_name(f.alias_name) if f and f.alias_name else None,
        "norm_address": address_key(a.prefecture, a.city, a.town, a.banchi),
        "norm_katagaki": normalize_katagaki(a.katagaki),
    }


def record_from_row(row: Mapping[str, Any], household_no: str | None) -> ResidentRecord:
    foreign = None
    if row["resident_kind"] == ResidentKind.FOREIGN.value:
        foreign = ForeignResidentInfo(
            nationality=row["nationality"] or "", residence_status=row["residence_status"] or "",
            residence_expiry=row["residence_expiry"], residence_card_no=row["residence_card_no"],
            alias_name=row["alias_name"], alias_kana=row["alias_kana"],
            other_name=row["name_alt"], foreign_since=row["foreign_since"])
    removal = None
    if row["removal_reason"] or row["removal_filed_on"] or row["removed_on"]:
        removal = Removal(row["removal_reason"], row["removal_filed_on"], row["removed_on"])
    move_out = None
    if row["move_out_filed_on"] or row["move_out_planned_on"] or row["moved_out_on"] \
            or row["move_out_destination"]:
        move_out = MoveOut(row["move_out_filed_on"], row["move_out_planned_on"], row["moved_out_on"],
                           row["move_out_destination"] or "")
    unknown = row["unknown_dates"] or ""
    return ResidentRecord(
        id=row["id"], atena_no=row["atena_no"], name=row["name"], name_kana=row["name_kana"],
        birth_date=row["birth_date"], sex_code=row["sex_code"],
        address=Address(prefecture=row["prefecture"], city=row["city"], town=row["town"],
                        banchi=row["banchi"], katagaki=row["katagaki"] or "",
                        postal_code=row["postal_code"] or ""),
        status=ResidentStatus(row["status"]), kind=ResidentKind(row["resident_kind"]),
        juminhyo_code=row["juminhyo_code"], former_surname=row["former_surname"],
        former_surname_kana=row["former_surname_kana"], resident_since=row["resident_since"],
        address_since=row["address_since"], honseki=row["honseki"], hittosha=row["hittosha"],
        foreign=foreign, household_no=household_no, relationship=row["relationship"],
        household_order=row["household_order"], has_my_number=row["my_number_hash"] is not None,
        adult_ward=bool(row["adult_ward"]),
        unknown_dates=frozenset(unknown.split(",")) if unknown else frozenset(),
        previous_address=row["previous_address"], previous_postal_code=row["previous_postal_code"],
        removal=removal, move_out=move_out, missing_since=row["missing_since"],
    )
