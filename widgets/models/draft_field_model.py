"""The fields of one form draft: label, value (editable), provenance, validation issue.

Edits are not applied here: `edit_requested(key, old, new)` goes to the page, which
pushes an undoable command that calls the service.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.visit.model import FormDraft, mask_my_number
from widgets.models.headered_table_model import HeaderedTableModel
from widgets.provenance_labels import PROVENANCE_LABELS



def as_text(value) -> str:
    """Plain draft values as the clerk reads and types them."""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return "" if value is None else str(value)


def _t(text: str) -> str:
    return QCoreApplication.translate("DraftFieldModel", text)


class DraftFieldModel(HeaderedTableModel):
    edit_requested = Signal(str, str, str)  # field key, old value, new value
    HEADERS = ("項目", "値", "出典", "確認事項")
    VALUE = 1

    def _table_rows(self):
        return self._fields

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._draft: FormDraft | None = None
        self._fields = ()
        self._issues: dict[str, str] = {}

    def set_draft(self, draft: FormDraft | None) -> None:
        if draft is not None and self._draft is not None and \
                [f.key for f in draft.fields] == [f.key for f in self._fields]:
            # same shape: update in place so the view keeps the current cell
            self._draft, self._fields = draft, draft.fields
            self._issues = {i.field_key: i.message for i in draft.issues}
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._fields) - 1, 3))
            return
        self.beginResetModel()
        self._draft = draft
        self._fields = draft.fields if draft else ()
        self._issues = {i.field_key: i.message for i in draft.issues} if draft else {}
        self.endResetModel()

    def field_key(self, row: int) -> str:
        return self._fields[row].key

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return base | Qt.ItemIsEditable if index.column() == self.VALUE else base

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._fields)):
            return None
        f = self._fields[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            value = mask_my_number(as_text(f.value)) if f.sensitive else as_text(f.value)
            return (f.label, value, _t(PROVENANCE_LABELS.get(f.provenance, f.provenance)),
                    self._issues.get(f.key, ""))[col]
        if role == Qt.EditRole:
            return (f.label, as_text(f.value), f.provenance, self._issues.get(f.key, ""))[col]
        if role == Qt.BackgroundRole and f.key in self._issues:
            return QBrush(QColor("#fde7e9"))
        if role == Qt.ForegroundRole and col == 3 and f.key in self._issues:
            return QBrush(QColor("#b00020"))
        if role == Qt.ToolTipRole and col == 2 and f.prefilled_value and f.provenance == "clerk":
            before = as_text(f.prefilled_value)
            return _t("変更前: ") + (mask_my_number(before) if f.sensitive else before)
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid() or index.column() != self.VALUE:
            return False
        f = self._fields[index.row()]
        new, old = str(value), as_text(f.value)
        if new != old:
            self.edit_requested.emit(f.key, old, new)
        return False  # the view refreshes when the service returns the new draft
