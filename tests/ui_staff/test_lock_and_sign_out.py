"""The idle lock on real inactivity, what the locked screen shows, sign-out and switch of
user — in the counter as run_gui starts it, on the demo database, audited with the real
people as actors."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.visit.workflow import VisitState
from cardreader.simulator import card_for_persona, load_persona
from tests.ui_staff.counter_window import (audit_trail, counter, shown_texts, sign_in, staff_id,
                                           submitted_visit)

pytestmark = pytest.mark.slow

IDLE = 1.5   # seconds of idleness before the lock (300 in an office)
RESIDENT = load_persona("yoshida-takashi")["card"]


def wheel(widget) -> None:
    at = QPointF(10, 10)
    QApplication.sendEvent(widget.viewport(), QWheelEvent(
        at, widget.viewport().mapToGlobal(at), QPoint(0, 0), QPoint(0, -120), Qt.NoButton,
        Qt.NoModifier, Qt.NoScrollPhase, False))


def test_typing_clicking_and_scrolling_keep_the_screen_unlocked(qtbot):
    with counter(qtbot, idle=IDLE) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        page = window.current_page()
        target = page.open_list
        # keys, clicks, mouse moves and the wheel, anywhere in the window, for twice the idle time
        end = time.monotonic() + 2 * IDLE + 0.5
        i = 0
        while time.monotonic() < end:
            if i % 4 == 0:
                qtbot.keyClick(target, Qt.Key_Down)
            elif i % 4 == 1:
                qtbot.mouseMove(target, QPoint(10 + i % 20, 10))
            elif i % 4 == 2:
                qtbot.mouseClick(page.title_label, Qt.LeftButton)
            else:
                wheel(target)
            i += 1
            qtbot.wait(250)
            assert not window.locked, f"locked while the clerk was working (after {i} inputs)"
        # then nothing: it locks
        qtbot.waitUntil(lambda: window.locked, timeout=int(IDLE * 1000) + 2000)
        clerk = staff_id(started, "madoguchi")   # the lock's entry is written off the GUI thread
        qtbot.waitUntil(lambda: audit_trail(started, "screen_locked") == [("screen_locked", clerk)])


def test_the_locked_screen_shows_no_personal_data_and_unlocks_for_the_same_member_only(qtbot):
    with counter(qtbot, idle=IDLE) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        window.idle.set_seconds(0)               # the clerk works at their pace until submitting
        visit_id = submitted_visit(qtbot, window)
        surname = RESIDENT["name"].split("\u3000")[0]
        assert any(surname in t for t in shown_texts(window))   # on screen while working
        window.idle.set_seconds(IDLE)
        qtbot.waitUntil(lambda: window.locked, timeout=int(IDLE * 1000) + 2000)
        # a late update while locked (a decision, a background call) must not show either
        window.controller.visit_changed.emit(window.controller.visit)
        window._banner("テスト", "確認", "info")
        qtbot.wait(50)
        shown = "\n".join(shown_texts(window))
        for private in (surname, RESIDENT["name"], RESIDENT["address"][:6], RESIDENT["my_number"][-4:],
                        visit_id):
            assert private not in shown, private
        assert "テスト" not in shown and "madoguchi" in window.lock_page.who.text()
        # another member's password does not unlock this member's screen
        window.lock_page.password.setText("renshu-shinsa")
        window.lock_page.unlock_button.click()
        qtbot.waitUntil(lambda: bool(window.lock_page.error.text()), timeout=10000)  # checked off the GUI thread
        assert window.locked
        window.lock_page.password.setText("renshu-madoguchi")
        qtbot.keyClick(window.lock_page.password, Qt.Key_Return)
        qtbot.waitUntil(lambda: not window.locked, timeout=10000)
        assert window.controller.visit.visit_id == visit_id and surname in window.visit_label.text()
        clerk = staff_id(started, "madoguchi")
        trail = audit_trail(started, "screen_locked", "screen_unlocked", "sign_in_failed")
        assert trail == [("screen_locked", clerk), ("sign_in_failed", clerk), ("screen_unlocked", clerk)]


def test_switching_user_at_the_lock_screen_hands_the_visit_to_the_next_member(qtbot):
    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        visit_id = submitted_visit(qtbot, window)
        window.lock()
        window.lock_page.switch_button.click()
        assert window.stack.currentWidget() is window.sign_in_page and window.identity is None
        assert not any(RESIDENT["name"].split("\u3000")[0] in t for t in shown_texts(window))
        # a card put on the reader meanwhile opens nothing over the sign-in page
        reader = started.services.card_source.simulated_reader
        reader.remove()
        qtbot.wait(300)
        reader.insert(card_for_persona("takahashi-kenji"))
        qtbot.wait(1000)
        assert window.pin_dialog is None and window.new_card_box is None
        assert QApplication.activeModalWidget() is None
        sign_in(qtbot, window, "shinsa")
        assert window.stack.currentWidget() is window.work
        assert window.controller.visit.visit_id == visit_id      # the draft stayed
        assert "決裁 (F3)" in [a.text() for a in window.toolbar.actions()]
        clerk, supervisor = staff_id(started, "madoguchi"), staff_id(started, "shinsa")
        trail = audit_trail(started, "sign_in", "sign_out", "screen_locked")
        assert trail[-3:] == [("screen_locked", clerk), ("sign_out", clerk), ("sign_in", supervisor)]


def test_sign_out_from_the_toolbar_puts_the_visit_aside_to_be_resumed(qtbot):
    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "madoguchi")
        visit_id = submitted_visit(qtbot, window)
        started.session.sign_out_action.trigger()
        assert window.stack.currentWidget() is window.sign_in_page and window.identity is None
        assert not window.toolbar.isVisible() and not window.demo_cards.isVisible()
        assert "サインアウトしました" in window.sign_in_page.status.text()
        clerk = staff_id(started, "madoguchi")
        qtbot.waitUntil(lambda: audit_trail(started, "sign_out")[-1:] == [("sign_out", clerk)])
        sign_in(qtbot, window, "madoguchi")
        assert window.controller.visit is None        # nothing of the last visit on screen
        card_page = window.current_page()
        listed = [card_page.open_list.item(i).data(Qt.UserRole) for i in range(card_page.open_list.count())]
        assert visit_id in listed
        card_page.open_list.setCurrentRow(listed.index(visit_id))
        card_page.resume_button.click()
        qtbot.waitUntil(lambda: window.controller.visit is not None
                        and window.controller.visit.state is VisitState.SUBMITTED)


def test_the_administrator_gets_the_staff_pages_and_never_the_counter(qtbot):
    from widgets.staff.staff_accounts_page import StaffAccountsPage

    with counter(qtbot) as (window, started):
        sign_in(qtbot, window, "kanri")
        assert isinstance(window.stack.currentWidget(), StaffAccountsPage)
        assert window.controller is None and window.work is None
        started.session.sign_out_action.trigger()
        sign_in(qtbot, window, "madoguchi")                 # the counter is built for a clerk
        assert window.stack.currentWidget() is window.work
        started.session.sign_out_action.trigger()
        sign_in(qtbot, window, "kanri")
        assert isinstance(window.stack.currentWidget(), StaffAccountsPage)
        assert not window.counter_action.isVisible()
        qtbot.keyClick(window, Qt.Key_F2)                   # the counter's key does nothing
        window.counter_action.trigger()
        assert window.stack.currentWidget() is not window.work
        titles = [a.text() for a in window.toolbar.actions() if a.isVisible()]
        assert {"職員管理 (F9)", "事務所の設定 (F10)", "住民データ取込 (F7)"} <= set(titles)
        assert not any("窓口" in t or "決裁" in t for t in titles)
        assert not window.card_status.isVisible() and not window.demo_cards.isVisible()
        assert QApplication.activeModalWidget() is None
