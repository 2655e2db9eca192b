"""The whole approval loop at one counter, people taking turns through 職員の切替: the clerk
submits, the supervisor finds it in the queue (who, what, which counter, how long) and
rejects it, the clerk is told and fixes it, the supervisor sees what changed (v1 → v2)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.approval.machine import ApprovalState
from app.visit.workflow import VisitState
from cardreader.simulator import load_persona
from tests.ui_staff.counter_window import counter, fix_phone_and_resubmit, sign_in, submitted_visit
from widgets.staff.approval_panel import ApprovalPanel

pytestmark = pytest.mark.slow


def switch_to(qtbot, window, started, name):
    started.session.switch_action.trigger()
    sign_in(qtbot, window, name)


def open_queue(qtbot, window) -> ApprovalPanel:
    qtbot.keyClick(window, Qt.Key_F3)
    panel = window.stack.currentWidget()
    assert isinstance(panel, ApprovalPanel)
    qtbot.waitUntil(lambda: panel.queue_page.model.rowCount() == 1 and not panel.runner.busy)
    return panel


def test_reject_fix_resubmit_and_the_supervisor_sees_the_diff(qtbot):
    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        started.session.watcher.timer.setInterval(200)
        visit_id = submitted_visit(qtbot, window)
        approval = started.services.staff.approval

        switch_to(qtbot, window, started, "shinsa")
        panel = open_queue(qtbot, window)
        model = panel.queue_page.model
        row = [model.index(0, c).data() for c in range(model.columnCount())]
        surname = load_persona("yoshida-takashi")["card"]["name"].split("\u3000")[0]
        counter_name = started.services.auth.actor_for(window.identity).workstation
        assert row == [f"{surname}\u3000＊＊", "転出", counter_name, "madoguchi", "1分未満", "第1版",
                       "決裁できます"]
        qtbot.keyClick(panel.queue_page.table, Qt.Key_Return)
        review = panel.review_page
        qtbot.waitUntil(lambda: review.request is not None and review.reject_button.isEnabled())
        assert not review.diff_view.isVisible()                 # a first submission: no diff
        review.comment_edit.setPlainText("電話番号を記入してください")
        qtbot.keyClick(review, Qt.Key_R, Qt.AltModifier)
        qtbot.waitUntil(lambda: approval.state_of(visit_id) is ApprovalState.REJECTED)

        switch_to(qtbot, window, started, "madoguchi")
        qtbot.waitUntil(lambda: window.controller.visit.state is VisitState.PROCEDURES_CHOSEN,
                        timeout=5000)
        assert "電話番号を記入してください" in started.session.rejection_notes[0].text()
        draft = fix_phone_and_resubmit(qtbot, window)

        switch_to(qtbot, window, started, "shinsa")
        panel = open_queue(qtbot, window)
        assert panel.queue_page.model.index(0, 5).data() == "第2版（再提出）"
        qtbot.keyClick(panel.queue_page.table, Qt.Key_Return)
        review = panel.review_page
        qtbot.waitUntil(lambda: review.diff_view.isVisible(), timeout=5000)
        # the phone number was added on every form that asks for it, and nothing else changed
        rows = review.diff_view.rows()
        assert f"第1版からの変更: {len(rows)} 件" in review.diff_view.title.text()
        assert {r[3] for r in rows} == {"0155-12-3456"} and draft.title in {r[0] for r in rows}
        assert len({r[1] for r in rows}) == 1          # one field, on each form that has it
        qtbot.waitUntil(lambda: review.approve_button.isEnabled())
        qtbot.keyClick(review, Qt.Key_A, Qt.AltModifier)
        qtbot.waitUntil(lambda: approval.state_of(visit_id) is ApprovalState.APPROVED)

        switch_to(qtbot, window, started, "madoguchi")
        qtbot.waitUntil(lambda: window.controller.visit.state is VisitState.APPROVED, timeout=5000)
        assert window.current_page().print_button.isEnabled()
