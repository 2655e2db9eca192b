"""研修パネル: place and remove persona cards, inject card faults, start scenarios.

Shown only in demo mode to staff whose role may use it (see widgets.staff.panels).
Everything it does goes to the in-process simulated reader through
TrainerCardService; the counter notices through the CardBridge like with a real
card, so a trainee practises exactly what they will meet at the counter.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QTextBrowser, QVBoxLayout, QWidget)

from domain.errors import DomainError
from training.scenarios import TrainerScenario
from training.trainer_card_service import FAULT_LABELS, TrainerCardService
from widgets.error_presenter import describe

IdRole = Qt.UserRole + 1


class TrainerPanel(QWidget):
    card_placed = Signal(str)         # persona id
    card_removed = Signal()
    fault_injected = Signal(str)      # fault code
    scenario_started = Signal(object)  # TrainerScenario

    def __init__(self, cards: TrainerCardService, scenarios: Sequence[TrainerScenario] = (),
                 parent=None) -> None:
        super().__init__(parent)
        self.cards = cards
        self.scenarios = list(scenarios)
        self._personas = {p.id: p for p in cards.personas()}
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("研修パネル（練習モード）"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        self.reader_status = QLabel(self)
        self.reader_status.setObjectName("readerStatus")
        self.reader_status.setWordWrap(True)
        layout.addWidget(self.reader_status)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._build_cards(), 1)
        left.addWidget(self._build_faults())
        row.addLayout(left, 1)
        row.addWidget(self._build_scenarios(), 1)
        layout.addLayout(row, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.setFocusProxy(self.persona_list)
        self._watch = QTimer(self)
        self._watch.setInterval(500)
        self._watch.timeout.connect(self._update)
        self._update()

    # --- layout ---
    def _build_cards(self) -> QGroupBox:
        box = QGroupBox(self.tr("模擬カード（&K）"), self)
        v = QVBoxLayout(box)
        self.persona_list = QListWidget(box)
        for p in self._personas.values():
            item = QListWidgetItem(p.label, self.persona_list)
            item.setData(IdRole, p.id)
            item.setToolTip(p.notes)
        self.persona_list.currentRowChanged.connect(lambda _row: self._show_persona_note())
        self.persona_list.itemActivated.connect(lambda _item: self.place_selected())
        v.addWidget(self.persona_list, 1)
        self.persona_note = QLabel(box)
        self.persona_note.setWordWrap(True)
        self.persona_note.setStyleSheet("color: #444;")
        self.persona_note.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        # Room for the PIN line and three lines of notes: a wrapped label inside a
        # group box is otherwise squeezed and its last line cut off.
        self.persona_note.setMinimumHeight(self.persona_note.fontMetrics().lineSpacing() * 4 + 4)
        v.addWidget(self.persona_note)
        buttons = QHBoxLayout()
        self.place_button = QPushButton(self.tr("カードを置く (Enter)"), box)
        self.remove_button = QPushButton(self.tr("取り除く (Ctrl+Del)"), box)
        self.place_button.clicked.connect(self.place_selected)
        self.remove_button.clicked.connect(self.remove_card)
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.remove_button)
        v.addLayout(buttons)
        remove = QAction(self)
        remove.setShortcut(QKeySequence("Ctrl+Delete"))
        remove.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        remove.triggered.connect(self.remove_card)
        self.addAction(remove)
        return box

    def _build_faults(self) -> QGroupBox:
        box = QGroupBox(self.tr("障害を入れる"), self)
        grid = QGridLayout(box)
        self.fault_buttons: dict[str, QPushButton] = {}
        for i, (code, label) in enumerate(FAULT_LABELS.items()):
            button = QPushButton(f"&{i + 1} " + self.tr(label), box)
            button.clicked.connect(lambda _checked=False, c=code: self.inject(c))
            grid.addWidget(button, i // 2, i % 2)
            self.fault_buttons[code] = button
        return box

    def _build_scenarios(self) -> QGroupBox:
        box = QGroupBox(self.tr("練習シナリオ（&S）"), self)
        v = QVBoxLayout(box)
        self.scenario_list = QListWidget(box)
        for s in self.scenarios:
            item = QListWidgetItem(s.title, self.scenario_list)
            item.setData(IdRole, s.id)
        self.scenario_list.currentRowChanged.connect(self._show_scenario)
        self.scenario_list.itemActivated.connect(lambda _item: self.start_selected_scenario())
        v.addWidget(self.scenario_list, 1)
        self.scenario_text = QTextBrowser(box)
        v.addWidget(self.scenario_text, 2)
        self.start_button = QPushButton(self.tr("シナリオを開始（カードを置く）"), box)
        self.start_button.clicked.connect(self.start_selected_scenario)
        v.addWidget(self.start_button)
        if self.scenarios:
            self.scenario_list.setCurrentRow(0)
        return box

    # --- actions ---
    def place_selected(self) -> None:
        item = self.persona_list.currentItem()
        if item is not None:
            self.place(item.data(IdRole))

    def place(self, persona_id: str) -> None:
        self.cards.place(persona_id)
        self._say(self.tr("「%1」のカードを置きました。").replace("%1", self._label(persona_id)))
        self._update()
        self.card_placed.emit(persona_id)

    def remove_card(self) -> None:
        had = self.cards.card_present
        self.cards.remove()
        if had:
            self._say(self.tr("カードを取り除きました。"))
            self.card_removed.emit()
        self._update()

    def inject(self, fault: str) -> None:
        try:
            self.cards.inject(fault)
        except DomainError as exc:
            self._say(describe(exc).message, error=True)
            return
        self._say(self.tr("障害「%1」を入れました。").replace("%1", self.tr(FAULT_LABELS[fault])))
        self._update()
        self.fault_injected.emit(fault)

    def start_selected_scenario(self) -> None:
        row = self.scenario_list.currentRow()
        if 0 <= row < len(self.scenarios):
            self.start_scenario(self.scenarios[row])

    def start_scenario(self, scenario: TrainerScenario) -> None:
        self.place(scenario.persona)
        if scenario.fault:
            self.inject(scenario.fault)
        self._say(self.tr("シナリオ「%1」を開始しました。手順を読み上げてください。")
                  .replace("%1", scenario.title))
        self.scenario_started.emit(scenario)

    # --- display ---
    def _label(self, persona_id: str | None) -> str:
        entry = self._personas.get(persona_id or "")
        return entry.label if entry else (persona_id or "")

    def _show_persona_note(self) -> None:
        item = self.persona_list.currentItem()
        entry = self._personas.get(item.data(IdRole)) if item else None
        self.persona_note.setText(
            (self.tr("暗証番号: %1").replace("%1", entry.pin) + "\n" + entry.notes) if entry else "")

    def _show_scenario(self, row: int) -> None:
        if not 0 <= row < len(self.scenarios):
            self.scenario_text.clear()
            return
        s = self.scenarios[row]
        steps = "".join(f"<li>{step}</li>" for step in s.steps)
        fault = self.tr(FAULT_LABELS.get(s.fault, "")) if s.fault else self.tr("なし")
        card, fault_word = self.tr("カード"), self.tr("障害")   # lupdate misses tr() in f-strings
        self.scenario_text.setHtml(
            f"<p>{s.description}</p><p>{card}: {self._label(s.persona)}"
            f"{self.tr('／')}{fault_word}: {fault}</p><ol>{steps}</ol>")

    def _update(self) -> None:
        present = self.cards.card_present
        if present:
            faults = self.tr("、").join(self.tr(FAULT_LABELS[f]) for f in self.cards.faults)
            if self.cards.persona_id:
                text = self.tr("模擬リーダー: 「%1」のカードあり").replace("%1", self._label(self.cards.persona_id))
            else:
                text = self.tr("模擬リーダー: カードあり（ほかの操作で置かれたカード）")
            if faults:
                text += self.tr("（障害: %1）").replace("%1", faults)
        else:
            text = self.tr("模擬リーダー: カードなし")
        self.reader_status.setText(text)
        self.remove_button.setEnabled(present)
        for button in self.fault_buttons.values():
            button.setEnabled(present)

    def show_problem(self, text: str) -> None:
        """E.g. a scenario file that did not load: cards and faults still work."""
        self._say(text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update()
        # The card can leave on its own (removed mid-read) or be placed from the demo
        # card bar; the slot is only looked at, so a short poll while visible is enough.
        self._watch.start()

    def hideEvent(self, event) -> None:
        self._watch.stop()
        super().hideEvent(event)
