"""Who is signed in at this window, and what they get.

- After a sign-in: staff who may run the counter (clerk, supervisor, trainer) get the
  counter and the panels of their role; an administrator gets the administrator's pages
  and never the counter (StaffService.can_run_counter, the stored account).
- サインアウト and 職員の切替 on the toolbar, both audited. Signing out puts the visit in
  progress aside (saved; listed among the saved visits, to be resumed). Switching — also
  from the lock screen — hands it to the next member who runs the counter: it stays on
  screen for them.
- Decision notices: while someone who submits visits is signed in, a DecisionWatcher asks
  every few seconds (off the GUI thread); each decision is shown in a banner once the
  screen is not locked, and then marked seen. A decision on the visit on screen moves it
  on at once (approved → print; rejected → back to the forms, with the comment).
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QToolBar

from widgets.decision_banner import DecisionBanner
from widgets.decision_watcher import DECISION_POLL_MS, DecisionWatcher

log = logging.getLogger(__name__)


class WindowSession(QObject):
    def __init__(self, window, services, build_counter: Callable[[object], None],
                 poll_ms: int = DECISION_POLL_MS) -> None:
        """`services`: composition.CounterServices (auth, staff, ports, visit_service, demo,
        idle_lock_seconds); `build_counter(identity)` attaches the counter to the window the
        first time a member who may run it signs in."""
        super().__init__(window)
        self.window, self.services, self._build_counter = window, services, build_counter
        self.identity = None
        self._handover: str | None = None     # a visit handed to the next member (switch)
        self._panel_actions: list[QAction] = []
        self._panel_widgets: list = []
        self._pending_notices: list = []
        self._demo_bar_hidden = False   # hidden for an administrator, back for the counter

        self.bar = QToolBar(self.tr("サインイン"), window)
        self.bar.setObjectName("signInBar")
        self.sign_out_action = QAction(self.tr("サインアウト"), self)
        self.switch_action = QAction(self.tr("職員の切替"), self)
        self.switch_action.setToolTip(self.tr("別の職員がサインインします。受付中の内容はそのまま引き継がれます。"))
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.sign_out_action.triggered.connect(lambda: self.sign_out(switch=False))
        self.switch_action.triggered.connect(lambda: self.sign_out(switch=True))
        self.bar.addAction(self.switch_action)
        self.bar.addAction(self.sign_out_action)
        window.addToolBar(Qt.TopToolBarArea, self.bar)
        self.bar.hide()

        self.banner = DecisionBanner(window.centralWidget())
        layout = window.centralWidget().layout()
        layout.insertWidget(layout.indexOf(window.message_bar) + 1, self.banner)
        window.lock_page.conceal(self.banner)
        window.lock_page.conceal_during(window.sign_in_page)
        window.lock_page.switch_requested.connect(lambda: self.sign_out(switch=True))
        window.lock_page.released.connect(self._show_pending)
        # the toolbar of this session follows the panel toolbar: off while locked
        window.lock_page.engaged.connect(lambda: self.bar.setEnabled(False))
        window.lock_page.released.connect(lambda: self.bar.setEnabled(True))
        self.banner.open_requested.connect(self.open_visit)

        self.watcher = None
        approval_port = getattr(getattr(services, "ports", None), "approval", None)
        if approval_port is not None:
            self.watcher = DecisionWatcher(approval_port, poll_ms, self)
            self.watcher.arrived.connect(self._on_decision)
            self.watcher.failed.connect(self._on_poll_failed)

    # --- signing in ---
    def actor(self):
        return self.services.auth.actor_for(self.identity)

    def can_run_counter(self, identity) -> bool:
        staff = getattr(self.services, "staff", None)
        if staff is None:   # no staff services (tools): the visit service still checks
            return True
        return staff.staff.can_run_counter(self.services.auth.actor_for(identity))

    def signed_in(self, identity, prepared=None) -> None:
        """`prepared`: prepare_staff_panels' answer, asked off the GUI thread with the
        password (None: asked here)."""
        w = self.window
        self.identity = identity
        counter = self.can_run_counter(identity)
        if counter and w.controller is None:
            self._build_counter(identity)       # sets w.identity (MainWindow.attach)
            self._install_counter_extras()
        w.set_identity(identity)
        self._install_panels(prepared)
        w.toolbar.show()
        w.toolbar.setEnabled(True)
        self.bar.show()
        self.bar.setEnabled(True)
        w.idle.set_seconds(self.services.idle_lock_seconds)
        if counter:
            w.stack.setCurrentWidget(w.work)
            handover, self._handover = self._handover, None
            controller = w.controller
            if handover and (controller.visit is None or controller.visit.visit_id != handover):
                controller.resume(handover)
            controller.visit_changed.emit(controller.visit)   # the visit line, the pages
            if self.watcher is not None:
                self.watcher.start()
        else:
            if self._panel_widgets:   # the administrator's first page (職員管理)
                w.stack.setCurrentWidget(self._panel_widgets[0])
            w.visit_label.setText(self.tr("管理者メニュー（窓口業務は行えません）"))
        # after the page change: the lock page gives back what it concealed first
        self._set_counter_visible(counter)

    def _install_counter_extras(self) -> None:
        """Once, when the counter is first attached: the rejection comment on the forms."""
        from widgets.pages.rejection_note import install_rejection_notes

        self.rejection_notes = install_rejection_notes(self.window)

    def _set_counter_visible(self, counter: bool) -> None:
        w = self.window
        action = getattr(w, "counter_action", None)
        if action is not None:   # F2 must not open the counter for an administrator
            action.setVisible(counter)
            action.setEnabled(counter)
        w.card_status.setVisible(counter)
        demo_cards = getattr(w, "demo_cards", None)
        if demo_cards is not None and not counter:
            self._demo_bar_hidden = demo_cards.isVisible() or self._demo_bar_hidden
            demo_cards.hide()
        elif demo_cards is not None and self._demo_bar_hidden:
            self._demo_bar_hidden = False
            demo_cards.show()

    def _install_panels(self, prepared=None) -> None:
        """The panels of this member's role (the role matrix decides), replacing the last
        member's; the 決裁 panel also lists stuck visits and previews the forms."""
        from widgets.staff.approval_panel import ApprovalPanel
        from widgets.staff.counter_approval import open_counter_approval
        from widgets.staff.panels import install_staff_panels, staff_name_lookup

        self._remove_panels()
        staff = getattr(self.services, "staff", None)
        if staff is None:
            return
        toolbar = self.window.toolbar
        before = set(toolbar.actions())
        source = self.services.card_source
        panels = install_staff_panels(self.window, staff, self.services.auth.actor_for,
                                      demo=self.services.demo,
                                      simulated_reader=source.simulated_reader if source else None,
                                      prepared=prepared)
        records = getattr(self.services, "records_admin", None)
        if records is not None:  # 住民データ取込 (F7) / 名寄せ (F8)
            from widgets.records_admin.panels import install_records_admin_panels

            panels += install_records_admin_panels(self.window, records, self.services.auth.actor_for)
        self._panel_actions = [a for a in toolbar.actions() if a not in before]
        self._panel_widgets = [widget for _t, widget, _k in panels]
        ports = getattr(self.services, "ports", None)
        render = self._form_renderer()
        for widget in self._panel_widgets:
            if isinstance(widget, ApprovalPanel):
                if ports is not None:
                    widget.set_stuck_visits(ports.stuck)
                widget.review_page.set_form_renderer(render)
        # 決裁 at this window, with the same preview as the queue's review
        window, actor = self.window, lambda: self.services.auth.actor_for(self.window.identity)
        window.approval_at_counter = lambda: open_counter_approval(
            window, staff, actor, staff_name_lookup(staff), render)

    def _form_renderer(self):
        """The submitted form as it prints (the stored visit is frozen while 決裁待ち)."""
        ports, service = getattr(self.services, "ports", None), self.services.visit_service
        if ports is None:
            return None
        watermark = "見本" if self.services.demo else None
        return lambda visit_id, draft_id: service.render_form_preview(
            ports.repository.get(visit_id), draft_id, watermark)

    def _remove_panels(self) -> None:
        w = self.window
        for action in self._panel_actions:
            w.toolbar.removeAction(action)
            action.deleteLater()
        self._panel_actions = []
        for widget in self._panel_widgets:
            if widget in w.own_windows:   # the trainer's window of its own
                w.own_windows.remove(widget)
                widget.close()
            else:
                w.stack.removeWidget(widget)
            widget.deleteLater()
        self._panel_widgets = []

    # --- signing out, switching ---
    def sign_out(self, switch: bool = False) -> None:
        """Audited. `switch`: the visit on screen is handed to the next member who runs the
        counter; otherwise it is put aside among the saved visits."""
        w = self.window
        identity = self.identity or w.identity
        if identity is None:
            return
        if self.watcher is not None:
            self.watcher.stop()
        self._pending_notices.clear()
        self.banner.clear()
        for dialog in w.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        controller = w.controller
        if controller is not None and controller.visit is not None:
            if switch:
                self._handover = controller.visit.visit_id
            else:
                self._handover = None
                controller.close_visit()       # saved; offered for resumption
        w.clear_banner()
        # audited, on the window's staff worker: after the screen lock's own entry, off the
        # GUI thread; the screen is cleared whatever the log says
        auth = self.services.auth
        w.staff_calls.run(lambda: auth.sign_out(identity), lambda _r: None,
                          lambda exc: log.warning("sign-out not recorded: %s", type(exc).__name__))
        self.identity = None
        self._remove_panels()
        w.set_identity(None)
        w.idle.stop()
        w.stack.setCurrentWidget(w.sign_in_page)
        w.toolbar.hide()
        self.bar.hide()
        w.card_status.hide()   # the demo card bar is concealed by the lock page meanwhile
        w.visit_label.setText(self.tr("サインインしてください"))
        page = w.sign_in_page
        page.set_ready(self.services.auth.demo_accounts() if self.services.demo else [])
        page.name_edit.clear()
        page.status.setText(self.tr("職員を切り替えます。次の職員がサインインしてください。"
                                    "受付中の内容はそのまま引き継がれます。") if switch and self._handover
                            else self.tr("サインアウトしました。職員名とパスワードを入力してください。"))

    # --- decisions ---
    def _on_decision(self, notice) -> None:
        if self.window.locked or self.identity is None:
            self._pending_notices.append(notice)   # shown (and marked seen) after unlocking
            return
        self._show_notice(notice)

    def _show_pending(self) -> None:
        pending, self._pending_notices = self._pending_notices, []
        for notice in pending:
            self._show_notice(notice)

    def _show_notice(self, notice) -> None:
        row = self.banner.add(notice)
        if self.watcher is not None:
            self.watcher.acknowledge(notice)
        controller = self.window.controller
        if controller is not None and controller.visit is not None \
                and controller.visit.visit_id == notice.visit_id:
            row.open_button.hide()           # already on screen
            controller.refresh_approval()   # approved → print; rejected → the forms, with the comment

    def _on_poll_failed(self, exc: BaseException) -> None:
        controller = self.window.controller
        if controller is not None:
            controller.presenter.present(exc)

    def open_visit(self, visit_id: str) -> None:
        """開く / 開いて直す on a decision: the visit the decision is about, on the counter."""
        w = self.window
        controller = w.controller
        if controller is None:
            return
        w.show_panel(w.work)
        if controller.visit is None or controller.visit.visit_id != visit_id:
            controller.resume(visit_id)      # the visit on screen stays saved
        else:
            controller.refresh_approval()
        self.banner.remove_visit(visit_id)
