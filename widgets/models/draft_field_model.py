"""The fields of one form draft as the clerk reviews them (forms.draft_rows: the same rows the
supervisor and `packet --json` see): label, value (editable), source, what needs checking.

Edits are not applied here: `edit_requested(key, old, new)` goes to the page, which
pushes an undoable command that calls the service.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.visit.model import mask_my_number
from forms.draft import FormDraft
from forms.draft_rows import FieldRow, field_rows
from widgets.catalogue_text import tr_field_label
from widgets.models.headered_table_model import HeaderedTableModel
from widgets.provenance_labels import PROVENANCE_LABELS

ISSUE_CONTEXT = "ValidationIssue"
_ROLES = frozenset({Qt.DisplayRole, Qt.EditRole, Qt.BackgroundRole, Qt.ForegroundRole, Qt.ToolTipRole})


def as_text(value) -> str:
    """Plain draft values as the clerk reads and types them."""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return "" if value is None else str(value)


def _t(text: str) -> str:
    return QCoreApplication.translate("DraftFieldModel", text)


def issue_message(row: FieldRow) -> str:
    """The finding in words, with what is expected (translated in the ValidationIssue context)."""
    if row.issue is None:
        return ""
    from forms.validation import ISSUE_TEXT, EXPECTED

    template = QCoreApplication.translate(ISSUE_CONTEXT, ISSUE_TEXT.get(row.issue.code, row.issue.code))
    expected = row.issue.expected
    if expected in EXPECTED.values():
        expected = QCoreApplication.translate(ISSUE_CONTEXT, expected)
    return template.format(expected=expected)


class DraftFieldModel(HeaderedTableModel):
    edit_requested = Signal(str, str, str)  # field key, old value, new value
    HEADERS = ("項目", "値", "出典", "確認事項")
    VALUE, SOURCE, ISSUE = 1, 2, 3

    def _table_rows(self):
        return self._rows

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._draft: FormDraft | None = None
        self._rows: list[FieldRow] = []
        self._shown: dict[int, tuple[str, str, str, str]] = {}
        self.changed_rows: set[int] | None = None   # after set_draft: rows that differ (None: all)
        self.unsaved: dict[str, str] = {}   # key → what the clerk typed, not saved (a failed save)

    def set_draft(self, draft: FormDraft | None) -> None:
        rows = field_rows(draft) if draft is not None else []
        self._shown = {}
        self.unsaved = {}   # a saved visit came back: it is what the cells show
        if draft is not None and self._draft is not None and \
                [r.key for r in rows] == [r.key for r in self._rows]:
            # same shape: update in place so the view keeps the current cell
            self.changed_rows = {i for i, (new, old) in enumerate(zip(rows, self._rows)) if new != old}
            self._draft, self._rows = draft, rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 3))
            return
        self.changed_rows = None
        self.beginResetModel()
        self._draft, self._rows = draft, rows
        self.endResetModel()

    def field_key(self, row: int) -> str:
        return self._rows[row].key

    def row_of(self, key: str) -> int:
        return next(i for i, r in enumerate(self._rows) if r.key == key)

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return base | Qt.ItemIsEditable if index.column() == self.VALUE else base

    def keep_unsaved(self, key: str, value: str) -> None:
        """A correction whose save failed: its cell shows what was typed, marked, until the
        next saved draft arrives (nothing the clerk typed is lost)."""
        self.unsaved[key] = value
        row = self.row_of(key)
        self._shown.pop(row, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def _display(self, row: int) -> tuple[str, str, str, str]:
        """The four cells' text, worked out once per row and draft (the view asks for them
        at every repaint, on the GUI thread)."""
        shown = self._shown.get(row)
        if shown is None:
            r = self._rows[row]
            if r.key in self.unsaved:
                typed = self.unsaved[r.key]
                shown = self._shown[row] = (tr_field_label(r.label), mask_my_number(typed) if r.sensitive else typed,
                                            _t(PROVENANCE_LABELS.get("clerk", "clerk")),
                                            QCoreApplication.translate(
                                                "DraftFieldModel", "保存されていません（もう一度確定してください）"))
                return shown
            value = mask_my_number(as_text(r.value)) if r.sensitive else as_text(r.value)
            shown = self._shown[row] = (tr_field_label(r.label), value,
                                        _t(PROVENANCE_LABELS.get(r.source, r.source)), issue_message(r))
        return shown

    def data(self, index, role=Qt.DisplayRole):
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            return self._display(index.row())[col]
        if role == Qt.EditRole:
            typed = self.unsaved.get(r.key)
            return (r.label, as_text(r.value) if typed is None else typed, r.source,
                    issue_message(r))[col]
        if role == Qt.BackgroundRole and (r.issue is not None or r.key in self.unsaved):
            return QBrush(QColor("#fde7e9"))
        if role == Qt.ForegroundRole and col == self.ISSUE and (r.issue is not None
                                                                  or r.key in self.unsaved):
            return QBrush(QColor("#b00020"))
        if role == Qt.ToolTipRole:
            if col == self.SOURCE and r.changed and r.prefilled_source != "blank":
                before = as_text(r.prefilled_value)
                return _t("変更前: ") + (mask_my_number(before) if r.sensitive else before)
            if col == self.ISSUE and r.issue is not None:
                return issue_message(r)
            if col == self.VALUE and not r.sensitive:
                return as_text(r.value)
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid() or index.column() != self.VALUE:
            return False
        r = self._rows[index.row()]
        new, old = str(value), as_text(r.value)
        if new != old:
            self.edit_requested.emit(r.key, old, new)
        elif self.unsaved.pop(r.key, None) is not None:   # back to the saved value: nothing to save
            self._shown.pop(index.row(), None)
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        return False  # the view refreshes when the service returns the new draft
