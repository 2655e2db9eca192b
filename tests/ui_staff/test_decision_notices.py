"""A supervisor decides at another desk: the clerk's window hears of it within seconds,
without a key pressed — a banner, the visit moved on, the rejection comment on the forms."""
from __future__ import annotations

import pytest

from app.approval.machine import ApprovalState
from app.visit.workflow import VisitState
from tests.ui_staff.counter_window import counter, sign_in, submitted_visit

pytestmark = pytest.mark.slow

POLL_MS = 200   # the window polls every DECISION_POLL_MS (4 s); shortened for the test


def supervisor_at_another_desk(started):
    staff = started.services.staff
    return staff.staff.authenticate("shinsa", "renshu-shinsa", "審査席").actor, staff.approval


def test_a_rejection_reaches_the_clerk_with_its_comment_where_the_fix_is_made(qtbot):
    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        watcher = started.session.watcher
        watcher.timer.setInterval(POLL_MS)
        visit_id = submitted_visit(qtbot, window)
        assert "決裁待ち" in window.visit_label.text()
        supervisor, approval = supervisor_at_another_desk(started)
        approval.reject(supervisor, visit_id, "転出先の番地を確認してください")
        # nobody touches the keyboard: the poll finds it off the GUI thread
        qtbot.waitUntil(lambda: window.controller.visit.state is VisitState.PROCEDURES_CHOSEN,
                        timeout=5000)
        banner = started.session.banner
        assert banner.isVisible() and len(banner.rows) == 1
        text = banner.texts()[0]
        assert "差し戻されました" in text and "shinsa" in text and "転出先の番地を確認してください" in text
        assert "𠮷田\u3000＊＊" in text and "髙志" not in text   # the resident only masked
        # the visit reopened on the forms, the comment above them
        review = window.current_page()
        assert review is window.pages[4]
        note = started.session.rejection_notes[0]
        assert note.isVisible() and "転出先の番地を確認してください" in note.text()
        # shown once: marked seen in the database
        qtbot.waitUntil(lambda: started.services.ports.approval.unseen_decisions() == [])
        qtbot.wait(3 * POLL_MS)
        assert len(banner.rows) == 1
        assert approval.get(visit_id).state is ApprovalState.REJECTED


def test_an_approval_moves_the_visit_on_to_printing(qtbot):
    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        started.session.watcher.timer.setInterval(POLL_MS)
        visit_id = submitted_visit(qtbot, window)
        printing = window.current_page()
        assert not printing.print_button.isEnabled()
        supervisor, approval = supervisor_at_another_desk(started)
        approval.approve(supervisor, visit_id, "")
        qtbot.waitUntil(lambda: window.controller.visit.state is VisitState.APPROVED, timeout=5000)
        assert printing.print_button.isEnabled()
        assert "承認されました" in started.session.banner.texts()[0]
        assert "決裁済み" in window.visit_label.text()


def test_a_decision_on_a_visit_put_aside_is_opened_from_the_banner(qtbot):
    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        started.session.watcher.timer.setInterval(POLL_MS)
        visit_id = submitted_visit(qtbot, window)
        window.current_page().next_visit_button.click()      # the next resident
        qtbot.waitUntil(lambda: window.controller.visit is None)
        supervisor, approval = supervisor_at_another_desk(started)
        approval.reject(supervisor, visit_id, "電話番号を記入してください")
        banner = started.session.banner
        qtbot.waitUntil(lambda: len(banner.rows) == 1, timeout=5000)
        assert window.controller.visit is None               # nothing taken off the clerk's screen
        banner.rows[0].open_button.click()
        qtbot.waitUntil(lambda: window.controller.visit is not None
                        and window.controller.visit.visit_id == visit_id)
        assert window.controller.visit.state is VisitState.PROCEDURES_CHOSEN
        assert "電話番号を記入してください" in started.session.rejection_notes[0].text()
        assert banner.rows == []


def test_a_decision_during_the_lock_waits_for_the_clerk(qtbot):
    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        started.session.watcher.timer.setInterval(POLL_MS)
        visit_id = submitted_visit(qtbot, window)
        window.lock()
        supervisor, approval = supervisor_at_another_desk(started)
        approval.reject(supervisor, visit_id, "続柄を確認してください")
        qtbot.wait(5 * POLL_MS)
        banner = started.session.banner
        assert not banner.isVisible() and window.locked
        # not shown yet, so not marked seen: a crash now would not lose it
        assert [n.visit_id for n in started.services.ports.approval.unseen_decisions()] == [visit_id]
        window.lock_page.password.setText("renshu-madoguchi")
        window.lock_page.unlock_button.click()
        qtbot.waitUntil(lambda: banner.isVisible() and len(banner.rows) == 1)
        qtbot.waitUntil(lambda: window.controller.visit.state is VisitState.PROCEDURES_CHOSEN)
        qtbot.waitUntil(lambda: started.services.ports.approval.unseen_decisions() == [])
