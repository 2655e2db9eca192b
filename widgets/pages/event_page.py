"""Step 3: the life event and only the questions its rules need; who in the household is concerned."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget)

from app.visit.workflow import VisitAction
from widgets.pages.life_event_person import PersonPicker
from widgets.pages.step_page import StepPage

QUESTIONS_CONTEXT = "LifeEventQuestions"


def tr_question(text: str) -> str:
    """Question texts, choice labels and event titles come from app (no Qt there): translated
    here, from the table resources/translations/build_translations.py adds to the .ts."""
    return QCoreApplication.translate(QUESTIONS_CONTEXT, text)


class EventPage(StepPage):
    next_action = VisitAction.ANSWER_EVENT

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, self.tr("3. ご用件（ライフイベント）"), parent)
        form = QFormLayout()
        self.event_combo = QComboBox(self)
        self.event_combo.currentIndexChanged.connect(self._rebuild_questions)
        event_label = QLabel(self.tr("ご用件(&E)"), self)
        event_label.setBuddy(self.event_combo)
        form.addRow(event_label, self.event_combo)
        self.layout_.addLayout(form)

        self.questions_box = QGroupBox(self.tr("確認すること"), self)
        self.questions_form = QFormLayout(self.questions_box)
        self.layout_.addWidget(self.questions_box)
        self.answer_widgets: dict[str, QWidget] = {}
        self.missing_label = QLabel(self)
        self.missing_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()
        self.layout_.addWidget(self.missing_label)

        self.members_box = QGroupBox(self.tr("世帯員（手続きの対象となる方にチェック）"), self)
        members_layout = QFormLayout(self.members_box)
        self.members = QListWidget(self)
        self.members.setMinimumHeight(90)
        members_layout.addRow(self.members)
        add_row = QHBoxLayout()
        self.member_name = QLineEdit(self)
        self.member_name.setPlaceholderText(self.tr("氏名"))
        self.member_relationship = QLineEdit(self)
        self.member_relationship.setPlaceholderText(self.tr("続柄（例：子）"))
        self.member_birth = QLineEdit(self)
        self.member_birth.setPlaceholderText(self.tr("生年月日 2015-04-01"))
        self.add_member_button = QPushButton(self.tr("世帯員を追加(&M)"), self)
        self.add_member_button.clicked.connect(self._add_member)
        for w in (self.member_name, self.member_relationship, self.member_birth):
            add_row.addWidget(w)
        add_row.addWidget(self.add_member_button)
        members_layout.addRow(add_row)
        self.layout_.addWidget(self.members_box, 1)
        # takes the free space when the members box is hidden (死亡), so the rows stay together
        self.layout_.addStretch(0)
        self._loaded_events = False
        self._shown = None
        self._household: tuple = ()

    def show_visit(self, visit) -> None:
        if not self._loaded_events:
            for code, label in self.controller.service.events():
                self.event_combo.addItem(tr_question(label), code)
            self._loaded_events = True
        if visit is None:
            self._shown = None
            return
        # what the clerk typed but has not sent yet survives a redraw (e.g. after adding a member)
        same = self._shown == visit.visit_id
        pending = self.answers() if same else {}
        pending_members = set(self.concerned()) if same else set()
        known_members = {self.members.item(i).data(Qt.UserRole) for i in range(self.members.count())}
        self._shown = visit.visit_id
        self._household = tuple(visit.household)
        if visit.event:
            index = self.event_combo.findData(visit.event)
            if index >= 0 and index != self.event_combo.currentIndex():
                self.event_combo.setCurrentIndex(index)
        elif visit.new_resident:
            index = self.event_combo.findData("tennyu")
            if index >= 0:
                self.event_combo.setCurrentIndex(index)
        self._rebuild_questions()
        self._fill_answers({**visit.answers, **pending})
        self.members.clear()
        for member in visit.household:
            text = f"{member.name}（{member.relationship}）{member.birth_date}"
            item = QListWidgetItem(text, self.members)
            item.setData(Qt.UserRole, member.member_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            if same and member.member_id in known_members:
                ticked = member.member_id in pending_members
            else:
                ticked = member.member_id in visit.concerned_member_ids
            item.setCheckState(Qt.Checked if ticked else Qt.Unchecked)
        self.event_combo.setFocus()

    def _rebuild_questions(self) -> None:
        while self.questions_form.rowCount():
            self.questions_form.removeRow(0)
        self.answer_widgets = {}
        code = self.event_combo.currentData()
        if code is None:
            return
        self.missing_label.hide()
        picks_person = False
        for q in self.controller.service.questions(code):
            if q.kind == "members":
                continue  # answered by the household list below
            widget = self._widget_for(q)
            self.answer_widgets[q.key] = widget
            if q.kind == "bool":
                self.questions_form.addRow("", widget)
            else:
                text = tr_question(q.text)
                if q.kind == "person":  # Alt+D jumps to the people (the picker proxies focus)
                    text += self.tr("(&D)")
                label = QLabel(text, self)
                label.setBuddy(widget)
                self.questions_form.addRow(label, widget)
            picks_person = picks_person or q.kind == "person"
        self.questions_box.setVisible(bool(self.answer_widgets))
        # 死亡: the survivors are the rest of the household (app.visit.context), no ticking
        self.members_box.setVisible(not picks_person)

    def _widget_for(self, q) -> QWidget:
        if q.kind == "bool":
            box = QCheckBox(tr_question(q.text), self)
            box.setChecked(bool(q.default))
            return box
        if q.kind == "choice":
            combo = QComboBox(self)
            for value, label in q.choices:
                combo.addItem(tr_question(label), value)
            return combo
        if q.kind == "person":
            picker = PersonPicker(self)
            picker.setObjectName(f"person_{q.key}")
            picker.set_people(self._household)
            picker.group.buttonToggled.connect(lambda *_: self.missing_label.hide())
            return picker
        edit = QLineEdit(self)
        if q.kind == "date":
            edit.setPlaceholderText("2026-11-01")
        elif q.key == "relation_to_deceased":  # app.visit.context derives the plain cases
            edit.setPlaceholderText(self.tr("空欄なら住民記録の続柄から（例：世帯主が亡くなった → 妻）"))
        if q.default is not None:
            edit.setText(str(q.default))
        return edit

    def _fill_answers(self, answers: dict) -> None:
        for key, widget in self.answer_widgets.items():
            if key not in answers:
                continue
            value = answers[key]
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, PersonPicker):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setText(str(value))

    def answers(self) -> dict:
        out = {}
        for key, widget in self.answer_widgets.items():
            if isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, PersonPicker):
                out[key] = widget.value()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            else:
                out[key] = widget.text().strip()
        return out

    def concerned(self) -> tuple[str, ...]:
        return tuple(self.members.item(i).data(Qt.UserRole) for i in range(self.members.count())
                     if self.members.item(i).checkState() == Qt.Checked)

    def _add_member(self) -> None:
        self.controller.add_member(self.member_name.text().strip(),
                                   self.member_relationship.text().strip(),
                                   self.member_birth.text().strip())
        for edit in (self.member_name, self.member_relationship, self.member_birth):
            edit.clear()

    def go_next(self) -> None:
        code = self.event_combo.currentData()
        if code is None:
            return
        unpicked = next((w for w in self.answer_widgets.values()
                         if isinstance(w, PersonPicker) and not w.value()), None)
        if unpicked is not None:  # 死亡 without the deceased fires none of the おくやみ rules
            self.missing_label.setText(self.tr("亡くなった方を選んでください。"))
            self.missing_label.show()
            unpicked.focus_first()
            return
        self.missing_label.hide()
        self.controller.answer_event(code, self.answers(), self.concerned())
