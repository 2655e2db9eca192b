"""個人番号 on screen: masked (**** **** 1234) unless revealed for a while.

The 表示 button exists only for roles the reveal service permits. Revealing
goes through MyNumberRevealService (which writes the audit entry first) and
the digits are dropped again when the reveal expires: a QTimer re-masks at
`expires_at`, and clearing the resident re-masks at once. Both service calls (may this
member reveal; the reveal with its audit entry) run off the GUI thread; a reveal that comes
back after the resident changed, or once the widget is hidden, is not shown.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.identity.actor import Actor
from widgets.background import BackgroundRunner
from widgets.error_presenter import ErrorPresenter, describe
from widgets.staff.service_ports import RevealPort

UNKNOWN_MASK = "**** **** ****"


class MyNumberRevealWidget(QWidget):
    revealed = Signal(int)     # resident id (never the digits)
    remasked = Signal(int)

    def __init__(self, reveal: RevealPort | None, actor: Callable[[], Actor],
                 presenter: ErrorPresenter | None = None,
                 clock: Callable[[], datetime] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.reveal_service, self.actor, self.presenter = reveal, actor, presenter
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self.resident_id: int | None = None
        self._masked = UNKNOWN_MASK
        self._shown = None  # RevealedMyNumber while the digits are on screen
        self._permitted = False
        self._permissions: dict[tuple, bool] = {}   # (staff id, role) → may reveal
        self._revealing = False
        self.runner = BackgroundRunner(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("個人番号"), self)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("myNumber")
        self.number_label.setTextInteractionFlags(Qt.NoTextInteraction)  # no copy to clipboard
        self.number_label.setStyleSheet("#myNumber { font-family: monospace; font-size: 14pt; }")
        # Wide enough for the revealed digits, so nothing moves when they appear.
        self.number_label.setMinimumWidth(
            self.number_label.fontMetrics().horizontalAdvance("0000 0000 0000") + 24)
        self.reveal_button = QPushButton(self.tr("表示(&V)"), self)
        self.reveal_button.setToolTip(self.tr("表示すると監査ログに記録され、一定時間後に自動で隠します"))
        self.countdown = QLabel(self)
        self.countdown.setStyleSheet("color: #b35c00;")
        for w in (self.caption, self.number_label, self.reveal_button, self.countdown):
            layout.addWidget(w)
        layout.addStretch(1)
        self.reveal_button.clicked.connect(self.reveal)
        self.expiry_timer = QTimer(self)
        self.expiry_timer.setSingleShot(True)
        self.expiry_timer.timeout.connect(self.remask)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(1000)
        self.tick_timer.timeout.connect(self._update_countdown)
        self.set_resident(None)

    @property
    def is_revealed(self) -> bool:
        return self._shown is not None

    @property
    def shown_text(self) -> str:
        return self.number_label.text()

    def set_resident(self, resident_id: int | None, masked: str = UNKNOWN_MASK) -> None:
        """A new resident (or none): whatever was revealed is hidden first."""
        self.remask()
        self.resident_id = resident_id
        self._masked = masked or UNKNOWN_MASK
        self.number_label.setText(self._masked if resident_id is not None else "")
        self._ask_permission()

    @property
    def permission_known(self) -> bool:
        return self.reveal_service is None or self._actor_key() in self._permissions

    def _actor_key(self) -> tuple:
        actor = self.actor()
        return (getattr(actor, "staff_id", None), getattr(actor, "role", None))

    def _ask_permission(self) -> None:
        """May this member reveal? Asked of the service once per member, off the GUI thread
        (the button stays hidden until the answer; the service checks again at reveal)."""
        if self.reveal_service is None:
            self._show_permission(False)
            return
        key = self._actor_key()
        if key == (None, None):   # nobody signed in (a result that arrived after sign-out)
            self._show_permission(False)
            return
        if key in self._permissions:
            self._show_permission(self._permissions[key])
            return
        self._show_permission(False)
        service, actor = self.reveal_service, self.actor()

        def answered(permitted: bool) -> None:
            self._permissions[key] = bool(permitted)
            if self._actor_key() == key:
                self._show_permission(bool(permitted))
        self.runner.run(lambda: service.can_reveal(actor), answered, lambda _exc: answered(False))

    def _show_permission(self, permitted: bool) -> None:
        self._permitted = permitted
        self.reveal_button.setVisible(permitted)
        self.reveal_button.setEnabled(permitted and self.resident_id is not None
                                      and not self.is_revealed and not self._revealing)

    def reveal(self) -> None:
        if self.reveal_service is None or self.resident_id is None or self.is_revealed \
                or self._revealing:
            return
        service, actor, resident_id = self.reveal_service, self.actor(), self.resident_id
        self._revealing = True
        self.reveal_button.setEnabled(False)

        def failed(exc: BaseException) -> None:  # refused or no number: say why, stay masked
            self._revealing = False
            self._show_permission(self._permitted)
            self.countdown.setText((self.presenter.present(exc) if self.presenter is not None
                                    else describe(exc)).message)
        self.runner.run(lambda: service.reveal(actor, resident_id),
                        lambda shown: self._on_revealed(shown, resident_id), failed)

    def _on_revealed(self, shown, resident_id: int) -> None:
        self._revealing = False
        if resident_id != self.resident_id or not self.isVisible():
            self._show_permission(self._permitted)
            return   # another resident meanwhile, or the screen was locked: nothing shown
        remaining_ms = int((shown.expires_at - self._clock()).total_seconds() * 1000)
        if remaining_ms <= 0:
            self._show_permission(self._permitted)
            return
        self._shown = shown
        self._masked = shown.masked
        self.number_label.setText(shown.grouped)
        self.reveal_button.setEnabled(False)
        self.expiry_timer.start(remaining_ms)
        self.tick_timer.start()
        self._update_countdown()
        self.revealed.emit(shown.resident_id)

    def remask(self) -> None:
        self.expiry_timer.stop()
        self.tick_timer.stop()
        shown, self._shown = self._shown, None
        self.countdown.clear()
        if shown is None:
            return
        self.number_label.setText(self._masked)
        self.reveal_button.setEnabled(self._permitted and self.resident_id is not None)
        self.remasked.emit(shown.resident_id)

    def _update_countdown(self) -> None:
        if self._shown is not None:
            left = max(0, int((self._shown.expires_at - self._clock()).total_seconds() + 0.999))
            self.countdown.setText(self.tr("あと %1 秒で隠します").replace("%1", str(left)))

    def hideEvent(self, event) -> None:
        # Lock screen, another panel, window minimised: the digits go away at once.
        self.remask()
        super().hideEvent(event)
