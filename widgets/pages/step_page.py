"""Base of the step pages: a title, a redraw from the visit, and what Next does."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.visit.record import VisitRecord
from app.visit.workflow import VisitAction


class StepPage(QWidget):
    next_action: VisitAction | None = None  # the workflow action Next performs

    def __init__(self, controller, title: str, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.layout_ = QVBoxLayout(self)
        self.title_label = QLabel(title, self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.layout_.addWidget(self.title_label)
        self._step_buttons: list[QWidget] = []
        self._enabled_before: list[QWidget] = []
        self._redrawn = False
        busy_changed = getattr(controller, "busy_changed", None)
        if busy_changed is not None:
            busy_changed.connect(self._on_busy)
            controller.visit_changed.connect(self._on_redraw_while_busy)

    def disable_while_busy(self, *buttons: QWidget) -> None:
        """Buttons that change the step (submit, 次の受付へ …): off while the visit's last
        operation runs, as Next and Back are (the controller ignores them meanwhile)."""
        self._step_buttons.extend(buttons)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._redrawn = False
            self._hold()
        elif not self._redrawn:   # nothing came back (a failure): as they were
            for button in self._enabled_before:
                button.setEnabled(True)
            self._enabled_before = []

    def _hold(self) -> None:
        self._enabled_before = [b for b in self._step_buttons if b.isEnabled()]
        for button in self._step_buttons:
            button.setEnabled(False)

    def _on_redraw_while_busy(self, _visit) -> None:
        # show_visit (which sets the buttons from the new visit) runs after this slot; if
        # more operations are still queued, hold the buttons again once it has run
        if self.controller.busy:
            self._redrawn = True
            QTimer.singleShot(0, lambda: self.controller.busy and self._hold())

    def show_visit(self, visit: VisitRecord | None) -> None:
        """Redraw from the visit; personal data only ever comes from here."""

    def can_go_next(self, allowed: frozenset[VisitAction]) -> bool:
        return self.next_action is not None and self.next_action in allowed

    def go_next(self) -> None:
        """Collect this page's input and call the controller once."""
