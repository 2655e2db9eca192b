"""Table model over the approval queue (a list of QueueItem DTOs, oldest first): who is
waiting (the resident's masked name), for what, at which counter, submitted by whom, and
for how long."""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.approval.models import QueueItem
from widgets.models.headered_table_model import HeaderedTableModel

VisitIdRole = Qt.UserRole + 1
LONG_WAIT_SECONDS = 15 * 60   # from here the waiting time is shown in bold: someone is waiting


def _t(text: str) -> str:
    return QCoreApplication.translate("ApprovalQueueModel", text)


def local_time(value) -> str:
    """Submitted-at in the workstation's local time, to the minute."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M")


def waiting_label(seconds: int) -> str:
    """12分, 1時間5分, 2日3時間; under a minute: 1分未満."""
    minutes = max(0, int(seconds)) // 60
    if minutes < 1:
        return _t("1分未満")
    if minutes < 60:
        return _t("%1分").replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return _t("%1時間%2分").replace("%1", str(hours)).replace("%2", str(minutes))
    days, hours = divmod(hours, 24)
    return _t("%1日%2時間").replace("%1", str(days)).replace("%2", str(hours))


class ApprovalQueueModel(HeaderedTableModel):
    HEADERS = ("住民", "ご用件", "受付窓口", "提出者", "待ち時間", "版", "決裁")
    RESIDENT, EVENT, COUNTER, SUBMITTER, WAITING, REVISION, DECIDE = range(7)

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

    def _display(self, q: QueueItem, column: int) -> str:
        if column == self.RESIDENT:
            return q.resident_name_masked or _t("（氏名なし）")
        if column == self.EVENT:
            return QCoreApplication.translate("LifeEventQuestions", q.event_title) if q.event_title \
                else _t("（未選択）")
        if column == self.COUNTER:
            return q.workstation
        if column == self.SUBMITTER:
            return q.submitted_by_name or self._staff_name(q.submitted_by)
        if column == self.WAITING:
            return waiting_label(q.waiting_seconds)
        if column == self.REVISION:
            return _t("第%1版").replace("%1", str(q.revision)) + \
                (_t("（再提出）") if q.revision > 1 else "")
        return _t("決裁できます") if q.can_decide else _t("自分の提出（他の審査者へ）")

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        q = self._items[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._display(q, column)
        if role == VisitIdRole:
            return q.visit_id
        if role == Qt.ForegroundRole and not q.can_decide:
            return QBrush(QColor("#666666"))
        if role == Qt.FontRole and column == self.WAITING and q.waiting_seconds >= LONG_WAIT_SECONDS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole:
            if column == self.REVISION and q.revision > 1:
                return _t("差戻し後の再提出です")
            if column == self.WAITING:
                return _t("提出: %1").replace("%1", local_time(q.submitted_at))
            if column == self.RESIDENT:
                return _t("受付番号 %1").replace("%1", q.visit_id)
        return None
