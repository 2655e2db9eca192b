"""The procedures the rules produced (and the clerk's changes), checkable.

Ticking a box does not change the visit directly: the model emits
`toggle_requested` and the page sends it, with the clerk's reason, to the service.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal

from app.visit.model import ProcedureChoice
from widgets.catalogue_text import tr_catalogue, tr_reason
from widgets.models.headered_table_model import HeaderedTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("ProcedureModel", text)


class ProcedureModel(HeaderedTableModel):
    toggle_requested = Signal(str, bool)  # code, selected
    HEADERS = ("手続き", "理由", "追加・除外の理由")

    def _table_rows(self):
        return self._rows

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ProcedureChoice] = []

    def set_procedures(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def procedure(self, row: int) -> ProcedureChoice:
        return self._rows[row]

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return base | Qt.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        p = self._rows[index.row()]
        if role == Qt.DisplayRole:
            title = tr_catalogue(p.title) + (_t("（職員が追加）") if p.source == "clerk" else "")
            return (title, tr_reason(p.reason), p.clerk_reason)[index.column()]
        if role == Qt.CheckStateRole and index.column() == 0:
            return Qt.Checked if p.selected else Qt.Unchecked
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        selected = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
        self.toggle_requested.emit(self._rows[index.row()].code, selected)
        return False  # the visit changes only when the service accepts it
