"""The flat pre-fill context: one dict of dotted keys → plain values.

`app/` builds it from the card read and the records (app/records/registry_context.py); the CLI builds it from a
scenario file. `forms/` never sees a database row. The prefix of a key says where the value came
from, which becomes the provenance of every form value taken from it.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from forms.draft import Provenance

PREFIX_PROVENANCE = {
    "card": Provenance.CARD,
    "resident": Provenance.REGISTRY,
    "household": Provenance.REGISTRY,
    "answers": Provenance.ANSWER,
    "office": Provenance.DERIVED,   # office settings (name of the town, counters)
    "today": Provenance.DERIVED,
}

# Every key the forms and rules read. Lists hold person dicts with the PERSON_KEYS below.
CONTEXT_KEYS: dict[str, str] = {
    "today": "ISO date of the visit (届出日・請求日)",
    "office.name": "municipality name, e.g. 架空市",
    "office.mayor": "addressee printed on forms, e.g. 架空市長",
    "office.prefecture": "prefecture of the office (県外 / 県内 decisions for 後期)",
    "card.my_number": "12-digit 個人番号 read from the card",
    "card.name": "氏名 as on the card",
    "card.address": "住所 as on the card (at 転入 still the old address)",
    "card.birth_date": "生年月日 YYYY-MM-DD",
    "card.sex_code": "1=男, 2=女, other=不明",
    "resident.atena_no": "宛名番号 of the card holder in the registry",
    "resident.name": "氏名 (registry glyph, preferred for printing)",
    "resident.kana": "氏名のフリガナ",
    "resident.birth_date": "生年月日 YYYY-MM-DD",
    "resident.sex_code": "性別コード",
    "resident.address": "registered address (町字+番地)",
    "resident.katagaki": "方書",
    "resident.relationship": "続柄 to the head",
    "resident.juminhyo_code": "住民票コード (11 digits)",
    "resident.honseki": "本籍",
    "resident.hittousha": "筆頭者",
    "resident.nhi": "true when insured in 国民健康保険",
    "resident.nhi_number": "国保 記号番号",
    "resident.kaigo_number": "介護保険 被保険者番号",
    "resident.koki_number": "後期高齢者医療 被保険者番号",
    "resident.pension_number": "基礎年金番号",
    "resident.pension_kind": "国民年金 種別 (1/2/3)",
    "resident.seal_number": "印鑑登録番号 (empty when none)",
    "resident.jidou_recipient": "true when receiving 児童手当 (false: known not to receive it)",
    "resident.jidou_number": "児童手当 受給者番号",
    "resident.koki": "true when insured in 後期高齢者医療",
    "resident.foreign": "true for a foreign resident",
    "resident.nationality": "国籍・地域 (foreign residents)",
    "resident.residence_status": "在留資格",
    "resident.residence_card_no": "在留カード番号",
    "household.household_no": "世帯番号",
    "household.head_name": "世帯主氏名",
    "household.address": "世帯の住所",
    "household.members": "list of person dicts (registry), the card holder included; `id` names the person",
}

PERSON_KEYS: dict[str, str] = {
    "name": "氏名", "kana": "フリガナ", "birth_date": "YYYY-MM-DD", "sex_code": "1/2",
    "relationship": "続柄 to the head", "my_number": "12 digits (optional)",
    "insurance": "nhi / employee / none (overrides answers.insurance)",
    "card_held": "holds a My Number card", "foreign": "foreign resident",
    "kaigo_certified": "要介護・要支援 certified", "nhi": "in 国保 (registry)",
    "koki": "in 後期高齢者医療 (registry)", "seal_number": "印鑑登録番号",
    "nhi_number": "国保 記号番号", "kaigo_number": "介護 被保険者番号", "koki_number": "後期 被保険者番号",
    "pension_number": "基礎年金番号", "nationality": "国籍・地域", "residence_status": "在留資格",
    "residence_period": "在留期間", "residence_expiry": "在留期間の満了日",
    "residence_card_no": "在留カード番号", "alias_name": "通称",
    "signature_cert": "署名用電子証明書: true 発行する / false 発行しない (asked, never assumed)",
    "death_date": "死亡日 (registry)", "deceased": "the registry records this person's death",
    "id": "the person's id in the visit (宛名番号 for registry members)",
    "together": "児童手当: 同居 / 別居 (default 同居)", "custody": "児童手当: 監護 有 / 無 (default 有)",
    # issue 13 (forms catalogue)
    "address": "the person's own address when living apart (別居), else the household's",
    "occupation": "職業等 of a 19–22-year-old counted for 児童手当 (学生 / 就労 / 無職 / その他)",
    "school": "学校名 (前の学校 on the 転入学届, school of an older child)",
    "disability_card": "障害者手帳の種類 (身体障害者手帳 / 療育手帳 / 精神障害者保健福祉手帳)",
    "disability_card_no": "障害者手帳の番号",
}


def provenance_of(key: str) -> Provenance:
    return PREFIX_PROVENANCE.get(key.split(".", 1)[0], Provenance.DERIVED)


def flatten(prefix: str, data: Mapping[str, Any] | None) -> dict[str, Any]:
    """{'name': 'x'} under 'card' → {'card.name': 'x'}; lists and scalars stay values.

    A nested object is kept whole under its own key as well (answers.deceased is a person,
    answers.deceased.name its name).
    """
    out: dict[str, Any] = {}
    for key, value in (data or {}).items():
        full = f"{prefix}.{key}"
        out[full] = value
        if isinstance(value, Mapping):
            out.update(flatten(full, value))
    return out


def build_context(*, card: Mapping | None = None, resident: Mapping | None = None,
                  household: Mapping | None = None, answers: Mapping | None = None,
                  office: Mapping | None = None, today: dt.date | str | None = None) -> dict[str, Any]:
    """Assemble the flat context. Missing parts simply leave their keys out."""
    context: dict[str, Any] = {
        "today": (today.isoformat() if isinstance(today, dt.date) else today) or dt.date.today().isoformat(),
        "office.name": "架空市", "office.mayor": "架空市長", "office.prefecture": "架空県",
    }
    context.update(flatten("office", office))
    context.update(flatten("card", card))
    context.update(flatten("resident", resident))
    context.update(flatten("household", household))
    context.update(flatten("answers", answers))
    return context
