"""The supervisor's rejection comment where the fix is made: at the top of the forms review
(step 5, where a rejected visit reopens) and of the print step until it is resubmitted."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.visit.workflow import VisitState

SHOWN_IN = (VisitState.PROCEDURES_CHOSEN, VisitState.FORMS_REVIEWED)


class RejectionNote(QLabel):
    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectionNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)  # the comment as the supervisor typed it
        self.setStyleSheet("#rejectionNote { background: #fde7e9; border-left: 6px solid #b00020;"
                           " padding: 6px; font-weight: bold; }")
        self.hide()
        controller.visit_changed.connect(self.show_visit)
        self.show_visit(controller.visit)

    def show_visit(self, visit) -> None:
        comment = visit.rejection_comment if visit is not None else ""
        if not comment or visit.state not in SHOWN_IN:
            self.clear()
            self.hide()
            return
        self.setText(self.tr("差し戻されました。審査者のコメント: %1\n"
                             "→ 申請書を直してから、もう一度「決裁へ提出」してください。")
                     .replace("%1", comment))
        self.show()


def install_rejection_notes(window) -> list[RejectionNote]:
    """Put a note under the title of the review and print steps of an attached window."""
    notes = []
    for page in (window.review_page, window.print_page):
        note = RejectionNote(window.controller, page)
        page.layout_.insertWidget(1, note)
        notes.append(note)
    return notes
