"""Table model over a page of 名寄せ proposals (duck-typed DuplicatePair DTOs)."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from widgets.models.headered_table_model import HeaderedTableModel

VERDICTS = {"same": "同一人", "different": "別人", None: "未判定"}


def _t(text: str) -> str:
    return QCoreApplication.translate("DuplicatePairModel", text)


def _person(r) -> str:
    born = r.birth_date.isoformat() if r.birth_date else _t("生年月日不詳")
    number = _t("　個人番号あり") if r.has_my_number else ""
    values = (r.atena_no, r.name, r.name_kana, born, r.sex_label, r.status.value, number,
              r.address.full)
    # one pattern, filled in one pass (a value never has its own %n replaced)
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1],
                  _t("宛名番号 %1\n%2（%3）\n%4　%5　%6%7\n%8"))


class DuplicatePairModel(HeaderedTableModel):
    HEADERS = ("評価", "宛名 A", "宛名 B", "理由", "判定")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pairs: tuple = ()

    def _table_rows(self):
        return self._pairs

    def set_pairs(self, pairs) -> None:
        self.beginResetModel()
        self._pairs = tuple(pairs)
        self.endResetModel()

    def pair(self, row: int):
        return self._pairs[row]

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._pairs)):
            return None
        p = self._pairs[index.row()]
        if role == Qt.DisplayRole:
            return (str(p.score), _person(p.a), _person(p.b), "\n".join(p.reasons),
                    _t(VERDICTS.get(p.verdict, "")))[index.column()]
        if role == Qt.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignCenter)
        if role == Qt.ForegroundRole and index.column() == 4 and p.verdict:
            return QBrush(QColor("#1b5e20" if p.verdict == "same" else "#555555"))
        return None
