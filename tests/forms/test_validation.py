import pytest

from forms.packet import build_packet
from forms.spec import load_spec
from forms.validation import check_value, validate
from tests.forms import builders as b


def test_family_packet_validates_clean():
    packet = build_packet(b.family_context(), "move_in")
    assert packet.issues == {}


@pytest.mark.parametrize("kind, value, kw, code", [
    ("digits", "123456789018", {"validate": "my_number"}, None),
    ("digits", "123456789019", {"validate": "my_number"}, "check_digit"),
    ("digits", "12345678901", {"validate": "my_number"}, "format"),
    ("digits", "12a4", {"n": 8}, "format"),
    ("digits", "123456789", {"n": 8}, "format"),
    ("wareki_date", "2026-13-01", {}, "format"),
    ("wareki_date", "1860-01-01", {}, "date_range"),
    ("wareki_date", "2020-01-01", {"validate": "event_date"}, "date_range"),
    ("wareki_date", "2026-11-30", {"validate": "event_date"}, None),
    ("radio", "男", {"options": ("男", "女")}, None),
    ("checkboxes", ["転入", "転校"], {"options": ("転入", "転出")}, "format"),
    ("text", "090-1234-5678", {"validate": "phone"}, None),
    ("text", "電話なし", {"validate": "phone"}, "format"),
    ("text", "0", {"validate": "positive_int"}, "format"),
    ("kana", "ヤマダ　タロウ", {}, None),
    ("kana", "やまだ　たろう", {}, "format"),
])
def test_check_value_codes(kind, value, kw, code):
    import datetime as dt
    assert check_value(kind, value, today=dt.date(2026, 11, 22), **kw) == code


def test_required_and_cell_codes_name_the_field():
    from forms.facts import build_facts
    from forms.packet import build_drafts

    packet = build_packet(b.family_context(), "move_in")
    facts = build_facts(b.family_context(), "move_in")
    drafts = build_drafts(facts, packet.procedures,
                          {"nhi_idou": {"insured.1.my_number": "234567890122", "changed_on": ""}})
    broken = next(x for x in drafts if x.form_id == "nhi_idou")
    codes = {(i.field_id, i.code) for i in validate(load_spec("nhi_idou"), broken, {"today": b.TODAY})}
    assert ("insured.1.my_number", "check_digit") in codes
    assert ("changed_on", "required") in codes
    assert {(i.field_id, i.code) for i in broken.issues} == codes   # the draft carries its findings
