"""事務所の設定 (administrator): the office-wide settings kept in the database — approval
before printing, which procedures need none, lock-out, how long a revealed My Number stays.
Each change goes through OfficeSettingsService.set (checked, audited)."""
from __future__ import annotations

from typing import Any, Callable, Protocol

from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from app.identity.actor import Actor
from app.settings.declarations import SETTINGS, Scope
from widgets.staff.list_table import list_table
from widgets.background import BackgroundRunner
from widgets.error_presenter import describe

OFFICE_SETTINGS = tuple(s for s in SETTINGS if s.scope is Scope.OFFICE)


class OfficeSettingsPort(Protocol):
    """app.settings.office.OfficeSettingsService."""
    def load(self) -> Any: ...
    def set(self, actor: Actor, key: str, value: Any) -> Any: ...


def shown_value(value: Any) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


class OfficeSettingsPage(QWidget):
    def __init__(self, office: OfficeSettingsPort, actor: Callable[[], Actor],
                 runner: BackgroundRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.office, self.actor = office, actor
        self.runner = runner or BackgroundRunner(self)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("事務所の設定"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        self.table = list_table([self.tr("設定"), self.tr("キー"), self.tr("値")], self,
                                rows=len(OFFICE_SETTINGS), fit_columns=False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        for row, s in enumerate(OFFICE_SETTINGS):
            self.table.setItem(row, 0, QTableWidgetItem(self.tr(s.description)))
            self.table.setItem(row, 1, QTableWidgetItem(s.key))
            self.table.setItem(row, 2, QTableWidgetItem(""))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.value_edit = QLineEdit(self)
        self.value_edit.setPlaceholderText(self.tr("新しい値（on/off、数値、コードのカンマ区切り）"))
        self.save_button = QPushButton(self.tr("この設定を変更"), self)
        self.save_button.setAutoDefault(False)
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.save_button.clicked.connect(self.save)
        self.value_edit.returnPressed.connect(self.save)
        self.table.currentCellChanged.connect(lambda *_: self._fill_editor())
        self.values: dict[str, Any] = {}

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        office = self.office
        self.runner.run(office.load, self._on_loaded, self._on_failed)

    def _on_loaded(self, settings) -> None:
        self.values = {s.key: getattr(settings, s.key) for s in OFFICE_SETTINGS}
        for row, s in enumerate(OFFICE_SETTINGS):
            self.table.item(row, 2).setText(shown_value(self.values[s.key]))
        self.table.resizeRowsToContents()
        self._fill_editor()

    def _fill_editor(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(OFFICE_SETTINGS):
            self.value_edit.setText(shown_value(self.values.get(OFFICE_SETTINGS[row].key, "")))

    def save(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(OFFICE_SETTINGS):
            return
        key, value, actor, office = OFFICE_SETTINGS[row].key, self.value_edit.text().strip(), \
            self.actor(), self.office

        def done(settings) -> None:
            self.message.setStyleSheet("color: #1b5e20;")
            self.message.setText(self.tr("「%1」を変更しました。").replace("%1", self.tr(OFFICE_SETTINGS[row].description)))
            self._on_loaded(settings)

        self.runner.run(lambda: office.set(actor, key, value), done, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        shown = describe(exc)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setText(f"{shown.message}\n→ {shown.next_action}")
