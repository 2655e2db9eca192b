"""Step 4: the procedures the rules produced, with reasons; the clerk may add or remove one
(a reason is required and recorded)."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableView)

from app.visit.workflow import VisitAction
from widgets.catalogue_text import tr_catalogue
from widgets.models.procedure_model import ProcedureModel
from widgets.pages.step_page import StepPage
from widgets.row_heights import VisibleRowHeights


class ProceduresPage(StepPage):
    next_action = VisitAction.CHOOSE_PROCEDURES

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, self.tr("4. 必要な手続き"), parent)
        hint = QLabel(self.tr("ご用件と回答から必要な手続きを選びました。理由を確認してください。"
                              "チェックを外す・手続きを追加するときは、変更理由を入力してください。"), self)
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.model = ProcedureModel(self)
        self.model.toggle_requested.connect(self._on_toggle_requested)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)  # the reason is what the clerk reads
        header.setSectionResizeMode(2, QHeaderView.Interactive)
        self.table.setColumnWidth(2, 200)
        self.table.setWordWrap(True)
        self.row_heights = VisibleRowHeights(self.table)   # in view only, not while hidden
        self.layout_.addWidget(self.table, 1)

        form = QFormLayout()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("例：ご本人の希望、勤務先の保険に加入予定"))
        reason_label = QLabel(self.tr("変更理由(&W)"), self)
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        self.layout_.addLayout(form)
        self.reason_error = QLabel(self)
        self.reason_error.setStyleSheet("color: #b00020;")
        self.layout_.addWidget(self.reason_error)

        box = QGroupBox(self.tr("手続きを追加"), self)
        row = QHBoxLayout(box)
        self.catalogue_combo = QComboBox(self)
        self.add_button = QPushButton(self.tr("追加(&D)"), self)
        self.add_button.clicked.connect(self._add)
        row.addWidget(self.catalogue_combo, 1)
        row.addWidget(self.add_button)
        self.layout_.addWidget(box)
        self._catalogue_loaded = False

    def show_visit(self, visit) -> None:
        if not self._catalogue_loaded:
            for p in self.controller.catalogue():
                self.catalogue_combo.addItem(tr_catalogue(p.title), p.code)
            self._catalogue_loaded = True
        self.model.set_procedures(visit.procedures if visit else [])
        self.row_heights.invalidate()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()

    def _reason(self) -> str | None:
        reason = self.reason_edit.text().strip()
        if not reason:
            self.reason_error.setText(self.tr("変更理由を入力してください。"))
            self.reason_edit.setFocus()
            return None
        self.reason_error.clear()
        return reason

    def _on_toggle_requested(self, code: str, selected: bool) -> None:
        needs_reason = self.controller.change_needs_reason(code, selected)
        reason = self._reason() if needs_reason else ""
        if reason is None:
            return
        self.controller.set_procedure_selected(code, selected, reason, then=self._reason_used(reason))

    def _add(self) -> None:
        reason = self._reason()
        if reason is not None:
            self.controller.add_procedure(self.catalogue_combo.currentData(), reason,
                                          then=self._reason_used(reason))

    def _reason_used(self, reason: str):
        """The reason is cleared once the change is saved (kept if it failed), and only if
        the clerk has not started typing the next one meanwhile."""
        def clear(_visit) -> None:
            if self.reason_edit.text().strip() == reason:
                self.reason_edit.clear()
        return clear

    def go_next(self) -> None:
        self.controller.choose_procedures()
