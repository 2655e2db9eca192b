"""Scenario files for the headless `packet` command: parse and check, naming the bad key.

Format: docs/scenario-format.md. A scenario is what the card read gave plus the clerk's answers;
it may also carry inline registry data (`resident`, `household`) when no database is used.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from domain.errors import DomainError
from forms import relationship
from forms.context import CONTEXT_KEYS, build_context
from forms.events import EVENTS

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


class ScenarioError(DomainError):
    """A scenario file is wrong: `key` names the offending key (dotted path), `detail` the
    problem, `data["expected"]` the allowed values where there is a list. The offending
    value is never quoted: it may be a name or a birth date."""

    code = "scenario_invalid"
    details = ("not_object", "unknown_key", "bad_date", "required", "relationship", "one_of",
               "digits12", "not_bool", "not_list", "positive_int", "sex_code", "resident_id",
               "card_or_resident", "required_for_event", "unreadable", "bad_json",
               "resident_not_found")

    def __init__(self, key: str, problem: str, **data):
        super().__init__(problem, key=key, **data)

    @property
    def key(self) -> str:
        return self.data["key"]


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


def _obj(value: Any, key: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ScenarioError(key, "not_object")
    return value


def _unknown(data: Mapping, allowed: set[str], key: str) -> None:
    for k in data:
        if k not in allowed:
            raise ScenarioError(f"{key}.{k}" if key else k, "unknown_key")


def _date(value: Any, key: str) -> str:
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ScenarioError(key, "bad_date") from None


def _person(raw: Any, key: str) -> dict[str, Any]:
    person = dict(_obj(raw, key))
    _unknown(person, PERSON_KEYS, key)
    for required in ("name", "birth_date"):
        if not person.get(required):
            raise ScenarioError(f"{key}.{required}", "required")
    person["birth_date"] = _date(person["birth_date"], f"{key}.birth_date")
    if "relationship" in person:
        try:
            person["relationship"] = relationship.normalize(person["relationship"])
        except relationship.RelationshipError:
            raise ScenarioError(f"{key}.relationship", "relationship") from None
    if "my_number" in person:
        _digits12(person["my_number"], f"{key}.my_number")
    if person.get("insurance") not in (None, *CHOICES["insurance"]):
        raise ScenarioError(f"{key}.insurance", "one_of", expected=" / ".join(CHOICES["insurance"]))
    return person


def _digits12(value: Any, key: str) -> None:
    if not (isinstance(value, str) and value.isdigit() and len(value) == 12):
        raise ScenarioError(key, "digits12")


def _answers(raw: Any) -> dict[str, Any]:
    answers = dict(_obj(raw, "answers"))
    allowed = BOOL_ANSWERS | DATE_ANSWERS | TEXT_ANSWERS | set(CHOICES) | {"members", "certificate", "deceased", "proxy",
                                                                          "holder", "concerned"}
    _unknown(answers, allowed, "answers")
    for k in BOOL_ANSWERS & answers.keys():
        if not isinstance(answers[k], bool):
            raise ScenarioError(f"answers.{k}", "not_bool")
    for k in DATE_ANSWERS & answers.keys():
        answers[k] = _date(answers[k], f"answers.{k}")
    for k, options in CHOICES.items():
        if k in answers and answers[k] not in options:
            raise ScenarioError(f"answers.{k}", "one_of", expected=" / ".join(options))
    if "members" in answers:
        if not isinstance(answers["members"], list):
            raise ScenarioError("answers.members", "not_list")
        answers["members"] = [_person(p, f"answers.members[{i}]") for i, p in enumerate(answers["members"])]
    if "deceased" in answers:  # a registry member's id, or (older files) the person itself
        if isinstance(answers["deceased"], str):
            if not answers["deceased"].strip():
                raise ScenarioError("answers.deceased", "required")
        else:
            answers["deceased"] = _person(answers["deceased"], "answers.deceased")
    if "holder" in answers:  # what the card holder answered about themself (フリガナ, 続柄 …)
        holder = dict(_obj(answers["holder"], "answers.holder"))
        _unknown(holder, PERSON_KEYS, "answers.holder")
        if "relationship" in holder:
            try:
                holder["relationship"] = relationship.normalize(holder["relationship"])
            except relationship.RelationshipError:
                raise ScenarioError("answers.holder.relationship", "relationship") from None
        answers["holder"] = holder
    if "concerned" in answers:  # ids of the registry members the visit concerns
        if not isinstance(answers["concerned"], list) or not all(isinstance(x, str) for x in answers["concerned"]):
            raise ScenarioError("answers.concerned", "not_list")
    if "certificate" in answers:
        cert = dict(_obj(answers["certificate"], "answers.certificate"))
        _unknown(cert, CERT_KEYS, "answers.certificate")
        if cert.get("kind") not in CERT_KINDS:
            raise ScenarioError("answers.certificate.kind", "one_of", expected=" / ".join(CERT_KINDS))
        copies = cert.get("copies", 1)
        if not isinstance(copies, int) or isinstance(copies, bool) or copies < 1:
            raise ScenarioError("answers.certificate.copies", "positive_int")
        cert["copies"] = copies
        answers["certificate"] = cert
    return answers


def parse_scenario(data: Any) -> Scenario:
    data = _obj(data, "(scenario)")
    _unknown(data, TOP_KEYS, "")
    event = data.get("event")
    if event not in EVENTS:
        raise ScenarioError("event", "one_of", expected=" / ".join(EVENTS))
    card = dict(_obj(data.get("card", {}), "card"))
    _unknown(card, CARD_KEYS, "card")
    if "my_number" in card:
        _digits12(card["my_number"], "card.my_number")
    if "birth_date" in card:
        card["birth_date"] = _date(card["birth_date"], "card.birth_date")
    if "sex_code" in card and str(card["sex_code"]) not in ("0", "1", "2", "9"):
        raise ScenarioError("card.sex_code", "sex_code")
    resident_id = data.get("resident_id")
    if resident_id is not None and not (isinstance(resident_id, str) and resident_id.strip()):
        raise ScenarioError("resident_id", "resident_id")
    if not card.get("name") and resident_id is None and not data.get("resident"):
        raise ScenarioError("card.name", "card_or_resident")
    answers = _answers(data.get("answers", {}))
    if event == "certificate" and "certificate" not in answers:
        raise ScenarioError("answers.certificate", "required_for_event")
    if event == "death" and "deceased" not in answers and data.get("resident_id") is None and not any(
            isinstance(m, dict) and m.get("deceased") for m in (data.get("household") or {}).get("members", [])
            if isinstance(data.get("household"), dict)):
        raise ScenarioError("answers.deceased", "required_for_event")
    resident = dict(_obj(data.get("resident", {}), "resident"))
    _unknown(resident, {k.split(".", 1)[1] for k in CONTEXT_KEYS if k.startswith("resident.")}, "resident")
    household = dict(_obj(data.get("household", {}), "household"))
    _unknown(household, {k.split(".", 1)[1] for k in CONTEXT_KEYS if k.startswith("household.")}, "household")
    if "members" in household:
        if not isinstance(household["members"], list):
            raise ScenarioError("household.members", "not_list")
        household["members"] = [_person(p, f"household.members[{i}]") for i, p in enumerate(household["members"])]
    today = _date(data["today"], "today") if "today" in data else dt.date.today().isoformat()
    office = dict(_obj(data.get("office", {}), "office"))
    _unknown(office, {"name", "mayor", "prefecture"}, "office")
    return Scenario(event, card, answers, resident_id, today, office, resident, household)


def load_scenario(path: str | Path) -> Scenario:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ScenarioError("(file)", "unreadable", reason=exc.strerror or "") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScenarioError("(json)", "bad_json", line=exc.lineno, column=exc.colno) from None
    return parse_scenario(data)
