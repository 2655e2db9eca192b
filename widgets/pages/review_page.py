"""Step 5: each form's fields with provenance, inline validation, undo/redo, live preview."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from app.visit.workflow import VisitAction
from widgets.catalogue_text import tr_catalogue
from widgets.models.draft_field_model import DraftFieldModel
from widgets.packet_preview import PacketPreview
from widgets.pages.step_page import StepPage
from widgets.row_heights import VisibleRowHeights


def _person_suffix(visit, draft) -> str:
    """Per-person forms (form_id#person) say whose form it is."""
    if "#" not in draft.draft_id:
        return ""
    pid = draft.draft_id.split("#", 1)[1].split("~", 1)[0]
    name = ""
    for key in ("name", "d_name", "a_name"):
        if draft.get(key):
            name = str(draft.get(key))
            break
    if not name and pid == "holder" and visit is not None and visit.card is not None:
        name = visit.card.name
    return QCoreApplication.translate("ReviewPage", "（%1）").replace("%1", name) if name else ""


class DraftTableView(QTableView):
    """F2 is also the window's "counter panel" shortcut; inside the table it keeps its usual
    meaning, edit this cell, so the table claims the key before the shortcut sees it."""

    def event(self, event) -> bool:
        if event.type() == QEvent.ShortcutOverride and event.key() == Qt.Key_F2 \
                and not event.modifiers():
            event.accept()
            return True
        return super().event(event)


class EditFieldCommand(QUndoCommand):
    """One clerk correction; undo sends the old value back through the service (and is saved).
    By default it changes the fact (every form showing it); `this_form_only` keeps it on
    the one form."""

    def __init__(self, controller, draft_id: str, key: str, old: str, new: str,
                 this_form_only: bool = False, failed=None) -> None:
        super().__init__(f"{draft_id}.{key}")
        self._controller, self._draft_id, self._key = controller, draft_id, key
        self._old, self._new, self._only = old, new, this_form_only
        self._failed = failed   # (draft id, key, value, error): the save did not happen

    def _send(self, value: str) -> None:
        failed = self._failed and (lambda exc: self._failed(self._draft_id, self._key, value, exc))
        self._controller.edit_draft(self._draft_id, self._key, value, self._only, failed=failed)

    def redo(self) -> None:
        self._send(self._new)

    def undo(self) -> None:
        self._send(self._old)


class ReviewPage(StepPage):
    next_action = VisitAction.REVIEW_FORMS
    ready_changed = Signal()  # a correction could not be saved: Next waits for it

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, self.tr("5. 申請書の確認・修正"), parent)
        self.undo_stack = QUndoStack(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.layout_.addWidget(self.status)

        splitter = QSplitter(Qt.Horizontal, self)
        self.forms_list = QListWidget(self)
        self.forms_list.setMinimumWidth(200)
        self.forms_list.setMaximumWidth(260)
        self.forms_list.setWordWrap(True)
        self.forms_list.currentRowChanged.connect(self._on_form_changed)
        splitter.addWidget(self.forms_list)

        middle = QWidget(self)
        mid_layout = QVBoxLayout(middle)
        mid_layout.setContentsMargins(0, 0, 0, 0)
        self.model = DraftFieldModel(self)
        self.model.edit_requested.connect(self._on_edit_requested)
        self.table = DraftTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed)
        self.table.verticalHeader().hide()
        # Long or invalid values must stay readable: the value and the finding wrap in their
        # own columns, which never push 出典 out of sight behind a scroll bar.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Interactive)
        header.setMinimumSectionSize(60)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(3, 220)
        self.row_heights = VisibleRowHeights(self.table)   # measured in view only (GUI time)
        mid_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("元に戻す (Ctrl+Z)"), self)
        self.redo_button = QPushButton(self.tr("やり直す (Ctrl+Shift+Z)"), self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        self.this_form_only = QCheckBox(self.tr("この様式だけ修正する(&O)"), self)
        self.this_form_only.setToolTip(self.tr("チェックなし: 同じ内容を表示するすべての申請書が変わります。"))
        buttons.addWidget(self.this_form_only)
        mid_layout.addLayout(buttons)
        splitter.addWidget(middle)

        # every page of the selected form, rendered in process at the pane's width
        self.preview = PacketPreview(parent=self)
        self.preview.setMinimumWidth(260)
        self.preview.failed.connect(self.controller.presenter.present)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([220, 520, 360])
        self.layout_.addWidget(splitter, 1)

        undo = self.undo_stack.createUndoAction(self, self.tr("元に戻す"))
        undo.setShortcut(QKeySequence.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("やり直す"))
        redo.setShortcuts([QKeySequence.Redo, QKeySequence("Ctrl+Shift+Z")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.addAction(action)

        self._visit_id = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)  # debounce: render after typing pauses
        self._preview_timer.timeout.connect(self._render_preview)

    def current_draft_id(self) -> str | None:
        item = self.forms_list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def show_visit(self, visit) -> None:
        if visit is None or visit.visit_id != self._visit_id:
            self.undo_stack.clear()
            self._visit_id = visit.visit_id if visit else None
        keep = self.current_draft_id()
        self.forms_list.blockSignals(True)
        self.forms_list.clear()
        drafts = visit.drafts if visit else ()
        for draft in drafts:
            mark = "⚠ " if draft.blocking_issues else ""
            whom = _person_suffix(visit, draft)
            title = tr_catalogue(draft.title)
            item = QListWidgetItem(mark + title + whom, self.forms_list)
            item.setData(Qt.UserRole, draft.draft_id)
            item.setToolTip(title + whom)
        ids = [d.draft_id for d in drafts]
        self.forms_list.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)
        self.forms_list.blockSignals(False)
        issues = sum(len(d.blocking_issues) for d in drafts)
        self.status.setText(self.tr("確認が必要な項目が %n 件あります（赤い行）。", "", issues)
                            if issues else self.tr("すべての申請書を確認できます。出典を確かめてください。"))
        self._show_current()

    def _on_form_changed(self, _row: int) -> None:
        self._show_current()

    def _show_current(self) -> None:
        visit = self.controller.visit
        form_id = self.current_draft_id()
        current = self.table.currentIndex()
        self.model.set_draft(visit.draft(form_id) if visit and form_id else None)
        self.row_heights.invalidate(self.model.changed_rows)
        if current.isValid() and current.row() < self.model.rowCount():
            self.table.scrollTo(current)   # the row just corrected stays in view
        self._preview_timer.start()

    def _on_edit_requested(self, key: str, old: str, new: str) -> None:
        form_id = self.current_draft_id()
        if form_id is not None:
            self.undo_stack.push(EditFieldCommand(self.controller, form_id, key, old, new,
                                                  self.this_form_only.isChecked(),
                                                  failed=self._edit_failed))

    def _edit_failed(self, draft_id: str, key: str, value: str, exc: BaseException) -> None:
        """The correction was not saved: the message says why, and the value the clerk
        typed stays in its cell, marked unsaved (Enter on it again retries; Next waits)."""
        self.controller.presenter.present(exc)
        if draft_id == self.current_draft_id():
            self.model.keep_unsaved(key, value)
            self.ready_changed.emit()

    def can_go_next(self, allowed) -> bool:
        return super().can_go_next(allowed) and not self.model.unsaved

    def _render_preview(self) -> None:
        visit, form_id = self.controller.visit, self.current_draft_id()
        if visit is None or form_id is None or not self.isVisible():
            return
        # the form is made in turn on the visit's worker; its pages are rendered aside
        self.controller.render_form_preview(form_id, self.preview.show_pdf, self._preview_failed)

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview.clear(QCoreApplication.translate("PacketPreview", "プレビューを表示できません。"))
        self.controller.presenter.present(exc)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.row_heights.invalidate()  # wrapped values take the height they need

    def go_next(self) -> None:
        self.controller.review_forms()
