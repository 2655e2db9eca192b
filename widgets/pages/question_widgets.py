"""One input widget per question kind (forms.questions), each able to say whether it holds an
answer and to signal when the clerk has committed one — the life-event page then moves
the focus to the next question that still needs an answer, so the clerk types the
resident's answers and little else.

- choice: a picker (never free text matched against a hidden word list); a digit key
  1–9 picks that choice and commits, like the numbered list the resident is shown;
- date: YYYY-MM-DD or 8 digits, committed as soon as a real date is complete;
- text kinds: committed with Enter (katakana fields turn hiragana into katakana).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

import jaconv
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

QUESTIONS_CONTEXT = "LifeEventQuestions"
NO_ANSWER = ""   # the data of a picker's empty choice (see ChoiceBox)
DATE_RE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")


def tr_question(text: str) -> str:
    """Question texts, choice labels and event titles are data (forms/questions): translated
    here, from the table resources/translations/build_translations.py adds to the .ts."""
    return QCoreApplication.translate(QUESTIONS_CONTEXT, text)


def tr_answer_issue(issue) -> str:
    """forms.questions.answer_issue_text, its template and what is expected translated apart
    (the filled-in sentence is not in the table)."""
    from forms.questions import ANSWER_TEXT, EXPECTED_TEXT

    template = ANSWER_TEXT.get(issue.code)
    if template is None:
        return issue.code
    expected = EXPECTED_TEXT.get(issue.expected, issue.expected or "")
    return tr_question(template).format(expected=tr_question(expected) if expected else "")


def parse_date(text: str) -> str | None:
    match = DATE_RE.match(text.strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


class NumberedChoices(QComboBox):
    """A choice box whose items are numbered: digit key 1–9 picks that item and commits it
    (item 0 is the empty choice), so a clerk answers a picker with one key."""
    committed = Signal()

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text.isdigit() and text != "0" and int(text) < self.count():
            self.setCurrentIndex(int(text))
            self.committed.emit()
            return
        super().keyPressEvent(event)


class ChoiceBox(NumberedChoices):

    def __init__(self, question, parent=None) -> None:
        super().__init__(parent)
        self.question = question
        empty = question.optional_label or ("（選んでください）" if question.required else "（なし）")
        # The empty choice holds "" — never None, and never no data at all: PySide6 6.12's
        # currentData()/itemData() give back None without its reference (Python then dies
        # with "deallocating None" after enough calls).
        self.addItem(tr_question(empty), NO_ANSWER)
        for number, (value, label) in enumerate(question.choices, start=1):
            prefix = f"{number}. " if number <= 9 else ""
            self.addItem(prefix + tr_question(label), value)
        self.activated.connect(lambda _i: self.committed.emit())

    def value(self) -> Any:
        data = self.currentData()
        return None if data == NO_ANSWER else data

    def set_value(self, value: Any) -> None:
        index = next((i for i in range(1, self.count()) if self.itemData(i) == value), 0)
        self.setCurrentIndex(index)


class TextBox(QLineEdit):
    committed = Signal()

    def __init__(self, question, parent=None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.question = question
        self.setPlaceholderText(placeholder or tr_question(question.hint) if question.hint else placeholder)
        self.returnPressed.connect(self._commit)
        if question.kind == "date":
            self.setPlaceholderText(placeholder or "YYYY-MM-DD")
            self.textEdited.connect(self._date_complete)

    def _date_complete(self, text: str) -> None:
        if parse_date(text) is not None and len(text.replace("-", "")) == 8:
            self._commit()

    def _commit(self) -> None:
        if self.question.kind == "kana":
            kana = jaconv.hira2kata(self.text())
            if kana != self.text():
                self.setText(kana)
        self.committed.emit()

    def value(self) -> Any:
        text = self.text().strip()
        if self.question.kind == "date":
            return parse_date(text) or text
        if self.question.kind == "kana":
            return jaconv.hira2kata(text)
        if self.question.kind in ("my_number", "digits"):
            return text.replace(" ", "").replace("-", "") if self.question.kind == "my_number" else text
        if self.question.kind == "residence_card":
            return text.upper()
        return text

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class CountBox(QSpinBox):
    committed = Signal()

    def __init__(self, question, parent=None) -> None:
        super().__init__(parent)
        self.question = question
        self.setRange(1, 99)
        self.setValue(int(question.default or 1))
        self.editingFinished.connect(self.committed)

    def set_value(self, value: Any) -> None:
        try:
            self.setValue(int(value))
        except (TypeError, ValueError):
            self.setValue(int(self.question.default or 1))


def make_widget(question, parent: QWidget, placeholder: str = "") -> QWidget:
    if question.kind in ("choice", "relationship"):
        return ChoiceBox(question, parent)
    if question.kind == "count":
        return CountBox(question, parent)
    return TextBox(question, parent, placeholder)


def has_answer(widget) -> bool:
    value = widget.value() if hasattr(widget, "value") else None
    return value not in (None, "")
