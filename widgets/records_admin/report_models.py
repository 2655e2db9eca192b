"""Table models over an import report's changes and rejected rows (duck-typed DTOs from the
records import: `.line .atena_no .kind_label .fields` and `.line .column .text .warning`)."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from widgets.models.headered_table_model import HeaderedTableModel


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class _ListModel(HeaderedTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple = ()

    def _table_rows(self) -> Sequence:
        return self._rows

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags


class ChangeTableModel(_ListModel):
    """What a (dry) run changes: line, 宛名番号, kind, the labels of what changed — no values."""
    HEADERS = ("行番号", "宛名番号", "区分", "変わった項目")

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        c = self._rows[index.row()]
        return (str(c.line), c.atena_no, _t("ChangeTableModel", c.kind_label),
                _t("ChangeTableModel", "・").join(c.fields))[index.column()]


class IssueTableModel(_ListModel):
    """Rows not imported (errors) and rows imported with a warning."""
    HEADERS = ("行番号", "列", "理由", "区分")

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        i = self._rows[index.row()]
        if role == Qt.DisplayRole:
            kind = _t("IssueTableModel", "警告（取り込み済み）" if i.warning else "取り込めない行")
            return (str(i.line), i.column or "-", _t("ErrorCatalog", i.text), kind)[index.column()]
        if role == Qt.ForegroundRole and not i.warning:
            return QBrush(QColor("#b00020"))
        return None
