"""練習モード only: place and remove a persona's simulated card from the keyboard.

The full trainer panel (faults, scenarios) plugs into the main window separately; this
bar is just enough to run a visit in demo mode without a real card.
"""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from cardreader.simulator import card_for_persona


class DemoCardBar(QToolBar):
    def __init__(self, reader, personas: list[tuple[str, str]], parent=None) -> None:
        super().__init__(self.tr("模擬カード"), parent)
        self.setObjectName("demoCards")
        self.reader = reader
        self.addWidget(QLabel(self.tr("模擬カード: "), self))
        self.persona_combo = QComboBox(self)
        for persona_id, label in personas:
            self.persona_combo.addItem(label, persona_id)
        self.persona_combo.setMinimumContentsLength(18)
        self.addWidget(self.persona_combo)
        self.place_action = QAction(self.tr("カードを置く (F5)"), self)
        self.place_action.setShortcut(QKeySequence("F5"))
        self.place_action.triggered.connect(self.place)
        self.remove_action = QAction(self.tr("カードを取る (F6)"), self)
        self.remove_action.setShortcut(QKeySequence("F6"))
        self.remove_action.triggered.connect(self.remove)
        self.addAction(self.place_action)
        self.addAction(self.remove_action)
        # persona names are personal-looking data: off screen while the window is locked
        lock_page = getattr(parent, "lock_page", None)
        if lock_page is not None and hasattr(lock_page, "conceal"):
            lock_page.conceal(self)

    def hideEvent(self, event) -> None:
        self.persona_combo.hidePopup()  # an open list of names must not outlive the bar
        super().hideEvent(event)

    def place(self) -> None:
        if self.isHidden():  # locked: no cards placed from behind the lock screen
            return
        persona_id = self.persona_combo.currentData()
        if persona_id:
            self.reader.insert(card_for_persona(persona_id))

    def remove(self) -> None:
        self.reader.remove()
