"""Screenshots of the approval loop in the real counter window, under a real X server.

Not collected by default (no test_ prefix): tests/ui_staff/test_screenshots.py starts Xvfb
and runs this file in a subprocess (Qt's platform cannot change inside a process that chose
"offscreen"). The PNGs go to artifacts/screens/approval-*.png for a person to look at.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.identity.actor import Actor
from app.visit.workflow import VisitState
from tests.ui_staff.conftest import SNAPSHOT
from tests.ui_staff.counter_window import counter, fix_phone_and_resubmit, sign_in, submitted_visit

OUT = Path(os.environ.get("MADOGUCHI_SCREENS_DIR", "artifacts/screens"))


def save(widget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(OUT / f"approval-{name}.png"))


def switch_to(qtbot, window, started, name):
    started.session.switch_action.trigger()
    sign_in(qtbot, window, name)


def test_capture_the_approval_loop(qtbot):
    assert QApplication.platformName() == "xcb"
    with counter(qtbot) as (window, started):
        window.resize(1200, 820)
        sign_in(qtbot, window, "madoguchi")
        started.session.watcher.timer.setInterval(200)
        visit_id = submitted_visit(qtbot, window)
        staff, approval = started.services.staff, started.services.staff.approval
        clerk = staff.staff.get("madoguchi")
        # two more counters have submitted earlier
        for n, (who, workstation) in enumerate((("山田　太郎", "窓口3"), ("佐藤　花子", "窓口5"))):
            snapshot = dict(SNAPSHOT, resident={"name": who})
            approval.submit(Actor(clerk.id, clerk.name, "clerk", workstation), f"R8-0412-00{n}", snapshot)

        supervisor = staff.staff.authenticate("shinsa", "renshu-shinsa", "審査席").actor
        approval.reject(supervisor, visit_id, "転出先の番地が住民の申出と違います。確認してください。")
        qtbot.waitUntil(lambda: window.controller.visit.state is VisitState.PROCEDURES_CHOSEN,
                        timeout=5000)
        qtbot.wait(300)
        save(window, "rejection-banner")

        draft = fix_phone_and_resubmit(qtbot, window)

        # the clerk steps away: the lock hides everything personal
        window.lock()
        save(window, "locked")
        window.lock_page.password.setText("renshu-madoguchi")
        window.lock_page.unlock_button.click()
        qtbot.waitUntil(lambda: not window.locked, timeout=10000)

        # the supervisor at the counter: signs in, then the full review
        qtbot.keyClick(window.current_page(), Qt.Key_A, Qt.AltModifier)
        qtbot.waitUntil(lambda: getattr(window, "approval_dialog", None) is not None
                        and window.approval_dialog.isVisible())
        dialog = window.approval_dialog
        qtbot.keyClicks(dialog.name_edit, "shinsa")
        save(dialog, "at-counter-sign-in")
        dialog.reject()

        switch_to(qtbot, window, started, "shinsa")
        qtbot.keyClick(window, Qt.Key_F3)
        panel = window.stack.currentWidget()
        qtbot.waitUntil(lambda: panel.queue_page.model.rowCount() == 3 and not panel.runner.busy)
        save(window, "queue")
        row = panel.queue_page.model.row_of(visit_id)
        panel.queue_page.table.selectRow(row)
        qtbot.keyClick(panel.queue_page.table, Qt.Key_Return)
        review = panel.review_page
        qtbot.waitUntil(lambda: review.diff_view.isVisible() and review.approve_button.isEnabled(),
                        timeout=5000)
        qtbot.wait(1500)   # the form preview renders off the GUI thread
        save(window, "review-diff")

        switch_to(qtbot, window, started, "kanri")
        qtbot.wait(500)
        save(window, "admin-staff")
