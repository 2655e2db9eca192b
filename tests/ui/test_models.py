"""The item models pass Qt's model tester and show what the clerk needs."""
from PySide6.QtCore import Qt

from app.visit.model import ProcedureChoice
from forms.facts import build_facts
from forms.packet import build_drafts, build_packet
from tests.forms import builders as b
from tests.visit.fakes import HANAKO, NAMESAKE
from widgets.models.candidate_model import CandidateModel
from widgets.models.draft_field_model import DraftFieldModel
from widgets.models.procedure_model import ProcedureModel


def test_candidate_model(qtmodeltester):
    model = CandidateModel()
    model.set_candidates([HANAKO, NAMESAKE])
    qtmodeltester.check(model)
    assert model.index(1, 5).data() == "70%"
    assert "住所不一致" in model.index(1, 6).data()


def test_procedure_model_asks_before_changing(qtmodeltester, qtbot):
    packet = build_packet(b.family_context(), "move_in")
    model = ProcedureModel()
    model.set_procedures([ProcedureChoice(p) for p in packet.procedures])
    qtmodeltester.check(model)
    index = model.index(1, 0)
    assert model.data(index, Qt.CheckStateRole) == Qt.Checked
    with qtbot.waitSignal(model.toggle_requested) as asked:
        assert not model.setData(index, Qt.Unchecked.value, Qt.CheckStateRole)
    assert asked.args == [packet.procedures[1].id, False]
    assert model.data(index, Qt.CheckStateRole) == Qt.Checked  # unchanged until the service agrees


def _jidou_draft():
    """The real 児童手当 form with the holder's 個人番号 and a bad phone typed on this form."""
    context = b.family_context()
    packet = build_packet(context, "move_in")
    drafts = build_drafts(build_facts(context, "move_in"), packet.procedures,
                          {"jidou_nintei": {"phone": "電話なし"}})
    return next(d for d in drafts if d.form_id == "jidou_nintei")


def test_draft_field_model_masks_and_flags(qtmodeltester, qtbot):
    draft = _jidou_draft()
    model = DraftFieldModel()
    model.set_draft(draft)
    qtmodeltester.check(model)
    rows = {model.field_key(r): r for r in range(model.rowCount())}
    assert model.index(rows["name"], 2).data() == "カード"
    assert model.index(rows["my_number"], 1).data() == "**** **** 9018"   # masked on screen
    assert model.index(rows["consent"], 2).data() == "未入力"              # never assumed
    assert model.index(rows["phone"], 2).data() == "職員入力"
    assert "0から始まる電話番号" in model.index(rows["phone"], 3).data()
    assert model.index(rows["phone"], 0).data(Qt.BackgroundRole) is not None
    assert model.flags(model.index(rows["phone"], 1)) & Qt.ItemIsEditable
    assert not model.flags(model.index(rows["phone"], 2)) & Qt.ItemIsEditable
    with qtbot.waitSignal(model.edit_requested) as edit:
        model.setData(model.index(rows["phone"], 1), "0155-12-3456", Qt.EditRole)
    assert edit.args == ["phone", "電話なし", "0155-12-3456"]
