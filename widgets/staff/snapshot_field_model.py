"""One form of an approval snapshot: every value with its provenance, and the
clerk's changes from the pre-filled value highlighted."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from widgets.catalogue_text import tr_field_label
from widgets.staff.snapshot_rows import FormRows
from widgets.models.headered_table_model import HeaderedTableModel

CHANGED_BACKGROUND = "#fff1b8"
PROVENANCE_COLOURS = {"card": "#1565c0", "registry": "#2e7d32", "clerk": "#b35c00",
                      "answer": "#6a1b9a", "derived": "#455a64"}


def _t(text: str) -> str:
    return QCoreApplication.translate("SnapshotFieldModel", text)


class SnapshotFieldModel(HeaderedTableModel):
    HEADERS = ("項目", "値", "出典", "事前入力値（変更前）")
    ChangedRole = Qt.UserRole + 1

    def _table_rows(self):
        return self._rows

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._form: FormRows | None = None

    def set_form(self, form: FormRows | None) -> None:
        self.beginResetModel()
        self._form = form
        self.endResetModel()

    @property
    def _rows(self):
        return self._form.rows if self._form else ()

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            value = r.shown_value
            if col == 1 and r.changed:
                value = f"{value}　" + _t("【変更】")
            return (tr_field_label(r.label), value, _t(r.provenance_label),
                    r.shown_prefilled if r.changed else "")[col]
        if role == self.ChangedRole:
            return r.changed
        if role == Qt.BackgroundRole and r.changed:
            return QBrush(QColor(CHANGED_BACKGROUND))
        if role == Qt.ForegroundRole and col == 2 and r.provenance in PROVENANCE_COLOURS:
            return QBrush(QColor(PROVENANCE_COLOURS[r.provenance]))
        if role == Qt.FontRole and r.changed and col == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole and r.changed:
            return _t("職員が事前入力値「%1」から変更しました").replace("%1", r.shown_prefilled)
        return None
