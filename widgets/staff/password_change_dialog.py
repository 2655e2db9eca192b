"""パスワード変更: the signed-in staff member changes their own password.

`change(old, new)` is StaffService.change_password for the signed-in actor; the
policy (length, not the staff name, not the old one) is the service's, and its
Japanese refusal is shown under the fields. Hashing is slow on purpose (argon2),
so the call runs in the background.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from widgets.background import BackgroundRunner
from widgets.error_presenter import describe


class PasswordChangeDialog(QDialog):
    def __init__(self, change: Callable[[str, str], object], *, forced: bool = False,
                 runner: BackgroundRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.change = change
        self.runner = runner or BackgroundRunner(self)
        self.setWindowTitle(self.tr("パスワードの変更"))
        self.setMinimumWidth(580)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = self.tr("管理者がパスワードを再設定したため、新しいパスワードを決めてください。") if forced \
            else self.tr("新しいパスワードは8文字以上で、職員名と異なるものにしてください。")
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.old_edit, self.new_edit, self.repeat_edit = (QLineEdit(self) for _ in range(3))
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.Password)
            edit.setMinimumWidth(260)
        form.addRow(self.tr("現在のパスワード(&O)"), self.old_edit)
        form.addRow(self.tr("新しいパスワード(&N)"), self.new_edit)
        form.addRow(self.tr("新しいパスワード（確認）(&R)"), self.repeat_edit)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("変更する"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("キャンセル"))
        self.buttons.accepted.connect(self._try_change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.old_edit.setFocus()

    def _clear(self) -> None:
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.clear()

    def _try_change(self) -> None:
        old, new, repeat = self.old_edit.text(), self.new_edit.text(), self.repeat_edit.text()
        if new != repeat:  # a typing slip, caught before the service is asked
            self.error.setText(self.tr("新しいパスワードが2回とも同じになるよう入力してください。"))
            self.new_edit.clear()
            self.repeat_edit.clear()
            self.new_edit.setFocus()
            return
        self._clear()  # the passwords live only in this call
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("変更しています…"))
        # The worker thread must hold no reference to this dialog: if it dropped the
        # last one, the dialog would be deleted outside the GUI thread.
        change = self.change
        self.runner.run(lambda: change(old, new), self._on_changed, self._on_failed)

    def _on_changed(self, _result) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        shown = describe(exc)
        self.buttons.setEnabled(True)
        self.error.setText(f"{shown.message}\n→ {shown.next_action}")
        self.old_edit.setFocus()
