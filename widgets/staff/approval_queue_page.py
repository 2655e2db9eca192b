"""決裁待ち一覧: submitted visits waiting for a supervisor; Enter opens one."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from widgets.staff.service_ports import ApprovalPort
from app.identity.actor import Actor
from widgets.background import BackgroundRunner
from widgets.error_presenter import ErrorPresenter, describe
from widgets.staff.approval_queue_model import ApprovalQueueModel


class QueueTableView(QTableView):
    """Enter / Return on a row opens it (QTableView would only move the cursor)."""
    row_activated = Signal(int)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class ApprovalQueuePage(QWidget):
    review_requested = Signal(str)  # visit id
    loaded = Signal()               # the queue was read again

    def __init__(self, approval: ApprovalPort, actor: Callable[[], Actor],
                 staff_name: Callable[[int], str] | None = None,
                 presenter: ErrorPresenter | None = None,
                 runner: BackgroundRunner | None = None, parent=None,
                 auto_refresh_ms: int = 30_000) -> None:
        super().__init__(parent)
        self.approval, self.actor, self.presenter = approval, actor, presenter
        self.runner = runner or BackgroundRunner(self)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("決裁待ち一覧"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        self.hint = QLabel(self.tr("待ち時間の長い順です。↑↓で選び、Enterで審査を開きます。Ctrl+Rで一覧を更新します。"), self)
        layout.addWidget(self.hint)

        self.model = ApprovalQueueModel(staff_name, self)
        self.table = QueueTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Room above and below the text: the counter uses large type all day.
        self.table.verticalHeader().setMinimumSectionSize(self.table.fontMetrics().height() + 12)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.row_activated.connect(self._on_row_activated)
        self.table.doubleClicked.connect(lambda index: self._on_row_activated(index.row()))
        layout.addWidget(self.table, 1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("一覧を更新 (Ctrl+R)"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(self.tr("審査を開く (Enter)"), self)
        self.open_button.clicked.connect(lambda: self._on_row_activated(self.table.currentIndex().row()))
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence("Ctrl+R"))  # F5/F6 belong to the demo card bar
        refresh.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        self.setFocusProxy(self.table)
        # New submissions arrive from other windows: look again while the queue is on screen.
        self.auto_refresh = QTimer(self)
        self.auto_refresh.setInterval(auto_refresh_ms)
        self.auto_refresh.timeout.connect(lambda: self.runner.busy or self.refresh())
        self._update_buttons()

    def refresh(self) -> None:
        actor = self.actor()
        self.status.setText(self.tr("読み込み中…"))
        approval = self.approval  # the worker must hold no reference to this widget
        self.runner.run(lambda: approval.queue(actor), self._on_loaded, self._on_failed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()  # a panel shown again must not show a stale queue
        self.auto_refresh.start()

    def hideEvent(self, event) -> None:
        self.auto_refresh.stop()
        super().hideEvent(event)

    def _on_loaded(self, items) -> None:
        current = self.table.currentIndex()
        keep = self.model.item(current.row()).visit_id if current.isValid() else None
        self.model.set_items(items)
        row = self.model.row_of(keep) if keep else -1
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))
        self.status.setText(self.tr("決裁待ち %n 件", "", len(items)) if items
                            else self.tr("決裁待ちの申請はありません。"))
        self._update_buttons()
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        shown = (self.presenter.present(exc) if self.presenter is not None else describe(exc))
        self.status.setText(f"{shown.message} {shown.next_action}")

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def _on_row_activated(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.review_requested.emit(self.model.item(row).visit_id)
