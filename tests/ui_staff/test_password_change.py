"""パスワード変更 through the real StaffService (argon2 with cheap parameters)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from widgets.staff.panels import open_password_change


def fill(qtbot, dialog, old, new, repeat):
    for edit, text in ((dialog.old_edit, old), (dialog.new_edit, new), (dialog.repeat_edit, repeat)):
        edit.setText(text)
    qtbot.mouseClick(dialog.buttons.buttons()[0] if dialog.buttons.buttons()[0].text() == "変更する"
                     else dialog.buttons.buttons()[1], Qt.LeftButton)


def test_change_then_sign_in_with_the_new_password(qtbot, services, people):
    clerk = people["clerk1"]
    window = QWidget()  # as from the main window's toolbar: the window owns the dialog
    qtbot.addWidget(window)
    dialog = open_password_change(window, services, lambda: clerk)
    fill(qtbot, dialog, "clerk1-password", "atarashii-pass", "atarashii-pasu")
    assert "2回とも同じ" in dialog.error.text() and dialog.isVisible()

    fill(qtbot, dialog, "clerk1-password", "short", "short")
    qtbot.waitUntil(lambda: "8文字以上" in dialog.error.text())
    assert dialog.old_edit.text() == ""  # nothing lingers in the fields
    from tests.ui_staff.test_screenshots import save

    save(dialog, "password-change")

    fill(qtbot, dialog, "wrong-password", "atarashii-pass", "atarashii-pass")
    qtbot.waitUntil(lambda: "パスワードが違います" in dialog.error.text())

    with qtbot.waitSignal(dialog.accepted):
        fill(qtbot, dialog, "clerk1-password", "atarashii-pass", "atarashii-pass")
    assert services.staff.authenticate("clerk1", "atarashii-pass", "窓口1").member.name == "clerk1"
    assert services.audit.entries(action="password_changed")[-1].staff_id == clerk.staff_id
