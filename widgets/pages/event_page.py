"""Step 3: the life event and the questions its rules and forms need, asked once.

Every visit starts with no event chosen and nothing of the previous resident. Questions come
from data (forms/questions) as pickers and fields; questions only some procedures need appear
once the answers so far lead to that procedure (a live preview off the GUI thread); the
page names what is missing, next to the field, before the clerk leaves it. After each answer
the focus moves on to the next question still unanswered.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QFormLayout, QGridLayout, QGroupBox, QLabel, QListWidget,
                               QListWidgetItem, QScrollArea, QVBoxLayout, QWidget)

from app.visit.workflow import VisitAction
from forms.events import EventCode
from forms.questions import asked
from widgets.catalogue_text import tr_catalogue
from widgets.pages.life_event_person import PersonPicker
from widgets.pages.people_editor import (PeopleEditor, holder_known, person_title,
                                         registry_known)
from widgets.pages.question_widgets import (NO_ANSWER, NumberedChoices, has_answer, make_widget, tr_answer_issue,
                                             tr_question)
from widgets.pages.step_page import StepPage

# kept for the translation build (resources/translations/build_translations.py)
QUESTIONS_CONTEXT = "LifeEventQuestions"
ADDS_PEOPLE = (EventCode.MOVE_IN, EventCode.BIRTH)


class EventCombo(NumberedChoices):
    """The life events; a digit key 1–9 picks the event with that number."""


class EventPage(StepPage):
    next_action = VisitAction.ANSWER_EVENT

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, self.tr("3. ご用件（ライフイベント）"), parent)
        form = QFormLayout()
        self.event_combo = EventCombo(self)
        self.event_combo.addItem(self.tr("（ご用件を選んでください）"), NO_ANSWER)   # never None (ChoiceBox)
        self.event_combo.currentIndexChanged.connect(self._on_event_chosen)
        event_label = QLabel(self.tr("ご用件(&E)"), self)
        event_label.setBuddy(self.event_combo)
        form.addRow(event_label, self.event_combo)
        self.layout_.addLayout(form)
        self.procedures_label = QLabel(self)
        self.procedures_label.setWordWrap(True)
        self.procedures_label.setStyleSheet("color: #1b5e20;")
        self.layout_.addWidget(self.procedures_label)
        self.missing_label = QLabel(self)
        self.missing_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()
        self.layout_.addWidget(self.missing_label)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.questions_box = QGroupBox(self.tr("確認すること"), body)
        self.questions_grid = QGridLayout(self.questions_box)
        self.questions_grid.setColumnStretch(1, 1)
        body_layout.addWidget(self.questions_box)
        self.members_box = QGroupBox(self.tr("世帯員（手続きの対象となる方にチェック）"), body)
        members_layout = QVBoxLayout(self.members_box)
        self.members = QListWidget(self.members_box)
        self.members.setMinimumHeight(70)
        self.members.itemChanged.connect(self._on_members_ticked)
        members_layout.addWidget(self.members)
        body_layout.addWidget(self.members_box)
        self.people = PeopleEditor(body)
        self.people.changed.connect(self._schedule_preview)
        self.people.committed.connect(self._advance_from)
        body_layout.addWidget(self.people)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        self.scroll = scroll
        self.layout_.addWidget(scroll, 1)

        self.answer_widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._issue_labels: dict[str, QLabel] = {}
        self._questions = ()
        self._procedures: set[str] | None = None
        self._shown = None
        self._visit = None
        self._preview_seq = 0
        self._preview_answered = 0   # the last sequence whose preview came back (or failed)
        self._advances_pending = 0
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self._preview)
        controller.event_previewed.connect(self._on_previewed)
        controller.answers_refused.connect(self._on_refused)
        controller.answers_offered.connect(self._on_answers_offered)
        for number, event in enumerate(controller.events(), start=1):
            self.event_combo.addItem(f"{number}. " + tr_question(EventCode(event).title), EventCode(event))

    # --- redraw from the visit ---
    def show_visit(self, visit) -> None:
        self._visit = visit
        if visit is None:
            self._shown = None
            return
        if self._shown != visit.visit_id:
            # a new visit starts clean: no event, no answers, nobody from the last resident
            self._shown = visit.visit_id
            self.event_combo.blockSignals(True)
            index = self.event_combo.findData(visit.event) if visit.event else 0
            self.event_combo.setCurrentIndex(max(index, 0))
            self.event_combo.blockSignals(False)
            self._build(visit)
            self._fill(visit)
            self.event_combo.setFocus()
        self._schedule_preview()

    def _on_answers_offered(self, draft) -> None:
        """Answers given for this visit (the trainer's scenario): shown as if typed, for the
        clerk to check and send with 次へ; the saved visit is unchanged until then."""
        if self._visit is None or draft.visit_id != self._visit.visit_id:
            return
        self.event_combo.blockSignals(True)
        self.event_combo.setCurrentIndex(max(self.event_combo.findData(draft.event), 0))
        self.event_combo.blockSignals(False)
        self._build(draft)
        self._fill(draft)
        self._schedule_preview()
        self._advance_from(None)

    def _on_event_chosen(self, _index: int) -> None:
        if self._visit is None:
            return
        self._build(self._visit)
        self._schedule_preview()
        self._advance_from(None)

    def _event(self) -> EventCode | None:
        data = self.event_combo.currentData()
        return EventCode(data) if data else None

    def _build(self, visit) -> None:
        while self.questions_grid.count():
            item = self.questions_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.answer_widgets, self._labels, self._issue_labels = {}, {}, {}
        self._defaults: set[str] = set()   # questions a known fact answers when left empty
        self._procedures = None
        self._known: dict = {}
        self._questions = ()
        self.missing_label.hide()
        event = self._event()
        if event is None:
            self.questions_box.hide()
            self.members_box.hide()
            self.people.set_people((), [], [], False)
            self.procedures_label.clear()
            return
        spec = self.controller.questions(event)
        self._questions = spec.questions
        for row, q in enumerate(spec.questions):
            widget = self._widget_for(q, visit)
            label = QLabel(tr_question(q.text) + (" *" if q.required else ""), self.questions_box)
            label.setBuddy(widget)
            issue = QLabel(self.questions_box)
            issue.setStyleSheet("color: #b00020;")
            issue.setWordWrap(True)
            issue.hide()
            self.questions_grid.addWidget(label, row * 2, 0)
            self.questions_grid.addWidget(widget, row * 2, 1)
            self.questions_grid.addWidget(issue, row * 2 + 1, 1)
            self.answer_widgets[q.key], self._labels[q.key], self._issue_labels[q.key] = widget, label, issue
        self.questions_box.setVisible(bool(spec.questions))
        # registry members the visit may concern
        self.members.blockSignals(True)
        self.members.clear()
        registry = spec.members in ("registry", "registry_optional") and visit.resident is not None
        for member in visit.living_household if registry else ():
            item = QListWidgetItem(person_title(member.name, member.relationship, member.birth_date),
                                   self.members)
            item.setData(Qt.UserRole, member.member_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if member.member_id in visit.concerned_member_ids
                               else Qt.Unchecked)
        self.members.blockSignals(False)
        self.members_box.setVisible(self.members.count() > 0)
        self._build_people(visit, spec)
        self._refresh_visibility()

    def _build_people(self, visit, spec) -> None:
        questions = spec.person_questions
        fixed = []
        if questions and (visit.new_resident or spec.members == "registry"):
            known = holder_known(visit.card, questions)
            if visit.resident is not None:
                known.update(registry_known(_resident_member(visit), questions))
            name = visit.resident.name if visit.resident else (visit.card.name if visit.card else "")
            fixed.append(("holder", person_title(name, self.tr("カードの方")), known))
            for member in visit.living_household:
                if member.member_id in self._concerned():
                    fixed.append((member.member_id, person_title(member.name, member.relationship),
                                  registry_known(member, questions)))
        can_add = bool(questions) and (self._event() in ADDS_PEOPLE)
        self.people.set_people(questions, fixed, list(visit.added_people), can_add)
        for box in self.people.boxes:
            if box.pid in visit.about:
                box.set_values(dict(visit.about[box.pid]))

    def _widget_for(self, q, visit) -> QWidget:
        if q.kind == "person":
            picker = PersonPicker(self.questions_box)
            picker.setObjectName(f"person_{q.key}")
            picker.set_people(visit.household)
            picker.group.buttonToggled.connect(lambda *_: self._schedule_preview())
            return picker
        placeholder = ""
        if q.default_from == "card.address" and visit.card is not None:
            placeholder = self.tr("空欄ならカードの住所: ") + visit.card.address
            self._defaults.add(q.key)
        widget = make_widget(q, self.questions_box, placeholder)
        widget.committed.connect(lambda w=widget: self._advance_from(w))
        for sig in ("currentIndexChanged", "textChanged", "valueChanged"):
            if hasattr(widget, sig):
                getattr(widget, sig).connect(self._on_answer_changed)
        return widget

    def _fill(self, visit) -> None:
        for key, widget in self.answer_widgets.items():
            value = _answer(visit.answers, key)
            if value is not None:
                widget.set_value(value)
        self._refresh_visibility()

    # --- what the page collects ---
    def _concerned(self) -> tuple[str, ...]:
        return tuple(self.members.item(i).data(Qt.UserRole) for i in range(self.members.count())
                     if self.members.item(i).checkState() == Qt.Checked)

    def answers(self) -> dict:
        out = {}
        for q in self._questions:
            widget = self.answer_widgets.get(q.key)
            if widget is None or not widget.isVisibleTo(self.questions_box):
                continue
            if has_answer(widget):
                out[q.key] = widget.value()
        return out

    def concerned(self) -> tuple[str, ...]:
        return self._concerned()

    def _on_members_ticked(self, _item) -> None:
        if self._visit is not None and self._event() is not None:
            keep_added, keep_about = self.people.added(), self.people.about()
            spec = self.controller.questions(self._event())
            self._build_people(self._visit, spec)
            for box in self.people.boxes:
                if box.pid in keep_about:
                    box.set_values(keep_about[box.pid])
            del keep_added
        self._schedule_preview()

    # --- live preview: procedures, questions they need, what is missing ---
    def _on_answer_changed(self, *_args) -> None:
        for key, issue in self._issue_labels.items():
            if has_answer(self.answer_widgets[key]):
                issue.hide()
        self._refresh_visibility()
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        if self._event() is not None and self._visit is not None:
            self._preview_timer.start()

    def _preview(self) -> None:
        self._preview_seq += 1
        self.controller.preview_event(self._event(), self.answers(), self.concerned(),
                                      self.people.added(), self.people.about(),
                                      sequence=self._preview_seq)

    def _on_previewed(self, result) -> None:
        sequence, preview = result
        self._preview_answered = max(self._preview_answered, sequence)
        if sequence != self._preview_seq or preview is None:
            return  # an older preview arriving late, or none could be made
        self._procedures = set(preview.procedures)
        self._known = dict(preview.known or {})
        titles = [tr_catalogue(p.title) for p in self.controller.catalogue() if p.code in self._procedures]
        self.procedures_label.setText(self.tr("必要になる手続き: ") + self.tr("、").join(titles) if titles else "")
        picker = next((w for w in self.answer_widgets.values() if isinstance(w, PersonPicker)), None)
        if picker is not None and not picker.value() and preview.deceased:
            picker.set_value(preview.deceased)   # the registry records this death
        date = self.answer_widgets.get("date")
        if preview.death_date and date is not None and hasattr(date, "setPlaceholderText") \
                and "date" not in self._defaults and not preview.issues_key("date"):
            date.setPlaceholderText(self.tr("空欄なら住民記録の死亡日: ") + preview.death_date)
            self._defaults.add("date")
        self._refresh_visibility()
        # new questions may have appeared (a procedure needs them): go to the first one
        if self._first_unanswered() is not None and self.focusWidget() in (None, self.window().focusWidget()) \
                and self._focus_is_done():
            self._advance(None)

    @property
    def preview_pending(self) -> bool:
        """Answers changed and the procedures they lead to are not known yet."""
        return self._preview_timer.isActive() or self._procedures is None

    @property
    def settled(self) -> bool:
        """Nothing more happens by itself: no focus move queued, no preview waiting for
        its timer or on its way back (what a test waits for instead of sleeping)."""
        return (not self._advances_pending and not self._preview_timer.isActive()
                and self._preview_answered >= self._preview_seq)

    def _focus_is_done(self) -> bool:
        button = getattr(self.window(), "next_button", None)
        from PySide6.QtWidgets import QApplication

        return QApplication.focusWidget() in (None, button)

    def _refresh_visibility(self) -> None:
        values = dict(self._known)
        values.update({f"answers.{k}": v for k, v in self.answers_all().items()})
        # questions only a procedure needs wait until the preview says which procedures
        procedures = self._procedures if self._procedures is not None else set()
        for q in self._questions:
            shown = asked(q, values, procedures)
            self.answer_widgets[q.key].setVisible(shown)
            self._labels[q.key].setVisible(shown)
            if not shown:
                self._issue_labels[q.key].hide()

    def answers_all(self) -> dict:
        return {k: w.value() for k, w in self.answer_widgets.items() if has_answer(w)}

    # --- focus: the next question still unanswered ---
    def _chain(self) -> list[QWidget]:
        widgets = [self.answer_widgets[q.key] for q in self._questions
                   if self.answer_widgets[q.key].isVisibleTo(self.questions_box)]
        return widgets + self.people.focus_chain()

    def _advance_from(self, widget) -> None:
        self._advances_pending += 1
        QTimer.singleShot(0, lambda: self._advance_later(widget))

    def _advance_later(self, widget) -> None:
        self._advances_pending -= 1
        self._advance(widget)

    def _needs_answer(self, widget) -> bool:
        question = getattr(widget, "question", None)
        if question is None or not question.required or has_answer(widget):
            return False
        if widget in self.answer_widgets.values() and question.key in self._defaults:
            return False
        source = question.default_from
        if source.startswith("answers.") and self.answers_all().get(source.split(".", 1)[1]) not in (None, ""):
            return False   # e.g. a newborn's birth date is the event date
        return True

    def _first_unanswered(self):
        return next((w for w in self._chain() if self._needs_answer(w)), None)

    def _advance(self, widget) -> None:
        self._refresh_visibility()
        for box in self.people.boxes:
            box.refresh_visibility()
        chain = self._chain()
        start = chain.index(widget) + 1 if widget in chain else 0
        for candidate in chain[start:] + chain[:start]:
            if self._needs_answer(candidate):
                candidate.setFocus()
                self.scroll.ensureWidgetVisible(candidate)
                return
        window = self.window()
        button = getattr(window, "next_button", None)
        if button is not None and widget is not None:
            button.setFocus()   # everything asked: Enter goes on

    # --- leaving the page ---
    def _on_refused(self, issues) -> None:
        first = None
        for label in self._issue_labels.values():
            label.hide()
        self.people.clear_issues()
        for issue in issues:
            text = tr_answer_issue(issue)
            if issue.key.startswith("members."):
                _, index, key = issue.key.split(".", 2)
                widget = self.people.show_issue(int(index), key, text)
            elif issue.key in self._issue_labels:
                self._issue_labels[issue.key].setText(text)
                self._issue_labels[issue.key].show()
                widget = self.answer_widgets[issue.key]
            else:
                widget = None
            first = first or widget
        self.missing_label.setText(self.tr("確認が必要な回答が %n 件あります。", "", len(issues)))
        self.missing_label.show()
        if first is not None:
            first.setFocus()
            self.scroll.ensureWidgetVisible(first)

    def go_next(self) -> None:
        event = self._event()
        if event is None:
            self.missing_label.setText(self.tr("ご用件を選んでください。"))
            self.missing_label.show()
            self.event_combo.setFocus()
            return
        self.missing_label.hide()
        self.controller.answer_event(event, self.answers(), self.concerned(), self.people.added(),
                                     self.people.about())


def _answer(answers, key: str):
    if key in answers:
        return answers[key]
    value = answers
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _resident_member(visit):
    own = visit.resident.resident_id
    member = next((m for m in visit.resident.household if m.member_id == own), None)
    if member is not None:
        return member
    from app.visit.model import HouseholdMember

    r = visit.resident
    return HouseholdMember(r.resident_id, r.name, "", r.birth_date, r.kana, r.sex_code)
