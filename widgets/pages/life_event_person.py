"""A "person" question on the life-event page: one household member, chosen by radio button.

Used for 死亡 (the deceased). The members come from the registry household of the confirmed
resident (the card holder is not offered: the holder is the one at the counter). Keyboard:
Tab reaches the group, the arrow keys move between the people, Space chooses.
"""
from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.visit.model import HouseholdMember
from widgets.pages.question_widgets import tr_question


class PersonPicker(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        self.empty_label = QLabel(self.tr("世帯員が登録されていません（住民記録を確認してください）"), self)
        self._layout.addWidget(self.empty_label)

    def set_people(self, members: tuple[HouseholdMember, ...]) -> None:
        chosen = self.value()
        for button in self.buttons.values():
            self.group.removeButton(button)
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for member in members:
            button = QRadioButton(self._describe(member), self)
            button.setProperty("member_id", member.member_id)
            button.toggled.connect(lambda _checked: self._update_proxy())
            self.group.addButton(button)
            self._layout.addWidget(button)
            self.buttons[member.member_id] = button
        self.empty_label.setVisible(not self.buttons)
        self.set_value(chosen)
        self._update_proxy()

    def _update_proxy(self) -> None:
        # the label's mnemonic and setFocus() land on the chosen person, else the first one
        target = self.group.checkedButton() or next(iter(self.buttons.values()), None)
        self.setFocusProxy(target)

    def _describe(self, member: HouseholdMember) -> str:
        parts = [member.name]
        if member.relationship:
            parts.append(self.tr("（%1）").replace("%1", tr_question(member.relationship)))
        if member.birth_date:
            parts.append(self.tr("　生年月日 %1").replace("%1", member.birth_date))
        return "".join(parts)

    def value(self) -> str:
        button = self.group.checkedButton()
        return button.property("member_id") if button is not None else ""

    def set_value(self, member_id) -> None:
        button = self.buttons.get(member_id) if isinstance(member_id, str) else None
        if button is not None:
            button.setChecked(True)
            self._update_proxy()
            return
        # an exclusive group keeps one button checked: lift exclusivity to clear it
        self.group.setExclusive(False)
        for b in self.buttons.values():
            b.setChecked(False)
        self.group.setExclusive(True)
        self._update_proxy()

    def focus_first(self) -> None:
        self._update_proxy()
        self.setFocus()
