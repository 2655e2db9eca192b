"""Step 1: waiting for the card (or starting without it), and resuming saved visits."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton

from app.visit.workflow import VisitState
from forms.events import EVENT_TITLES
from widgets.pages.question_widgets import tr_question
from widgets.pages.step_page import StepPage

STATE_LABELS = {"card_placed": "カード読み取り前", "pin": "本人確認中", "identified": "本人確認済み",
                "event_answered": "手続き選択中", "procedures_chosen": "申請書確認中",
                "forms_reviewed": "印刷待ち", "submitted": "決裁待ち", "approved": "決裁済み"}


class CardPage(StepPage):
    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, self.tr("1. カードの読み取り"), parent)
        self.prompt = QLabel(self.tr("住民の方のマイナンバーカードをリーダーに置いてください。\n"
                                     "置くと暗証番号の入力画面が開きます。"), self)
        font = QFont(self.prompt.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.prompt.setFont(font)
        self.prompt.setWordWrap(True)
        self.layout_.addWidget(self.prompt)
        self.no_card_button = QPushButton(self.tr("カードなしで受付（住民記録を検索）(&N)"), self)
        self.no_card_button.clicked.connect(controller.start_without_card)
        row = QHBoxLayout()
        row.addWidget(self.no_card_button)
        row.addStretch(1)
        self.layout_.addLayout(row)

        self.layout_.addSpacing(16)
        self.open_label = QLabel(self.tr("保存されている受付（再開できます）(&O)"), self)
        self.layout_.addWidget(self.open_label)
        self.open_list = QListWidget(self)
        self.open_label.setBuddy(self.open_list)
        self.open_list.itemActivated.connect(self._resume_item)
        self.layout_.addWidget(self.open_list, 1)
        self.resume_button = QPushButton(self.tr("選択した受付を再開(&R)"), self)
        self.resume_button.clicked.connect(self._resume_selected)
        self.layout_.addWidget(self.resume_button, 0, Qt.AlignLeft)
        self.disable_while_busy(self.no_card_button, self.resume_button)

    def show_visit(self, visit) -> None:
        if visit is None or visit.state is VisitState.CARD_PLACED:
            self.refresh_open_visits()

    def refresh_open_visits(self) -> None:
        """Asks for the saved visits (a database read, off the GUI thread); the list is
        filled when they arrive."""
        self.controller.load_open_visits(self._show_open_visits)

    def _show_open_visits(self, summaries) -> None:
        self.open_list.clear()
        current = self.controller.visit.visit_id if self.controller.visit else None
        for summary in summaries:
            if summary.visit_id == current:
                continue
            state = self.tr(STATE_LABELS.get(summary.state, summary.state))
            event = EVENT_TITLES.get(summary.label)   # the label is the event code
            label = tr_question(event) if event else summary.label
            text = f"{summary.updated_at.replace('T', ' ')[:16]}  {state}  {label}"
            item = QListWidgetItem(text, self.open_list)
            item.setData(Qt.UserRole, summary.visit_id)
        self.resume_button.setEnabled(self.open_list.count() > 0)
        if self.open_list.count():
            self.open_list.setCurrentRow(0)

    def _resume_item(self, item: QListWidgetItem) -> None:
        self.controller.resume(item.data(Qt.UserRole))

    def _resume_selected(self) -> None:
        item = self.open_list.currentItem()
        if item is not None:
            self._resume_item(item)
