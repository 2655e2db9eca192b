"""The reader/card status strip that is always visible at the top of the window."""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel


class CardStatus(str, Enum):
    NO_READER = "no_reader"
    WAITING = "waiting"
    PRESENT = "present"
    READING = "reading"
    ERROR = "error"


# colours chosen to read as state at a glance, with text for colour-blind clerks
_STYLE = {
    CardStatus.NO_READER: "#6b6b6b",
    CardStatus.WAITING: "#1f5fa8",
    CardStatus.PRESENT: "#1e7b34",
    CardStatus.READING: "#b35900",
    CardStatus.ERROR: "#b00020",
}


class CardStatusLabel(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("cardStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.PlainText)
        layout.addWidget(self._label)
        self.status = CardStatus.WAITING
        self.set_status(CardStatus.WAITING)

    def text(self) -> str:
        return self._label.text()

    def set_status(self, status: CardStatus, detail: str = "") -> None:
        self.status = status
        texts = {
            CardStatus.NO_READER: self.tr("カードリーダーがありません"),
            CardStatus.WAITING: self.tr("カード待ち：カードをリーダーに置いてください"),
            CardStatus.PRESENT: self.tr("カードがあります"),
            CardStatus.READING: self.tr("読み取り中：カードを動かさないでください"),
            CardStatus.ERROR: self.tr("カードエラー"),
        }
        text = self.tr("%1：%2").replace("%1", texts[status]).replace("%2", detail) \
            if detail else texts[status]
        self._label.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(f"#cardStatus {{ background: {_STYLE[status]}; border-radius: 4px; }}"
                           f"#cardStatus QLabel {{ color: white; font-weight: bold; }}")
