"""Mapping between resident table rows and the frozen record types.

Shared by the repository and the bulk seeder so both compute the `norm_*`
lookup keys and the My Number columns the same way.
"""
from __future__ import annotations

from typing import Any, Mapping

from app.privacy.cipher import MyNumberCipher
from app.records.normalization import address_key, normalize_katagaki, normalize_kana, normalize_name
from app.records.resident import (
    Address, ForeignResidentInfo, NewResident, ResidentKind, ResidentRecord, ResidentStatus,
)


def resident_values(new: NewResident, cipher: MyNumberCipher, household_id: int | None,
                    order: int) -> dict[str, Any]:
    a, f = new.address, new.foreign
    number = new.my_number
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
        "household_id": household_id, "relationship": new.relationship, "household_order": order,
        "my_number_enc": cipher.encrypt(number) if number else None,
        "my_number_hash": cipher.lookup_hash(number) if number else None,
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
            alias_name=row["alias_name"], alias_kana=row["alias_kana"])
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
    )
