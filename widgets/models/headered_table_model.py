"""Base for the read-mostly table models over DTO lists.

Every table in the counter and the approval pages has fixed column headers,
translated in the subclass's own context (its class name, so the existing
translation entries apply), and one flat sequence of rows.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class HeaderedTableModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def _table_rows(self) -> Sequence:
        """The rows shown; subclasses return whatever they hold."""
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._table_rows())

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None
