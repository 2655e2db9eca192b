"""Keyboard-driven steps shared by the UI tests and the screenshot run."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.visit.workflow import VisitState


def wait_state(qtbot, window, state, timeout=5000):
    qtbot.waitUntil(lambda: window.controller.visit is not None
                    and window.controller.visit.state is state, timeout=timeout)


def settle_for_screenshot(qtbot, page):
    """The page has done what it does by itself (focus moves, previews) and laid itself out."""
    from PySide6.QtCore import QEvent

    qtbot.waitUntil(lambda: page.settled, timeout=10000)
    QApplication.sendPostedEvents(None, QEvent.LayoutRequest)


def wait_idle(qtbot, window, timeout=10000):
    """Every visit operation asked for so far has come back (results shown)."""
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=timeout)


def next_step(qtbot, window):
    """Ctrl+Enter where the clerk's focus is (the window is active again once a dialog closes)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window.current_page()
    qtbot.keyClick(target, Qt.Key_Return, Qt.ControlModifier)


def place_card_and_type_pin(qtbot, window, card, pin="1234"):
    card.insert()
    qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.isVisible())
    dialog = window.pin_dialog
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)
    return dialog


def type_text(qtbot, widget, text):
    """Type like a keyboard (ASCII) or like an input method committing Japanese text:
    QTest can only synthesise ASCII keys."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtCore import QEvent

    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyRelease, 0, Qt.NoModifier, ch))
