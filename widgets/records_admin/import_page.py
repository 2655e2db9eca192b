"""住民データの取り込み (administrator): file and profile, a dry run's table of changes,
progress, the report with the rejected rows, then the confirmed import.

The import itself runs off the GUI thread (LongTask); 中止 lands between two whole batches,
and the same file continues from there next time. Which rows changed is shown by 宛名番号
and field names only — the city's IT staff load the records without reading them.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QProgressBar, QPushButton, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from app.identity.actor import Actor
from widgets.records_admin.long_task import LongTask
from widgets.records_admin.report_models import ChangeTableModel, IssueTableModel

COUNT_KEYS = (("new", "新規"), ("changed", "変更"), ("unchanged", "変更なし"), ("status_changed", "状態の変更"),
              ("rejected", "取り込めない行"), ("skipped", "対象外の行"))


class RecordsImportPage(QWidget):
    def __init__(self, services, actor: Callable[[], Actor], presenter=None, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.presenter = services, actor, presenter
        self.task: LongTask | None = None
        self._dry_run_of: tuple | None = None  # the choices the last dry run was made with
        self.last_report = None
        self._build()
        self._refresh_buttons()

    # ----- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("住民データの取り込み（基幹系の出力ファイル）"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        layout.addWidget(title)
        form = QFormLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("CSV ファイル（UTF-8 / Shift_JIS）"))
        browse = QPushButton(self.tr("参照…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("ファイル"), row)
        self.profile_box = QComboBox()
        for name, title_text in self.services.profile_choices():
            self.profile_box.addItem(self.tr("%1（%2）").replace("%1", name).replace("%2", title_text),
                                     name)
        form.addRow(self.tr("プロファイル"), self.profile_box)
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("差分（ファイルの行だけ反映）"), "delta")
        self.mode_box.addItem(self.tr("全件（ファイルにない住民を報告）"), "snapshot")
        form.addRow(self.tr("方式"), self.mode_box)
        self.confirm_missing = QCheckBox(self.tr("ファイルにない住民を「全件データになし」として記録する（削除はしません）"))
        form.addRow("", self.confirm_missing)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("見出しを確認"))
        self.dry_button = QPushButton(self.tr("試行（変更を確認）"))
        self.import_button = QPushButton(self.tr("取り込む"))
        self.cancel_button = QPushButton(self.tr("中止"))
        for b in (self.check_button, self.dry_button, self.import_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setFormat("%p%")
        layout.addWidget(self.progress)
        self.status = QLabel(self.tr("ファイルとプロファイルを選び、まず「試行」で変更を確認してください。"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        self.changes_model, self.issues_model = ChangeTableModel(self), IssueTableModel(self)
        self.changes_view, self.issues_view = self._table(self.changes_model), self._table(self.issues_model)
        self.tabs.addTab(self.changes_view, self.tr("変更"))
        self.tabs.addTab(self.issues_view, self.tr("取り込めない行・警告"))
        layout.addWidget(self.tabs, 1)
        self.report_label = QLabel("")
        self.report_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.report_label)
        self.check_button.clicked.connect(self._check)
        self.dry_button.clicked.connect(lambda: self._run(dry_run=True))
        self.import_button.clicked.connect(self._confirm_and_import)
        self.cancel_button.clicked.connect(self._cancel)
        for signal in (self.path_edit.textChanged, self.profile_box.currentIndexChanged,
                       self.mode_box.currentIndexChanged, self.confirm_missing.toggled):
            signal.connect(lambda *_: self._refresh_buttons())

    def _table(self, model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        return view

    def set_presenter(self, presenter) -> None:
        self.presenter = presenter

    # ----- state -------------------------------------------------------------------------
    def _choices(self) -> tuple:
        return (self.path_edit.text().strip(), self.profile_box.currentData(), self.mode_box.currentData(),
                self.confirm_missing.isChecked())

    def _refresh_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        has_file = bool(self.path_edit.text().strip())
        snapshot = self.mode_box.currentData() == "snapshot"
        self.confirm_missing.setEnabled(snapshot and not busy)
        if not snapshot:
            self.confirm_missing.setChecked(False)
        for w in (self.path_edit, self.profile_box, self.mode_box):
            w.setEnabled(not busy)
        self.check_button.setEnabled(has_file and not busy)
        self.dry_button.setEnabled(has_file and not busy)
        # the import is confirmed from a dry run of exactly these choices
        self.import_button.setEnabled(has_file and not busy and self._dry_run_of == self._choices())
        self.cancel_button.setEnabled(busy)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("住民データのファイル"), "",
                                              self.tr("CSV ファイル (*.csv *.txt);;すべてのファイル (*)"))
        if path:
            self.path_edit.setText(path)

    # ----- actions -----------------------------------------------------------------------
    def _check(self) -> None:
        path, profile, _mode, _confirm = self._choices()
        try:
            result = self.services.check_header(profile, path)
        except Exception as exc:  # noqa: BLE001 — shown by the presenter
            self._present(exc)
            return
        c = result.check
        if c.ok:
            self.status.setText(self.tr("見出し行はプロファイルと一致しています（文字コード %1）。")
                                .replace("%1", result.encoding))
            return
        parts = []
        if c.missing:
            parts.append(self.tr("足りない列: %1").replace("%1", "、".join(c.missing)))
        if c.unknown:
            parts.append(self.tr("プロファイルにない列: %1").replace("%1", "、".join(c.unknown)))
        if c.duplicated:
            parts.append(self.tr("重複した列: %1").replace("%1", "、".join(c.duplicated)))
        self.status.setText("\n".join(parts))

    def _confirm_and_import(self) -> None:
        r = self.last_report
        counts = "、".join(f"{label} {r.counts[k]:,}" for k, label in COUNT_KEYS if r and r.counts.get(k))
        text = self.tr("試行の結果どおりに取り込みます（%1）。よろしいですか？").replace("%1", counts)
        if r is not None and r.missing and self.confirm_missing.isChecked():
            text += "\n" + self.tr("ファイルにない %1 人を「全件データになし」として記録します"
                                   "（窓口で在住者として扱われなくなります）。").replace("%1", f"{len(r.missing):,}")
        answer = QMessageBox.question(self, self.tr("取り込みの確認"), text)
        if answer == QMessageBox.Yes:
            self._run(dry_run=False)

    def _run(self, dry_run: bool) -> None:
        path, profile, mode, confirm = self._choices()
        actor = self.actor()
        self.progress.setValue(0)
        self.status.setText(self.tr("試行しています…") if dry_run else self.tr("取り込んでいます…"))

        def work(progress, cancelled):
            return self.services.import_file(actor, path, profile, mode, dry_run, confirm and not dry_run,
                                             progress=progress, cancel=cancelled)

        self.task = LongTask(work, self)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(lambda report: self._on_finished(report, dry_run, (path, profile, mode, confirm)))
        self.task.failed.connect(self._on_failed)
        self.task.start()
        self._refresh_buttons()

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("中止しています（いまのバッチを終えてから止まります）…"))

    def _on_progress(self, per_mille: int, detail: str) -> None:
        self.progress.setValue(per_mille)
        if detail:
            self.progress.setFormat(self.tr("%p%（%1 行）").replace("%1", detail))

    def _on_finished(self, report, dry_run: bool, choices: tuple) -> None:
        self.last_report = report
        self.changes_model.set_rows(report.changes)
        self.issues_model.set_rows(list(report.errors) + list(report.warnings))
        counts = " / ".join(f"{self.tr(label)} {report.counts.get(k, 0):,}" for k, label in COUNT_KEYS)
        lines = [(self.tr("試行の結果（データベースは変更していません）: ") if dry_run else self.tr("取り込み結果: ")) + counts]
        if report.state == "cancelled":
            lines.append(self.tr("中止しました。取り込み済みのバッチはそのままです。もう一度「取り込む」で続きから再開します。"))
        if report.resumed_from_line:
            lines.append(self.tr("前回の中断位置（%1 行目）から再開しました。").replace("%1", str(report.resumed_from_line)))
        if report.mode == "snapshot":
            lines.append(self.tr("ファイルにない住民: %1 人").replace("%1", f"{len(report.missing):,}")
                         + (self.tr("（記録しました）") if report.marked_missing else ""))
        if report.warning_total:
            lines.append(self.tr("警告（取り込み済み）: %1").replace("%1", f"{report.warning_total:,}"))
        self.status.setText("\n".join(lines))
        self.report_label.setText(self.tr("報告ファイル: %1").replace("%1", str(report.report_path)))
        self._dry_run_of = choices if dry_run and report.state == "done" else None
        if report.errors:
            self.tabs.setCurrentWidget(self.issues_view)
        self.progress.setFormat("%p%")
        self._refresh_buttons()

    def _on_failed(self, exc) -> None:
        self.status.setText(self.tr("取り込めませんでした。"))
        self.progress.setFormat("%p%")
        self._present(exc)
        self._refresh_buttons()

    def _present(self, exc) -> None:
        if self.presenter is not None:
            self.presenter.present(exc)
        else:
            from widgets.error_presenter import describe

            QMessageBox.warning(self, self.tr("取り込み"), describe(exc).message)
