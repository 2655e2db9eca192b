"""Names the handover export gives to form fields, and where persons sit on each form.

Fact names are camelCase and use the Digital Agency's core data model names where one
exists (dateOfDeath, residenceAddress, headOfHousehold …; reference §4); other form
fields keep their key in camelCase. Persons come from the forms' person rows
(`movers.0.name` …) and from the single-person blocks listed in SINGLE_PERSONS.
"""
from __future__ import annotations

import re

FACT_NAMES = {
    "filed_on": "dateOfFiling", "moved_on": "dateOfMovement", "changed_on": "dateOfChange",
    "notice_kind": "notificationKind", "household_change": "householdChange",
    "new_address": "residenceAddress", "address": "residenceAddress", "after": "residenceAddress",
    "old_address": "previousAddress", "before": "previousAddress",
    "new_head": "headOfHousehold", "head_name": "headOfHousehold", "old_head": "previousHeadOfHousehold",
    "moved_from_country": "previousCountry",
    "nhi_kind": "changeKind", "kaigo_kind": "changeKind", "koki_kind": "changeKind", "kind": "changeKind",
    "change": "changeKind", "jidou_change": "changeKind",
    "nhi_reason": "reason", "number": "insuredNumber", "recipient_no": "recipientNumber",
    "prev_insurer": "previousInsurer", "prev_lost_on": "previousInsuranceLostOn", "new_insurer": "newInsurer",
    "applies_on": "applicableFrom", "died_on": "dateOfDeath", "funeral_on": "dateOfFuneral",
    "seal_number": "sealRegistrationNumber", "pension_number": "basicPensionNumber",
    "d_number": "insuredNumberOfDeceased", "scheme": "insuranceScheme",
}
# Columns of the CSV for facts, in this order (every other fact goes to `otherFacts`).
CSV_FACTS = ("dateOfFiling", "dateOfMovement", "dateOfChange", "notificationKind", "changeKind", "reason",
             "residenceAddress", "previousAddress", "headOfHousehold", "previousHeadOfHousehold",
             "householdChange", "insuredNumber", "dateOfFuneral", "applicableFrom")
# (a date of death is a person's: the CSV's person column dateOfDeath carries it)

PERSON_ROWS = {"movers": "異動者", "insured": "被保険者", "holders": "カード所持者", "children": "対象児童",
               "targets": "対象者"}
ROW_KEYS = {"name": "full_name", "kana": "full_name_kana", "birth_date": "date_of_birth",
            "sex_code": "sex", "relationship": "relationship"}
# form id → [(role, {person attribute: field key})]
SINGLE_PERSONS = {
    "nenkin": [("被保険者", {"full_name": "name", "full_name_kana": "kana", "date_of_birth": "birth", "sex": "sex"}),
               ("配偶者", {"full_name": "spouse_name"})],
    "jidou_nintei": [("請求者", {"full_name": "name", "full_name_kana": "kana", "date_of_birth": "birth", "sex": "sex"}),
                     ("配偶者", {"full_name": "spouse_name"})],
    "jidou_henkou": [("受給者", {"full_name": "name", "full_name_kana": "kana"})],
    "inkan_touroku": [("登録申請者", {"full_name": "name", "full_name_kana": "kana", "date_of_birth": "birth"})],
    "inkan_shomei": [("申請者", {"full_name": "name", "date_of_birth": "birth"})],
    "sousaihi": [("死亡者", {"full_name": "d_name", "date_of_birth": "d_birth", "date_of_death": "died_on"}),
                 ("申請者", {"full_name": "a_name", "address": "a_address", "relationship": "a_relation"})],
    "juminhyo_request": [("請求者", {"full_name": "filer_name", "date_of_birth": "filer_birth",
                                     "address": "filer_address", "relationship": "filer_relation"})],
}
FILER = ("届出人", {"full_name": "filer_name", "address": "filer_address", "relationship": "filer_relation"})
# Keys that are never facts: persons (above), contact details of the filer, masked numbers.
_PERSON_KEYS = {k for persons in SINGLE_PERSONS.values() for _, keys in persons for k in keys.values()}
_PERSON_KEYS |= set(FILER[1].values()) | {"filer_phone", "a_phone", "phone", "filer_rel_head"}
_PERSON_KEYS -= {"died_on"}  # the deceased's dateOfDeath, and a fact of the procedure as well


def is_person_field(form_id: str, key: str) -> bool:
    head = key.split(".", 1)[0]
    return head in PERSON_ROWS or key in _PERSON_KEYS


def is_my_number_field(key: str) -> bool:
    return key.endswith("my_number") or key == "spouse_number"


def fact_name(key: str) -> str:
    return FACT_NAMES.get(key) or re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), key)
