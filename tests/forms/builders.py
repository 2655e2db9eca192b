"""Small scenario builders shared by the forms tests (synthetic people, 架空市)."""
from __future__ import annotations

from forms.context import build_context

TODAY = "2026-11-22"
EVENT_DAY = "2026-11-15"
HOLDER_NUMBER = "123456789018"   # valid check digit (synthetic)
SPOUSE_NUMBER = "234567890121"


def card(name="山田　太郎", birth="1985-04-02", sex="1", address="別川県他見市本町三丁目4番5号", number=HOLDER_NUMBER):
    return {"my_number": number, "name": name, "address": address, "birth_date": birth, "sex_code": sex}


def person(name, birth, rel, sex="1", **extra):
    return {"name": name, "birth_date": birth, "relationship": rel, "sex_code": sex, **extra}


SPOUSE = person("山田　花子", "1987-06-01", "妻", "2", kana="ヤマダ　ハナコ", card_held=True, my_number=SPOUSE_NUMBER)
CHILD3 = person("山田　一郎", "2023-05-10", "子", kana="ヤマダ　イチロウ")
PARENT70 = person("山田　次郎", "1956-01-20", "父", kana="ヤマダ　ジロウ")


def family_answers(**extra):
    answers = {"date": EVENT_DAY, "new_address": "架空県架空市中央1-2-3", "katagaki": "見本ハイツ101号室",
               "phone": "090-1234-5678", "insurance": "nhi", "kana": "ヤマダ　タロウ",
               "members": [SPOUSE, CHILD3, PARENT70]}
    answers.update(extra)
    return answers


def context(event_answers=None, *, card_data=None, resident=None, household=None, today=TODAY, **answers):
    merged = dict(event_answers or {})
    merged.update(answers)
    merged.setdefault("date", EVENT_DAY)
    return build_context(card=card() if card_data is None else card_data, resident=resident, household=household,
                         answers=merged, today=today)


def family_context(**extra):
    return context(family_answers(**extra))
