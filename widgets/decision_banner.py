"""The banner that tells the clerk a supervisor has decided: one line per decision, with
the rejection comment, 開く (resume that visit) and 閉じる.

It names the resident only in the masked form the notice carries (山田　＊＊), and the
main window's lock page conceals it while the screen is locked.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from forms.events import EventCode
from widgets.staff.approval_queue_model import local_time

COLOURS = {"approved": ("#e6f4ea", "#1e8e3e"), "rejected": ("#fde7e9", "#b00020")}


def event_title(code: str) -> str:
    try:
        title = EventCode(code).title
    except ValueError:
        return code or ""
    return QCoreApplication.translate("LifeEventQuestions", title)


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionBanner", text)


def notice_text(notice) -> str:
    what = event_title(notice.event) or _t("受付")
    if notice.resident_name_masked:
        what += _t("（%1）").replace("%1", notice.resident_name_masked)
    when = local_time(notice.decided_at)[-5:]
    if notice.state.value == "rejected":
        text = _t("差し戻されました: %1 — 審査者 %2（%3）").replace("%1", what) \
            .replace("%2", notice.decided_by_name).replace("%3", when)
        if notice.comment:
            text += "\n" + _t("コメント: ") + notice.comment
        return text
    text = _t("承認されました: %1 — 審査者 %2（%3）。印刷できます。").replace("%1", what) \
        .replace("%2", notice.decided_by_name).replace("%3", when)
    if notice.comment:
        text += "\n" + _t("コメント: ") + notice.comment
    return text


class DecisionRow(QFrame):
    open_requested = Signal(str)   # visit id
    dismissed = Signal()

    def __init__(self, notice, parent=None) -> None:
        super().__init__(parent)
        self.notice = notice
        background, edge = COLOURS.get(notice.state.value, ("#e8f0fe", "#1a73e8"))
        self.setObjectName("decisionRow")
        self.setStyleSheet(f"#decisionRow {{ background: {background}; border-left: 6px solid {edge};"
                           " border-radius: 4px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.text = QLabel(notice_text(notice), self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.PlainText)  # a comment is shown as typed, never as markup
        row.addWidget(self.text, 1)
        label = self.tr("開いて直す") if notice.state.value == "rejected" else self.tr("開く")
        self.open_button = QPushButton(label, self)
        self.close_button = QPushButton(self.tr("閉じる"), self)
        for button in (self.open_button, self.close_button):
            button.setAutoDefault(False)
            row.addWidget(button, 0, Qt.AlignTop)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(notice.visit_id))
        self.close_button.clicked.connect(self.dismissed)


class DecisionBanner(QWidget):
    """All decisions shown and not yet closed, newest last."""
    open_requested = Signal(str)   # visit id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionBanner")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.rows: list[DecisionRow] = []
        self.hide()

    def add(self, notice) -> DecisionRow:
        for old in [r for r in self.rows if r.notice.visit_id == notice.visit_id]:
            self._remove(old)   # a newer decision on the same visit replaces the older line
        row = DecisionRow(notice, self)
        row.open_requested.connect(self._on_open)
        row.dismissed.connect(lambda: self._remove(row))
        self.rows.append(row)
        self._layout.addWidget(row)
        self.show()
        return row

    def _on_open(self, visit_id: str) -> None:
        self.open_requested.emit(visit_id)

    def remove_visit(self, visit_id: str) -> None:
        for row in [r for r in self.rows if r.notice.visit_id == visit_id]:
            self._remove(row)

    def clear(self) -> None:
        for row in list(self.rows):
            self._remove(row)

    def _remove(self, row: DecisionRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
        if not self.rows:
            self.hide()

    def texts(self) -> list[str]:
        return [r.text.text() for r in self.rows]
