"""Scenario files as people write them: a BOM, UTF-16 from Notepad, binary junk, /dev/zero,
deep nesting, numbers where text belongs, dates at the edge of the calendar."""
from __future__ import annotations

import json

import pytest

from forms.scenario import ScenarioError, load_scenario, parse_scenario
from forms.scenario_file import MAX_BYTES, MAX_DEPTH

CERTIFICATE = {"event": "certificate", "card": {"name": "見本　花子"}, "today": "2025-04-01",
               "answers": {"certificate": {"kind": "住民票の写し"}}}


def _file(tmp_path, content: bytes, name: str = "s.json"):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _refused(tmp_path, content: bytes) -> ScenarioError:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(_file(tmp_path, content))
    return caught.value


def _with(**changes) -> dict:
    data = json.loads(json.dumps(CERTIFICATE))
    for dotted, value in changes.items():
        *path, last = dotted.split("__")
        node = data
        for part in path:
            node = node.setdefault(part, {})
        node[last] = value
    return data


def _parse_refused(data) -> ScenarioError:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(data)
    return caught.value


def test_a_utf8_bom_is_accepted(tmp_path):
    text = json.dumps(CERTIFICATE, ensure_ascii=False)
    assert load_scenario(_file(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))).event == "certificate"


def test_utf16_with_its_bom_is_accepted(tmp_path):
    text = json.dumps(CERTIFICATE, ensure_ascii=False)
    scenario = load_scenario(_file(tmp_path, text.encode("utf-16")))
    assert scenario.card["name"] == "見本　花子"


def test_binary_and_shift_jis_are_named_as_not_utf8_with_the_byte(tmp_path):
    error = _refused(tmp_path, b'{"event": "\x93\x5d\x93\xfc"}')  # 転入 in Shift_JIS
    assert error.detail == "not_text" and error.data["offset"] == 12
    assert _refused(tmp_path, bytes(range(256))).detail == "not_text"


def test_dev_zero_ends_at_the_size_limit(tmp_path):
    error = _refused(tmp_path, b" " * (MAX_BYTES + 1))
    assert error.detail == "too_large"
    with pytest.raises(ScenarioError) as caught:
        load_scenario("/dev/zero")
    assert caught.value.detail == "too_large"


def test_deep_nesting_is_refused_before_json_recurses(tmp_path):
    assert _refused(tmp_path, b"[" * 100_000 + b"]" * 100_000).detail == "too_deep"
    assert _refused(tmp_path, b'{"a":' * (MAX_DEPTH + 1) + b"1" + b"}" * (MAX_DEPTH + 1)).detail == "too_deep"
    # brackets inside strings do not count
    data = _with(label="[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")
    assert load_scenario(_file(tmp_path, json.dumps(data).encode())).event == "certificate"


@pytest.mark.parametrize("junk", [b'{"event": NaN}', b'{"event": Infinity}', b'{"event": ' + b"9" * 5000 + b"}"])
def test_numbers_json_should_not_hold_are_refused(tmp_path, junk):
    assert _refused(tmp_path, junk).detail == "bad_number"


def test_missing_file_and_folder_are_named(tmp_path):
    with pytest.raises(ScenarioError) as missing:
        load_scenario(tmp_path / "absent.json")
    with pytest.raises(ScenarioError) as folder:
        load_scenario(tmp_path)
    assert (missing.value.detail, folder.value.detail) == ("missing_file", "is_directory")


@pytest.mark.parametrize("key, value, detail", [
    ("card__name", 123, "not_text_value"),
    ("card__address", ["中央1-2-3"], "not_text_value"),
    ("answers__certificate__include", [1, 2], "list_of_text"),
    ("answers__certificate__purpose", 42, "list_of_text"),
    ("answers__phone", 9012345678, "not_text_value"),
    ("answers__new_address", {"town": "中央"}, "not_text_value"),
    ("answers__filer", 1, "one_of"),
    ("answers__wants_seal_registration", "yes", "not_bool"),
    ("office__mayor", 5, "not_text_value"),
    ("label", 5, "not_text_value"),
    ("resident__nhi", "true", "not_bool"),
    ("resident__name", ["a"], "not_text_value"),
    # a bool or a number where the registry holds text was once taken and broke the reasons
    ("resident__name", False, "not_text_value"),
    ("household__head_name", 7, "not_text_value"),
    ("answers__holder__name", True, "not_text_value"),
    ("answers__holder__my_number", "12345", "digits12"),
    ("answers__holder__sex_code", "x", "sex_code"),
    ("card__sex_code", True, "sex_code"),
    ("card__birth_date", 19800101, "bad_date"),
    ("card__birth_date", "19800101", "bad_date"),
    ("card__name", "見\udc00本", "bad_character"),
    ("card__name", "見本\n次の行", "bad_character"),
    ("card__name", "x" * 501, "text_too_long"),
    ("answers__certificate__copies", 10 ** 9, "positive_int"),
])
def test_every_value_is_type_checked_and_the_key_named(key, value, detail):
    error = _parse_refused(_with(**{key: value}))
    assert error.detail == detail and error.key == key.replace("__", ".")


def test_people_are_checked_item_by_item():
    data = _with(answers__members=[{"name": "見本　一郎", "birth_date": "1980-01-01", "kana": 7}])
    assert _parse_refused(data).key == "answers.members[0].kana"
    data = _with(answers__members=[{"name": "見本　一郎", "birth_date": "1980-01-01"}] * 51)
    assert _parse_refused(data).detail == "too_many"


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1868-01-24", "2100-01-01"])
def test_dates_outside_what_a_form_can_print_are_refused(day):
    error = _parse_refused(_with(today=day))
    assert error.detail == "date_range" and error.key == "today"
    assert _parse_refused(_with(card__birth_date=day)).detail == "date_range"


def test_dates_at_the_edges_of_the_range_are_accepted():
    assert parse_scenario(_with(today="2099-12-31")).today == "2099-12-31"
    assert parse_scenario(_with(card__birth_date="1868-01-25")).card["birth_date"] == "1868-01-25"


def test_a_long_key_is_cut_in_the_message():
    error = _parse_refused(dict(CERTIFICATE, **{"k" * 10_000: 1}))
    assert error.detail == "unknown_key" and len(error.key) <= 81


def test_notes_may_hold_line_breaks_but_not_other_controls():
    assert parse_scenario(_with(notes="一行目\n二行目\tタブ")).event == "certificate"
    assert _parse_refused(_with(notes="ベル\x07")).detail == "bad_character"
