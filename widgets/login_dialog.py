"""Sign-in at start. In demo mode the demo accounts are listed so a trainee can start."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from app.visit.ports import AuthPort, StaffIdentity
from widgets.error_presenter import describe


class LoginDialog(QDialog):
    def __init__(self, auth: AuthPort, demo: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("窓口 — サインイン"))
        self.auth = auth
        self.identity: StaffIdentity | None = None
        layout = QVBoxLayout(self)
        if demo:
            lines = [self.tr("練習モード：次の練習用アカウントでサインインできます。")]
            lines += [f"  {name}（{role}） パスワード: {password}"
                      for name, role, password in auth.demo_accounts()]
            self.demo_label = QLabel("\n".join(lines), self)
            layout.addWidget(self.demo_label)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("職員名(&N)"), self.name_edit)
        form.addRow(self.tr("パスワード(&P)"), self.password_edit)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("サインイン"))
        buttons.accepted.connect(self._try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def _try_sign_in(self) -> None:
        password = self.password_edit.text()
        self.password_edit.clear()
        try:
            self.identity = self.auth.authenticate(self.name_edit.text().strip(), password)
        except Exception as exc:  # noqa: BLE001 — shown through the error presenter's wording
            shown = describe(exc)
            self.error.setText(f"{shown.message} {shown.next_action}")
            self.password_edit.setFocus()
            return
        self.accept()
