"""Step 2: who is this? The My Number hit or ranked candidates, card vs registry side by side."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
                               QTableWidget, QTableWidgetItem)

from app.visit.model import mask_my_number
from app.visit.workflow import VisitAction
from widgets.models.candidate_model import SEX, CandidateModel
from widgets.pages.step_page import StepPage
from widgets.staff.my_number_reveal_widget import UNKNOWN_MASK, MyNumberRevealWidget

ROWS = (("name", "氏名"), ("address", "住所"), ("birth_date", "生年月日"), ("sex_code", "性別"))
DIFF_BRUSH = QBrush(QColor("#fff3b0"))


class IdentificationPage(StepPage):
    next_action = VisitAction.CONFIRM_RESIDENT
    ready_changed = Signal()  # the clerk picked (or unpicked) a candidate: Next may change

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, self.tr("2. 本人確認"), parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)

        self.compare = QTableWidget(len(ROWS) + 1, 2, self)
        self.compare.setHorizontalHeaderLabels([self.tr("カード"), self.tr("住民記録")])
        self.compare.setVerticalHeaderLabels([self.tr(label) for _, label in ROWS]
                                             + [self.tr("個人番号")])
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.compare.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.compare.setFocusPolicy(Qt.NoFocus)
        self.compare.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.layout_.addWidget(self.compare)
        self.diff_note = QLabel(self)
        self.diff_note.setWordWrap(True)
        self.layout_.addWidget(self.diff_note)
        # the selected registry resident's 個人番号: masked; 表示 (audited, for a while) only
        # once attach_reveal() has wired the reveal service and only for permitted roles
        self.reveal = MyNumberRevealWidget(None, lambda: None, parent=self)
        self.reveal.caption.setText(self.tr("住民記録の個人番号"))
        self.layout_.addWidget(self.reveal)
        self.tie_notice = QLabel(self.tr("同じ条件で一致する方が複数います。住民記録を確認して選んでください。"), self)
        self.tie_notice.setObjectName("tieNotice")
        self.tie_notice.setWordWrap(True)
        self.tie_notice.setStyleSheet("#tieNotice { background: #fde7e9; color: #8a0012; "
                                      "font-weight: bold; padding: 6px; border-radius: 4px; }")
        self.tie_notice.hide()
        self.layout_.addWidget(self.tie_notice)

        label = QLabel(self.tr("候補（一致度の高い順）(&L)"), self)
        self.layout_.addWidget(label)
        self.model = CandidateModel(self)
        self.table = QTableView(self)
        label.setBuddy(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setMinimumSectionSize(64)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.table.doubleClicked.connect(lambda *_: self.go_next())
        self.layout_.addWidget(self.table, 1)

        self.search_box = QGroupBox(self.tr("住民記録を検索（基本4情報）"), self)
        grid = QGridLayout(self.search_box)
        self.name_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.birth_edit = QLineEdit(self)
        self.birth_edit.setPlaceholderText("1985-04-01")
        self.sex_combo = QComboBox(self)
        for code, text in (("", "指定なし"), ("1", "男"), ("2", "女")):
            self.sex_combo.addItem(self.tr(text), code)
        name_label = QLabel(self.tr("氏名(&A)"), self)
        name_label.setBuddy(self.name_edit)
        for col, (label, widget) in enumerate(((name_label, self.name_edit),
                                               (QLabel(self.tr("生年月日"), self), self.birth_edit))):
            grid.addWidget(label, 0, col * 2)
            grid.addWidget(widget, 0, col * 2 + 1)
        grid.addWidget(QLabel(self.tr("住所"), self), 1, 0)
        grid.addWidget(self.address_edit, 1, 1)
        grid.addWidget(QLabel(self.tr("性別"), self), 1, 2)
        grid.addWidget(self.sex_combo, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)
        self.search_button = QPushButton(self.tr("検索(&F)"), self)
        self.search_button.clicked.connect(self._search)
        self.name_edit.returnPressed.connect(self._search)
        grid.addWidget(self.search_button, 0, 4, 2, 1)
        self.layout_.addWidget(self.search_box)

        row = QHBoxLayout()
        self.new_resident_button = QPushButton(self.tr("該当なし：新しく転入する方として受付(&T)"), self)
        self.new_resident_button.clicked.connect(controller.choose_new_resident)
        row.addWidget(self.new_resident_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.disable_while_busy(self.new_resident_button)
        self._visit_id = None

    def show_visit(self, visit) -> None:
        if visit is None or visit.visit_id != self._visit_id:
            # a new visit: nothing typed for the previous resident may remain on screen
            for edit in (self.name_edit, self.address_edit, self.birth_edit):
                edit.clear()
            self.sex_combo.setCurrentIndex(0)
            self._visit_id = visit.visit_id if visit else None
        if visit is None:
            self.tie_notice.hide()
            self.model.set_candidates([])
            self._update_compare()
            return
        self.model.set_candidates(visit.candidates)
        self.table.resizeColumnsToContents()
        tied = any(c.ambiguous for c in visit.candidates)
        self.tie_notice.setVisible(tied)
        if visit.candidates:
            if tied:
                # a tie is never resolved for the clerk: nothing preselected, Next stays off
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
            elif visit.candidates[0].living:
                self.table.selectRow(0)
            self.table.setFocus()
        card = visit.card
        if tied and visit.candidates[0].matched_by_my_number:
            self.summary.setText(self.tr("この個人番号は複数の住民記録に登録されています（記録の誤りの可能性があります）。"))
        elif tied:
            self.summary.setText(self.tr("基本4情報で同じ一致度の候補が複数見つかりました。"))
        elif card is None:
            self.summary.setText(self.tr("カードなしで受付中です。基本4情報で住民記録を検索してください。"))
        elif visit.candidates and visit.candidates[0].matched_by_my_number:
            self.summary.setText(self.tr("個人番号で住民記録が見つかりました。内容を確認して確定してください。"))
        elif visit.candidates:
            self.summary.setText(self.tr("基本4情報で候補が見つかりました。理由を確認し、ご本人を選んでください。"))
        else:
            self.summary.setText(self.tr("住民記録に見つかりません。転入の方は「新しく転入する方として受付」を選んでください。"))
        if card is not None and not self.name_edit.text():
            self.name_edit.setText(card.name)
            self.birth_edit.setText(card.birth_date)
        allowed = self.controller.allowed()
        self.new_resident_button.setEnabled(VisitAction.NEW_RESIDENT in allowed)
        if not visit.candidates and card is not None:
            self.new_resident_button.setFocus()  # the likely next step when nothing matched
        self._update_compare()

    def attach_reveal(self, reveal_service, actor, presenter=None) -> None:
        """Wire the audited reveal (StaffServices.reveal) for the signed-in member
        (`actor()` is read at each use: the idle lock may re-sign)."""
        self.reveal.reveal_service, self.reveal.actor = reveal_service, actor
        self.reveal.presenter = presenter
        self.reveal.resident_id = None
        self._update_reveal()

    def _update_reveal(self) -> None:
        """Follow the selected candidate; another resident (or none) re-masks first."""
        chosen = self._selected()
        # audit_id is the records' internal id, which the reveal service takes (not the 宛名番号)
        resident_id = int(chosen.audit_id) if chosen and chosen.audit_id.isdigit() else None
        if resident_id is not None and resident_id == self.reveal.resident_id:
            return
        card = self.controller.visit.card if self.controller.visit else None
        masked = mask_my_number(card.my_number) if chosen and chosen.matched_by_my_number \
            and card and card.my_number else UNKNOWN_MASK
        self.reveal.set_resident(resident_id, masked)

    def _on_row_changed(self, *_args) -> None:
        self._update_compare()
        self.ready_changed.emit()

    def _selected(self):
        index = self.table.currentIndex()
        return self.model.candidate(index.row()) if index.isValid() else None

    def _update_compare(self) -> None:
        visit = self.controller.visit
        card = visit.card if visit else None
        chosen = self._selected()
        differences = []
        for row, (key, label) in enumerate(ROWS):
            left = getattr(card, key, "") if card else ""
            right = getattr(chosen, key, "") if chosen else ""
            if key == "sex_code":
                left, right = (self.tr(SEX[v]) if v in SEX else v for v in (left, right))
            items = [QTableWidgetItem(left), QTableWidgetItem(right)]
            if card and chosen and left != right:
                differences.append(self.tr(label))
                for item in items:
                    item.setBackground(DIFF_BRUSH)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            for col, item in enumerate(items):
                self.compare.setItem(row, col, item)
        self.compare.setItem(len(ROWS), 0, QTableWidgetItem(
            mask_my_number(card.my_number) if card else ""))
        # registry side: only ever masked here (the audited 表示 is the widget below)
        self.compare.setItem(len(ROWS), 1, QTableWidgetItem(
            mask_my_number(card.my_number) if card and chosen and chosen.matched_by_my_number
            else ""))
        self.compare.resizeRowsToContents()
        # exactly as tall as its rows: no empty band under the comparison
        self.compare.setFixedHeight(self.compare.horizontalHeader().height()
                                    + self.compare.verticalHeader().length()
                                    + 2 * self.compare.frameWidth())
        self._update_reveal()
        self.diff_note.setText(self.tr("カードと住民記録で異なる項目: ") + self.tr("、").join(differences)
                               + self.tr("（転入前の住所など、カードの券面が古い場合があります）")
                               if differences else "")

    def _search(self) -> None:
        self.controller.search(self.name_edit.text().strip(), self.address_edit.text().strip(),
                               self.birth_edit.text().strip(), self.sex_combo.currentData())

    def can_go_next(self, allowed) -> bool:
        return super().can_go_next(allowed) and self._selected() is not None

    def go_next(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.controller.confirm_resident(chosen.resident_id)
