"""職員管理 (administrator): the staff accounts, adding one with a temporary password, enabling
and disabling, a password reset (to be changed at the next sign-in) and a change of role.

Every call goes to StaffService with the signed-in administrator as actor; the service
checks the stored account, audits the change and words each refusal (last administrator,
look-alike name, weak password …), which is shown under the form.
"""
from __future__ import annotations

from typing import Any, Callable, Protocol

from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from app.identity.actor import Actor
from app.identity.roles import Role
from widgets.staff.list_table import list_table
from widgets.background import BackgroundRunner
from widgets.error_presenter import describe


class StaffAdminPort(Protocol):
    """app.staff.service.StaffService (not imported: it pulls in sqlalchemy)."""
    def list(self) -> list[Any]: ...
    def add(self, actor: Actor, name: str, role: str, password: str,
            must_change_password: bool = False) -> Any: ...
    def disable(self, actor: Actor, name: str) -> Any: ...
    def enable(self, actor: Actor, name: str) -> Any: ...
    def change_role(self, actor: Actor, name: str, role: str) -> Any: ...
    def reset_password(self, actor: Actor, name: str, new_password: str,
                       must_change_password: bool = True) -> Any: ...


class StaffAccountsPage(QWidget):
    def __init__(self, staff: StaffAdminPort, actor: Callable[[], Actor],
                 runner: BackgroundRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.staff, self.actor = staff, actor
        self.runner = runner or BackgroundRunner(self)
        self.members: list = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("職員管理"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        note = QLabel(self.tr("管理者は窓口業務（カード読み取り・住民記録）を行いません。"
                              "変更はすべて監査ログに記録されます。"), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = list_table([self.tr("職員名"), self.tr("役割"), self.tr("状態")], self)
        layout.addWidget(self.table, 1)

        selected = QGroupBox(self.tr("選んだ職員"), self)
        row = QHBoxLayout(selected)
        self.disable_button = QPushButton(self.tr("無効にする"), selected)
        self.enable_button = QPushButton(self.tr("有効にする"), selected)
        self.reset_password = QLineEdit(selected)
        self.reset_password.setEchoMode(QLineEdit.Password)
        self.reset_password.setPlaceholderText(self.tr("仮パスワード（8文字以上）"))
        self.reset_button = QPushButton(self.tr("パスワード再設定"), selected)
        self.role_combo = self._roles(selected)
        self.role_button = QPushButton(self.tr("役割を変更"), selected)
        for widget in (self.disable_button, self.enable_button, self.reset_password,
                       self.reset_button, self.role_combo, self.role_button):
            row.addWidget(widget)
        layout.addWidget(selected)

        new = QGroupBox(self.tr("職員を追加"), self)
        form = QFormLayout(new)
        self.new_name = QLineEdit(new)
        self.new_role = self._roles(new)
        self.new_password = QLineEdit(new)
        self.new_password.setEchoMode(QLineEdit.Password)
        self.new_password.setPlaceholderText(self.tr("仮パスワード（最初のサインインで変更）"))
        self.add_button = QPushButton(self.tr("追加する"), new)
        form.addRow(self.tr("職員名"), self.new_name)
        form.addRow(self.tr("役割"), self.new_role)
        form.addRow(self.tr("仮パスワード"), self.new_password)
        form.addRow("", self.add_button)
        layout.addWidget(new)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        for button in (self.disable_button, self.enable_button, self.reset_button,
                       self.role_button, self.add_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.disable_button.clicked.connect(lambda: self._change("disable", self.tr("無効にしました。")))
        self.enable_button.clicked.connect(lambda: self._change("enable", self.tr("有効にしました。")))
        self.reset_button.clicked.connect(self.reset)
        self.role_button.clicked.connect(self.change_role)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _roles(self, parent) -> QComboBox:
        combo = QComboBox(parent)
        for role in Role:
            combo.addItem(self.tr(role.label_ja), role.value)
        return combo

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        staff = self.staff
        self.runner.run(staff.list, self._on_loaded, self._on_failed)

    def _on_loaded(self, members) -> None:
        keep = self.selected_name()
        self.members = list(members)
        self.table.setRowCount(len(self.members))
        for row, m in enumerate(self.members):
            state = self.tr("無効") if m.disabled else self.tr("ロック中") if m.locked else \
                self.tr("パスワード変更待ち") if m.must_change_password else self.tr("有効")
            for column, text in enumerate((m.name, self.tr(m.role.label_ja), state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if m.name == keep:
                self.table.selectRow(row)
        self._update_buttons()

    def selected_name(self) -> str | None:
        row = self.table.currentRow()
        return self.members[row].name if 0 <= row < len(self.members) else None

    def select(self, name: str) -> None:
        for row, m in enumerate(self.members):
            if m.name == name:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        member = self.members[row] if 0 <= row < len(self.members) else None
        self.disable_button.setEnabled(member is not None and not member.disabled)
        self.enable_button.setEnabled(member is not None and member.disabled)
        for widget in (self.reset_button, self.reset_password, self.role_button, self.role_combo):
            widget.setEnabled(member is not None)
        if member is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(member.role.value))

    def _run(self, call, done_text: str) -> None:
        actor = self.actor()

        def done(_result) -> None:
            self.message.setStyleSheet("color: #1b5e20;")
            self.message.setText(done_text)
            self.refresh()

        self.runner.run(lambda: call(actor), done, self._on_failed)

    def add(self) -> None:
        name, role, password = self.new_name.text().strip(), self.new_role.currentData(), \
            self.new_password.text()
        self.new_password.clear()
        staff = self.staff
        self._run(lambda actor: staff.add(actor, name, role, password, must_change_password=True),
                  self.tr("職員「%1」を追加しました。最初のサインインでパスワードの変更を求めます。")
                  .replace("%1", name))
        self.new_name.clear()

    def _change(self, method: str, done_text: str) -> None:
        name = self.selected_name()
        if name is not None:
            call = getattr(self.staff, method)
            self._run(lambda actor: call(actor, name), f"{name}: {done_text}")

    def reset(self) -> None:
        name, password = self.selected_name(), self.reset_password.text()
        self.reset_password.clear()
        if name is not None:
            staff = self.staff
            self._run(lambda actor: staff.reset_password(actor, name, password),
                      self.tr("%1: パスワードを再設定しました（次のサインインで変更を求めます）。")
                      .replace("%1", name))

    def change_role(self) -> None:
        name, role = self.selected_name(), self.role_combo.currentData()
        if name is not None:
            staff = self.staff
            self._run(lambda actor: staff.change_role(actor, name, role),
                      self.tr("%1: 役割を変更しました。").replace("%1", name))

    def _on_failed(self, exc: BaseException) -> None:
        shown = describe(exc)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setText(f"{shown.message}\n→ {shown.next_action}")
