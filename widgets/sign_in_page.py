"""Sign-in, inside the main window so the window is up at once: the page says 起動しています
while the services load in the background, then takes the staff name and password. In demo
mode the demo accounts are listed so a trainee can start."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)


class SignInPage(QWidget):
    sign_in_requested = Signal(str, str)  # name, password
    bootstrap_requested = Signal(str)     # name of the first administrator

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        panel = QWidget(self)
        panel.setMaximumWidth(640)  # a readable column, centred, not a full-width strip
        outer.addStretch(1)
        outer.addWidget(panel, 3)
        outer.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        self.title = QLabel(self.tr("窓口 — サインイン"), self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.status = QLabel(self.tr("起動しています…（データベースとサービスを準備中）"), self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.demo_label = QLabel(self)
        self.demo_label.setTextFormat(Qt.PlainText)
        self.demo_label.hide()
        layout.addWidget(self.demo_label)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.Password)
        name_label = QLabel(self.tr("職員名(&N)"), self)
        name_label.setBuddy(self.name_edit)
        password_label = QLabel(self.tr("パスワード(&P)"), self)
        password_label.setBuddy(self.password_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(password_label, self.password_edit)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        self.sign_in_button = QPushButton(self.tr("サインイン"), self)
        self.sign_in_button.setMinimumHeight(40)
        layout.addWidget(self.sign_in_button)
        self.bootstrap_button = QPushButton(self.tr("最初の管理者を作成(&C)"), self)
        self.bootstrap_button.hide()
        self.bootstrap_button.clicked.connect(
            lambda: self.bootstrap_requested.emit(self.name_edit.text().strip() or "admin"))
        layout.addWidget(self.bootstrap_button)
        layout.addStretch(2)
        self.sign_in_button.clicked.connect(self._submit)
        self.password_edit.returnPressed.connect(self._submit)
        self.name_edit.returnPressed.connect(self.password_edit.setFocus)
        self._set_enabled(False)

    def _set_enabled(self, ready: bool) -> None:
        for widget in (self.name_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(ready)

    @property
    def ready(self) -> bool:
        return self.sign_in_button.isEnabled()

    def set_ready(self, demo_accounts: list[tuple[str, str, str]] = ()) -> None:
        self.status.setText(self.tr("職員名とパスワードを入力してください。"))
        if demo_accounts:
            lines = [self.tr("練習モード：次の練習用アカウントでサインインできます。")]
            lines += [self.tr("  %1（%2） パスワード: %3").replace("%1", name)
                      .replace("%2", self.tr(role)).replace("%3", password)
                      for name, role, password in demo_accounts]
            self.demo_label.setText("\n".join(lines))
            self.demo_label.show()
        self._set_enabled(True)
        self.name_edit.setFocus()

    def set_first_run(self) -> None:
        """No administrator yet: create one; its one-time password is shown once."""
        self.status.setText(self.tr("初回起動です。最初の管理者の名前を入力し、「最初の管理者を作成」を押してください。"
                                    "一回限りのパスワードが表示されます（サインイン後に変更が必要です）。"))
        self.name_edit.setEnabled(True)
        self.name_edit.setText("admin")
        self.bootstrap_button.show()
        self.bootstrap_button.setFocus()

    def show_one_time_password(self, name: str, password: str) -> None:
        self.done_checking()
        self.bootstrap_button.hide()
        self.status.setText(self.tr("管理者「%1」を作成しました。一回限りのパスワード: %2\n"
                                    "控えてからサインインし、新しいパスワードを設定してください。")
                            .replace("%1", name).replace("%2", password))
        self.set_ready_fields()

    def set_ready_fields(self) -> None:
        self._set_enabled(True)
        self.password_edit.setFocus()

    def set_checking(self) -> None:
        """The password is being checked (in the background): nothing more to press until
        `done_checking()`; what was typed in the name stays."""
        inputs = (self.name_edit, self.password_edit, self.sign_in_button, self.bootstrap_button)
        self._before_check = [w for w in inputs if w.isEnabled()]
        for widget in inputs:
            widget.setEnabled(False)
        self.error.clear()
        self.sign_in_button.setText(self.tr("確認しています…"))

    def done_checking(self) -> None:
        self.sign_in_button.setText(self.tr("サインイン"))
        for widget in getattr(self, "_before_check", ()):
            widget.setEnabled(True)
        self._before_check = []

    def await_new_password(self, dialog: QDialog, on_changed, on_cancelled) -> None:
        """Signed in with a one-time or reset password: the counter opens only once `dialog`
        (the forced password change) is accepted; cancelling it signs the member out."""
        self._set_enabled(False)
        self.bootstrap_button.hide()
        self.error.clear()
        self.status.setText(self.tr("パスワードの変更が必要です。新しいパスワードを設定すると窓口を使えます。"))

        def finished(result: int) -> None:
            if result:  # QDialog.Accepted
                self.status.setText(self.tr("パスワードを変更しました。窓口を開いています…"))
                on_changed()
                return
            on_cancelled()
            self.status.setText(self.tr("職員名とパスワードを入力してください。"))
            self._set_enabled(True)
            self.show_error(self.tr("パスワードを変更しなかったため、サインアウトしました。"
                                    "もう一度サインインして、新しいパスワードを設定してください。"))

        dialog.finished.connect(finished)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.password_edit.setFocus()

    def _submit(self) -> None:
        if not self.ready:
            return
        password = self.password_edit.text()
        self.password_edit.clear()  # the password does not stay in the widget
        self.error.clear()
        self.sign_in_requested.emit(self.name_edit.text().strip(), password)
