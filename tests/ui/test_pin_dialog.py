"""The PIN pad's tries logic: count shown first, confirmation at 1, no-card path at 0."""
from PySide6.QtCore import Qt

from widgets.pin_dialog import PinOutcome, PinPadDialog


def _open(qtbot, tries):
    dialog = PinPadDialog(tries)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_three_tries_shows_count_and_masks_digits(qtbot):
    dialog = _open(qtbot, 3)
    assert "残り 3 回" in dialog.tries_label.text()
    assert not dialog.confirm_last.isVisible()
    qtbot.keyClicks(dialog.pin_edit, "12")
    assert dialog.pin_edit.echoMode() == dialog.pin_edit.EchoMode.Password
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.pin_edit, "34")
    with qtbot.waitSignal(dialog.pin_entered) as sent:
        qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)
    assert sent.args == ["1234", False]
    assert dialog.pin_edit.text() == ""  # the PIN does not stay in the widget
    assert dialog.outcome is PinOutcome.PIN


def test_pad_buttons_type_digits(qtbot):
    dialog = _open(qtbot, 2)
    for digit in "9081":
        qtbot.mouseClick(dialog.digit_buttons[digit], Qt.LeftButton)
    assert dialog.pin_edit.text() == "9081" and dialog.ok_button.isEnabled()


def test_letters_never_enable_sending(qtbot):
    dialog = _open(qtbot, 3)
    qtbot.keyClicks(dialog.pin_edit, "12a4")
    assert not dialog.ok_button.isEnabled()


def test_last_try_needs_explicit_confirmation(qtbot):
    dialog = _open(qtbot, 1)
    assert "残り 1 回" in dialog.tries_label.text()
    assert dialog.confirm_last.isVisible()
    qtbot.keyClicks(dialog.pin_edit, "1234")
    assert not dialog.ok_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.pin_entered):
        qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)
    dialog.confirm_last.setChecked(True)
    with qtbot.waitSignal(dialog.pin_entered) as sent:
        qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)
    assert sent.args == ["1234", True]


def test_locked_card_offers_only_the_no_card_path(qtbot):
    dialog = _open(qtbot, 0)
    assert "ロック" in dialog.tries_label.text()
    assert "再設定" in dialog.instruction.text()
    assert not dialog.pin_edit.isEnabled() and not dialog.ok_button.isVisible()
    with qtbot.waitSignal(dialog.skip_requested):
        qtbot.keyClick(dialog.skip_button, Qt.Key_Space)
    assert dialog.outcome is PinOutcome.SKIP_CARD


def test_after_confirming_the_last_try_the_pin_is_typed_into_the_pin_field(qtbot):
    """Ticking the confirmation (Space on the check box) hands the focus to the PIN field, so
    the digits the resident types next are not lost on the check box."""
    from PySide6.QtWidgets import QApplication

    dialog = _open(qtbot, 1)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.confirm_last.setFocus()
    qtbot.keyClick(dialog.confirm_last, Qt.Key_Space)
    assert dialog.confirm_last.isChecked()
    assert QApplication.focusWidget() is dialog.pin_edit
    qtbot.keyClicks(QApplication.focusWidget(), "1234")
    with qtbot.waitSignal(dialog.pin_entered) as sent:
        qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)
    assert sent.args == ["1234", True]
