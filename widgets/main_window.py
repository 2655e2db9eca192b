"""The counter window: status strip (card, visit, staff), the step pages with Back/Next,
the message bar for errors, the idle lock, and a place for other panels to plug in
(approval queue, review; the trainer's own window) through `add_panel`.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton,
                               QStackedWidget, QToolBar, QVBoxLayout, QWidget)

from typing import TYPE_CHECKING

from app.visit.workflow import VisitAction, VisitState, step_index
from widgets.background import SerialRunner
from widgets.card_status import CardStatus, CardStatusLabel
from widgets.idle_lock import IdleWatcher, LockPage
from widgets.sign_in_page import SignInPage

if TYPE_CHECKING:  # the shell is on screen before these are needed (startup time)
    from app.identity.staff_identity import StaffIdentity
    from app.visit.ports import AuthPort
    from widgets.error_presenter import Presentation
    from widgets.pin_dialog import PinPadDialog
    from widgets.visit_controller import VisitController


SEVERITY_COLOURS = {"info": "#e8f0fe", "warning": "#fff4e5", "critical": "#fde7e9"}
CARD_CODES = frozenset({"card_error", "reader_unavailable", "service_unavailable", "no_card", "card_removed",
                        "not_my_number_card", "wrong_pin", "pin_locked", "pin_last_try", "pin_format",
                        "card_data_invalid", "apdu_error"})


class MainWindow(QMainWindow):
    """Built in two steps so it can be on screen at once: the shell (status strip, sign-in,
    lock page, panel toolbar) while the services load, then `attach()` adds the visit pages
    once a staff member has signed in."""

    def __init__(self, *, demo: bool = False, idle_lock_seconds: int = 300) -> None:
        super().__init__()
        self.controller: VisitController | None = None
        self.work: QWidget | None = None   # the counter's pages, once attached
        self.identity: StaffIdentity | None = None
        self.auth: AuthPort | None = None
        self.pin_dialog: PinPadDialog | None = None
        self.new_card_box: QMessageBox | None = None
        # windows of their own opened from the toolbar (add_panel): no parent, so that a
        # dialog of this window (the PIN pad) never blocks them
        self.own_windows: list[QWidget] = []

        root = QWidget(self)
        outer = QVBoxLayout(root)
        outer.setContentsMargins(8, 8, 8, 8)
        self.demo_banner = QLabel(self.tr("練習モード（模擬カード・架空の住民データ。印刷物には「見本」が入ります）"), root)
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setAlignment(Qt.AlignCenter)
        self.demo_banner.setStyleSheet("#demoBanner { background: #ffb300; color: #000; "
                                       "font-weight: bold; padding: 4px; }")
        outer.addWidget(self.demo_banner)
        strip = QHBoxLayout()
        self.card_status = CardStatusLabel(root)
        strip.addWidget(self.card_status, 2)
        self.visit_label = QLabel(root)
        strip.addWidget(self.visit_label, 2)
        self.staff_label = QLabel(root)
        strip.addWidget(self.staff_label, 0, Qt.AlignRight)
        outer.addLayout(strip)
        self.message_bar = QLabel(root)
        self.message_bar.setWordWrap(True)
        self.message_bar.setObjectName("messageBar")
        self.message_bar.hide()
        self._banner_cause: str | None = None
        outer.addWidget(self.message_bar)

        # The top-level stack: sign-in, counter work, lock page, and plug-in panels.
        self.stack = QStackedWidget(root)
        outer.addWidget(self.stack, 1)
        self.sign_in_page = SignInPage(self.stack)
        self.stack.addWidget(self.sign_in_page)
        self.lock_page = LockPage(self.stack)
        self.stack.addWidget(self.lock_page)
        # the visit line and the message bar name the resident: never on the lock screen
        for private in (self.visit_label, self.message_bar):
            self.lock_page.conceal(private)
        self.setCentralWidget(root)
        # 決裁 at this window (widgets.staff.counter_approval), set with the staff panels
        self.approval_at_counter = None

        self.toolbar = QToolBar(self.tr("パネル"), self)
        self.toolbar.setObjectName("panels")
        self.addToolBar(Qt.TopToolBarArea, self.toolbar)
        self.idle = IdleWatcher(0, self)
        self.idle.idle.connect(self.lock)
        # the screen lock's audit entry and the unlock's password check (argon2), in order,
        # off the GUI thread
        self.staff_calls = SerialRunner(self, name="staff-ops")
        self._idle_lock_seconds = idle_lock_seconds
        self.lock_page.unlock_requested.connect(self._on_unlock_requested)
        self.set_demo(demo)
        self.visit_label.setText(self.tr("サインインしてください"))
        # nothing to show about the reader or panels until someone has signed in
        self.card_status.hide()
        self.toolbar.hide()
        self.resize(1100, 760)

    def set_demo(self, demo: bool) -> None:
        self.demo = demo
        self.demo_banner.setVisible(demo)
        self.setWindowTitle(self.tr("窓口 — 書かない窓口") + (self.tr("【練習モード】") if demo else ""))

    def attach(self, controller: VisitController, identity: StaffIdentity, auth: AuthPort,
               idle_lock_seconds: int | None = None) -> None:
        """Signed in: build the visit pages for this staff member and show the counter."""
        # the visit pages load here, after sign-in, so the shell shows without them
        from widgets.pages.card_page import CardPage
        from widgets.pages.event_page import EventPage
        from widgets.pages.identification_page import IdentificationPage
        from widgets.pages.print_page import PrintPage
        from widgets.pages.procedures_page import ProceduresPage
        from widgets.pages.review_page import ReviewPage

        self.controller, self.auth = controller, auth
        self.set_identity(identity)
        self.work = QWidget(self.stack)
        work_layout = QVBoxLayout(self.work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        self.pages_stack = QStackedWidget(self.work)
        # named, so nothing is wired by position; `pages` is the step order
        self.card_page, self.identification_page = CardPage(controller), IdentificationPage(controller)
        self.event_page, self.procedures_page = EventPage(controller), ProceduresPage(controller)
        self.review_page, self.print_page = ReviewPage(controller), PrintPage(controller)
        self.pages = [self.card_page, self.identification_page, self.event_page,
                      self.procedures_page, self.review_page, self.print_page]
        for page in self.pages:
            self.pages_stack.addWidget(page)
        work_layout.addWidget(self.pages_stack, 1)
        nav = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("受付を中止"), self.work)
        self.back_button = QPushButton(self.tr("← 戻る (Alt+←)"), self.work)
        self.next_button = QPushButton(self.tr("次へ → (Ctrl+Enter)"), self.work)
        self.next_button.setMinimumHeight(40)
        self.back_button.setMinimumHeight(40)
        # Enter on a focused button presses it (the event page hands the focus to 次へ
        # once every question is answered)
        for button in (self.cancel_button, self.back_button, self.next_button):
            button.setAutoDefault(True)
        nav.addWidget(self.cancel_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        work_layout.addLayout(nav)
        self.stack.addWidget(self.work)
        # F2 / F3 / F4: counter, approval queue, trainer's window. In the draft table F2 still
        # edits the cell (the table claims the key first, see review_page.DraftTableView).
        self.counter_action = self.add_panel(self.tr("窓口受付 (F2)"), self.work, "F2")
        self.card_status.show()
        self.toolbar.show()
        self._connect()
        self.stack.setCurrentWidget(self.work)
        self.idle.set_seconds(self._idle_lock_seconds if idle_lock_seconds is None
                              else idle_lock_seconds)
        self._on_visit_changed(None)

    def set_identity(self, identity: StaffIdentity | None) -> None:
        """Who is signed in at this window (None: nobody; widgets.window_session)."""
        self.identity = identity
        if identity is None:
            self.staff_label.clear()
            return
        role = self.tr(identity.role_label) if identity.role_label else identity.role
        self.staff_label.setText(self.tr("職員: ") + self.tr("%1（%2）").replace("%1", identity.name)
                                 .replace("%2", role))

    # --- plug-in panels (approval queue, review, trainer) ---
    def add_panel(self, title: str, widget: QWidget, shortcut: str | None = None) -> QAction:
        """Add a panel to the top-level stack with a toolbar action that shows it. A widget
        that says it is a window of its own (`own_window = True`: the trainer's, for a second
        screen) stays one: the action shows and raises it; it hides while this window is
        locked and closes with it. (isWindow() cannot tell: any widget without a parent yet
        is a window until it is put in the stack.)"""
        action = QAction(title, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if getattr(widget, "own_window", False):
            self.own_windows.append(widget)
            self.lock_page.conceal(widget)
            action.triggered.connect(lambda: self.show_own_window(widget))
        else:
            if self.stack.indexOf(widget) < 0:
                self.stack.addWidget(widget)
            action.triggered.connect(lambda: self.show_panel(widget))
        self.toolbar.addAction(action)
        return action

    def show_own_window(self, widget: QWidget) -> None:
        if not self.locked:
            widget.show()
            widget.raise_()
            widget.activateWindow()

    def closeEvent(self, event) -> None:
        for widget in self.own_windows:  # no trainer window left open without its counter
            widget.close()
        super().closeEvent(event)

    def show_panel(self, widget: QWidget) -> None:
        if self.stack.currentWidget() is not self.lock_page:
            self.stack.setCurrentWidget(widget)
            if widget is self.work:
                self.controller.refresh_approval()  # a supervisor may have decided meanwhile

    # --- wiring ---
    def _connect(self) -> None:
        c = self.controller
        c.visit_changed.connect(self._on_visit_changed)
        c.card_status_changed.connect(self._on_card_status_changed)
        c.pin_requested.connect(self._on_pin_requested)
        c.card_gone.connect(self._close_pin_dialog)
        c.new_card_during_visit.connect(self._on_new_card_during_visit)
        c.busy_changed.connect(lambda _busy: self._update_nav())
        c.presenter.presented.connect(self._on_presented)
        c.card_return_needed.connect(self._ask_card_back)
        c.card_gone_back.connect(self._on_card_back)
        self.print_page.approval_requested.connect(self._open_approval_dialog)
        for page in self.pages:  # e.g. a candidate chosen by hand after a tie enables Next
            if hasattr(page, "ready_changed"):
                page.ready_changed.connect(self._update_nav)
        self.next_button.clicked.connect(self.go_next)
        self.back_button.clicked.connect(c.back)
        self.cancel_button.clicked.connect(self._confirm_cancel)
        for keys, slot in ((("Ctrl+Return", "Ctrl+Enter", "Alt+Right"), self.go_next),
                           (("Alt+Left",), self._back_if_allowed)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self.work.addAction(action)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)

    def current_page(self):
        return self.pages_stack.currentWidget()

    def go_next(self) -> None:
        page = self.current_page()
        if self.next_button.isEnabled() and page.can_go_next(self.controller.allowed()):
            self.message_bar.hide()
            page.go_next()

    def _back_if_allowed(self) -> None:
        if self.back_button.isEnabled():
            self.controller.back()

    def _update_nav(self) -> None:
        allowed = self.controller.allowed()
        busy = self.controller.runner.busy
        page = self.current_page()
        self.next_button.setEnabled(not busy and page.can_go_next(allowed))
        self.back_button.setEnabled(not busy and VisitAction.BACK in allowed)
        self.cancel_button.setEnabled(not busy and VisitAction.CANCEL in allowed)

    def _on_visit_changed(self, visit) -> None:
        visit_id = visit.visit_id if visit else None
        if visit_id != getattr(self, "_shown_visit_id", None):
            # a banner about the last visit does not follow the clerk into the next one
            if self._banner_cause != "card":
                self.clear_banner()
            self._shown_visit_id = visit_id
        elif visit is not None and visit.card is not None and self._banner_cause == "card_error":
            self.clear_banner()   # the card was read after all: its error is gone
        index = step_index(visit.state) if visit else 0
        page = self.pages[index]
        self.pages_stack.setCurrentIndex(index)
        for each in self.pages:  # every page: stale personal data must not linger off-screen
            each.show_visit(visit)
        if visit is None:
            self.visit_label.setText(self.tr("受付なし"))
        else:
            who = visit.resident.name if visit.resident else ""
            if visit.new_resident:
                who = (visit.card.name if visit.card else "") + self.tr("（転入・新規）")
            from widgets.pages.card_page import STATE_LABELS

            step = self.tr(STATE_LABELS.get(visit.state.value, "")
                           if visit.state is not VisitState.PRINTED else "印刷済み")
            self.visit_label.setText(self.tr("受付中: ") + (f"{who} — {step}" if who else step))
        self._update_nav()
        if self.stack.currentWidget() is self.work and not self.pin_dialog:
            self.activateWindow()  # back from a dialog: keys go to the window again
            if page.focusWidget() is None or not page.isAncestorOf(QApplication.focusWidget()):
                page.setFocus()

    def _on_card_status_changed(self, status: CardStatus, detail: str) -> None:
        self.card_status.set_status(status, detail)
        if status is CardStatus.PRESENT and self._banner_cause == "card_removed":
            self.clear_banner()  # the card is back: its removal is no longer news

    def _ask_card_back(self) -> None:
        self._banner(self.tr("カードをお返しください（リーダーに前の方のカードが置かれたままです）。"),
                     self.tr("カードをリーダーから取って、ご本人にお返しください。"), "warning", cause="card")

    def _on_card_back(self) -> None:
        if self.pin_dialog is not None or self.card_status.status is CardStatus.READING:
            # taken off while the resident typed the PIN or during the read: say so, the
            # PIN pad closes and the visit waits for the card to come back
            from cardreader.errors import CardRemoved

            self.controller.presenter.present(CardRemoved())
        elif self._banner_cause in ("card", "card_error"):
            self.clear_banner()

    def clear_banner(self) -> None:
        self.message_bar.hide()
        self.message_bar.clear()
        self._banner_cause = None

    def _banner(self, message: str, next_action: str, severity: str, cause: str | None = None) -> None:
        self.message_bar.setText(f"{message}\n→ {next_action}")
        self.message_bar.setStyleSheet(f"#messageBar {{ background: {SEVERITY_COLOURS[severity]};"
                                       " padding: 6px; border-radius: 4px; }")
        self.message_bar.show()
        self._banner_cause = cause

    def _on_presented(self, shown: Presentation) -> None:
        # a card error's banner goes when its cause goes (the card is taken off or read)
        cause = "card_error" if shown.code.split(".")[0] in CARD_CODES else "error"
        if shown.code == "card_removed":
            cause = "card_removed"   # stays until the card is back: its removal is its cause
        self._banner(shown.message, shown.next_action, shown.severity.value, cause)

    # --- PIN and card events ---
    def _on_pin_requested(self, tries: int, message: str) -> None:
        self._close_pin_dialog()
        if self.locked or self.identity is None:  # nobody at the counter to serve the card
            return
        from widgets.pin_dialog import PinPadDialog

        dialog = PinPadDialog(tries, self, message)
        dialog.pin_entered.connect(self.controller.submit_pin)
        dialog.skip_requested.connect(self.controller.start_without_card)
        self.pin_dialog = dialog
        dialog.finished.connect(self._on_pin_dialog_finished)
        dialog.open()

    def _on_pin_dialog_finished(self, _result: int) -> None:
        self.pin_dialog = None
        self.activateWindow()

    def _close_pin_dialog(self) -> None:
        if self.pin_dialog is not None:
            self.pin_dialog.finished.disconnect()
            self.pin_dialog.pin_edit.clear()
            self.pin_dialog.reject()
            self.pin_dialog.deleteLater()
            self.pin_dialog = None

    def _on_new_card_during_visit(self) -> None:
        if self.locked or self.identity is None:
            return
        box = QMessageBox(QMessageBox.Question, self.tr("別のカード"),
                          self.tr("受付中に別のカードが置かれました。新しい受付を始めますか？\n"
                                  "今の受付は保存され、あとで再開できます。"),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.setDefaultButton(QMessageBox.No)
        box.finished.connect(lambda result: self._on_new_card_answer(box, result))
        self.new_card_box = box
        box.open()

    def _on_new_card_answer(self, box: QMessageBox, result: int) -> None:
        self.new_card_box = None
        if box.standardButton(box.clickedButton()) == QMessageBox.Yes:
            self.controller.accept_new_card()

    def _open_approval_dialog(self) -> None:
        """A supervisor standing by signs in and reviews before deciding (never blind)."""
        if self.approval_at_counter is not None:
            self.approval_dialog = self.approval_at_counter()

    def _confirm_cancel(self) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("受付を中止"),
                          self.tr("この受付を中止しますか？入力した内容は破棄されます。"),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.setDefaultButton(QMessageBox.No)
        box.finished.connect(lambda _r: box.standardButton(box.clickedButton()) == QMessageBox.Yes
                             and self.controller.cancel())
        box.open()

    # --- idle lock ---
    def lock(self) -> None:
        """Hide personal data: the lock page covers every panel; dialogs with data close."""
        if self.identity is None or self.stack.currentWidget() is self.lock_page:
            return
        self._panel_before_lock = self.stack.currentWidget()
        self._close_pin_dialog()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():  # 決裁, print preview, a question: may show personal data
                dialog.reject()
        self.stack.setCurrentWidget(self.lock_page)
        self.visit_label.setText(self.tr("ロック中"))
        self.message_bar.hide()
        self.toolbar.setEnabled(False)
        self.lock_page.prepare(self.identity.name)
        auth, identity = self.auth, self.identity   # the screen lock is audited
        # locking never fails to hide the screen: a failed audit write is not shown
        self.staff_calls.run(lambda: auth.lock(identity), lambda _r: None, lambda _exc: None)

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_page

    def _on_unlock_requested(self, password: str) -> None:
        auth, identity = self.auth, self.identity
        self.lock_page.setEnabled(False)   # until the password is checked
        self.staff_calls.run(lambda: auth.unlock(identity, password), self._on_unlocked,
                             self._on_unlock_refused)

    def _on_unlock_refused(self, exc: BaseException) -> None:
        from widgets.error_presenter import describe

        shown = describe(exc)
        self.lock_page.setEnabled(True)
        self.lock_page.error.setText(f"{shown.message} {shown.next_action}")
        self.lock_page.password.setFocus()

    def _on_unlocked(self, identity) -> None:
        self.identity = identity
        self.lock_page.setEnabled(True)
        self.toolbar.setEnabled(True)
        before = getattr(self, "_panel_before_lock", None)
        self.stack.setCurrentWidget(before if before is not None else self.work)
        if self.controller is not None:  # an administrator has no counter
            self._on_visit_changed(self.controller.visit)
        self.idle.restart()
