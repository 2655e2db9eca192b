"""Table model over the approval queue (a list of QueueItem DTOs)."""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.approval.models import QueueItem
from widgets.models.headered_table_model import HeaderedTableModel

VisitIdRole = Qt.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("ApprovalQueueModel", text)


def local_time(value) -> str:
    """Submitted-at in the workstation's local time, to the minute."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M")


class ApprovalQueueModel(HeaderedTableModel):
    HEADERS = ("受付番号", "版", "提出者", "提出日時", "決裁")

    def _table_rows(self):
        return self._items

    def __init__(self, staff_name: Callable[[int], str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._items: tuple[QueueItem, ...] = ()
        self._staff_name = staff_name or (lambda staff_id: str(staff_id))

    def set_items(self, items: Sequence[QueueItem]) -> None:
        self.beginResetModel()
        self._items = tuple(items)
        self.endResetModel()

    def item(self, row: int) -> QueueItem:
        return self._items[row]

    def row_of(self, visit_id: str) -> int:
        return next((i for i, q in enumerate(self._items) if q.visit_id == visit_id), -1)

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        q = self._items[index.row()]
        if role == Qt.DisplayRole:
            decide = _t("決裁できます") if q.can_decide else _t("自分の提出（他の審査者へ）")
            return (q.visit_id, str(q.revision), self._staff_name(q.submitted_by),
                    local_time(q.submitted_at), decide)[index.column()]
        if role == VisitIdRole:
            return q.visit_id
        if role == Qt.ForegroundRole and not q.can_decide:
            return QBrush(QColor("#666666"))
        if role == Qt.ToolTipRole and index.column() == 1 and q.revision > 1:
            return _t("差戻し後の再提出です")
        return None
