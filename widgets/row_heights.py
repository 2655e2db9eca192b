"""Table rows as tall as their wrapped text, measured only where the clerk can see them.

`QTableView.resizeRowsToContents()` lays out the text of every cell of every row: on a
40-row form with wrapped Japanese values that is 50–100 ms of GUI thread on the counter PC,
and the review page did it at every change of the visit, on screen or not. The rows in view
are enough: the others are measured as they scroll into view, and nothing is measured while
the table is hidden (it is measured when shown).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class VisibleRowHeights(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._measured: set[int] = set()
        self._stale = True
        table.verticalScrollBar().valueChanged.connect(lambda _v: self.fit())
        table.viewport().installEventFilter(self)

    def invalidate(self, rows: set[int] | None = None) -> None:
        """The contents changed (`rows`: only these; None: all): measured again, those in
        view now, the rest when they come into view."""
        if rows is None:
            self._measured.clear()
        else:
            self._measured -= rows
        self.fit()

    def fit(self) -> None:
        table = self.table
        if not table.isVisible():
            self._stale = True
            return
        self._stale = False
        model = table.model()
        rows = model.rowCount() if model is not None else 0
        row = max(table.rowAt(0), 0)
        bottom = table.viewport().height()
        y = table.rowViewportPosition(row) if rows else 0
        while row < rows and y < bottom:
            if row not in self._measured:
                table.resizeRowToContents(row)
                self._measured.add(row)
            y += table.rowHeight(row)
            row += 1

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Show and self._stale:
            self.fit()
        elif event.type() == QEvent.Resize:
            if event.size().width() != event.oldSize().width():
                self._measured.clear()   # wrapped text takes another height at another width
            self.fit()                   # (and more rows may be in view)
        return False
