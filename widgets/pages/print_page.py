"""Step 6: the packet (手続き案内 first) — print preview, print, or save as PDF; or submit
for approval when the office requires it. The visit is marked printed afterwards."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QGridLayout, QLabel, QListWidget, QPushButton

from app.settings.workstation import config_dir
from app.visit.printing import (PRINT_PREVIEW_DPI, packet_file_name, packet_job_name,
                                save_packet)
from app.visit.workflow import VisitAction, VisitState
from widgets.catalogue_text import tr_catalogue, tr_reason
from widgets.packet_pages import is_preview, paint_packet, prepare_printer, render_qimages
from widgets.packet_printing import print_packet
from widgets.pages.step_page import StepPage

# The save dialog opens where the clerk last saved a packet (per workstation, beside
# workstation.json; a folder name is not personal data).
UI_STATE_FILE = "ui-state.ini"
SAVE_FOLDER_KEY = "packet/save_folder"

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
        self.preview_button.clicked.connect(self._open_preview)
        self.print_button.clicked.connect(self._open_print_dialog)
        self.save_button.clicked.connect(self._ask_save_path)
        self.submit_button.clicked.connect(controller.submit)
        self.approve_button.clicked.connect(self.approval_requested)
        self.next_visit_button.clicked.connect(controller.close_visit)
        self.disable_while_busy(self.preview_button, self.print_button, self.save_button,
                                self.submit_button, self.approve_button, self.next_visit_button)
        self.packet_pdf: bytes | None = None
        self._preview_images: list = []
        self.printing = False     # a job is being rendered and sent off the GUI thread
        self._state_text = ""

    def show_visit(self, visit) -> None:
        self.packet_pdf, self._preview_images = None, []
        self.contents.clear()
        if visit is None:
            return
        self.contents.addItem(self.tr("手続き案内"))
        for p in visit.selected_procedures:
            self.contents.addItem(self.tr("  ・%1：%2").replace("%1", tr_catalogue(p.title))
                                  .replace("%2", tr_reason(p.reason)))
        for d in visit.drafts:
            self.contents.addItem(tr_catalogue(d.title))
        allowed = self.controller.allowed()
        key = visit.state
        if visit.state is VisitState.FORMS_REVIEWED and VisitAction.PRINT not in allowed:
            key = "needs_approval"
        self._state_text = self.tr(STATE_TEXT.get(key, ""))
        self.state_label.setText(self._state_text)
        can_print = VisitAction.PRINT in allowed and not self.printing
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(can_print)
        self.submit_button.setVisible(VisitAction.SUBMIT in allowed or
                                      visit.state is VisitState.SUBMITTED)
        self.submit_button.setEnabled(VisitAction.SUBMIT in allowed)
        self.approve_button.setVisible(visit.state is VisitState.SUBMITTED)
        self.next_visit_button.setEnabled(visit.state is VisitState.PRINTED
                                          or visit.state is VisitState.SUBMITTED)
        if visit.rejection_comment and visit.state is VisitState.PROCEDURES_CHOSEN:
            self._state_text = self.tr("差し戻されました: ") + visit.rejection_comment
            self.state_label.setText(self._state_text)
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

    def _job_name(self) -> str:
        visit = self.controller.visit
        return packet_job_name(visit.visit_id if visit else "", date.today())

    def new_printer(self, pdf: bytes) -> QPrinter:
        """A printer at its full resolution, set up for the packet's sheets (A4, full page)."""
        printer = QPrinter(QPrinter.HighResolution)
        prepare_printer(printer, pdf, self._job_name())
        return printer

    # --- print preview ---
    def _open_preview(self) -> None:
        def rendered(images) -> None:
            self._preview_images = images
            self._show_preview_dialog(self.packet_pdf)

        def render(pdf: bytes) -> None:
            if self._preview_images:
                self._show_preview_dialog(pdf)
                return
            self.controller.runner.run(lambda: render_qimages(pdf, PRINT_PREVIEW_DPI), rendered,
                                       self.controller.presenter.present)

        self._with_packet(render)

    def _show_preview_dialog(self, pdf: bytes) -> None:
        printer = self.new_printer(pdf)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("印刷プレビュー"))
        asked_to_print = []

        def paint(target: QPrinter) -> None:
            if is_preview(target):  # showing the pages: drawn from the images made for it
                paint_packet(target, pdf, self._preview_images)
            else:  # its print button: the job is rendered off the GUI thread once it closes
                asked_to_print.append(True)

        dialog.paintRequested.connect(paint)
        dialog.exec()
        if asked_to_print:
            self._print(printer, pdf)

    # --- print ---
    def _open_print_dialog(self) -> None:
        def ask(pdf: bytes) -> None:
            printer = self.new_printer(pdf)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("印刷"))
            if dialog.exec():
                self._print(printer, pdf)

        self._with_packet(ask)

    def print_to(self, printer: QPrinter) -> None:
        """Print the packet on a given printer (tests use a PDF-file QPrinter or a CUPS queue)."""
        def start(pdf: bytes) -> None:
            prepare_printer(printer, pdf, self._job_name())
            self._print(printer, pdf)

        self._with_packet(start)

    def _print(self, printer: QPrinter, pdf: bytes) -> None:
        """Ask the print gate, then render every page at the printer's resolution and send
        the job, off the GUI thread (widgets.packet_printing: a CUPS queue gets the job from
        memory, 「ファイルに出力」 a 0600 file). The visit is marked printed once it is sent."""
        self._set_printing(True)

        def done(_pages: int) -> None:
            self._set_printing(False)
            self._printed()

        def failed(exc: BaseException) -> None:
            self._set_printing(False)
            self.controller.presenter.present(exc)

        # the gate first: a rejected or undecided request never reaches paper
        self.controller.after_print_gate(lambda: print_packet(printer, pdf), done, failed)

    def _set_printing(self, on: bool) -> None:
        self.printing = on
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not on and VisitAction.PRINT in self.controller.allowed())
        if on:
            self.state_label.setText(self.tr("印刷しています…（プリンターへ送っています）"))
            QApplication.setOverrideCursor(Qt.BusyCursor)
        else:
            self.state_label.setText(self._state_text)
            QApplication.restoreOverrideCursor()

    # --- save as PDF ---
    @staticmethod
    def _ui_state() -> QSettings:
        return QSettings(str(config_dir() / UI_STATE_FILE), QSettings.IniFormat)

    def default_save_path(self) -> Path:
        """The last folder a packet was saved to (or the home folder) and the safe name."""
        visit = self.controller.visit
        folder = Path(str(self._ui_state().value(SAVE_FOLDER_KEY, "") or Path.home()))
        if not folder.is_dir():
            folder = Path.home()
        return folder / packet_file_name(visit.visit_id if visit else "", date.today())

    def _ask_save_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("PDFとして保存"),
                                              str(self.default_save_path()), "PDF (*.pdf)")
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_pdf_to(Path(path))

    def save_pdf_to(self, path: Path) -> None:
        """The packet exactly as rendered (text stays searchable), 0600 and atomic; then
        remember the folder and mark the visit printed."""
        def write(pdf: bytes) -> None:   # a saved final copy is a printed one: the gate first
            self.controller.after_print_gate(lambda: save_packet(pdf, path), saved,
                                             self.controller.presenter.present)

        def saved(_none) -> None:
            self._ui_state().setValue(SAVE_FOLDER_KEY, os.fspath(Path(path).parent))
            self._printed()

        self._with_packet(write)

    def _printed(self) -> None:
        if VisitAction.PRINT in self.controller.allowed():
            self.controller.mark_printed()
        self.printed.emit()
