"""The item models pass Qt's model tester and show what the clerk needs."""
from PySide6.QtCore import Qt

from app.visit.model import DraftField, FieldIssue, FormDraft
from tests.visit.fakes import HANAKO, NAMESAKE, PROCS
from widgets.models.candidate_model import CandidateModel
from widgets.models.draft_field_model import DraftFieldModel
from widgets.models.procedure_model import ProcedureModel

DRAFT = FormDraft("juminido", "juminido", "住民異動届", (
    DraftField("name", "氏名", "見本　花子", "registry", "見本　花子", prefilled_provenance="registry"),
    DraftField("moved_on", "異動日", "", "blank"),
    DraftField("my_number", "個人番号", "123456789018", "card", "123456789018", sensitive=True,
               prefilled_provenance="card"),
    DraftField("card_presented", "提示", ["マイナンバーカード提示"], "derived"),
    DraftField("foreign", "外国人", False, "derived"),
), issues=(FieldIssue("moved_on", "required", "必須の項目です。入力してください。"),))


def test_candidate_model(qtmodeltester):
    model = CandidateModel()
    model.set_candidates([HANAKO, NAMESAKE])
    qtmodeltester.check(model)
    assert model.index(1, 5).data() == "70%"
    assert "住所不一致" in model.index(1, 6).data()


def test_procedure_model_asks_before_changing(qtmodeltester, qtbot):
    model = ProcedureModel()
    model.set_procedures(list(PROCS.values()))
    qtmodeltester.check(model)
    index = model.index(1, 0)
    assert model.data(index, Qt.CheckStateRole) == Qt.Checked
    with qtbot.waitSignal(model.toggle_requested) as asked:
        assert not model.setData(index, Qt.Unchecked.value, Qt.CheckStateRole)
    assert asked.args == ["nhi", False]
    assert model.data(index, Qt.CheckStateRole) == Qt.Checked  # unchanged until the service agrees


def test_draft_field_model_masks_and_flags(qtmodeltester, qtbot):
    model = DraftFieldModel()
    model.set_draft(DRAFT)
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "住民記録"
    assert model.index(2, 1).data() == "**** **** 9018"          # My Number masked on screen
    assert model.index(3, 1).data() == "マイナンバーカード提示"
    assert model.index(4, 1).data() == "いいえ"
    assert model.index(1, 3).data() == "必須の項目です。入力してください。"
    assert model.index(1, 0).data(Qt.BackgroundRole) is not None
    assert model.flags(model.index(1, 1)) & Qt.ItemIsEditable
    assert not model.flags(model.index(1, 2)) & Qt.ItemIsEditable
    with qtbot.waitSignal(model.edit_requested) as edit:
        model.setData(model.index(1, 1), "2026-11-01", Qt.EditRole)
    assert edit.args == ["moved_on", "", "2026-11-01"]
