"""決裁 at the clerk's window with a supervisor standing by: the supervisor signs in, sees
the same review as in the queue before deciding; no default button, Enter never rejects."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.approval.machine import ApprovalState
from app.visit.workflow import VisitState
from tests.ui_staff.counter_window import audit_trail, counter, sign_in, staff_id, submitted_visit

pytestmark = pytest.mark.slow


def open_dialog(qtbot, window):
    printing = window.current_page()
    qtbot.keyClick(printing, Qt.Key_A, Qt.AltModifier)     # 決裁（承認・差し戻し）(&A)…
    qtbot.waitUntil(lambda: getattr(window, "approval_dialog", None) is not None
                    and window.approval_dialog.isVisible())
    return window.approval_dialog


def test_enter_never_rejects_and_the_supervisor_reviews_before_deciding(qtbot):
    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        visit_id = submitted_visit(qtbot, window)
        approval = started.services.staff.approval
        dialog = open_dialog(qtbot, window)
        assert not any(b.isDefault() or b.autoDefault() for b in dialog.findChildren(QPushButton))
        assert dialog.steps.currentWidget() is not dialog.review   # nothing to decide before signing in
        qtbot.keyClicks(dialog.name_edit, "shinsa")
        qtbot.keyClicks(dialog.password_edit, "renshu-wrong")
        qtbot.keyClick(dialog.password_edit, Qt.Key_Return)
        qtbot.waitUntil(lambda: "パスワード" in dialog.error.text(), timeout=10000)   # checked off the GUI thread
        assert approval.state_of(visit_id) is ApprovalState.SUBMITTED
        qtbot.keyClicks(dialog.password_edit, "renshu-shinsa")
        qtbot.keyClick(dialog.password_edit, Qt.Key_Return)          # signs in; decides nothing
        review = dialog.review
        qtbot.waitUntil(lambda: review.request is not None and review.approve_button.isEnabled())
        assert approval.state_of(visit_id) is ApprovalState.SUBMITTED
        # the same review as in the queue: the forms, each value with its provenance
        forms = [review.forms_list.item(i).text() for i in range(review.forms_list.count())]
        assert forms == [d.title for d in window.controller.visit.drafts] and "住民異動届" in forms
        sources = {review.model.index(r, 2).data() for r in range(review.model.rowCount())}
        assert sources & {"カード", "住民記録", "住民の回答"}
        # the form as it prints goes to the preview slot, made from the stored (frozen) visit
        qtbot.waitUntil(lambda: review.form_preview.page_count > 0, timeout=10000)
        assert not review.form_preview.page_image(0).isNull()
        # Enter anywhere in the review decides nothing
        for widget in (review.forms_list, review.table, review.comment_edit):
            qtbot.keyClick(widget, Qt.Key_Return)
        qtbot.wait(200)
        assert approval.state_of(visit_id) is ApprovalState.SUBMITTED and dialog.isVisible()
        # 差戻し needs a comment; with it, the visit comes back to the clerk's forms
        review.comment_edit.clear()
        review.reject_button.click()
        qtbot.waitUntil(lambda: "コメント" in review.message.text())
        assert approval.state_of(visit_id) is ApprovalState.SUBMITTED
        review.comment_edit.setPlainText("転出予定日を確認してください")
        review.reject_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
        assert approval.state_of(visit_id) is ApprovalState.REJECTED
        assert approval.get(visit_id).decided_by == staff_id(started, "shinsa")
        qtbot.waitUntil(lambda: window.controller.visit.state is VisitState.PROCEDURES_CHOSEN)
        assert window.identity.name == "madoguchi"                   # the clerk stays signed in
        supervisor = staff_id(started, "shinsa")
        trail = audit_trail(started, "sign_in", "rejected", "sign_out")
        assert trail[-3:] == [("sign_in", supervisor), ("rejected", supervisor), ("sign_out", supervisor)]


def test_a_clerk_cannot_sign_in_to_decide(qtbot):
    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        visit_id = submitted_visit(qtbot, window)
        dialog = open_dialog(qtbot, window)
        qtbot.keyClicks(dialog.name_edit, "kenshu")
        qtbot.keyClicks(dialog.password_edit, "renshu-kenshu")
        qtbot.keyClick(dialog.password_edit, Qt.Key_Return)
        qtbot.waitUntil(lambda: "権限" in dialog.error.text(), timeout=10000)
        assert dialog.steps.currentWidget() is not dialog.review
        assert started.services.staff.approval.state_of(visit_id) is ApprovalState.SUBMITTED
