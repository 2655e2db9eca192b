"""研修担当の画面: the trainer's own window, for a second screen beside the trainee's counter.

Opened from the counter's toolbar (F4) in demo mode by a trainer (widgets.staff.panels asks
the role matrix; TrainerCardService checks again at every action). It has no parent
window on purpose: the counter's dialogs (the PIN pad) are modal to the counter window
only, so the trainer can pull the card, make the next PIN wrong or slow the card down while
the resident is typing the PIN or the card is being read. It shows the PIN of the card in
the reader — the counter window never does — and fills the trainee's event page with the
scenario's answers through the visit controller.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.visit.workflow import VisitAction
from training.scenario_answers import answers_for_visit
from training.scenarios import TrainerScenario
from training.trainer_card_service import TrainerCardService
from widgets.card_status import CardStatus
from widgets.trainer.card_controls import CardControls
from widgets.trainer.scenario_controls import ScenarioControls

# Kept for the translation build (resources/translations/build_translations.py).
CARD_STATUS_TEXT = {CardStatus.NO_READER: "リーダーなし", CardStatus.WAITING: "カード待ち",
                    CardStatus.PRESENT: "カードあり", CardStatus.READING: "読み取り中",
                    CardStatus.ERROR: "カードエラー"}


class TrainerWindow(QWidget):
    own_window = True   # MainWindow.add_panel: a toolbar action opens it, the stack does not take it

    def __init__(self, cards: TrainerCardService, scenarios: Sequence[TrainerScenario] = (),
                 controller=None) -> None:
        super().__init__(None, Qt.Window)   # no parent: see the module doc
        self.setObjectName("trainerWindow")
        self.setWindowTitle(self.tr("研修担当の画面【練習モード】— 窓口"))
        self.cards = cards
        self.controller = None
        self._step, self._card_status = "", ""
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("研修担当の画面（暗証番号が表示されます。研修生には見せないでください）"), self)
        title.setObjectName("trainerTitle")
        title.setWordWrap(True)
        title.setStyleSheet("#trainerTitle { background: #ffb300; color: #000; font-weight: bold; padding: 4px; }")
        layout.addWidget(title)
        self.counter_label = QLabel(self)
        self.counter_label.setObjectName("counterState")
        self.counter_label.setWordWrap(True)
        layout.addWidget(self.counter_label)
        row = QHBoxLayout()
        self.card_controls = CardControls(cards, self)
        row.addWidget(self.card_controls, 1)
        labels = {p.id: p.label for p in cards.personas()}
        self.scenario_controls = ScenarioControls(scenarios, lambda pid: labels.get(pid, pid), self)
        row.addWidget(self.scenario_controls, 1)
        layout.addLayout(row, 1)
        self.message = QLabel(self)
        self.message.setObjectName("trainerMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.card_controls.said.connect(self._say)
        self.scenario_controls.start_requested.connect(self.start_scenario)
        self.scenario_controls.fill_requested.connect(self.fill_answers)
        self.setFocusProxy(self.card_controls)
        if controller is not None:
            self.watch(controller)
        self._show_counter()
        self.resize(1100, 720)

    @property
    def scenarios(self) -> list[TrainerScenario]:
        return self.scenario_controls.scenarios

    # --- the trainee's counter, followed through its visit controller ---
    def watch(self, controller) -> None:
        self.controller = controller
        controller.visit_changed.connect(self._on_visit_changed)
        controller.card_status_changed.connect(self._on_card_status_changed)
        self._on_visit_changed(controller.visit)

    def _on_visit_changed(self, visit) -> None:
        from widgets.pages.card_page import STATE_LABELS

        self._step = self.tr(STATE_LABELS.get(visit.state.value, "")) if visit is not None \
            else self.tr("受付なし")
        self.scenario_controls.set_fill_possible(self._can_fill())
        self._show_counter()

    def _on_card_status_changed(self, status: CardStatus, _detail: str) -> None:
        self._card_status = self.tr(CARD_STATUS_TEXT.get(status, ""))
        self._show_counter()

    def _show_counter(self) -> None:
        if self.controller is None:
            self.counter_label.setText(self.tr("研修生の画面: つながっていません"))
            return
        parts = [p for p in (self._step, self._card_status) if p]
        self.counter_label.setText(self.tr("研修生の画面: %1").replace("%1", " — ".join(parts)))

    def _can_fill(self) -> bool:
        c = self.controller
        return c is not None and c.visit is not None and VisitAction.ANSWER_EVENT in c.allowed()

    # --- scenarios ---
    def start_scenario(self, scenario: TrainerScenario) -> None:
        """Places the scenario's card (and its fault): the trainee's counter reads it."""
        if not self.card_controls.place(scenario.persona):
            return
        if scenario.fault and not self.card_controls.inject(scenario.fault):
            return
        self._say(self.tr("シナリオ「%1」を開始しました。手順を読み上げてください。")
                  .replace("%1", scenario.title))

    def fill_answers(self, scenario: TrainerScenario) -> None:
        """The resident's answers from the scenario onto the trainee's event page."""
        if not self._can_fill():
            self._say(self.tr("研修生の画面が「3. ご用件」になってから押してください。"), error=True)
            return
        fill = answers_for_visit(scenario, self.controller.visit)
        self.controller.offer_answers(fill.event, fill.answers, fill.concerned, fill.added, fill.about)
        text = self.tr("「%1」の回答を研修生の画面に入れました。確かめて「次へ」を押してもらってください。") \
            .replace("%1", scenario.title)
        if fill.other_card:
            text += self.tr("（読み取ったカードはこのシナリオのカードではありません）")
        if fill.left_out:
            text += self.tr("この受付に当てはまらず入れなかった回答: %1").replace("%1", "、".join(fill.left_out))
        self._say(text, error=fill.other_card or bool(fill.left_out))

    def show_problem(self, text: str) -> None:
        """E.g. a scenario file that did not load: cards and faults still work."""
        self._say(text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)
