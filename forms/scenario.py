"""Scenario files for the headless `packet` command: parse and check, naming the bad key.

Format: docs/scenario-format.md. A scenario is what the card read gave plus the clerk's answers;
it may also carry inline registry data (`resident`, `household`) when no database is used.

A file is read within limits (size, nesting, UTF-8 with or without a BOM, UTF-16 with one) and
every value is type-checked (text is text without control characters, lists hold the right
items, dates lie in the range a form can print), so nothing downstream meets a number where
it expects a name (forms.scenario_values).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from forms.context import CONTEXT_KEYS, build_context
from forms.events import EVENTS
from forms.scenario_values import MAX_ITEMS, MAX_NOTE, ScenarioError
from forms.scenario_values import check_bool as _bool
from forms.scenario_values import check_choice as _choice
from forms.scenario_values import check_date as _date
from forms.scenario_values import check_digits12 as _digits12
from forms.scenario_values import check_known_keys as _unknown
from forms.scenario_values import check_object as _obj
from forms.scenario_values import check_relationship as _relationship
from forms.scenario_values import check_scalar as _scalar
from forms.scenario_values import check_sex_code as _sex_code
from forms.scenario_values import check_text as _text
from forms.scenario_values import check_texts as _texts

__all__ = ["Scenario", "ScenarioError", "load_scenario", "parse_scenario"]

TOP_KEYS = {"event", "card", "resident_id", "answers", "today", "office", "resident", "household", "label", "notes"}
CARD_KEYS = {"my_number", "name", "address", "birth_date", "sex_code"}
PERSON_KEYS = {"name", "kana", "birth_date", "sex_code", "relationship", "my_number", "insurance", "previous_insurance",
               "card_held", "foreign", "nationality", "residence_status", "residence_period", "residence_expiry",
               "residence_card_no", "kaigo_certified", "nhi", "koki", "seal_number", "nhi_number", "kaigo_number",
               "koki_number", "pension_number", "together", "custody", "id", "signature_cert", "alias_name",
               "deceased", "death_date",
               # a member's own address (living apart), 職業等・学校, 障害者手帳
               "address", "occupation", "school", "disability_card", "disability_card_no"}
BOOL_ANSWERS = {"wants_seal_registration", "from_abroad", "to_abroad", "foreign_resident", "name_change",
                "household_merge", "print_my_number", "involuntary_unemployment", "kaigo_certificate_attached",
                "koki_burden_certificate", "death_notice_filed", "jidou_consent", "deceased_card_held",
                "card_held", "signature_cert",
                "wants_kakuninsho", "older_child_supported", "kodomo_consent", "single_parent",
                "hitorioya_consent", "wants_card", "wants_tokutei_zairyu", "furigana_wrong", "koseki_wide", "has_dog",
                "has_moped", "kougaku_claim", "deceased_owned_property", "birth_allowance_claim"}
DATE_ANSWERS = {"date", "funeral_date", "previous_insurance_lost_on",
                "bekkyo_since", "single_parent_since", "kaigo_cert_valid_to"}
TEXT_ANSWERS = {"new_address", "old_address", "katagaki", "phone", "filer", "filer_name", "filer_address", "kana",
                "relationship", "new_head", "old_head", "from_country", "previous_insurer", "new_insurer",
                "pension_scheme", "bank", "bank_detail", "bank_account", "bank_holder_kana",
                "relation_to_deceased", "delegate_name", "facility", "seal_id_method",
                "seal_number", "nhi_number", "jidou_number", "nationality", "residence_status",
                "residence_card_no", "residence_period", "residence_expiry", "alias_name",
                # issue 13: questions in forms/questions/*.json
                "child_insurer", "child_insurance_symbol", "child_insured_name", "furigana_uji", "furigana_mei",
                "honseki", "hittousha", "koseki_copies", "koseki_person", "tax_cert_year", "tax_cert_copies",
                "jan1_address", "dog_registration_no", "dog_name", "dog_breed", "dog_color", "dog_rabies_tag",
                "dog_previous_town", "moped_plate", "moped_vin", "moped_cc", "moped_maker", "kougaku_month",
                "kougaku_hospital", "deceased_address", "doctor_clinic", "doctor_name", "birth_hospital",
                "pregnancy_weeks"}
CHOICES = {"insurance": ("nhi", "employee", "none"), "previous_insurance": ("nhi", "employee", "none"),
           "filer": ("本人", "世帯主", "同一世帯員", "代理人", "法定代理人", "その他"),
           "old_address_proof": ("special", "certificate", "abroad"),
           "public_account": ("公金受取口座を利用", "下記口座"),
           "job": ("会社員", "パート", "公務員", "自営", "無職", "その他"),
           "bank_type": ("普通", "当座"),
           "household_change": ("世帯主変更", "世帯分離", "世帯合併", "構成変更"),
           # issue 13: the same choices as forms/questions/*.json (tests/forms/test_questions.py keeps them equal)
           "mynahoken": ("登録済み", "未登録"),
           "kakuninsho_reason": ("マイナ保険証での受診が難しい（高齢・障害など）", "マイナ保険証の利用登録を解除する",
                                 "紛失・破損（再交付）", "その他"),
           "kakuninsho_delivery": ("窓口で受け取る", "住所へ郵送"),
           "nhi_card_held": ("被保険者証", "資格確認書", "資格情報のお知らせのみ"),
           "bekkyo_reason": ("就学のため", "就職のため", "施設入所のため", "請求者の単身赴任", "その他"),
           "bekkyo_support": ("月に1回以上会っている", "生活費・学資金を送っている", "休みには同居している", "その他"),
           "child_insurance_kind": ("国民健康保険", "健康保険（会社など）", "共済組合", "その他"),
           "single_parent_reason": ("離婚", "死別", "未婚", "配偶者の障害", "遺棄・拘禁など", "その他"),
           "jifu_status": ("受給中", "申請中", "受けていない"),
           "denshi_sign": ("発行する", "発行しない"), "denshi_user": ("発行する", "発行しない"),
           "card_delivery": ("窓口", "郵送"),
           "furigana_proof": ("パスポート", "預金通帳", "卒業証書", "その他", "なし（一般の読み方）"),
           "koseki_kind": ("戸籍謄本（全部事項証明）", "戸籍抄本（個人事項証明）", "除籍謄本", "改製原戸籍謄本", "戸籍の附票",
                           "身分証明書"),
           "koseki_relation": ("本人", "配偶者", "子・孫", "父母・祖父母", "その他"),
           "koseki_purpose": ("相続", "年金", "パスポート", "婚姻", "就職", "その他"),
           "tax_cert_kind": ("所得証明書", "課税証明書", "所得・課税証明書", "非課税証明書"),
           "tax_cert_purpose": ("児童手当", "保育園・幼稚園", "奨学金", "公営住宅", "融資", "年金", "その他"),
           "dog_sex": ("オス", "メス"),
           "kaigo_care_level": ("要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"),
           "direct_payment": ("利用した", "利用しない"),
           "seal_card_returned": ("返還する", "紛失")}
CERT_KEYS = {"kind", "copies", "include", "purpose", "scope"}
CERT_KINDS = ("住民票の写し", "除票の写し", "住民票記載事項証明書", "印鑑登録証明書")
PROXY_KEYS = {"name", "address"}


@dataclass(frozen=True)
class Scenario:
    event: str
    card: Mapping[str, Any]
    answers: Mapping[str, Any]
    resident_id: str | None
    today: str
    office: Mapping[str, Any]
    resident: Mapping[str, Any]
    household: Mapping[str, Any]

    def context(self, registry: Mapping[str, Mapping] | None = None) -> dict[str, Any]:
        """Flat context; `registry` (from the database) overrides inline resident/household."""
        registry = registry or {}
        return build_context(card=self.card, resident=registry.get("resident", self.resident),
                             household=registry.get("household", self.household), answers=self.answers,
                             office=self.office, today=self.today)


# --- the type of every key (the checks themselves: forms.scenario_values) ---
# Every key's type. Keys a later change adds to the sets above without a type here are
# checked as plain scalars (text, a bool or a number), never lists or objects.
PERSON_TEXT = {"name", "kana", "nationality", "residence_status", "residence_period", "residence_card_no",
               "seal_number", "nhi_number", "kaigo_number", "koki_number", "pension_number", "id", "alias_name",
               "address", "occupation", "school", "disability_card", "disability_card_no"}
PERSON_BOOL = {"card_held", "foreign", "kaigo_certified", "nhi", "koki", "deceased", "signature_cert"}
PERSON_CHOICES = {"insurance": CHOICES["insurance"], "previous_insurance": CHOICES["previous_insurance"],
                  "together": ("同居", "別居"), "custody": ("有", "無")}
RESIDENT_BOOL = {"nhi", "koki", "foreign", "jidou_recipient"}
RESIDENT_CHOICES = {"pension_kind": ("1", "2", "3")}


def _person_value(person: dict[str, Any], k: str, value: Any, where: str) -> None:
    """One person key, checked (and normalised in place) the same way wherever a person appears."""
    if k in ("birth_date", "residence_expiry", "death_date"):
        person[k] = _date(value, where)
    elif k == "relationship":
        person[k] = _relationship(value, where)
    elif k == "my_number":
        _digits12(value, where)
    elif k == "sex_code":
        _sex_code(value, where)
    elif k in PERSON_BOOL:
        _bool(value, where)
    elif k in PERSON_CHOICES:
        _choice(value, where, PERSON_CHOICES[k])
    elif k in PERSON_TEXT:
        _text(value, where)
    else:
        _scalar(value, where)


def _person(raw: Any, key: str) -> dict[str, Any]:
    person = _person_answers(raw, key)
    for required in ("name", "birth_date"):
        if not person.get(required):
            raise ScenarioError(f"{key}.{required}", "required")
    return person


def _person_answers(raw: Any, key: str) -> dict[str, Any]:
    """Answers about a person already known (the card holder): any person key, none required."""
    person = dict(_obj(raw, key))
    _unknown(person, PERSON_KEYS, key)
    for k, value in list(person.items()):
        _person_value(person, k, value, f"{key}.{k}")
    return person


def _people(value: Any, key: str) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise ScenarioError(key, "not_list")
    if len(value) > MAX_ITEMS:
        raise ScenarioError(key, "too_many", limit=MAX_ITEMS)
    return [_person(p, f"{key}[{i}]") for i, p in enumerate(value)]


def _certificate(raw: Any) -> dict[str, Any]:
    cert = dict(_obj(raw, "answers.certificate"))
    _unknown(cert, CERT_KEYS, "answers.certificate")
    if cert.get("kind") not in CERT_KINDS:
        raise ScenarioError("answers.certificate.kind", "one_of", expected=" / ".join(CERT_KINDS))
    copies = cert.get("copies", 1)
    if not isinstance(copies, int) or isinstance(copies, bool) or not 1 <= copies <= 99:
        raise ScenarioError("answers.certificate.copies", "positive_int")
    cert["copies"] = copies
    for k in ("include", "purpose"):
        if k in cert:
            # the event page asks 使いみち as one choice; the form ticks any number of them
            value = [cert[k]] if k == "purpose" and isinstance(cert[k], str) else cert[k]
            cert[k] = _texts(value, f"answers.certificate.{k}")
    if "scope" in cert:
        _text(cert["scope"], "answers.certificate.scope")
    return cert


def _answers(raw: Any) -> dict[str, Any]:
    answers = dict(_obj(raw, "answers"))
    allowed = BOOL_ANSWERS | DATE_ANSWERS | TEXT_ANSWERS | set(CHOICES) | {"members", "certificate", "deceased", "proxy",
                                                                          "holder", "concerned"}
    _unknown(answers, allowed, "answers")
    for k, value in answers.items():
        where = f"answers.{k}"
        if k in BOOL_ANSWERS:
            _bool(value, where)
        elif k in DATE_ANSWERS:
            answers[k] = _date(value, where)
        elif k in CHOICES:
            _choice(value, where, CHOICES[k])
        elif k == "members":
            answers[k] = _people(value, where)
        elif k == "deceased":  # a registry member's id, or (older files) the person itself
            if isinstance(value, str):
                if not value.strip():
                    raise ScenarioError(where, "required")
                _text(value, where, 40)
            else:
                answers[k] = _person(value, where)
        elif k == "holder":  # what the card holder answered about themself (フリガナ, 続柄 …)
            answers[k] = _person_answers(value, where)
        elif k == "concerned":  # ids of the registry members the visit concerns
            answers[k] = _texts(value, where)
        elif k == "certificate":
            answers[k] = _certificate(value)
        elif k == "proxy":
            proxy = dict(_obj(value, where))
            _unknown(proxy, PROXY_KEYS, where)
            answers[k] = {pk: _text(pv, f"{where}.{pk}") for pk, pv in proxy.items()}
        elif k in TEXT_ANSWERS:
            _text(value, where)
        else:
            _scalar(value, where)
    return answers


def _registry_part(raw: Any, part: str) -> dict[str, Any]:
    """Inline `resident` / `household`: the keys of forms/context.py, each type-checked."""
    data = dict(_obj(raw, part))
    _unknown(data, {k.split(".", 1)[1] for k in CONTEXT_KEYS if k.startswith(part + ".")}, part)
    for k, value in data.items():
        where = f"{part}.{k}"
        if k == "members":
            data[k] = _people(value, where)
        elif k == "birth_date":
            data[k] = _date(value, where)
        elif k == "sex_code":
            _sex_code(value, where)
        elif k in RESIDENT_BOOL:
            _bool(value, where)
        elif k in RESIDENT_CHOICES:
            data[k] = _choice(str(value) if isinstance(value, int) and not isinstance(value, bool) else value,
                              where, RESIDENT_CHOICES[k])
        else:  # every other registry key is printed as written (氏名, 住所, 記号番号 …): text only
            _text(value, where)
    return data


def parse_scenario(data: Any) -> Scenario:
    data = _obj(data, "(scenario)")
    _unknown(data, TOP_KEYS, "")
    event = data.get("event")
    if not isinstance(event, str) or event not in EVENTS:
        raise ScenarioError("event", "one_of", expected=" / ".join(EVENTS))
    for k in ("label", "notes"):
        if k in data:
            _text(data[k], k, MAX_NOTE)
    card = dict(_obj(data.get("card", {}), "card"))
    _unknown(card, CARD_KEYS, "card")
    if "my_number" in card:
        _digits12(card["my_number"], "card.my_number")
    if "birth_date" in card:
        card["birth_date"] = _date(card["birth_date"], "card.birth_date")
    if "sex_code" in card:
        _sex_code(card["sex_code"], "card.sex_code")
    for k in ("name", "address"):
        if k in card:
            _text(card[k], f"card.{k}")
    resident_id = data.get("resident_id")
    if resident_id is not None and not (isinstance(resident_id, str) and resident_id.strip()):
        raise ScenarioError("resident_id", "resident_id")
    if resident_id is not None:
        _text(resident_id, "resident_id", 40)
    if not card.get("name") and resident_id is None and not data.get("resident"):
        raise ScenarioError("card.name", "card_or_resident")
    answers = _answers(data.get("answers", {}))
    if event == "certificate" and "certificate" not in answers:
        raise ScenarioError("answers.certificate", "required_for_event")
    if event == "death" and "deceased" not in answers and data.get("resident_id") is None and not any(
            isinstance(m, dict) and m.get("deceased") for m in (data.get("household") or {}).get("members", [])
            if isinstance(data.get("household"), dict)):
        raise ScenarioError("answers.deceased", "required_for_event")
    resident = _registry_part(data.get("resident", {}), "resident")
    household = _registry_part(data.get("household", {}), "household")
    today = _date(data["today"], "today") if "today" in data else dt.date.today().isoformat()
    office = dict(_obj(data.get("office", {}), "office"))
    _unknown(office, {"name", "mayor", "prefecture"}, "office")
    for k, value in office.items():
        _text(value, f"office.{k}")
    return Scenario(event, card, answers, resident_id, today, office, resident, household)


def load_scenario(path: str | Path) -> Scenario:
    """Read (within the limits of forms.scenario_file) and check a scenario file."""
    from forms.scenario_file import read_scenario_json

    return parse_scenario(read_scenario_json(path))
