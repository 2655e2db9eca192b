"""The 決裁 panel: the queue page and the review page in one stack, and — once the counter's
stuck-visit port is given (set_stuck_visits) — the page of visits stuck in 提出済み."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QPushButton, QStackedWidget

from widgets.staff.service_ports import ApprovalPort, StuckVisitsPort
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
        self.actor, self.staff_name, self.presenter = actor, staff_name, presenter
        self.queue_page = ApprovalQueuePage(approval, actor, staff_name, presenter, self.runner, self)
        self.review_page = ApprovalReviewPage(approval, actor, staff_name, presenter, self.runner, self)
        self.stuck_page = None
        self.addWidget(self.queue_page)
        self.addWidget(self.review_page)
        self.queue_page.review_requested.connect(self._on_review_requested)
        self.review_page.back_requested.connect(self.show_queue)
        # shown on the queue page when visits are stuck in 提出済み (set_stuck_visits)
        self.stuck_button = QPushButton(self.queue_page)
        self.stuck_button.setAutoDefault(False)
        self.stuck_button.setStyleSheet("QPushButton { color: #b00020; font-weight: bold; }")
        self.stuck_button.hide()
        self.queue_page.layout().insertWidget(2, self.stuck_button)

    def set_presenter(self, presenter: ErrorPresenter) -> None:
        """The main window's presenter exists only after the window is built."""
        self.presenter = presenter
        self.queue_page.presenter = self.review_page.presenter = presenter
        if self.stuck_page is not None:
            self.stuck_page.presenter = presenter

    def set_stuck_visits(self, stuck: StuckVisitsPort) -> None:
        """Visits left 提出済み without a request: counted at each queue refresh, sent back
        from their own page."""
        from widgets.staff.stuck_visits_page import StuckVisitsPage

        self.stuck_page = StuckVisitsPage(stuck, self.actor, self.staff_name, self.presenter,
                                          self.runner, self)
        self.addWidget(self.stuck_page)
        self.stuck_page.back_requested.connect(self.show_queue)
        self.stuck_page.counted.connect(self._on_stuck_counted)
        self.stuck_button.clicked.connect(self.show_stuck)
        self.queue_page.loaded.connect(self.stuck_page.refresh)
        if self.queue_page.isVisible():
            self.stuck_page.refresh()

    def _on_stuck_counted(self, count: int) -> None:
        self.stuck_button.setText(self.tr("提出が止まっている受付が %1 件あります → 確認して差し戻す")
                                  .replace("%1", str(count)))
        self.stuck_button.setVisible(count > 0)

    def show_stuck(self) -> None:
        if self.stuck_page is not None:
            self.setCurrentWidget(self.stuck_page)
            self.stuck_page.refresh()
            self.stuck_page.table.setFocus()

    def _on_review_requested(self, visit_id: str) -> None:
        self.review_page.open(visit_id)
        self.setCurrentWidget(self.review_page)
        self.review_page.setFocus()

    def show_queue(self) -> None:
        self.setCurrentWidget(self.queue_page)
        self.queue_page.refresh()
        self.queue_page.setFocus()
