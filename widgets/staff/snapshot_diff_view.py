"""What changed between two submitted versions of a request (ApprovalService.diff): for a
resubmission after 差戻し the supervisor sees at once what the clerk changed."""
from __future__ import annotations

from typing import Mapping

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from widgets.staff.snapshot_field_model import CHANGED_BACKGROUND
from widgets.staff.snapshot_rows import SENSITIVE_KEYS, field_row, mask


def _shown(key: str, value) -> str:
    if value is None:
        return "—"
    text = field_row({"key": key, "value": value}).value   # lists, yes/no as the review shows them
    # the snapshot holds a 個人番号 masked already; mask again in case an old one did not
    return mask(text) if any(k in key for k in SENSITIVE_KEYS) else text


class SnapshotDiffView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold; color: #8a4b00;")
        layout.addWidget(self.title)
        self.other = QLabel(self)
        self.other.setWordWrap(True)
        layout.addWidget(self.other)
        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeToContents, QHeaderView.ResizeToContents,
                                       QHeaderView.Stretch, QHeaderView.Stretch)):
            header.setSectionResizeMode(column, mode)
        layout.addWidget(self.table)
        self.diff = None
        self.hide()

    def show_diff(self, diff, procedure_titles: Mapping[str, str] | None = None) -> None:
        """`diff`: app.approval.models.SnapshotDiff, or None (first submission: hidden)."""
        self.diff = diff
        if diff is None:
            self.table.setRowCount(0)
            self.hide()
            return
        titles = procedure_titles or {}
        old, new = str(diff.old_revision), str(diff.new_revision)
        self.table.setHorizontalHeaderLabels([self.tr("申請書"), self.tr("項目"),
                                              self.tr("第%1版").replace("%1", old),
                                              self.tr("第%1版").replace("%1", new)])
        self.title.setText(self.tr("第%1版からの変更: %2 件").replace("%1", old)
                           .replace("%2", str(len(diff.changes))) if diff.changes
                           else self.tr("第%1版から申請書の内容は変わっていません。").replace("%1", old))
        lines = []
        for label, codes in ((self.tr("追加された手続き"), diff.procedures_added),
                             (self.tr("外された手続き"), diff.procedures_removed)):
            if codes:
                lines.append(f"{label}: " + "、".join(titles.get(c, c) for c in codes))
        self.other.setText("\n".join(lines))
        self.other.setVisible(bool(lines))
        self.table.setRowCount(len(diff.changes))
        for row, change in enumerate(diff.changes):
            cells = (change.form_title or change.form_id, change.label or change.key,
                     _shown(change.key, change.before), _shown(change.key, change.after))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setBackground(QBrush(QColor(CHANGED_BACKGROUND)))
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(diff.changes))
        self.table.resizeRowsToContents()
        self._fit_height()
        self.show()

    def _fit_height(self, most_rows: int = 5) -> None:
        """As tall as its rows (up to a few, then it scrolls): the forms below keep the room."""
        rows = sum(self.table.rowHeight(r) for r in range(min(self.table.rowCount(), most_rows)))
        self.table.setFixedHeight(rows + self.table.horizontalHeader().sizeHint().height()
                                  + 2 * self.table.frameWidth() + 2)

    def rows(self) -> list[tuple[str, ...]]:
        return [tuple(self.table.item(r, c).text() for c in range(4))
                for r in range(self.table.rowCount())]
