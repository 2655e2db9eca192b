"""Visits stuck in 提出済み are sent back from the 決裁 panel; a certificate alone prints
without 決裁 — both at the counter as run_gui starts it."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.visit.workflow import VisitAction, VisitState
from tests.journeys.driver import ClerkAtCounter
from tests.journeys.test_clerk_journeys import CERTIFICATE, MOVE_OUT
from tests.ui_staff.counter_window import audit_trail, counter, sign_in, staff_id
from widgets.staff.approval_panel import ApprovalPanel

pytestmark = pytest.mark.slow


def test_a_supervisor_sends_back_a_visit_stuck_in_submitted(qtbot):
    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        ClerkAtCounter(qtbot, window).to_review(MOVE_OUT)
        visit = window.controller.visit
        # what a counter that died between the two old transactions left: 提出済み, no request
        started.services.ports.repository.save(replace(visit, state=VisitState.SUBMITTED))
        window.controller.close_visit()
        started.session.switch_action.trigger()
        sign_in(qtbot, window, "shinsa")
        qtbot.keyClick(window, Qt.Key_F3)
        panel = window.stack.currentWidget()
        assert isinstance(panel, ApprovalPanel)
        qtbot.waitUntil(lambda: panel.stuck_button.isVisible(), timeout=5000)
        assert "1 件" in panel.stuck_button.text()
        panel.stuck_button.click()
        page = panel.stuck_page
        qtbot.waitUntil(lambda: page.table.rowCount() == 1 and not panel.runner.busy)
        assert [page.table.item(0, c).text() for c in range(3)] == [visit.visit_id, "転出", "madoguchi"]
        page.send_back_button.click()                       # no comment: refused
        qtbot.waitUntil(lambda: "コメント" in page.message.text())
        page.comment_edit.setPlainText("もう一度確認して提出してください")
        page.send_back_button.click()
        qtbot.waitUntil(lambda: "差し戻しました" in page.message.text() and page.table.rowCount() == 0)
        assert audit_trail(started, "sent_back") == [("sent_back", staff_id(started, "shinsa"))]
        page.back_button.click()
        qtbot.waitUntil(lambda: not panel.runner.busy and not panel.stuck_button.isVisible())

        started.session.switch_action.trigger()
        sign_in(qtbot, window, "madoguchi")
        window.controller.resume(visit.visit_id)
        qtbot.waitUntil(lambda: window.controller.visit is not None
                        and window.controller.visit.state is VisitState.PROCEDURES_CHOSEN)
        assert "もう一度確認して提出してください" in started.session.rejection_notes[0].text()


def test_a_certificate_alone_prints_without_waiting_for_approval(qtbot, tmp_path):
    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        ClerkAtCounter(qtbot, window).to_review(CERTIFICATE)
        visit = window.controller.visit
        assert [p.code for p in visit.selected_procedures] == ["juminhyo"]
        printing = window.current_page()
        assert VisitAction.PRINT in window.controller.allowed()
        assert printing.print_button.isEnabled() and printing.preview_button.isEnabled()
        assert "決裁" not in window.visit_label.text() and "決裁後" not in printing.state_label.text()
        printing.save_pdf_to(tmp_path / "certificate.pdf")
        qtbot.waitUntil(lambda: window.controller.visit.state is VisitState.PRINTED, timeout=20000)
        assert started.services.staff.approval.get(visit.visit_id) is None   # never in the queue
        assert [e.object_ids for e in started.services.staff.audit.entries(action="printed")] == \
            [visit.visit_id]
