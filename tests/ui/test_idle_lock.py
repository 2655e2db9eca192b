"""Idle lock: the demo card bar (persona names) is off screen while locked, no card can be
placed from behind the lock, and the lock itself goes through the audited StaffService."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import IDENTITY, make_service
from tests.ui.fakes import FakeAuth

PERSONAS = [("suzuki-hana", "鈴木 花（単身・転居）"), ("yamada-taro", "山田 太郎（4人家族で転入）")]


class RecordingReader:
    def __init__(self):
        self.inserted = []

    def insert(self, card):
        self.inserted.append(card)

    def remove(self):
        pass


class LockRecordingAuth(FakeAuth):
    def __init__(self):
        super().__init__()
        self.locks = []

    def lock(self, identity):
        self.locks.append(identity.staff_id)


@pytest.fixture
def demo_window(qtbot, ui_db, card):
    from widgets.application import build_main_window

    reader, auth = RecordingReader(), LockRecordingAuth()
    window = build_main_window(make_service(ui_db), card, auth, IDENTITY, demo=True,
                               idle_lock_seconds=0, simulated_reader=reader, personas=PERSONAS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, reader, auth


def test_demo_card_bar_hidden_while_locked_and_back_after_unlock(qtbot, demo_window):
    window, reader, auth = demo_window
    bar = window.demo_cards
    assert bar.isVisible() and bar.persona_combo.currentText().startswith("鈴木")
    window.lock()
    assert window.locked and not bar.isVisible()
    qtbot.waitUntil(lambda: auth.locks == ["1"])   # handed to the (audited) auth port, off the GUI thread
    qtbot.keyClick(window.lock_page.password, Qt.Key_F5)
    bar.place_action.trigger()         # even triggered directly: nothing from behind the lock
    assert reader.inserted == []
    qtbot.keyClicks(window.lock_page.password, "pass-1234")
    qtbot.keyClick(window.lock_page.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)     # the password is checked in the background
    assert bar.isVisible()
    bar.place_action.trigger()
    assert len(reader.inserted) == 1


def test_a_bar_the_clerk_had_hidden_stays_hidden_after_unlock(qtbot, demo_window):
    window, _reader, _auth = demo_window
    window.demo_cards.hide()
    window.lock()
    qtbot.keyClicks(window.lock_page.password, "pass-1234")
    qtbot.keyClick(window.lock_page.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    assert not window.demo_cards.isVisible()


@pytest.mark.slow
def test_real_counter_lock_is_audited_and_hides_the_persona_bar(qtbot):
    from tests.ui.real_counter import close_counter, open_counter

    services, bridge, window = open_counter(qtbot)
    try:
        window.lock()
        assert not window.demo_cards.isVisible()
        window.lock_page.password.setText("renshu-madoguchi")
        window.lock_page.unlock_button.click()
        qtbot.waitUntil(lambda: not window.locked, timeout=10000)
        assert window.demo_cards.isVisible()
        actions = [e.action for e in services.staff.audit.entries()]
        assert actions.index("screen_locked") < actions.index("screen_unlocked")
    finally:
        close_counter(services, bridge, window)
