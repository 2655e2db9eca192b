"""Step 6: the packet (手続き案内 first) — print preview, print, or save as PDF; or submit
for approval when the office requires it. The visit is marked printed afterwards."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QListWidget, QPushButton

from app.visit.preview import pdf_pages_png
from app.visit.workflow import VisitAction, VisitState
from widgets.pages.step_page import StepPage

STATE_TEXT = {
    VisitState.FORMS_REVIEWED: "確認が済みました。印刷するか、決裁へ提出してください。",
    "needs_approval": "確認が済みました。この窓口では決裁後に印刷します。決裁へ提出してください。",
    VisitState.SUBMITTED: "決裁待ちです。決裁後に印刷できます。",
    VisitState.APPROVED: "決裁済みです。印刷できます。",
    VisitState.PRINTED: "印刷済みです。続けて次の受付を始められます。",
}


class PrintPage(StepPage):
    packet_ready = Signal()
    printed = Signal()
    approval_requested = Signal()

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, self.tr("6. 印刷"), parent)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.layout_.addWidget(self.state_label)
        self.layout_.addWidget(QLabel(self.tr("お渡しする書類（手続き案内が先頭）"), self))
        self.contents = QListWidget(self)
        self.contents.setWordWrap(True)
        self.layout_.addWidget(self.contents, 1)
        grid = QGridLayout()
        self.preview_button = QPushButton(self.tr("印刷プレビュー(&V)"), self)
        self.print_button = QPushButton(self.tr("印刷(&P)…"), self)
        self.save_button = QPushButton(self.tr("PDFとして保存(&S)…"), self)
        self.submit_button = QPushButton(self.tr("決裁へ提出(&U)"), self)
        self.approve_button = QPushButton(self.tr("決裁（承認・差し戻し）(&A)…"), self)
        self.next_visit_button = QPushButton(self.tr("次の受付へ(&N)"), self)
        for i, button in enumerate((self.preview_button, self.print_button, self.save_button,
                                    self.submit_button, self.approve_button,
                                    self.next_visit_button)):
            button.setMinimumHeight(40)
            grid.addWidget(button, i // 3, i % 3)
        self.layout_.addLayout(grid)
        self.preview_button.clicked.connect(lambda: self._with_pages(self._open_preview))
        self.print_button.clicked.connect(lambda: self._with_pages(self._open_print_dialog))
        self.save_button.clicked.connect(self._ask_save_path)
        self.submit_button.clicked.connect(controller.submit)
        self.approve_button.clicked.connect(self.approval_requested)
        self.next_visit_button.clicked.connect(controller.close_visit)
        self.disable_while_busy(self.preview_button, self.print_button, self.save_button,
                                self.submit_button, self.approve_button, self.next_visit_button)
        self.packet_pdf: bytes | None = None
        self._pages: list[bytes] = []

    def show_visit(self, visit) -> None:
        self.packet_pdf, self._pages = None, []
        self.contents.clear()
        if visit is None:
            return
        self.contents.addItem(self.tr("手続き案内"))
        for p in visit.selected_procedures:
            self.contents.addItem(f"  ・{p.title}：{p.reason}")
        for d in visit.drafts:
            self.contents.addItem(d.title)
        allowed = self.controller.allowed()
        key = visit.state
        if visit.state is VisitState.FORMS_REVIEWED and VisitAction.PRINT not in allowed:
            key = "needs_approval"
        self.state_label.setText(self.tr(STATE_TEXT.get(key, "")))
        can_print = VisitAction.PRINT in allowed
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(can_print)
        self.submit_button.setVisible(VisitAction.SUBMIT in allowed or
                                      visit.state is VisitState.SUBMITTED)
        self.submit_button.setEnabled(VisitAction.SUBMIT in allowed)
        self.approve_button.setVisible(visit.state is VisitState.SUBMITTED)
        self.next_visit_button.setEnabled(visit.state is VisitState.PRINTED
                                          or visit.state is VisitState.SUBMITTED)
        if visit.rejection_comment and visit.state is VisitState.PROCEDURES_CHOSEN:
            self.state_label.setText(self.tr("差し戻されました: ") + visit.rejection_comment)
        focus = (self.preview_button if can_print else self.submit_button
                 if VisitAction.SUBMIT in allowed else self.approve_button
                 if visit.state is VisitState.SUBMITTED else self.next_visit_button)
        focus.setFocus()

    # --- packet ---
    def _with_packet(self, then) -> None:
        if self.packet_pdf is not None:
            then(self.packet_pdf)
            return
        def done(pdf: bytes) -> None:
            self.packet_pdf = pdf
            self.packet_ready.emit()
            then(pdf)

        self.controller.render_packet(done)

    def _with_pages(self, then) -> None:
        def rasterise(pdf: bytes) -> None:
            if self._pages:
                then()
                return

            def done(pages):
                self._pages = pages
                then()

            self.controller.runner.run(lambda: pdf_pages_png(pdf, dpi=150), done,
                                       self.controller.presenter.present)

        self._with_packet(rasterise)

    def paint_pages(self, printer: QPrinter) -> None:
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                          printer.pageLayout().margins()))
        painter = QPainter(printer)
        try:
            for i, png in enumerate(self._pages):
                if i:
                    printer.newPage()
                image = QImage.fromData(png, "PNG")
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        finally:
            painter.end()

    def _open_preview(self) -> None:
        dialog = QPrintPreviewDialog(self)
        dialog.paintRequested.connect(self.paint_pages)
        if dialog.exec():
            self._printed()

    def _open_print_dialog(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            self.paint_pages(printer)
            self._printed()

    def _ask_save_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("PDFとして保存"), "申請書一式.pdf",
                                              "PDF (*.pdf)")
        if path:
            self.save_pdf_to(Path(path))

    def save_pdf_to(self, path: Path) -> None:
        """The packet exactly as rendered (text stays searchable), then mark printed."""
        def write(pdf: bytes) -> None:
            Path(path).write_bytes(pdf)
            self._printed()

        self._with_packet(write)

    def print_to(self, printer: QPrinter) -> None:
        """Paint the packet onto a given printer (tests use a PDF-file QPrinter)."""
        self._with_pages(lambda: (self.paint_pages(printer), self._printed()))

    def _printed(self) -> None:
        if VisitAction.PRINT in self.controller.allowed():
            self.controller.mark_printed()
        self.printed.emit()
