"""The counter as run_gui starts it (CounterStartup, the real composition on the demo
database, the real card bridge over the simulator), signed in through the sign-in page."""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from tests.journeys.driver import ClerkAtCounter, Journey
from tests.journeys.test_clerk_journeys import MOVE_OUT
from tests.ui.flow import type_text

PASSWORDS = {"madoguchi": "renshu-madoguchi", "shinsa": "renshu-shinsa", "kanri": "renshu-kanri",
             "kenshu": "renshu-kenshu"}


@contextmanager
def counter(qtbot, *, idle: float = 0):
    """`idle`: the idle-lock seconds (0: never locks)."""
    from composition import build_counter_services
    from widgets.application import CounterStartup
    from widgets.main_window import MainWindow

    def build():
        services = build_counter_services(db=None, demo=True, residents=0)
        services.idle_lock_seconds = idle
        return services

    window = MainWindow(demo=False)
    qtbot.addWidget(window)
    started = CounterStartup(QApplication.instance(), window, build)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.sign_in_page.ready, timeout=30000)
    try:
        yield window, started
    finally:
        started.close()
        window.close()


def sign_in(qtbot, window, name: str, password: str | None = None) -> None:
    page = window.sign_in_page
    qtbot.waitUntil(lambda: page.ready and window.stack.currentWidget() is page)
    type_text(qtbot, page.name_edit, name)
    type_text(qtbot, page.password_edit, password or PASSWORDS[name])
    qtbot.keyClick(page.password_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.identity is not None and window.identity.name == name,
                    timeout=20000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if window.work is not None and window.stack.currentWidget() is window.work:
        qtbot.waitUntil(lambda: window.demo_cards.isVisible())   # shown by the next layout pass


def staff_id(started, name: str) -> int:
    return started.services.staff.staff.get(name).id


def audit_trail(started, *actions: str) -> list[tuple[str, int | None]]:
    """(action, staff id) of the audit entries with these actions, oldest first."""
    return [(e.action, e.staff_id) for e in started.services.staff.audit.entries()
            if e.action in actions]


def submitted_visit(qtbot, window, journey: Journey = MOVE_OUT):
    """A clerk takes a visit through to 決裁へ提出 at the window; returns its id."""
    from app.visit.workflow import VisitState

    clerk = ClerkAtCounter(qtbot, window)
    clerk.to_review(journey)
    printing = window.current_page()
    qtbot.waitUntil(lambda: printing.submit_button.isEnabled())
    qtbot.keyClick(printing, Qt.Key_U, Qt.AltModifier)
    clerk.wait_state(VisitState.SUBMITTED)
    return window.controller.visit.visit_id


def fix_phone_and_resubmit(qtbot, window):
    """The clerk's answer to a 差戻し about the phone: fill it on the first form, review,
    submit again. Returns the draft that was changed."""
    from app.visit.workflow import VisitState

    draft = window.controller.visit.drafts[0]
    window.controller.edit_draft(draft.draft_id, "filer_phone", "0155-12-3456")
    qtbot.waitUntil(lambda: not window.controller.runner.busy)   # a step waits for the edit
    window.controller.review_forms()
    qtbot.waitUntil(lambda: window.current_page() is window.print_page)
    printing = window.print_page
    qtbot.waitUntil(lambda: printing.submit_button.isEnabled())
    printing.submit_button.click()
    qtbot.waitUntil(lambda: window.controller.visit.state is VisitState.SUBMITTED)
    return draft


def shown_texts(root) -> list[str]:
    """Every text a person could read on screen: visible labels, fields, buttons, lists,
    tables, tool bars, window titles — of `root` and of every visible top-level window."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QLabel,
                                   QLineEdit, QListView, QPlainTextEdit, QTextEdit, QToolBar, QWidget)

    texts = []
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for top in tops:
        texts.append(top.windowTitle())
        for w in [top] + top.findChildren(QWidget):
            if not w.isVisible():
                continue
            if isinstance(w, QLabel):
                texts.append(w.text())
            elif isinstance(w, QLineEdit) and w.echoMode() == QLineEdit.Normal:
                texts.append(w.text())
            elif isinstance(w, (QPlainTextEdit, QTextEdit)):
                texts.append(w.toPlainText())
            elif isinstance(w, QAbstractButton):
                texts.append(w.text())
            elif isinstance(w, QComboBox):
                texts.append(w.currentText())
            elif isinstance(w, QToolBar):
                texts.extend(a.text() for a in w.actions() if a.isVisible())
            elif isinstance(w, QAbstractItemView) and w.model() is not None:
                m, top_index = w.model(), QModelIndex()
                columns = 1 if isinstance(w, QListView) else m.columnCount(top_index)
                for r in range(m.rowCount(top_index)):
                    for c in range(columns):
                        texts.append(str(m.index(r, c).data() or ""))
            texts.append(w.toolTip())
    return texts
