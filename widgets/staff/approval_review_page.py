"""決裁の審査: each form of the submitted snapshot with provenance and the clerk's
changes, the form as it prints (the preview slot), for a resubmission what changed since
the previous version, then approve or reject with a comment.

The buttons follow ApprovalService.allowed_actions; every refusal (own
submission, missing comment, frozen request) comes from the service and is
shown in its Japanese wording.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from app.approval.machine import (ApprovalRefusedError, GuardInput, Refusal, Transition,
                                  refusal_for)
from app.approval.models import ApprovalRequest, ApprovalUiAction
from widgets.staff.service_ports import ApprovalPort
from app.identity.actor import Actor
from widgets.background import BackgroundRunner
from widgets.catalogue_text import tr_catalogue, tr_reason
from widgets.error_presenter import ErrorPresenter, describe
from widgets.staff.approval_queue_model import local_time
from widgets.packet_preview import PacketPreview
from widgets.staff.snapshot_diff_view import SnapshotDiffView
from widgets.staff.snapshot_field_model import CHANGED_BACKGROUND, SnapshotFieldModel
from widgets.staff.snapshot_rows import form_rows, procedure_rows
from widgets.row_heights import VisibleRowHeights

STATE_LABELS = {"draft": "未提出", "submitted": "決裁待ち", "approved": "承認済み", "rejected": "差戻し"}
TRANSITION_LABELS = {"submit": "提出", "resubmit": "再提出", "approve": "承認", "reject": "差戻し"}


class ApprovalReviewPage(QWidget):
    decided = Signal(str, str)       # visit id, new state value
    back_requested = Signal()

    def __init__(self, approval: ApprovalPort, actor: Callable[[], Actor],
                 staff_name: Callable[[int], str] | None = None,
                 presenter: ErrorPresenter | None = None,
                 runner: BackgroundRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.approval, self.actor, self.presenter = approval, actor, presenter
        self.staff_name = staff_name or (lambda staff_id: str(staff_id))
        self.runner = runner or BackgroundRunner(self)
        self.visit_id: str | None = None
        self.request: ApprovalRequest | None = None
        self.allowed: frozenset[ApprovalUiAction] = frozenset()
        self._forms = []
        self._draft_ids: list[str] = []
        # (visit id, draft id) -> PDF bytes of the submitted form; None: no preview source
        self.render_form: Callable[[str, str], bytes] | None = None
        self._build()
        self._update_buttons()

    # --- layout ---
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("決裁の審査"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #444;")
        layout.addWidget(self.history)
        self.diff_view = SnapshotDiffView(self)
        layout.addWidget(self.diff_view)

        splitter = QSplitter(Qt.Horizontal, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        forms_label = QLabel(self.tr("申請書(&F)"), left)
        self.forms_list = QListWidget(left)
        self.forms_list.setMinimumWidth(200)
        self.forms_list.currentRowChanged.connect(self._on_form_changed)
        forms_label.setBuddy(self.forms_list)
        procedures_label = QLabel(self.tr("手続き(&P)"), left)
        self.procedures_list = QListWidget(left)
        self.procedures_list.setWordWrap(True)
        procedures_label.setBuddy(self.procedures_list)
        for w, stretch in ((forms_label, 0), (self.forms_list, 1), (procedures_label, 0),
                           (self.procedures_list, 1)):
            left_layout.addWidget(w, stretch)
        splitter.addWidget(left)
        self.model = SnapshotFieldModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Room above and below the text: the counter uses large type all day.
        self.table.verticalHeader().setMinimumSectionSize(self.table.fontMetrics().height() + 12)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        # the labels get a fixed share so that the values (dates, addresses) stay readable
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        self.table.setColumnWidth(0, 170)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeToContents)
        self.row_heights = VisibleRowHeights(self.table)   # rows measured in view only (GUI time)
        splitter.addWidget(self.table)
        self.form_preview = PacketPreview(parent=self)   # the form as it prints: see install_form_preview
        splitter.addWidget(self.form_preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 560, 300])
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        legend = QLabel(self.tr("<span style='background:%1'>　黄色　</span>は、職員が事前入力された値から"
                                "変更した項目と、職員が追加した手続きです。"
                                "出典: カード／住民記録／職員入力／住民の回答／自動算出")
                        .replace("%1", CHANGED_BACKGROUND), self)
        legend.setWordWrap(True)
        layout.addWidget(legend)

        self.comment_label = QLabel(self.tr("コメント(&C)（差戻しの場合は必須）"), self)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(72)
        self.comment_label.setBuddy(self.comment_edit)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment_edit)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("reviewMessage")
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← 一覧へ戻る (Esc)"), self)
        self.reject_button = QPushButton(self.tr("差戻し (Alt+R)"), self)
        self.approve_button = QPushButton(self.tr("承認 (Alt+A)"), self)
        for button in (self.back_button, self.reject_button, self.approve_button):
            button.setMinimumHeight(40)
            # never a default button: Enter in a field must not decide (in a dialog too)
            button.setAutoDefault(False)
        self.approve_button.setStyleSheet("QPushButton:enabled { font-weight: bold; }")
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back_requested)
        self.reject_button.clicked.connect(self.reject)
        self.approve_button.clicked.connect(self.approve)
        for keys, slot in (("Alt+A", self.approve), ("Alt+R", self.reject),
                           ("Escape", self.back_requested.emit)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.setFocusProxy(self.forms_list)

    # --- the form preview (the slot) ---
    def install_form_preview(self, viewer: QWidget) -> None:
        """Put `viewer` (widgets.packet_preview.PacketPreview or anything with show_pdf(source)
        and clear(text)) where the form preview goes."""
        index = self.splitter.indexOf(self.form_preview)
        old, self.form_preview = self.form_preview, viewer
        self.splitter.replaceWidget(index, viewer)
        old.deleteLater()
        self._show_preview()

    def set_form_renderer(self, render: Callable[[str, str], bytes] | None) -> None:
        """`render(visit_id, draft_id)` makes the submitted form's PDF (called off the GUI thread)."""
        self.render_form = render
        self._show_preview()

    def _show_preview(self) -> None:
        row = self.forms_list.currentRow()
        r = self.request
        if self.render_form is None or r is None or not 0 <= row < len(self._draft_ids) \
                or r.state.value != "submitted":
            # only the version waiting for a decision is stored as submitted; the clerk may
            # have changed the drafts since an older decision
            self.form_preview.clear(self.tr("申請書を選ぶと、ここに印刷イメージが表示されます。")
                                    if r is None or r.state.value == "submitted" else "")
            return
        render, visit_id, draft_id = self.render_form, r.visit_id, self._draft_ids[row]
        self.form_preview.show_pdf(lambda: render(visit_id, draft_id))

    # --- loading ---
    def open(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self.request, self.allowed = None, frozenset()
        self.comment_edit.clear()
        self.message.clear()
        self.diff_view.show_diff(None)
        self._show_request()
        actor = self.actor()
        approval, names = self.approval, self.staff_name  # the worker holds no reference to this widget

        def load():
            request = approval.get(visit_id)
            if request is not None:  # the staff names the summary and history show: read (and
                for staff_id in {request.submitted_by, *(h.actor_id for h in request.history)}:
                    names(staff_id)  # cached) here, never by the GUI thread
            return request, approval.allowed_actions(actor, visit_id)
        self.runner.run(load, self._on_loaded, self._on_failed)

    def _on_loaded(self, result) -> None:
        request, allowed = result
        if request is None:  # withdrawn or never submitted: say so instead of 読み込み中 for ever
            self.summary.setText(self.tr("この来庁記録は決裁に回されていません。一覧へ戻って更新してください。"))
            return
        if request.visit_id != self.visit_id:
            return
        self.request, self.allowed = request, frozenset(allowed)
        self._show_request()
        self._explain_refusal(request)
        if request.revision > 1:  # a resubmission: what changed since the last version
            actor, approval, visit_id = self.actor(), self.approval, request.visit_id
            self.runner.run(lambda: approval.diff(actor, visit_id), self._on_diff, self._on_failed)

    def _on_diff(self, diff) -> None:
        if self.request is None or diff.visit_id != self.request.visit_id:
            return
        titles = {str(p.get("code")): str(p.get("title") or p.get("code"))
                  for p in self.request.snapshot.get("procedures") or ()}
        self.diff_view.show_diff(diff, titles)

    def _explain_refusal(self, request: ApprovalRequest) -> None:
        """Why 承認 is greyed out, in the approval guards' own words (e.g. own submission)."""
        if ApprovalUiAction.APPROVE in self.allowed:
            return
        guard = GuardInput(request.state, request.submitted_by, None, False)
        refusal = refusal_for(self.actor(), Transition.APPROVE, guard)
        if refusal is None:
            return
        error = ApprovalRefusedError(refusal, Transition.APPROVE)
        if refusal in (Refusal.OWN_SUBMISSION, Refusal.ROLE):
            self._on_failed(error)
        else:  # decided already: the state line says why
            self.message.setStyleSheet("#reviewMessage { color: #444; }")
            self.message.setText(describe(error).message)

    def _show_request(self) -> None:
        r = self.request
        self._forms = form_rows(r.snapshot) if r else []
        self._draft_ids = [str(f.get("draft_id") or f.get("form_id") or f.get("id") or "")
                           for f in (r.snapshot.get("forms") or ())] if r else []
        self._show_procedures(procedure_rows(r.snapshot) if r else [])
        self.forms_list.clear()
        for form in self._forms:
            text = tr_catalogue(form.title) + (self.tr("（変更 %1 件）").replace("%1", str(form.changed_count))
                                 if form.changed_count else "")
            QListWidgetItem(text, self.forms_list)
        if self._forms:
            self.forms_list.setCurrentRow(0)
        else:
            self.model.set_form(None)
        if r is None:
            self.summary.setText(self.tr("読み込み中…") if self.visit_id else "")
            self.history.clear()
        else:
            self.summary.setText(
                self.tr("受付番号 %1 ／ 第%2版 ／ 提出: %3（%4） ／ 状態: %5")
                .replace("%1", r.visit_id).replace("%2", str(r.revision))
                .replace("%3", self.staff_name(r.submitted_by)).replace("%4", local_time(r.submitted_at))
                .replace("%5", self.tr(STATE_LABELS.get(r.state.value, r.state.value))))
            self.history.setText(self._history_text(r))
        self._update_buttons()

    def _show_procedures(self, rows) -> None:
        self.procedures_list.clear()
        for p in rows:
            item = QListWidgetItem(tr_catalogue(p.title), self.procedures_list)
            item.setToolTip(tr_reason(p.reason))
            if p.added_by_clerk:
                item.setText(tr_catalogue(p.title) + self.tr("（職員が追加：%1）").replace("%1", p.clerk_reason or "—"))
                item.setBackground(QColor(CHANGED_BACKGROUND))

    def _history_text(self, r: ApprovalRequest) -> str:
        lines = []
        for h in r.history:
            line = self.tr("%1 %2（%3）").replace("%1", local_time(h.at)) \
                .replace("%2", self.tr(TRANSITION_LABELS.get(h.transition, h.transition))) \
                .replace("%3", self.staff_name(h.actor_id))
            if h.comment:
                line += self.tr("：%1").replace("%1", h.comment)
            lines.append(line)
        return self.tr("経過: ") + self.tr(" ／ ").join(lines) if lines else ""

    def _on_form_changed(self, row: int) -> None:
        self.model.set_form(self._forms[row] if 0 <= row < len(self._forms) else None)
        self.row_heights.invalidate()   # wrapped values take the height they need
        self._show_preview()

    def _update_buttons(self) -> None:
        can_approve = ApprovalUiAction.APPROVE in self.allowed
        can_reject = ApprovalUiAction.REJECT in self.allowed
        self.approve_button.setEnabled(can_approve)
        self.reject_button.setEnabled(can_reject)
        self.comment_edit.setReadOnly(not (can_approve or can_reject))

    # --- decisions ---
    def approve(self) -> None:
        if self.approve_button.isEnabled():
            self._decide(self.approval.approve, self.tr("承認しました。"))

    def reject(self) -> None:
        if self.reject_button.isEnabled():
            self._decide(self.approval.reject, self.tr("差し戻しました。"))

    def _decide(self, call, done_text: str) -> None:
        actor, visit_id, comment = self.actor(), self.visit_id, self.comment_edit.toPlainText()
        self.approve_button.setEnabled(False)
        self.reject_button.setEnabled(False)
        self.message.clear()

        def on_success(request: ApprovalRequest) -> None:
            self.message.setStyleSheet("#reviewMessage { color: #1b5e20; }")
            self.message.setText(done_text)
            self.decided.emit(request.visit_id, request.state.value)
            self.open_after_decision(request)

        self.runner.run(lambda: call(actor, visit_id, comment), on_success, self._on_failed)

    def open_after_decision(self, request: ApprovalRequest) -> None:
        """Show the decided request (now frozen) with the actions it still allows."""
        actor = self.actor()
        if actor is None:   # the supervisor signed out meanwhile: the panel is gone with them
            return
        self.request, self.allowed = request, frozenset()
        approval = self.approval
        self.runner.run(lambda: approval.allowed_actions(actor, request.visit_id),
                        self._on_allowed, self._on_failed)
        self._show_request()

    def _on_allowed(self, allowed) -> None:
        self.allowed = frozenset(allowed)
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        shown = (self.presenter.present(exc) if self.presenter is not None else describe(exc))
        self.message.setStyleSheet("#reviewMessage { color: #b00020; font-weight: bold; }")
        self.message.setText(f"{shown.message}\n→ {shown.next_action}")
        self._update_buttons()
        if shown.code == "comment_required":
            self.comment_edit.setFocus()
