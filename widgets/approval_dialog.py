"""A supervisor approves (決裁) or rejects a submitted visit at this window.

The supervisor signs in here with their own name and password; the approval service
refuses a self-approval and anyone without the supervisor role. (The supervisors'
queue and review pages plug into the main window separately.)
"""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)

from widgets.error_presenter import describe


class ApprovalDialog(QDialog):
    def __init__(self, controller, verify, parent=None) -> None:
        """`verify(name, password) -> StaffIdentity` checks the supervisor's credentials."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("決裁"))
        self.controller, self.verify = controller, verify
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("決裁者（審査者）がサインインして、承認または差し戻しをします。"), self))
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.Password)
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setPlaceholderText(self.tr("差し戻す場合は必須"))
        form.addRow(self.tr("決裁者名(&N)"), self.name_edit)
        form.addRow(self.tr("パスワード(&P)"), self.password_edit)
        form.addRow(self.tr("コメント(&C)"), self.comment_edit)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.reject_button = QPushButton(self.tr("差し戻し(&R)"), self)
        self.approve_button = QPushButton(self.tr("承認(&A)"), self)
        self.cancel_button = QPushButton(self.tr("閉じる"), self)
        row.addWidget(self.reject_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.approve_button)
        layout.addLayout(row)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        self.cancel_button.clicked.connect(self.reject)

    def _decide(self, approve: bool) -> None:
        """The password check (argon2) and the decision run on the visit's worker; the
        dialog waits with its buttons off. Name and comment stay if it is refused."""
        password = self.password_edit.text()
        self.password_edit.clear()
        self._waiting(True)
        if not self.controller.decide(self.verify, self.name_edit.text().strip(), password, approve,
                                      self.comment_edit.text().strip(),
                                      then=self._decided, failed=self._refused):
            self._waiting(False)   # the window is still busy with the clerk's last step

    def _waiting(self, waiting: bool) -> None:
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(not waiting)
        self.error.setText(self.tr("確認しています…") if waiting else "")

    def _decided(self, _visit) -> None:
        self._waiting(False)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._waiting(False)
        shown = describe(exc)
        self.error.setText(f"{shown.message} {shown.next_action}")
        self.password_edit.setFocus()
