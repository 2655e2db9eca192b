"""Base of the step pages: a title, a redraw from the visit, and what Next does."""
from __future__ import annotations

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

    def show_visit(self, visit: VisitRecord | None) -> None:
        """Redraw from the visit; personal data only ever comes from here."""

    def can_go_next(self, allowed: frozenset[VisitAction]) -> bool:
        return self.next_action is not None and self.next_action in allowed

    def go_next(self) -> None:
        """Collect this page's input and call the controller once."""
