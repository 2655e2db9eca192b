"""The people of a visit and what is asked of each (the event's person questions): the card
holder (what the card gives is shown, not asked), the registry members the visit concerns,
and the people the resident names (a family moving in, a newborn) — added with Alt+M.

Each person is one box of question widgets; a question whose `when` does not hold for that
person (在留カード番号 of a Japanese national, 電子証明書 without a card) is hidden.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from forms.questions import asked
from widgets.pages.question_widgets import has_answer, make_widget, tr_question

SEX = {"1": "男", "2": "女"}


class PersonBox(QGroupBox):
    changed = Signal()
    committed = Signal(object)   # the widget whose answer was committed
    remove_requested = Signal(object)

    def __init__(self, pid: str, title: str, questions, known: dict[str, Any], *,
                 removable: bool, parent=None) -> None:
        super().__init__(title, parent)
        self.pid = pid
        self.questions = questions
        self.known = known          # what the card or the registry already says (not asked)
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.issue_labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        col = 0
        row = 0
        for q in questions:
            if q.key in known or (pid == "holder" and q.holder == "card"):
                continue  # what the card or the registry says is shown in the title, not asked
            label = QLabel(tr_question(q.text), self)
            widget = make_widget(q, self)
            widget.setObjectName(f"{pid}.{q.key}")
            label.setBuddy(widget)
            issue = QLabel(self)
            issue.setStyleSheet("color: #b00020;")
            issue.setWordWrap(True)
            issue.hide()
            grid.addWidget(label, row * 2, col)
            grid.addWidget(widget, row * 2, col + 1)
            grid.addWidget(issue, row * 2 + 1, col, 1, 2)
            self.widgets[q.key], self.labels[q.key], self.issue_labels[q.key] = widget, label, issue
            widget.committed.connect(lambda w=widget: self.committed.emit(w))
            for sig in ("currentIndexChanged", "textChanged", "valueChanged"):
                if hasattr(widget, sig):
                    getattr(widget, sig).connect(self._on_changed)
            col += 2
            if col >= 6:
                col, row = 0, row + 1
        if removable:
            remove = QPushButton(self.tr("この方を削除"), self)
            remove.clicked.connect(lambda: self.remove_requested.emit(self))
            grid.addWidget(remove, row * 2 + 2, 0, 1, 2)
        self.refresh_visibility()

    def _on_changed(self, *_args) -> None:
        self.refresh_visibility()
        for key, issue in self.issue_labels.items():
            if has_answer(self.widgets[key]):
                issue.hide()
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        out = dict(self.known)
        for q in self.questions:
            widget = self.widgets.get(q.key)
            if widget is not None and widget.isVisibleTo(self) and has_answer(widget):
                out[q.key] = widget.value()
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        for key, widget in self.widgets.items():
            if key in values:
                widget.set_value(values[key])
        self.refresh_visibility()

    def refresh_visibility(self) -> None:
        current = {f"person.{k}": v for k, v in self.values_all().items()}
        for q in self.questions:
            if q.key not in self.widgets:
                continue
            shown = asked(q, current)
            self.widgets[q.key].setVisible(shown)
            self.labels[q.key].setVisible(shown)
            if not shown:
                self.issue_labels[q.key].hide()

    def values_all(self) -> dict[str, Any]:
        out = dict(self.known)
        for key, widget in self.widgets.items():
            if has_answer(widget):
                out[key] = widget.value()
        return out

    def focus_chain(self) -> list[QWidget]:
        return [self.widgets[q.key] for q in self.questions if q.key in self.widgets
                and self.widgets[q.key].isVisibleTo(self)]

    def show_issue(self, key: str, text: str) -> QWidget | None:
        if key not in self.issue_labels:
            return None
        self.issue_labels[key].setText(text)
        self.issue_labels[key].show()
        return self.widgets[key]

    def clear_issues(self) -> None:
        for label in self.issue_labels.values():
            label.hide()


class PeopleEditor(QWidget):
    changed = Signal()
    committed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[PersonBox] = []
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("一緒に届け出る方を追加(&M)"), self)
        self.add_button.clicked.connect(lambda: self.add_person(focus=True))
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)
        self._questions = ()
        self._next_added = 1

    def set_people(self, questions, fixed: list[tuple[str, str, dict]], added: list[dict],
                   can_add: bool) -> None:
        """`fixed`: (pid, title, what is known) for the holder and registry members;
        `added`: the person entries the resident named earlier in this visit."""
        for box in self.boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        self._questions = questions
        for pid, title, known in fixed:
            self._append(PersonBox(pid, title, questions, known, removable=False, parent=self))
        self._next_added = 1
        for entry in added:
            box = self.add_person(entry.get("id"))
            box.set_values(entry)
        self.add_button.setVisible(can_add)
        self.setVisible(bool(questions) and (bool(self.boxes) or can_add))

    def _append(self, box: PersonBox) -> None:
        box.changed.connect(self.changed)
        box.committed.connect(self.committed)
        box.remove_requested.connect(self._remove)
        self._layout.insertWidget(len(self.boxes), box)
        self.boxes.append(box)

    def add_person(self, pid: str | None = None, focus: bool = False) -> PersonBox:
        if pid is None:
            pid = f"added-{self._next_added}"
        number = int(pid.split("-")[1]) if pid.startswith("added-") and pid.split("-")[1].isdigit() else 0
        self._next_added = max(self._next_added, number + 1)
        box = PersonBox(pid, self.tr("一緒に届け出る方"), self._questions, {}, removable=True, parent=self)
        self._append(box)
        if focus:
            chain = box.focus_chain()
            if chain:
                chain[0].setFocus()
        self.changed.emit()
        return box

    def _remove(self, box: PersonBox) -> None:
        self.boxes.remove(box)
        self._layout.removeWidget(box)
        box.deleteLater()
        self.changed.emit()

    def added(self) -> tuple[dict, ...]:
        return tuple({"id": b.pid, **b.values()} for b in self.boxes if b.pid.startswith("added-"))

    def about(self) -> dict[str, dict]:
        return {b.pid: {k: v for k, v in b.values().items() if k not in b.known}
                for b in self.boxes if not b.pid.startswith("added-")}

    def entries(self) -> list[dict]:
        """In page order, as forms.questions.check_answers numbers them (members.<i>)."""
        return [{"id": b.pid, **b.values()} for b in self.boxes]

    def focus_chain(self) -> list[QWidget]:
        return [w for b in self.boxes for w in b.focus_chain()]

    def show_issue(self, index: int, key: str, text: str) -> QWidget | None:
        return self.boxes[index].show_issue(key, text) if 0 <= index < len(self.boxes) else None

    def clear_issues(self) -> None:
        for b in self.boxes:
            b.clear_issues()


def holder_known(card, questions) -> dict[str, Any]:
    """What the card tells of the holder: those questions are shown, not asked."""
    if card is None:
        return {}
    known = {"name": card.name, "birth_date": card.birth_date, "sex_code": card.sex_code,
             "card_held": True}
    return {q.key: known[q.key] for q in questions if q.holder == "card" and q.key in known}


def registry_known(member, questions) -> dict[str, Any]:
    """What the registry tells of a household member: not asked again."""
    known = {"name": member.name, "kana": member.kana, "birth_date": member.birth_date,
             "sex_code": member.sex_code, "relationship": member.relationship}
    return {q.key: known[q.key] for q in questions if known.get(q.key)}


def person_title(name: str, relationship: str = "", note: str = "") -> str:
    parts = [name]
    if relationship:
        parts.append(QCoreApplication.translate("PeopleEditor", "（%1）")
                     .replace("%1", tr_question(relationship)))
    if note:
        parts.append(f" {note}")
    return "".join(parts)
