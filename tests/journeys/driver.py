"""A clerk at the real counter window: keyboard and mouse, counting what the clerk presses
beyond the resident's answers.

The journeys (tests/journeys) and bench/keystrokes.py drive the real composition (demo
database, real rules and forms, the real CardBridge over the card simulator) through this.
A journey says what the resident answers; the driver follows the window's focus: it types or
picks the answer for whatever question has the focus, and counts every other key press or
click (Enter to commit a typed answer, Alt+M to add a person, a click into an optional
field, Ctrl+Enter to go on, the print keys) as the clerk's overhead.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.visit.workflow import VisitState
from forms.events import EventCode


@dataclass
class Tally:
    overhead: int = 0            # the clerk's keys and clicks beyond the resident's answers
    answer_keys: int = 0         # keys that are the resident's answers (typed text, a picked choice)
    resident_keys: int = 0       # the PIN, typed by the resident
    auto_advanced: int = 0       # answers after which the focus moved on by itself (no Tab/Enter)
    log: list[str] = field(default_factory=list)

    def clerk(self, what: str) -> None:
        self.overhead += 1
        self.log.append(what)


@dataclass
class Journey:
    """What the resident brings and says."""
    persona: str
    pin: str
    event: EventCode
    answers: dict[str, Any]
    holder: dict[str, Any] = field(default_factory=dict)        # what the resident says of themself
    added: list[dict[str, Any]] = field(default_factory=list)   # the people the resident names
    new_resident: bool = False
    tick_members: tuple[str, ...] = ()                          # registry members concerned (names)


class ClerkAtCounter:
    def __init__(self, qtbot, window, *, auto_advance: bool = True, supervisor=None) -> None:
        """`supervisor(visit_id)`: a supervisor at another desk approves (not the clerk's keys)."""
        self.qtbot, self.window = qtbot, window
        self.tally = Tally()
        self.auto_advance = auto_advance
        self.supervisor = supervisor

    # --- primitives (counted) ---
    def key(self, widget, key, modifier=Qt.NoModifier, *, what: str) -> None:
        self.tally.clerk(what)
        self.qtbot.keyClick(widget, key, modifier)

    def click(self, widget, *, what: str) -> None:
        self.tally.clerk(what)
        if isinstance(widget, QPushButton):
            self.qtbot.mouseClick(widget, Qt.LeftButton)
        else:
            widget.setFocus(Qt.MouseFocusReason)

    def type_answer(self, widget, text: str) -> None:
        from tests.ui.flow import type_text

        self.tally.answer_keys += len(text)
        type_text(self.qtbot, widget, text)

    def wait_state(self, state, timeout: int = 20000) -> None:
        try:
            self.qtbot.waitUntil(lambda: self.window.controller.visit is not None
                                 and self.window.controller.visit.state is state, timeout=timeout)
        except Exception:
            visit = self.window.controller.visit
            page = self.window.current_page()
            shown = [l.text() for l in getattr(page, "_issue_labels", {}).values() if l.isVisible()]
            raise AssertionError(f"waiting for {state}: at {visit.state if visit else None}; "
                                 f"message: {self.window.message_bar.text()!r}; issues: {shown}; "
                                 f"focus: {self.focus().objectName() if self.focus() else None}; "
                                 f"log: {self.tally.log}") from None

    def focus(self):
        return QApplication.focusWidget()

    # --- the visit ---
    def place_card(self, persona: str) -> None:
        """The resident puts the card on the reader (the trainer's demo bar stands in)."""
        bar = self.window.demo_cards
        bar.persona_combo.setCurrentIndex(bar.persona_combo.findData(persona))
        self.qtbot.keyClick(self.window, Qt.Key_F5)

    def enter_pin(self, pin: str) -> None:
        """The resident types the PIN on the pad."""
        self.qtbot.waitUntil(lambda: self.window.pin_dialog is not None and self.window.pin_dialog.isVisible(),
                             timeout=15000)
        dialog = self.window.pin_dialog
        self.tally.resident_keys += len(pin) + 1
        self.qtbot.keyClicks(dialog.pin_edit, pin)
        self.qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)
        self.wait_state(VisitState.PIN_VERIFIED)

    def identify(self, new_resident: bool) -> None:
        page = self.window.current_page()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        if new_resident:
            self.key(page.new_resident_button, Qt.Key_T, Qt.AltModifier, what="該当なし（転入・新規）")
        else:
            self.qtbot.waitUntil(lambda: self.window.next_button.isEnabled())
            self.next("本人確認OK")
        self.wait_state(VisitState.IDENTIFIED)

    def next(self, what: str = "次へ") -> None:
        self.qtbot.waitUntil(lambda: self.window.next_button.isEnabled(), timeout=20000)
        target = self.focus() or self.window.current_page()
        if target is self.window.next_button:
            self.key(target, Qt.Key_Return, what=what)
        else:
            self.key(target, Qt.Key_Return, Qt.ControlModifier, what=what)

    def answer_event_page(self, journey: Journey) -> None:
        page = self.window.current_page()
        assert page._event() is None, "a visit must start with no event chosen"
        index = page.event_combo.findData(journey.event)
        self.qtbot.keyClick(page.event_combo, Qt.Key_0 + index)     # the resident's request
        self.tally.answer_keys += 1
        for name in journey.tick_members:
            item = next(page.members.item(i) for i in range(page.members.count())
                        if page.members.item(i).text().startswith(name))
            self.tally.clerk(f"対象者 {name} にチェック")
            item.setCheckState(Qt.Checked)
        self._follow_focus(page, journey)
        for person in journey.added:
            self.key(page, Qt.Key_M, Qt.AltModifier, what="一緒に届け出る方を追加")
            self.qtbot.waitUntil(lambda: self.focus() is not None and "added-" in self.focus().objectName())
            self._follow_focus(page, journey, person)
        self._optional_answers(page, journey)

    def _value_for(self, widget, journey: Journey, person: dict | None):
        pid, _, key = widget.objectName().partition(".")
        if key and pid.startswith("added-"):
            return (person or {}).get(key) if person is not None else \
                journey.added[int(pid.split("-")[1]) - 1].get(key)
        if key and pid == "holder":
            return journey.holder.get(key)
        return _answer(journey.answers, widget.question.key)

    def _enter(self, widget, value, commit: bool = True) -> None:
        from widgets.pages.question_widgets import ChoiceBox, TextBox

        if isinstance(widget, ChoiceBox):
            index = next(i for i in range(1, widget.count()) if widget.itemData(i) == value)
            if index <= 9:
                self.qtbot.keyClick(widget, Qt.Key_0 + index)
                self.tally.answer_keys += 1
                self.tally.auto_advanced += commit
            else:   # past the numbered choices: open the list and pick
                self.tally.clerk("一覧を開く")
                widget.setCurrentIndex(index)
                widget.committed.emit()
                self.tally.answer_keys += 1
            return
        if isinstance(widget, TextBox):
            widget.selectAll()
            self.type_answer(widget, str(value))
            if commit and (widget.question.kind != "date" or not self.auto_advance):
                self.key(widget, Qt.Key_Return, what=f"確定（{widget.question.key}）")
            elif commit:
                self.tally.auto_advanced += 1
            return
        raise AssertionError(f"no way to answer {type(widget).__name__}")

    def _follow_focus(self, page, journey: Journey, person: dict | None = None) -> None:
        """Answer whatever question has the focus, until the focus leaves the questions."""
        seen = set()
        for _ in range(80):
            # the focus moves on by itself (a queued step, or a preview bringing new questions)
            self.qtbot.waitUntil(lambda: page.settled and not page.preview_pending, timeout=10000)
            widget = self.focus()
            question = getattr(widget, "question", None)
            if question is None or id(widget) in seen:
                return
            value = self._value_for(widget, journey, person)
            if value is None:
                raise AssertionError(f"the journey has no answer for {widget.objectName() or question.key}")
            seen.add(id(widget))
            self._enter(widget, value)
            if not self.auto_advance:
                self.key(widget, Qt.Key_Tab, what="Tab")

    def _optional_answers(self, page, journey: Journey) -> None:
        """Answers to questions the page does not ask for (optional ones): the clerk clicks
        into the field first."""
        from widgets.pages.question_widgets import has_answer

        for key, widget in page.answer_widgets.items():
            value = _answer(journey.answers, key)
            if value is None or has_answer(widget) or not widget.isVisible():
                continue
            self.click(widget, what=f"任意の項目へ（{key}）")
            self._enter(widget, value, commit=False)   # taken as typed when the page is sent
        people = {"holder": journey.holder}
        people.update({f"added-{i}": p for i, p in enumerate(journey.added, start=1)})
        for box in page.people.boxes:
            person = people.get(box.pid, {})
            for key, widget in box.widgets.items():
                value = person.get(key)
                if value is None or has_answer(widget) or not widget.isVisible():
                    continue
                self.click(widget, what=f"任意の項目へ（{box.pid}.{key}）")
                self._enter(widget, value, commit=False)

    def to_review(self, journey: Journey, shot=lambda widget, name: None) -> None:
        """From the card to the reviewed forms; `shot(widget, name)` is called at each step
        (the screenshot run saves them)."""
        self.place_card(journey.persona)
        self.qtbot.waitUntil(lambda: self.window.pin_dialog is not None and self.window.pin_dialog.isVisible(),
                             timeout=15000)
        shot(self.window.pin_dialog, "02-pin-pad")
        self.enter_pin(journey.pin)
        shot(self.window, "03-identification")
        self.identify(journey.new_resident)
        self.answer_event_page(journey)
        shot(self.window, "04-life-event")
        self.next("ご用件の回答を確定")
        self.wait_state(VisitState.EVENT_ANSWERED)
        shot(self.window, "05-procedures")
        self.next("手続きを確定")
        self.wait_state(VisitState.PROCEDURES_CHOSEN)
        review = self.window.current_page()
        self.qtbot.waitUntil(lambda: review.preview.page_count > 0, timeout=20000)
        shot(self.window, "06-form-review")
        self.next("申請書を確認")
        self.wait_state(VisitState.FORMS_REVIEWED)
        shot(self.window, "07-print")

    def go_through(self, journey: Journey, pdf_path) -> None:
        """From the card to the printed packet."""
        self.to_review(journey)
        printing = self.window.current_page()
        if printing.submit_button.isEnabled():
            self.key(printing, Qt.Key_U, Qt.AltModifier, what="決裁へ提出")
            self.wait_state(VisitState.SUBMITTED)
            self.supervisor(self.window.controller.visit.visit_id)
            self.window.controller.refresh_approval()   # the decision reaches the counter
            self.wait_state(VisitState.APPROVED)
        self.tally.clerk("印刷 (Alt+P)")
        self.tally.clerk("印刷ダイアログの OK")
        printing.save_pdf_to(pdf_path)     # the packet as the printer receives it
        self.wait_state(VisitState.PRINTED)


def _answer(answers: dict, key: str):
    if key in answers:
        return answers[key]
    value: Any = answers
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value
