"""The snapshot → rows conversion both snapshot spellings rely on."""
from widgets.staff.snapshot_rows import field_row, form_rows


def test_both_spellings_and_change_detection():
    forms = form_rows({"forms": [
        {"id": "juminidou", "fields": [
            {"key": "phone", "value": "090", "provenance": "clerk", "prefilled": "", "changed": True},
            {"key": "new_address", "value": "A", "provenance": "answer"}]},
        {"form_id": "kokuho", "title": "国保", "fields": [
            {"key": "x", "label": "X", "value": "b", "provenance": "clerk", "prefilled_value": "a"}]}]})
    assert [(f.form_id, f.title) for f in forms] == [("juminidou", "juminidou"), ("kokuho", "国保")]
    assert [r.changed for r in forms[0].rows] == [True, False]
    assert forms[1].rows[0].changed and forms[1].rows[0].shown_prefilled == "a"
    assert forms[0].rows[1].provenance_label == "住民の回答"


def test_my_number_values_are_masked_even_without_the_flag():
    row = field_row({"key": "my_number", "value": "501284376900", "provenance": "card"})
    assert row.shown_value == "**** **** 6900"
    assert "501284376900" not in row.shown_value + row.shown_prefilled


def test_missing_forms_give_no_rows():
    assert form_rows({}) == [] and form_rows({"forms": None}) == []
