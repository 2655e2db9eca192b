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


def test_the_counters_own_snapshot_reads_with_changes_and_masked_number():
    """The snapshot the counter submits (app.visit.staff_adapter.snapshot) as the review page
    reads it: the real 児童手当 form with a phone corrected on it and the holder's 個人番号."""
    from app.visit.record import VisitRecord
    from app.visit.staff_adapter import snapshot
    from app.visit.workflow import VisitState
    from forms.facts import build_facts
    from forms.packet import build_drafts, build_packet
    from tests.forms import builders as b

    context = b.family_context()
    packet = build_packet(context, "move_in")
    drafts = build_drafts(build_facts(context, "move_in"), packet.procedures,
                          {"jidou_nintei": {"phone": "090-0000-0102"}})
    draft = next(d for d in drafts if d.form_id == "jidou_nintei")
    visit = VisitRecord("v1", "1", VisitState.SUBMITTED, drafts=(draft,))
    [form] = form_rows(snapshot(visit))
    rows = {r.key: r for r in form.rows}
    assert (form.form_id, form.title, form.changed_count) == ("jidou_nintei", draft.title, 1)
    assert rows["phone"].changed and rows["phone"].shown_prefilled == "090-1234-5678"
    assert rows["children.0.name"].shown_value == "山田　一郎"
    assert rows["my_number"].shown_value == "**** **** 9018"
    assert rows["name"].provenance_label == "カード" and rows["phone"].provenance_label == "職員入力"
    assert rows["children.0.name"].provenance_label == "住民の回答"
    assert rows["consent"].provenance_label == "未入力"
