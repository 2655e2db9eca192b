"""The busy cursor while the visit's last operation takes longer than a moment.

The window keeps taking keys while an operation runs off the GUI thread (nothing the clerk
types is lost; the step buttons wait), so "busy" is shown, not enforced: after `delay_ms` the
window's cursor turns to the busy (arrow + hourglass) cursor until the work is done. Quick
operations (most take a few ms) never flicker it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget


class BusyCursor(QObject):
    def __init__(self, busy_changed, window: QWidget, delay_ms: int = 250, parent=None) -> None:
        super().__init__(parent)
        self.window = window
        self.shown = False
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._show)
        busy_changed.connect(self._on_busy)

    def _on_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self._timer.start()
            return
        self._timer.stop()
        if self.shown:
            self.window.unsetCursor()
            self.shown = False

    def _show(self) -> None:
        if self._busy:
            self.window.setCursor(Qt.BusyCursor)
            self.shown = True
