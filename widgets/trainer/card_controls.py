"""The trainer's card controls: what is in the reader (persona, its PIN, tries left, faults),
the persona cards to place, 「今すぐカードを抜く」 and the faults, usable at any moment of
the trainee's visit — before the read, while the resident types the PIN, during the read.

Everything goes to the in-process simulated reader through TrainerCardService; the counter
notices through its CardBridge as with a real card. The reader is looked at a few times a
second while shown: the card changes on its own (tries spent, removed mid-read) and may be
placed from the demo card bar.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from domain.errors import DomainError
from training.trainer_card_service import (CARD_ONLY_FAULT_LABELS, CLEARABLE_FAULTS, FAULT_LABELS,
                                           ReaderView, TrainerCardService)
from widgets.error_presenter import describe

IdRole = Qt.UserRole + 1
POLL_MS = 400


def fault_label(code: str) -> str:
    text = FAULT_LABELS.get(code) or CARD_ONLY_FAULT_LABELS.get(code, code)
    return QCoreApplication.translate("CardControls", text)


class CardControls(QWidget):
    said = Signal(str, bool)          # message for the trainer, is an error
    card_placed = Signal(str)         # persona id
    card_removed = Signal()
    fault_injected = Signal(str)      # fault code

    def __init__(self, cards: TrainerCardService, parent=None) -> None:
        super().__init__(parent)
        self.cards = cards
        self.view = ReaderView(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_reader())
        layout.addWidget(self._build_personas(), 1)
        layout.addWidget(self._build_faults())
        self.setFocusProxy(self.persona_list)
        self._watch = QTimer(self)
        self._watch.setInterval(POLL_MS)
        self._watch.timeout.connect(self.refresh)

    # --- layout ---
    def _build_reader(self) -> QGroupBox:
        box = QGroupBox(self.tr("リーダーにあるカード"), self)
        grid = QGridLayout(box)
        self.reader_label = QLabel(box)
        self.reader_label.setObjectName("readerCard")
        self.reader_label.setWordWrap(True)
        self.reader_label.setStyleSheet("font-weight: bold;")
        grid.addWidget(self.reader_label, 0, 0, 1, 2)
        self.pin_label = QLabel(box)
        self.pin_label.setObjectName("cardPin")
        self.pin_label.setTextInteractionFlags(Qt.NoTextInteraction)
        self.pin_label.setStyleSheet("font-size: 22pt; font-weight: bold; color: #0d47a1;")
        grid.addWidget(self.pin_label, 1, 0)
        self.tries_label = QLabel(box)
        self.tries_label.setObjectName("cardTries")
        self.tries_label.setStyleSheet("font-size: 16pt;")
        grid.addWidget(self.tries_label, 1, 1, Qt.AlignRight)
        self.faults_label = QLabel(box)
        self.faults_label.setWordWrap(True)
        self.faults_label.setStyleSheet("color: #b00020;")
        grid.addWidget(self.faults_label, 2, 0, 1, 2)
        return box

    def _build_personas(self) -> QGroupBox:
        box = QGroupBox(self.tr("模擬カード（&K）"), self)
        v = QVBoxLayout(box)
        self.persona_list = QListWidget(box)
        for p in self.cards.personas():
            item = QListWidgetItem(p.label, self.persona_list)
            item.setData(IdRole, p.id)
            item.setToolTip(p.notes)
        self.persona_list.itemActivated.connect(lambda _item: self.place_selected())
        v.addWidget(self.persona_list, 1)
        buttons = QHBoxLayout()
        self.place_button = QPushButton(self.tr("カードを置く (Enter)"), box)
        self.remove_button = QPushButton(self.tr("今すぐカードを抜く (Ctrl+Del)"), box)
        self.place_button.clicked.connect(self.place_selected)
        self.remove_button.clicked.connect(self.remove_card)
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.remove_button)
        v.addLayout(buttons)
        remove = QAction(self)
        remove.setShortcut(QKeySequence("Ctrl+Delete"))
        remove.setShortcutContext(Qt.WindowShortcut)
        remove.triggered.connect(self.remove_card)
        self.addAction(remove)
        return box

    def _build_faults(self) -> QGroupBox:
        box = QGroupBox(self.tr("障害を入れる（暗証番号の入力中・読み取り中も可）"), self)
        grid = QGridLayout(box)
        self.fault_buttons: dict[str, QPushButton] = {}
        for i, code in enumerate(FAULT_LABELS):
            button = QPushButton(f"&{i + 1} " + fault_label(code), box)
            button.clicked.connect(lambda _checked=False, c=code: self.inject(c))
            grid.addWidget(button, i // 2, i % 2)
            self.fault_buttons[code] = button
        self.clear_button = QPushButton(self.tr("障害を解除(&0)"), box)
        self.clear_button.clicked.connect(self.clear_faults)
        grid.addWidget(self.clear_button, (len(FAULT_LABELS) + 1) // 2, 0, 1, 2)
        return box

    # --- actions ---
    def place_selected(self) -> None:
        item = self.persona_list.currentItem()
        if item is not None:
            self.place(item.data(IdRole))

    def place(self, persona_id: str) -> bool:
        if not self._do(self.cards.place, persona_id):
            return False
        self.said.emit(self.tr("「%1」のカードを置きました。").replace("%1", self.view.label), False)
        self.card_placed.emit(persona_id)
        return True

    def remove_card(self) -> None:
        had = self.view.present or self.cards.card_present
        if self._do(self.cards.remove) and had:
            self.said.emit(self.tr("カードを抜きました。"), False)
            self.card_removed.emit()

    def inject(self, fault: str) -> bool:
        if not self._do(self.cards.inject, fault):
            return False
        self.said.emit(self.tr("障害「%1」を入れました。").replace("%1", fault_label(fault)), False)
        self.fault_injected.emit(fault)
        return True

    def clear_faults(self) -> None:
        if self._do(self.cards.clear_faults):
            self.said.emit(self.tr("障害を解除しました（使った暗証番号の回数は戻りません）。"), False)

    def _do(self, action, *args) -> bool:
        try:
            action(*args)
        except DomainError as exc:
            self.said.emit(describe(exc).message, True)
            self.refresh()
            return False
        self.refresh()
        return True

    # --- display ---
    def refresh(self) -> None:
        try:
            view = self.cards.view()
        except DomainError as exc:   # e.g. the account was disabled: no PIN on screen
            view = ReaderView(False)
            self._watch.stop()
            self.said.emit(describe(exc).message, True)
        self.view = view
        if not view.present:
            self.reader_label.setText(self.tr("カードなし"))
            self.pin_label.setText(self.tr("暗証番号 —"))
            self.tries_label.clear()
            self.faults_label.clear()
        else:
            self.reader_label.setText(view.label or self.tr("ペルソナにないカード"))
            self.pin_label.setText(self.tr("暗証番号 %1").replace("%1", view.pin))
            self.tries_label.setText(self.tr("残り %n 回", "", view.tries_left)
                                     if view.tries_left else self.tr("ロック中"))
            self.faults_label.setText(self.tr("障害: %1").replace(
                "%1", "、".join(fault_label(f) for f in view.faults)) if view.faults else "")
        self.remove_button.setEnabled(view.present)
        self.clear_button.setEnabled(bool(CLEARABLE_FAULTS & set(view.faults)))
        for code, button in self.fault_buttons.items():
            button.setEnabled(view.can_inject(code))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self._watch.start()

    def hideEvent(self, event) -> None:
        self._watch.stop()
        super().hideEvent(event)
