"""Idle lock: after the configured idle time the window hides personal data until the
signed-in staff member re-enters their password."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

_ACTIVITY = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
             QEvent.TouchBegin}


class IdleWatcher(QObject):
    """Application-wide event filter: any input restarts the countdown."""
    idle = Signal()

    def __init__(self, seconds: int, parent=None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        if seconds > 0:
            self.timer.start(seconds * 1000)
        else:
            self.timer.stop()

    def restart(self) -> None:
        if self.seconds > 0:
            self.timer.start(self.seconds * 1000)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start(self.seconds * 1000)
        return False


class LockPage(QWidget):
    unlock_requested = Signal(str)  # password

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.notice = QLabel(self.tr("画面をロックしました。個人情報を隠しています。\n"
                                     "続けるには、サインインしている職員のパスワードを入力してください。"), self)
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        form = QFormLayout()
        self.who = QLabel(self)
        form.addRow(self.tr("職員"), self.who)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.Password)
        self.password.returnPressed.connect(self._submit)
        form.addRow(self.tr("パスワード(&P)"), self.password)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        self.unlock_button = QPushButton(self.tr("ロック解除(&U)"), self)
        self.unlock_button.clicked.connect(self._submit)
        layout.addWidget(self.unlock_button)
        layout.addStretch(2)
        # Widgets outside the stack that show personal data (the demo card bar's persona
        # names): hidden while this page is current, shown again on unlock.
        self._concealed: list[QWidget] = []
        self._was_visible: dict[int, bool] = {}
        if isinstance(parent, QStackedWidget):
            parent.currentChanged.connect(lambda _index: self._follow_stack(parent))

    def conceal(self, widget: QWidget) -> None:
        """Hide `widget` whenever the screen is locked."""
        self._concealed.append(widget)
        widget.destroyed.connect(lambda *_: self._forget(widget))
        stack = self.parentWidget()
        if isinstance(stack, QStackedWidget) and stack.currentWidget() is self:
            self._hide_concealed()

    def _forget(self, widget) -> None:
        self._concealed = [w for w in self._concealed if w is not widget]

    def _follow_stack(self, stack: QStackedWidget) -> None:
        if stack.currentWidget() is self:
            self._hide_concealed()
        else:
            for widget in self._concealed:
                if self._was_visible.pop(id(widget), False):
                    widget.show()

    def _hide_concealed(self) -> None:
        for widget in self._concealed:
            if id(widget) not in self._was_visible:
                self._was_visible[id(widget)] = not widget.isHidden()
            widget.hide()

    def prepare(self, staff_name: str) -> None:
        self.who.setText(staff_name)
        self.password.clear()
        self.error.clear()
        self.password.setFocus()

    def _submit(self) -> None:
        password = self.password.text()
        self.password.clear()
        self.unlock_requested.emit(password)
