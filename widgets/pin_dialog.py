"""PinPadDialog: the resident types the 4-digit PIN of the 券面事項入力補助AP.

It shows 「残り n 回」 before any try, demands an explicit confirmation at 1, and
at 0 explains where the PIN is reset and offers to continue without the card.
The dialog only collects the PIN; the card bridge sends it (one VERIFY per
accepted dialog) and the PIN is cleared from the widget as soon as it is taken.
"""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)


class PinOutcome(str, Enum):
    PIN = "pin"
    SKIP_CARD = "skip_card"
    CANCELLED = "cancelled"


class PinPadDialog(QDialog):
    pin_entered = Signal(str, bool)   # pin, last try confirmed
    skip_requested = Signal()

    def __init__(self, tries_left: int, parent=None, message: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("暗証番号の入力"))
        # Modal to the counter window only: the trainer's own window (a window without a
        # parent, on a second screen) stays usable while the resident types the PIN.
        self.setWindowModality(Qt.WindowModal)
        self.setMinimumWidth(520)
        self.tries_left = tries_left
        self.outcome = PinOutcome.CANCELLED
        big = QFont(self.font())
        big.setPointSize(max(big.pointSize(), 10) * 2)

        layout = QVBoxLayout(self)
        self.instruction = QLabel(self)
        self.instruction.setWordWrap(True)
        layout.addWidget(self.instruction)
        self.tries_label = QLabel(self)
        self.tries_label.setFont(big)
        self.tries_label.setObjectName("triesLeft")
        layout.addWidget(self.tries_label)
        if message:
            self.message = QLabel(message, self)
            self.message.setWordWrap(True)
            self.message.setStyleSheet("color: #b00020;")
            layout.addWidget(self.message)

        self.pin_edit = QLineEdit(self)
        self.pin_edit.setEchoMode(QLineEdit.Password)
        self.pin_edit.setMaxLength(4)
        self.pin_edit.setInputMask("")
        self.pin_edit.setFont(big)
        self.pin_edit.setAlignment(Qt.AlignCenter)
        self.pin_edit.setAccessibleName(self.tr("暗証番号（数字4桁）"))
        self.pin_edit.textChanged.connect(self._update_buttons)
        layout.addWidget(self.pin_edit)

        self.pad = QGridLayout()
        self.digit_buttons = {}
        for i, digit in enumerate("1234567890"):
            button = QPushButton(digit, self)
            button.setFont(big)
            button.setMinimumSize(72, 56)
            button.setFocusPolicy(Qt.NoFocus)  # the keyboard types into the field directly
            button.clicked.connect(lambda _=False, d=digit: self._type(d))
            self.digit_buttons[digit] = button
            row, col = (3, 1) if digit == "0" else divmod(i, 3)
            self.pad.addWidget(button, row, col)
        clear = QPushButton(self.tr("消去"), self)
        clear.setMinimumSize(72, 56)
        clear.setFocusPolicy(Qt.NoFocus)
        clear.clicked.connect(self.pin_edit.clear)
        self.pad.addWidget(clear, 3, 2)
        layout.addLayout(self.pad)

        self.confirm_last = QCheckBox(
            self.tr("残り1回です。間違えるとロックされることをご本人に確認しました(&K)"), self)
        self.confirm_last.toggled.connect(self._update_buttons)
        # once confirmed, the resident types the PIN: it must land in the PIN field
        self.confirm_last.toggled.connect(lambda checked: checked and self.pin_edit.setFocus())
        layout.addWidget(self.confirm_last)

        buttons = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("カードなしで続ける（住民記録を検索）(&S)"), self)
        self.skip_button.clicked.connect(self._skip)
        self.cancel_button = QPushButton(self.tr("中止"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("読み取る(&R)"), self)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._accept_pin)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key_Escape), self, self.reject)
        self._apply_tries()

    def _apply_tries(self) -> None:
        n = self.tries_left
        locked = n <= 0
        self.tries_label.setText(self.tr("残り %n 回", "", n) if not locked
                                 else self.tr("ロックされています"))
        if locked:
            self.instruction.setText(self.tr(
                "暗証番号がロックされているため、カードを読み取れません。"
                "暗証番号の初期化・再設定は市民課のマイナンバーカード窓口で行えます"
                "（ご本人が来庁し、カードをお持ちください）。"
                "このまま受付を続ける場合は、カードなしで住民記録を検索します。"))
        elif n == 1:
            self.instruction.setText(self.tr(
                "ご本人に暗証番号（数字4桁）を入力していただいてください。"
                "残り1回です。間違えるとロックされ、窓口での再設定が必要になります。"))
        else:
            self.instruction.setText(self.tr(
                "ご本人に暗証番号（数字4桁、券面事項入力補助用）を入力していただいてください。"))
        self.pin_edit.setEnabled(not locked)
        for button in self.digit_buttons.values():
            button.setEnabled(not locked)
        self.confirm_last.setVisible(n == 1)
        self.ok_button.setVisible(not locked)
        if locked:
            self.skip_button.setDefault(True)
            self.skip_button.setFocus()
        else:
            self.pin_edit.setFocus()
        self._update_buttons()

    def _type(self, digit: str) -> None:
        if len(self.pin_edit.text()) < 4:
            self.pin_edit.setText(self.pin_edit.text() + digit)

    def _update_buttons(self) -> None:
        text = self.pin_edit.text()
        ready = len(text) == 4 and text.isascii() and text.isdigit() and self.tries_left > 0
        if self.tries_left == 1:
            ready = ready and self.confirm_last.isChecked()
        self.ok_button.setEnabled(ready)

    def _accept_pin(self) -> None:
        if not self.ok_button.isEnabled():
            return
        pin = self.pin_edit.text()
        self.pin_edit.clear()  # the PIN does not stay in the widget
        self.outcome = PinOutcome.PIN
        self.accept()
        self.pin_entered.emit(pin, self.tries_left == 1 and self.confirm_last.isChecked())

    def _skip(self) -> None:
        self.pin_edit.clear()
        self.outcome = PinOutcome.SKIP_CARD
        self.accept()
        self.skip_requested.emit()
