"""Ranked resident candidates with the reasons they matched."""
from __future__ import annotations

import re
import string
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.records.match_reasons import WHY
from app.visit.model import ResidentCandidate
from widgets.models.headered_table_model import HeaderedTableModel

SEX = {"1": "男", "2": "女"}


def _t(text: str) -> str:
    return QCoreApplication.translate("CandidateModel", text)


@lru_cache(maxsize=None)
def _filled_templates() -> tuple[tuple[re.Pattern, str], ...]:
    """The reasons with a value in them (一致度{percent}%, {pairs} を同一視) arrive filled in;
    the translation is of the template, so each is matched back to its template."""
    found = []
    for template in WHY.values():
        names = [n for _, n, _, _ in string.Formatter().parse(template) if n]
        if names:
            pattern = "".join(re.escape(literal) + (f"(?P<{n}>.+?)" if n else "")
                              for literal, n, _, _ in string.Formatter().parse(template))
            found.append((re.compile(pattern + "$"), template))
    return tuple(found)


def reason_text(reason: str) -> str:
    """One reason of app.records.match_reasons.WHY in the window's language."""
    for pattern, template in _filled_templates():
        match = pattern.match(reason)
        if match:
            return _t(template).format(**match.groupdict())
    return _t(reason)


class CandidateModel(HeaderedTableModel):
    HEADERS = ("氏名", "フリガナ", "生年月日", "性別", "住所", "一致度", "理由")

    def _table_rows(self):
        return self._rows

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ResidentCandidate] = []

    def set_candidates(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def candidate(self, row: int) -> ResidentCandidate:
        return self._rows[row]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        c = self._rows[index.row()]
        if role == Qt.DisplayRole:
            reasons = [reason_text(r) for r in c.reasons]
            if c.matched_by_my_number and not any("個人番号" in r for r in c.reasons):
                reasons.insert(0, _t("個人番号で一致"))
            return (c.name, c.kana, c.birth_date, _t(SEX.get(c.sex_code, "不明")), c.address,
                    f"{round(c.score * 100)}%", _t("、").join(reasons))[index.column()]
        if role == Qt.ToolTipRole and index.column() == 6:
            return "\n".join(reason_text(r) for r in c.reasons)
        if role == Qt.ForegroundRole and not c.living:
            return QColor(Qt.gray)
        return None

    def flags(self, index):
        """A 死亡・転出・消除 record is shown (the clerk sees why it matched) but cannot be chosen
        as the person at the counter; the service refuses it as well."""
        flags = super().flags(index)
        if index.isValid() and not self._rows[index.row()].living:
            flags &= ~Qt.ItemIsSelectable
        return flags
