"""The trainer's scenarios: the list, what each one is about (the card, the fault, what the
resident answers, the steps to read out), 「シナリオを開始」 (places the card, injects the
fault) and 「回答を入力」 (fills the trainee's event page with the resident's answers)."""
from __future__ import annotations

from html import escape
from typing import Any, Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QPushButton, QTextBrowser, QVBoxLayout

from forms.events import EventCode
from forms.questions import questions_for
from training.scenarios import TrainerScenario
from widgets.pages.question_widgets import tr_question
from widgets.trainer.card_controls import fault_label

IdRole = Qt.UserRole + 1


class ScenarioControls(QGroupBox):
    start_requested = Signal(object)  # TrainerScenario
    fill_requested = Signal(object)   # TrainerScenario

    def __init__(self, scenarios: Sequence[TrainerScenario], persona_label: Callable[[str], str],
                 parent=None) -> None:
        super().__init__(self.tr("練習シナリオ（&S）"), parent)
        self.scenarios = list(scenarios)
        self._persona_label = persona_label
        v = QVBoxLayout(self)
        self.scenario_list = QListWidget(self)
        for s in self.scenarios:
            item = QListWidgetItem(s.title, self.scenario_list)
            item.setData(IdRole, s.id)
        self.scenario_list.currentRowChanged.connect(self._show)
        self.scenario_list.itemActivated.connect(lambda _item: self._emit(self.start_requested))
        v.addWidget(self.scenario_list, 1)
        self.scenario_text = QTextBrowser(self)
        v.addWidget(self.scenario_text, 3)
        self.start_button = QPushButton(self.tr("シナリオを開始（カードを置く）"), self)
        self.start_button.clicked.connect(lambda: self._emit(self.start_requested))
        v.addWidget(self.start_button)
        self.fill_button = QPushButton(self.tr("回答を入力（研修生の「ご用件」の画面へ）(&A)"), self)
        self.fill_button.setToolTip(self.tr("研修生の画面が「3. ご用件」のときに使えます。"))
        self.fill_button.clicked.connect(lambda: self._emit(self.fill_requested))
        v.addWidget(self.fill_button)
        if self.scenarios:
            self.scenario_list.setCurrentRow(0)
        self.set_fill_possible(False)

    def current(self) -> TrainerScenario | None:
        row = self.scenario_list.currentRow()
        return self.scenarios[row] if 0 <= row < len(self.scenarios) else None

    def select(self, scenario_id: str) -> None:
        ids = [s.id for s in self.scenarios]
        self.scenario_list.setCurrentRow(ids.index(scenario_id))

    def set_fill_possible(self, possible: bool) -> None:
        """Only while the trainee's visit is at the event step."""
        self.fill_button.setEnabled(possible and self.current() is not None)

    def _emit(self, signal) -> None:
        if self.current() is not None:
            signal.emit(self.current())

    def _show(self, _row: int) -> None:
        s = self.current()
        if s is None:
            self.scenario_text.clear()
            return
        fault = fault_label(s.fault) if s.fault else self.tr("なし")
        steps = "".join(f"<li>{escape(step)}</li>" for step in s.steps)
        answers = "".join(f"<li>{escape(label)}: {escape(value)}</li>"
                          for label, value in answer_lines(s.event, s.answers, self._yes_no,
                                                                  self.tr("カードの方")))
        # plain tr() calls (lupdate does not look inside f-strings)
        card, fault_word, event_word = self.tr("カード"), self.tr("障害"), self.tr("ご用件")
        answers_word, steps_word = self.tr("本人役が答えること"), self.tr("手順")
        self.scenario_text.setHtml(
            f"<p>{escape(s.description)}</p>"
            f"<p><b>{escape(card)}</b>: {escape(self._persona_label(s.persona))}"
            f"　<b>{escape(fault_word)}</b>: {escape(fault)}"
            f"　<b>{escape(event_word)}</b>: {escape(tr_question(EventCode(s.event).title))}</p>"
            # pre-wrap: names keep their 全角 space (HTML would fold it into a plain one)
            f"<p><b>{escape(answers_word)}</b></p><ul style='white-space: pre-wrap'>{answers}</ul>"
            f"<p><b>{escape(steps_word)}</b></p><ol>{steps}</ol>")

    def _yes_no(self, value: bool) -> str:
        return self.tr("はい") if value else self.tr("いいえ")


def answer_lines(event: str, answers, yes_no: Callable[[bool], str],
                 holder: str) -> list[tuple[str, str]]:
    """(question, answer) for the trainer to read out, in the page's order; each person on
    one line (`holder` names the card holder's own line)."""
    spec = questions_for(event)
    questions = {q.key: q for q in (*spec.person_questions, *spec.questions)}

    def shown(key: str, value: Any) -> str:
        choices = questions[key].choices if key in questions else ()
        label = next((label for v, label in choices if v == value and type(v) is type(value)), None)
        if label is not None:   # the words the page's picker shows
            return tr_question(label)
        return yes_no(value) if isinstance(value, bool) else str(value)

    flat: dict[str, Any] = {}
    for key, value in answers.items():
        if key in ("members", "holder", "concerned"):
            continue
        if hasattr(value, "items") and key not in questions:   # {"certificate": {"kind": …}}
            flat.update({f"{key}.{k}": v for k, v in value.items()})
        else:
            flat[key] = value
    order = [q.key for q in spec.questions]
    lines = []
    for key in sorted(flat, key=lambda k: order.index(k) if k in order else len(order)):
        value = flat[key]
        if hasattr(value, "get"):   # a person (the deceased): their name is enough here
            value = value.get("name", "")
        lines.append((tr_question(questions[key].text) if key in questions else key, shown(key, value)))
    people = ([answers["holder"]] if "holder" in answers else []) + list(answers.get("members", ()))
    for person in people:
        details = "、".join(f"{tr_question(questions[k].text)} {shown(k, v)}" for k, v in person.items()
                           if k in questions and k != "name")
        lines.append((person.get("name") or holder, details))
    return lines
