"""Queue → review → approve / reject, with the real ApprovalService on SQLite."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from app.approval.machine import ApprovalState
from app.approval.models import QueueItem
from tests.ui_staff.conftest import SNAPSHOT
from widgets.error_presenter import ErrorPresenter
from widgets.staff.approval_panel import ApprovalPanel
from widgets.staff.approval_queue_model import ApprovalQueueModel
from widgets.staff.panels import staff_name_lookup
from widgets.staff.snapshot_field_model import SnapshotFieldModel
from widgets.staff.snapshot_rows import form_rows


def make_panel(qtbot, services, actor, presenter=None):
    panel = ApprovalPanel(services.approval, lambda: actor, staff_name_lookup(services), presenter)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def wait_rows(qtbot, panel, n):
    qtbot.waitUntil(lambda: panel.queue_page.model.rowCount() == n and not panel.runner.busy)


def open_first(qtbot, panel):
    panel.queue_page.table.setFocus()
    qtbot.keyClick(panel.queue_page.table, Qt.Key_Return)
    assert panel.currentWidget() is panel.review_page
    qtbot.waitUntil(lambda: panel.review_page.request is not None and not panel.runner.busy)
    return panel.review_page


def test_queue_model_passes_the_model_tester(qtmodeltester):
    model = ApprovalQueueModel(lambda i: f"職員{i}")
    at = datetime(2026, 11, 22, 1, 2, tzinfo=timezone.utc)
    model.set_items([QueueItem("v1", 1, 3, at, True), QueueItem("v2", 2, 4, at, False)])
    qtmodeltester.check(model)
    assert model.index(1, model.DECIDE).data() == "自分の提出（他の審査者へ）"
    assert model.index(0, model.SUBMITTER).data() == "職員3"   # no name in the item: looked up
    assert model.index(1, model.REVISION).data() == "第2版（再提出）"


@pytest.mark.parametrize("seconds, shown", [(0, "1分未満"), (59, "1分未満"), (12 * 60 + 5, "12分"),
                                            (3900, "1時間5分"), (2 * 86400 + 3 * 3600, "2日3時間")])
def test_waiting_time_reads_as_a_person_says_it(seconds, shown):
    from widgets.staff.approval_queue_model import waiting_label

    assert waiting_label(seconds) == shown


def test_snapshot_model_passes_the_model_tester(qtmodeltester):
    model = SnapshotFieldModel()
    model.set_form(form_rows(SNAPSHOT)[0])
    qtmodeltester.check(model)


def test_queue_then_review_then_approval_by_another_supervisor(qtbot, services, people):
    services.approval.submit(people["clerk1"], "V-0001", SNAPSHOT)
    services.approval.submit(people["clerk1"], "V-0002", {"forms": []})
    panel = make_panel(qtbot, services, people["super2"])
    wait_rows(qtbot, panel, 2)
    model = panel.queue_page.model
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    # who waits (masked), for what, at which counter, submitted by whom, for how long
    assert first == ["山田　＊＊", "転入", "窓口1", "clerk1", "1分未満", "第1版", "決裁できます"]

    review = open_first(qtbot, panel)
    assert review.visit_id == "V-0001"
    assert [review.forms_list.item(i).text() for i in range(review.forms_list.count())] == \
        ["住民異動届（変更 1 件）", "国民健康保険 資格取得届"]
    procedures = [review.procedures_list.item(i).text() for i in range(review.procedures_list.count())]
    assert procedures == ["転入届", "国民健康保険の加入",
                          "児童手当の認定請求（職員が追加：3歳の子がいると本人から申し出）"]
    m = review.model
    rows = {m.index(r, 0).data(): r for r in range(m.rowCount())}
    prov = {label: m.index(r, 2).data() for label, r in rows.items()}
    assert prov == {"氏名": "カード", "生年月日": "カード", "新住所": "住民の回答", "前住所": "職員入力",
                    "電話番号": "職員入力", "世帯番号": "住民記録", "異動日": "自動算出", "個人番号": "カード"}
    changed = {label for label, r in rows.items() if m.index(r, 0).data(SnapshotFieldModel.ChangedRole)}
    assert changed == {"前住所"}  # a blank the clerk filled in is input, not a change
    assert m.index(rows["前住所"], 3).data() == "架空県見本市旧町５番地６"
    assert "【変更】" in m.index(rows["前住所"], 1).data()
    assert m.index(rows["個人番号"], 1).data() == "**** **** 6900"
    assert review.approve_button.isEnabled() and review.reject_button.isEnabled()

    review.comment_edit.setPlainText("確認しました")
    qtbot.keyClick(review, Qt.Key_A, Qt.AltModifier)
    qtbot.waitUntil(lambda: services.approval.state_of("V-0001") is ApprovalState.APPROVED)
    qtbot.waitUntil(lambda: not panel.runner.busy and review.request.state is ApprovalState.APPROVED)
    assert review.message.text() == "承認しました。"
    assert not review.approve_button.isEnabled() and not review.reject_button.isEnabled()
    approved = services.approval.get("V-0001")
    assert (approved.decided_by, approved.comment) == (people["super2"].staff_id, "確認しました")
    assert services.audit.entries(action="approved")[-1].staff_id == people["super2"].staff_id

    qtbot.keyClick(review, Qt.Key_Escape)
    assert panel.currentWidget() is panel.queue_page
    wait_rows(qtbot, panel, 1)
    assert panel.queue_page.model.item(0).visit_id == "V-0002"


def test_own_submission_is_shown_as_refused(qtbot, services, people):
    services.approval.submit(people["super1"], "V-0003", SNAPSHOT)
    presenter = ErrorPresenter()
    shown = []
    presenter.presented.connect(shown.append)
    panel = make_panel(qtbot, services, people["super1"], presenter)
    wait_rows(qtbot, panel, 1)
    assert panel.queue_page.model.index(0, 6).data() == "自分の提出（他の審査者へ）"
    review = open_first(qtbot, panel)
    assert not review.approve_button.isEnabled() and not review.reject_button.isEnabled()
    assert "自分が提出した申請は決裁できません。" in review.message.text()
    assert [s.message for s in shown] == ["自分が提出した申請は決裁できません。"]
    review.approve()  # Alt+A on a disabled button does nothing
    qtbot.keyClick(review, Qt.Key_A, Qt.AltModifier)
    assert services.approval.state_of("V-0003") is ApprovalState.SUBMITTED


def test_rejection_requires_a_comment(qtbot, services, people):
    services.approval.submit(people["clerk1"], "V-0004", SNAPSHOT)
    presenter = ErrorPresenter()
    shown = []
    presenter.presented.connect(shown.append)
    panel = make_panel(qtbot, services, people["super1"], presenter)
    wait_rows(qtbot, panel, 1)
    review = open_first(qtbot, panel)
    qtbot.mouseClick(review.reject_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(shown) and not panel.runner.busy)
    assert shown[-1].message == "コメントを入力してください。"
    assert "コメントを入力してください。" in review.message.text()
    assert services.approval.state_of("V-0004") is ApprovalState.SUBMITTED
    assert review.reject_button.isEnabled()  # the supervisor can type and try again

    review.comment_edit.setPlainText("前住所の番地を住民記録と照合してください")
    qtbot.keyClick(review, Qt.Key_R, Qt.AltModifier)
    qtbot.waitUntil(lambda: services.approval.state_of("V-0004") is ApprovalState.REJECTED)
    qtbot.waitUntil(lambda: not panel.runner.busy and review.request.state is ApprovalState.REJECTED)
    assert review.message.text() == "差し戻しました。"
    assert "前住所の番地を住民記録と照合してください" in review.history.text()
    assert services.approval.get("V-0004").comment == "前住所の番地を住民記録と照合してください"


@pytest.mark.parametrize("who, titles", [("super1", ["決裁 (F3)"]), ("clerk1", []),
                                         ("admin1", ["職員管理 (F9)", "事務所の設定 (F10)"]),
                                         ("trainer1", ["研修担当の画面 (F4)"])])
def test_panels_follow_the_role_matrix(qtbot, services, people, who, titles):
    from cardreader.simulator import SimulatedReader
    from widgets.staff.panels import staff_panels

    panels = staff_panels(services, lambda: people[who], demo=True, simulated_reader=SimulatedReader())
    for _title, widget, _key in panels:
        qtbot.addWidget(widget)
    assert [p[0] for p in panels] == titles
    outside_demo = staff_panels(services, lambda: people[who], demo=False,
                                simulated_reader=SimulatedReader())
    for _title, widget, _key in outside_demo:
        qtbot.addWidget(widget)
    assert "研修担当の画面 (F4)" not in [p[0] for p in outside_demo]


def test_unknown_visit_says_so(qtbot, services, people):
    panel = make_panel(qtbot, services, people["super1"])
    panel.queue_page.review_requested.emit("V-NONE")
    qtbot.waitUntil(lambda: not panel.runner.busy and "決裁に回されていません" in panel.review_page.summary.text())
    assert not panel.review_page.approve_button.isEnabled()


def test_queue_picks_up_new_submissions_while_shown(qtbot, services, people):
    from widgets.staff.approval_queue_page import ApprovalQueuePage

    page = ApprovalQueuePage(services.approval, lambda: people["super1"], auto_refresh_ms=100)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "ありません" in page.status.text())
    assert not page.open_button.isEnabled()
    services.approval.submit(people["clerk1"], "V-0100", SNAPSHOT)  # from another window
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.status.text() == "決裁待ち 1 件" and page.open_button.isEnabled()
    page.hide()
    assert not page.auto_refresh.isActive()


def test_the_review_reads_staff_names_off_the_gui_thread(qtbot, services, people, monkeypatch):
    """The submitter's and the history's names come from the staff table: the first look-up
    of each once ran on the GUI thread (a database read while the supervisor waits)."""
    import threading

    services.approval.submit(people["clerk1"], "V-0005", SNAPSHOT)
    read_on, real_get = [], services.staff.get_by_id

    def get_by_id(staff_id):
        read_on.append(threading.current_thread() is threading.main_thread())
        return real_get(staff_id)
    monkeypatch.setattr(services.staff, "get_by_id", get_by_id)
    panel = make_panel(qtbot, services, people["super2"])
    wait_rows(qtbot, panel, 1)
    review = open_first(qtbot, panel)
    assert "clerk1" in review.summary.text() and "clerk1" in review.history.text()
    assert read_on and not any(read_on), "a staff name was read on the GUI thread"
