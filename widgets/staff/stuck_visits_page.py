"""提出が止まっている受付: visits left 提出済み with no approval request (a counter stopped
between two writes, before submitting was one transaction). They are in no queue and the
clerk cannot resubmit them; a supervisor sends each back to editing with a comment
(StuckVisits.send_back, audited) and the clerk finds it among the saved visits."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from app.identity.actor import Actor
from widgets.staff.list_table import list_table
from widgets.background import BackgroundRunner
from widgets.decision_banner import event_title
from widgets.error_presenter import ErrorPresenter, describe
from widgets.staff.service_ports import StuckVisitsPort


class StuckVisitsPage(QWidget):
    back_requested = Signal()
    counted = Signal(int)   # how many are stuck (the queue page shows a link when > 0)

    def __init__(self, stuck: StuckVisitsPort, actor: Callable[[], Actor],
                 staff_name: Callable[[int], str] | None = None,
                 presenter: ErrorPresenter | None = None,
                 runner: BackgroundRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.stuck, self.actor, self.presenter = stuck, actor, presenter
        self.staff_name = staff_name or (lambda staff_id: str(staff_id))
        self.runner = runner or BackgroundRunner(self)
        self.items: list = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("提出が止まっている受付"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        explain = QLabel(self.tr("「提出済み」のまま決裁一覧に載っていない受付です（提出の途中で端末が止まったもの）。"
                                 "窓口職員は再提出も中止もできません。コメントを付けて差し戻すと、"
                                 "保存されている受付から直して提出し直せます。"), self)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.table = list_table([self.tr("受付番号"), self.tr("ご用件"), self.tr("担当職員"),
                                 self.tr("最終更新")], self)
        layout.addWidget(self.table, 1)
        comment_label = QLabel(self.tr("差し戻しのコメント(&C)（必須）"), self)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(64)
        comment_label.setBuddy(self.comment_edit)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment_edit)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← 決裁待ち一覧へ"), self)
        self.send_back_button = QPushButton(self.tr("差し戻す(&B)"), self)
        for button in (self.back_button, self.send_back_button):
            button.setAutoDefault(False)
            button.setMinimumHeight(40)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_back_button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back_requested)
        self.send_back_button.clicked.connect(self.send_back)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        stuck, actor, names = self.stuck, self.actor(), self.staff_name

        def load():
            items = stuck.find(actor)
            for s in items:  # the clerks' names, read (and cached) here, never by the GUI thread
                if str(s.staff_id).isdigit():
                    names(int(s.staff_id))
            return items
        self.runner.run(load, self._on_loaded, self._on_failed)

    def _on_loaded(self, items) -> None:
        self.items = list(items)
        self.table.setRowCount(len(self.items))
        for row, s in enumerate(self.items):
            try:
                staff = self.staff_name(int(s.staff_id))
            except (TypeError, ValueError):
                staff = str(s.staff_id)
            cells = (s.visit_id, event_title(s.label), staff, s.updated_at.replace("T", " ")[:16])
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.items:
            self.table.selectRow(0)
        elif not self.message.text():
            self.message.setText(self.tr("止まっている受付はありません。"))
        self.counted.emit(len(self.items))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.send_back_button.setEnabled(self.table.currentRow() >= 0 and bool(self.items))

    def send_back(self) -> None:
        row = self.table.currentRow()
        if not (0 <= row < len(self.items)):
            return
        stuck, actor = self.stuck, self.actor()
        visit_id, comment = self.items[row].visit_id, self.comment_edit.toPlainText()
        self.send_back_button.setEnabled(False)

        def done(_visit) -> None:
            self.comment_edit.clear()
            self.message.setStyleSheet("color: #1b5e20;")
            self.message.setText(self.tr("受付 %1 を差し戻しました。担当職員が保存されている受付から再開できます。")
                                 .replace("%1", visit_id))
            self.refresh()

        self.runner.run(lambda: stuck.send_back(actor, visit_id, comment), done, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        shown = self.presenter.present(exc) if self.presenter is not None else describe(exc)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setText(f"{shown.message}\n→ {shown.next_action}")
        self._update_buttons()
        if shown.code.endswith("comment_required"):
            self.comment_edit.setFocus()
