"""run_gui's startup sequence: window first, services in the background, sign-in, counter."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.flow import type_text

pytestmark = pytest.mark.slow


@pytest.fixture
def startup(qtbot):
    from composition import build_counter_services
    from widgets.application import CounterStartup
    from widgets.main_window import MainWindow

    window = MainWindow(demo=False)
    qtbot.addWidget(window)
    started = CounterStartup(QApplication.instance(), window,
                             lambda: build_counter_services(db=None, demo=True, residents=0))
    window.show()
    yield window, started
    started.close()


def test_window_is_up_before_the_services_and_signs_in(qtbot, startup):
    window, started = startup
    assert window.isVisible() and window.stack.currentWidget() is window.sign_in_page
    assert not window.sign_in_page.ready          # still loading: nothing to type into yet
    qtbot.waitUntil(lambda: window.sign_in_page.ready, timeout=30000)
    assert window.demo_banner.isVisible()          # nothing configured → 練習モード
    assert "madoguchi" in window.sign_in_page.demo_label.text()
    page = window.sign_in_page
    type_text(qtbot, page.name_edit, "madoguchi")
    type_text(qtbot, page.password_edit, "wrong-password")
    qtbot.keyClick(page.password_edit, Qt.Key_Return)
    assert not page.ready                          # checked off the GUI thread; the page waits
    qtbot.waitUntil(lambda: page.ready, timeout=10000)
    assert page.error.text() and window.controller is None
    assert page.name_edit.text() == "madoguchi"    # what the clerk typed stays
    type_text(qtbot, page.password_edit, "renshu-madoguchi")
    qtbot.keyClick(page.password_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: started.counter_open, timeout=10000)
    assert window.stack.currentWidget() is window.work
    assert "madoguchi" in window.staff_label.text()
    # the card thread starts on the next turn of the event loop, after the panels are wired
    qtbot.waitUntil(lambda: started.card_bridge.running, timeout=10000)
    assert window.demo_cards.isVisible()   # F5/F6 work
    services = started.services
    started.close()
    actions = [e.action for e in services.staff.audit.entries()]
    assert actions[-1] == "sign_out" and "sign_in" in actions


def test_first_run_creates_the_administrator_with_a_one_time_password(qtbot, tmp_path):
    from composition import build_counter_services
    from widgets.application import CounterStartup
    from widgets.main_window import MainWindow

    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    window = MainWindow(demo=False)
    qtbot.addWidget(window)
    started = CounterStartup(QApplication.instance(), window,
                             lambda: build_counter_services(db=url, demo=False))
    window.show()
    page = window.sign_in_page
    try:
        qtbot.waitUntil(lambda: page.bootstrap_button.isVisible(), timeout=30000)
        assert not window.demo_banner.isVisible()
        page.bootstrap_button.click()
        qtbot.waitUntil(lambda: page.ready)
        one_time = page.status.text().split(": ")[1].split("\n")[0]
        assert len(one_time) >= 8
        type_text(qtbot, page.name_edit, "")
        type_text(qtbot, page.password_edit, one_time)
        qtbot.keyClick(page.password_edit, Qt.Key_Return)
        qtbot.waitUntil(lambda: getattr(started, "password_dialog", None) is not None, timeout=10000)
        dialog = started.password_dialog
        assert dialog.isVisible()                    # a one-time password must be changed first
        assert window.controller is None and window.stack.currentWidget() is page
        dialog.old_edit.setText(one_time)
        dialog.new_edit.setText("kawari-no-aikotoba-7")
        dialog.repeat_edit.setText("kawari-no-aikotoba-7")
        dialog.buttons.accepted.emit()
        from widgets.staff.staff_accounts_page import StaffAccountsPage

        qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), StaffAccountsPage),
                        timeout=30000)
        # the administrator manages staff and settings, and never gets the counter
        assert window.controller is None and window.work is None
        titles = [a.text() for a in window.toolbar.actions() if a.isVisible()]
        assert "職員管理 (F9)" in titles and not any("窓口" in t for t in titles)
        accounts = window.stack.currentWidget()
        qtbot.waitUntil(lambda: [m.name for m in accounts.members] == ["admin"])
        type_text(qtbot, accounts.new_name, "tanaka")
        accounts.new_role.setCurrentIndex(accounts.new_role.findData("clerk"))
        type_text(qtbot, accounts.new_password, "kari-pass-0001")
        accounts.add_button.click()
        qtbot.waitUntil(lambda: "tanaka" in [m.name for m in accounts.members], timeout=10000)
        added = started.services.staff.staff.get("tanaka")
        assert added.must_change_password and added.role.value == "clerk"
    finally:
        started.close()
