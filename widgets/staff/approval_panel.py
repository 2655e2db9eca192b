"""The 決裁 panel: the queue page and the review page in one stack."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QStackedWidget

from widgets.staff.service_ports import ApprovalPort
from app.identity.actor import Actor
from widgets.background import BackgroundRunner
from widgets.error_presenter import ErrorPresenter
from widgets.staff.approval_queue_page import ApprovalQueuePage
from widgets.staff.approval_review_page import ApprovalReviewPage


class ApprovalPanel(QStackedWidget):
    def __init__(self, approval: ApprovalPort, actor: Callable[[], Actor],
                 staff_name: Callable[[int], str] | None = None,
                 presenter: ErrorPresenter | None = None,
                 runner: BackgroundRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner or BackgroundRunner(self)
        self.queue_page = ApprovalQueuePage(approval, actor, staff_name, presenter, self.runner, self)
        self.review_page = ApprovalReviewPage(approval, actor, staff_name, presenter, self.runner, self)
        self.addWidget(self.queue_page)
        self.addWidget(self.review_page)
        self.queue_page.review_requested.connect(self._on_review_requested)
        self.review_page.back_requested.connect(self.show_queue)

    def set_presenter(self, presenter: ErrorPresenter) -> None:
        """The main window's presenter exists only after the window is built."""
        self.queue_page.presenter = self.review_page.presenter = presenter

    def _on_review_requested(self, visit_id: str) -> None:
        self.review_page.open(visit_id)
        self.setCurrentWidget(self.review_page)
        self.review_page.setFocus()

    def show_queue(self) -> None:
        self.setCurrentWidget(self.queue_page)
        self.queue_page.refresh()
        self.queue_page.setFocus()
