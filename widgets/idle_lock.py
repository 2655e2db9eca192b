"""Idle lock: after the configured idle time the window hides personal data until the
signed-in staff member re-enters their password (or another member signs in: a switch
of user, the visit in progress stays saved).

The IdleWatcher filters the events of the whole application (installed on the
QApplication when it is made): a key, a click, a mouse move or a wheel turn in any
window or dialog restarts the countdown, so a clerk who is typing is never locked out.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

ACTIVITY = frozenset({QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
                      QEvent.TouchBegin, QEvent.TabletPress})


class IdleWatcher(QObject):
    """Application-wide event filter: any input restarts the countdown; `idle` fires once
    the countdown runs out (restart() after an unlock)."""
    idle = Signal()

    def __init__(self, seconds: float, parent=None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_seconds(seconds)
        app = QCoreApplication.instance()
        if app is not None:  # removed by Qt when this watcher is deleted
            app.installEventFilter(self)

    def set_seconds(self, seconds: float) -> None:
        self.seconds = seconds
        if seconds > 0:
            self.timer.start(int(seconds * 1000))
        else:
            self.timer.stop()

    def restart(self) -> None:
        if self.seconds > 0:
            self.timer.start(int(self.seconds * 1000))

    def stop(self) -> None:
        """Nobody signed in: nothing to lock."""
        self.timer.stop()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start(int(self.seconds * 1000))
        return False


class LockPage(QWidget):
    unlock_requested = Signal(str)  # password
    switch_requested = Signal()     # another staff member signs in instead
    engaged = Signal()              # the lock page became the current page
    released = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        centre = QHBoxLayout(self)
        column = QWidget(self)
        column.setMaximumWidth(640)   # a readable column, centred, as on the sign-in page
        centre.addStretch(1)
        centre.addWidget(column, 3)
        centre.addStretch(1)
        layout = QVBoxLayout(column)
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
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("ロック解除(&U)"), self)
        self.unlock_button.clicked.connect(self._submit)
        self.switch_button = QPushButton(self.tr("別の職員でサインイン(&S)"), self)
        self.switch_button.setToolTip(self.tr("いまの職員をサインアウトします。受付中の内容は保存され、"
                                              "あとで再開できます。"))
        self.switch_button.clicked.connect(self.switch_requested)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        row.addWidget(self.switch_button)
        layout.addLayout(row)
        layout.addStretch(2)
        # Widgets outside the stack that may show personal data (the visit line, the message
        # bar, the demo card bar's persona names, notices): hidden while this page is
        # current, and kept hidden if something tries to show them meanwhile.
        self._concealed: list[QWidget] = []
        self._was_visible: dict[int, bool] = {}
        self._locked = False
        self._hiding = False
        self._private_pages: list[QWidget] = [self]
        if isinstance(parent, QStackedWidget):
            parent.currentChanged.connect(lambda _index: self._follow_stack(parent))

    @property
    def locked(self) -> bool:
        """A private page (this one, or the sign-in page after a sign-out) is current."""
        return self._locked

    def conceal_during(self, page: QWidget) -> None:
        """Conceal the same widgets while `page` is current (the sign-in page once someone
        has signed out: the next person must not see the last one's visit)."""
        self._private_pages.append(page)

    def conceal(self, widget: QWidget) -> None:
        """Hide `widget` whenever the screen is locked."""
        self._concealed.append(widget)
        widget.installEventFilter(self)
        widget.destroyed.connect(lambda *_: self._forget(widget))
        if self._locked:
            self._hide_concealed()

    def _forget(self, widget) -> None:
        self._concealed = [w for w in self._concealed if w is not widget]

    def eventFilter(self, obj, event) -> bool:
        if not self._locked or self._hiding or obj not in self._concealed:
            return False
        if event.type() == QEvent.Show:
            # shown from behind the lock (a late banner, a visit update): shown after unlock
            self._was_visible[id(obj)] = True
            self._hide(obj)
        elif event.type() == QEvent.Hide:
            self._was_visible[id(obj)] = False  # its owner hid it meanwhile: stays hidden
        return False

    def _hide(self, widget: QWidget) -> None:
        self._hiding = True
        try:
            widget.hide()
        finally:
            self._hiding = False

    def _follow_stack(self, stack: QStackedWidget) -> None:
        locked = stack.currentWidget() in self._private_pages
        if locked == self._locked:
            return
        if locked:
            self._hide_concealed()
            self._locked = True
            self.engaged.emit()
            return
        self._locked = False
        for widget in self._concealed:
            if self._was_visible.pop(id(widget), False):
                widget.show()
        self._was_visible.clear()
        self.released.emit()

    def _hide_concealed(self) -> None:
        for widget in self._concealed:
            if id(widget) not in self._was_visible:
                self._was_visible[id(widget)] = not widget.isHidden()
            self._hide(widget)

    def prepare(self, staff_name: str) -> None:
        self.who.setText(staff_name)
        self.password.clear()
        self.error.clear()
        self.password.setFocus()

    def _submit(self) -> None:
        password = self.password.text()
        self.password.clear()
        self.unlock_requested.emit(password)
