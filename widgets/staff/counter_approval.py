"""決裁 at the clerk's window, a supervisor standing by: the supervisor signs in with their
own name and password (an audited sign-in, signed out again when the dialog closes), then
sees the same review as in the queue — forms, every value with its provenance, the clerk's
changes, the diff of a resubmission, the form preview — and only then approves or rejects.

No button is a default button: Enter in the password field signs in, Enter elsewhere
never decides; rejecting needs a comment (the approval service's rule).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from app.approval.machine import ApprovalRefusedError, Refusal, Transition
from app.identity.actor import Actor
from app.identity.roles import Action
from widgets.background import BackgroundRunner
from widgets.error_presenter import describe
from widgets.staff.approval_review_page import ApprovalReviewPage
from widgets.staff.service_ports import ApprovalPort


class CounterApprovalDialog(QDialog):
    decided = Signal(str, str)   # visit id, new state value

    def __init__(self, visit_id: str, approval: ApprovalPort,
                 sign_in: Callable[[str, str], Actor], sign_out: Callable[[Actor], None],
                 allowed: Callable[[Actor], frozenset], staff_name: Callable[[int], str] | None = None,
                 parent=None) -> None:
        """`sign_in(name, password)` checks the supervisor's credentials (audited) and returns
        their Actor at this workstation; `allowed(actor)` the actions their stored account may do."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("決裁（この窓口で）"))
        self.visit_id = visit_id
        self._sign_in, self._sign_out, self._allowed = sign_in, sign_out, allowed
        self.supervisor: Actor | None = None
        self.runner = BackgroundRunner(self)
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        self.steps = QStackedWidget(self)
        layout.addWidget(self.steps)

        # step 1: the supervisor signs in (a readable column, centred)
        login = QWidget(self)
        centre = QHBoxLayout(login)
        column = QWidget(login)
        column.setMaximumWidth(620)
        centre.addStretch(1)
        centre.addWidget(column, 3)
        centre.addStretch(1)
        form_layout = QVBoxLayout(column)
        form_layout.addStretch(1)
        intro = QLabel(self.tr("審査者がご自分の職員名とパスワードでサインインしてください。"
                               "サインインすると、決裁一覧と同じ審査画面（申請書・出典・変更点）が開きます。"), login)
        intro.setWordWrap(True)
        form_layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(login)
        self.password_edit = QLineEdit(login)
        self.password_edit.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("審査者名(&N)"), self.name_edit)
        form.addRow(self.tr("パスワード(&P)"), self.password_edit)
        form_layout.addLayout(form)
        self.error = QLabel(login)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form_layout.addWidget(self.error)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("閉じる (Esc)"), login)
        self.sign_in_button = QPushButton(self.tr("サインインして審査する"), login)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.sign_in_button)
        form_layout.addLayout(row)
        form_layout.addStretch(2)
        self.steps.addWidget(login)
        self.name_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.sign_in)   # Enter signs in, nothing else
        self.sign_in_button.clicked.connect(self.sign_in)
        self.cancel_button.clicked.connect(self.reject)

        # step 2: the review, as in the queue, for the supervisor
        self.review = ApprovalReviewPage(approval, self._actor, staff_name, None, self.runner, self)
        self.review.back_button.setText(self.tr("閉じる (Esc)"))
        self.review.back_requested.connect(self.reject)
        self.review.decided.connect(self._on_decided)
        self.steps.addWidget(self.review)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.finished.connect(self._end_supervisor_session)
        self.name_edit.setFocus()

    def _actor(self) -> Actor:
        return self.supervisor

    def sign_in(self) -> None:
        """The password check (argon2) and the role check run off the GUI thread; the
        button waits, the name stays as typed."""
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        self.password_edit.clear()   # the password lives only in this call
        self.error.clear()
        self.sign_in_button.setEnabled(False)

        def check() -> Actor:
            actor = self._sign_in(name, password)
            if Action.APPROVE not in self._allowed(actor):
                self._sign_out(actor)
                raise ApprovalRefusedError(Refusal.ROLE, Transition.APPROVE)
            return actor

        self.runner.run(check, self._on_signed_in, self._on_sign_in_failed)

    def _on_signed_in(self, actor: Actor) -> None:
        self.sign_in_button.setEnabled(True)
        self.supervisor = actor
        self.setWindowTitle(self.tr("決裁（この窓口で） — 審査者: %1").replace("%1", actor.name))
        self.steps.setCurrentWidget(self.review)
        self.review.open(self.visit_id)
        self.review.setFocus()

    def _on_sign_in_failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        shown = describe(exc)
        self.error.setText(f"{shown.message}\n→ {shown.next_action}")
        self.password_edit.setFocus()

    def _on_decided(self, visit_id: str, state: str) -> None:
        self.decided.emit(visit_id, state)
        self.accept()   # the clerk's window shows the outcome (approved, or the comment)

    def _end_supervisor_session(self, _result: int) -> None:
        """The supervisor's sign-in here ends with the dialog (audited sign-out)."""
        actor, self.supervisor = self.supervisor, None
        if actor is not None:
            try:
                self._sign_out(actor)
            except Exception:  # noqa: BLE001 — closing must not fail; the decision is stored
                pass


def open_counter_approval(window, services, actor: Callable[[], Actor],
                          staff_name: Callable[[int], str] | None = None,
                          render_form: Callable[[str, str], bytes] | None = None
                          ) -> CounterApprovalDialog | None:
    """From the print step of `window` (its visit is 決裁待ち): the dialog above over the
    staff services; the decision moves the visit on at once. `render_form(visit_id,
    draft_id)`: the submitted form's PDF for the preview."""
    controller = window.controller
    if controller is None or controller.visit is None:
        return None
    workstation = actor().workstation

    def sign_in(name: str, password: str) -> Actor:
        return services.staff.authenticate(name, password, workstation).actor

    dialog = CounterApprovalDialog(controller.visit.visit_id, services.approval, sign_in,
                                   services.staff.sign_out, services.staff.allowed_actions,
                                   staff_name, window)
    dialog.review.set_form_renderer(render_form)
    dialog.decided.connect(lambda *_: controller.refresh_approval())
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
