"""Forced password change after an administrator's reset: the counter opens only after the
new password is set; cancelling signs the member out (audited)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.flow import type_text

pytestmark = pytest.mark.slow


@pytest.fixture
def reset_clerk(qtbot):
    """Demo counter whose clerk 'madoguchi' was just reset by an administrator."""
    from composition import build_counter_services
    from widgets.application import CounterStartup
    from widgets.main_window import MainWindow

    def build():
        services = build_counter_services(db=None, demo=True, residents=0)
        member = services.staff.staff.get("madoguchi")
        kanri = services.staff.staff.authenticate("kanri", "renshu-kanri", "test").actor
        services.staff.staff.reset_password(kanri, member.name, "kari-pass-0001")
        return services

    window = MainWindow(demo=False)
    qtbot.addWidget(window)
    started = CounterStartup(QApplication.instance(), window, build)
    window.show()
    qtbot.waitUntil(lambda: window.sign_in_page.ready, timeout=30000)
    page = window.sign_in_page
    type_text(qtbot, page.name_edit, "madoguchi")
    type_text(qtbot, page.password_edit, "kari-pass-0001")
    qtbot.keyClick(page.password_edit, Qt.Key_Return)
    # the password is checked off the GUI thread; then the change is asked for
    qtbot.waitUntil(lambda: getattr(started, "password_dialog", None) is not None, timeout=30000)
    yield window, started
    started.close()


def test_counter_opens_only_after_the_new_password(qtbot, reset_clerk):
    window, started = reset_clerk
    dialog = started.password_dialog
    assert dialog.isVisible() and "再設定" in dialog.intro.text()
    assert window.controller is None and window.stack.currentWidget() is window.sign_in_page
    assert not window.sign_in_page.ready   # nothing to do behind the dialog
    dialog.old_edit.setText("kari-pass-0001")
    dialog.new_edit.setText("atarashii-pass-2026")
    dialog.repeat_edit.setText("atarashii-pass-2026")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.controller is not None, timeout=30000)
    assert window.stack.currentWidget() is window.work
    staff = started.services.staff.staff
    assert not staff.get("madoguchi").must_change_password


def test_cancelling_the_change_signs_out(qtbot, reset_clerk):
    window, started = reset_clerk
    started.password_dialog.reject()
    page = window.sign_in_page
    qtbot.waitUntil(lambda: page.ready)
    assert window.controller is None and window.stack.currentWidget() is page
    assert "サインアウト" in page.error.text()
    qtbot.waitUntil(lambda: [e.action for e in started.services.staff.audit.entries()][-1] == "sign_out")
