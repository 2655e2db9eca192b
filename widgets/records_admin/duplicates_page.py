"""名寄せ (supervisor): the full pass in the background (progress, cancel), the proposals in
pages best first with their reasons, and the decision per pair — 同一人 / 別人 — audited and
reversible (判定を取り消す). Keyboard: Ctrl+S 同一人, Ctrl+D 別人, Ctrl+Z 取り消し,
PageUp/PageDown pages."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QProgressBar, QPushButton,
                               QSpinBox, QTableView, QVBoxLayout, QWidget)

from app.identity.actor import Actor
from widgets.records_admin.duplicate_model import DuplicatePairModel
from widgets.records_admin.long_task import LongTask

PAGE_SIZE = 20
DEFAULT_MIN_SCORE = 85  # the proposal threshold (app.records.duplicate_scoring.DEFAULT_MIN_SCORE)


class DuplicateReviewPage(QWidget):
    def __init__(self, duplicates, actor: Callable[[], Actor], presenter=None, parent=None,
                 min_score: int = DEFAULT_MIN_SCORE) -> None:
        super().__init__(parent)
        self.duplicates, self.actor, self.presenter = duplicates, actor, presenter
        self.task: LongTask | None = None
        self.page_no = 1
        self.current = None
        self._build(min_score)

    def _build(self, min_score: int) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("名寄せ（同一人の可能性がある宛名）"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        layout.addWidget(title)
        top = QHBoxLayout()
        self.scan_button = QPushButton(self.tr("全件を照合"))
        self.cancel_button = QPushButton(self.tr("中止"))
        top.addWidget(self.scan_button)
        top.addWidget(self.cancel_button)
        top.addWidget(QLabel(self.tr("評価")))
        self.min_score = QSpinBox()
        self.min_score.setRange(0, 200)
        self.min_score.setValue(min_score)
        self.min_score.setSuffix(self.tr(" 以上"))
        top.addWidget(self.min_score)
        self.include_decided = QCheckBox(self.tr("判定済みも表示"))
        top.addWidget(self.include_decided)
        top.addStretch(1)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        layout.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = DuplicatePairModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(3, QHeaderView.Stretch)  # the reasons take what is left
        for column, width in ((0, 60), (1, 400), (2, 400), (4, 90)):
            self.view.setColumnWidth(column, width)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.prev_button, self.next_button = QPushButton(self.tr("前のページ")), QPushButton(self.tr("次のページ"))
        self.page_label = QLabel("")
        self.same_button = QPushButton(self.tr("同一人 (Ctrl+S)"))
        self.different_button = QPushButton(self.tr("別人 (Ctrl+D)"))
        self.revoke_button = QPushButton(self.tr("判定を取り消す (Ctrl+Z)"))
        for w in (self.prev_button, self.page_label, self.next_button):
            bottom.addWidget(w)
        bottom.addStretch(1)
        for w in (self.same_button, self.different_button, self.revoke_button):
            bottom.addWidget(w)
        layout.addLayout(bottom)
        self.scan_button.clicked.connect(self._scan)
        self.cancel_button.clicked.connect(lambda: self.task and self.task.cancel())
        self.prev_button.clicked.connect(lambda: self._go(self.page_no - 1))
        self.next_button.clicked.connect(lambda: self._go(self.page_no + 1))
        self.min_score.valueChanged.connect(lambda _v: self._go(1))
        self.include_decided.toggled.connect(lambda _v: self._go(1))
        self.same_button.clicked.connect(lambda: self._decide("same"))
        self.different_button.clicked.connect(lambda: self._decide("different"))
        self.revoke_button.clicked.connect(self._revoke)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._refresh_buttons())
        for keys, slot in (("Ctrl+S", lambda: self._decide("same")), ("Ctrl+D", lambda: self._decide("different")),
                           ("Ctrl+Z", self._revoke), ("PgDown", lambda: self._go(self.page_no + 1)),
                           ("PgUp", lambda: self._go(self.page_no - 1))):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._refresh_buttons()

    def set_presenter(self, presenter) -> None:
        self.presenter = presenter

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.current is None and not (self.task and self.task.running):
            self._go(1)

    # ----- paging and decisions ------------------------------------------------------------
    def _go(self, page: int) -> None:
        try:
            self.current = self.duplicates.page(self.actor(), self.min_score.value(), max(1, page), PAGE_SIZE,
                                                self.include_decided.isChecked())
        except Exception as exc:  # noqa: BLE001 — shown by the presenter
            self._present(exc)
            return
        self.page_no = self.current.page
        self.model.set_pairs(self.current.pairs)
        self.view.resizeRowsToContents()
        if self.current.scanned_at is None:
            self.status.setText(self.tr("まだ照合していません。「全件を照合」を押してください。"))
        else:
            when = self.current.scanned_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.status.setText(self.tr("候補 %1 組（照合 %2）").replace("%1", f"{self.current.total:,}")
                                .replace("%2", when))
        self.page_label.setText(f"{self.current.page} / {max(1, self.current.pages)}")
        if self.current.pairs:
            self.view.selectRow(0)
        self._refresh_buttons()

    def _selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.pair(rows[0].row()) if rows else None

    def _decide(self, verdict: str) -> None:
        pair = self._selected()
        if pair is None or pair.verdict is not None:
            return
        self._act(lambda: self.duplicates.decide(self.actor(), pair.a.atena_no, pair.b.atena_no, verdict))

    def _revoke(self) -> None:
        pair = self._selected()
        if pair is None or pair.verdict is None:
            return
        self._act(lambda: self.duplicates.revoke(self.actor(), pair.a.atena_no, pair.b.atena_no))

    def _act(self, call) -> None:
        row = self.view.currentIndex().row()
        try:
            call()
        except Exception as exc:  # noqa: BLE001
            self._present(exc)
            return
        self._go(self.page_no)
        if self.model.rowCount():
            self.view.selectRow(min(max(row, 0), self.model.rowCount() - 1))

    def _refresh_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        pair = self._selected()
        self.scan_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.same_button.setEnabled(not busy and pair is not None and pair.verdict is None)
        self.different_button.setEnabled(not busy and pair is not None and pair.verdict is None)
        self.revoke_button.setEnabled(not busy and pair is not None and pair.verdict is not None)
        pages = self.current.pages if self.current else 0
        self.prev_button.setEnabled(not busy and self.page_no > 1)
        self.next_button.setEnabled(not busy and self.page_no < pages)

    # ----- the full pass -------------------------------------------------------------------
    def _scan(self) -> None:
        actor = self.actor()

        def work(progress, cancelled):
            return self.duplicates.scan(actor, progress=lambda p: progress(
                p.fraction, f"{p.done:,} / {p.total:,}"), cancel=cancelled)

        self.task = LongTask(work, self)
        self.task.progressed.connect(lambda per_mille, detail: (self.progress.setValue(per_mille),
                                                                 self.status.setText(self.tr("照合中… %1 人")
                                                                                     .replace("%1", detail))))
        self.task.succeeded.connect(self._on_scanned)
        self.task.failed.connect(lambda exc: (self._present(exc), self._refresh_buttons()))
        self.task.start()
        self._refresh_buttons()

    def _on_scanned(self, result) -> None:
        self._refresh_buttons()
        if result.cancelled:
            self.status.setText(self.tr("照合を中止しました（前回の候補はそのまま）。"))
            return
        self.progress.setValue(1000)
        self._go(1)

    def _present(self, exc) -> None:
        if self.presenter is not None:
            self.presenter.present(exc)
        else:
            from widgets.error_presenter import describe

            QMessageBox.warning(self, self.tr("名寄せ"), describe(exc).message)
