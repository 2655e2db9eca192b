"""VisitController: holds the visit on screen and turns clerk and card events into
VisitService calls. It is the only widget-side object that talks to the service;
pages call it and redraw from `visit_changed`.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from app.visit.card_data import card_reading_from
from app.visit.record import VisitRecord
from app.visit.workflow import VisitAction, VisitState
from forms.events import EventCode
from widgets.background import BackgroundRunner
from widgets.card_status import CardStatus
from widgets.error_presenter import ErrorPresenter


class VisitController(QObject):
    visit_changed = Signal(object)            # VisitRecord | None
    event_previewed = Signal(object)          # (sequence, app.visit.service.EventPreview)
    answers_refused = Signal(object)          # tuple of forms.questions.AnswerIssue
    card_status_changed = Signal(object, str)  # CardStatus, detail
    pin_requested = Signal(int, str)          # tries left, message from the last try
    card_gone = Signal()                      # close any PIN dialog
    new_card_during_visit = Signal()          # ask: start a new visit?
    busy_changed = Signal(bool)
    card_return_needed = Signal()             # 次の受付へ with the last resident's card still placed
    card_gone_back = Signal()                 # …and it was taken off the reader
    answers_offered = Signal(object)          # VisitRecord draft: answers for the event page to show

    def __init__(self, service, card_bridge, presenter: ErrorPresenter,
                 runner: BackgroundRunner, staff_id: Callable[[], str], *,
                 watermark: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.card = card_bridge
        self.presenter = presenter
        self.runner = runner
        self.preview_runner = BackgroundRunner(self)  # not counted as busy
        self._staff_id = staff_id
        self.visit: VisitRecord | None = None
        self.watermark = watermark  # 「見本」 on every page in demo mode
        self.card_on_reader = False
        runner.busy_changed.connect(self.busy_changed)
        if card_bridge is not None:
            card_bridge.card_inserted.connect(self._on_card_inserted)
            card_bridge.card_removed.connect(self._on_card_removed)
            card_bridge.read_finished.connect(self._on_read_finished)
            card_bridge.read_failed.connect(self._on_read_failed)
            card_bridge.tries_left_known.connect(self._on_tries_left_known)
            for name in ("reader_unavailable", "service_unavailable"):
                signal = getattr(card_bridge, name, None)
                if signal is not None:
                    signal.connect(self._on_reader_gone)
            states = getattr(card_bridge, "reader_state_changed", None)
            if states is not None:
                states.connect(self._on_reader_states)

    # --- state for the widgets ---
    def allowed(self) -> frozenset[VisitAction]:
        return self.service.allowed_actions(self.visit) if self.visit else frozenset()

    def _set(self, visit: VisitRecord | None) -> None:
        self.visit = visit
        self.visit_changed.emit(visit)

    def _call(self, fn, *args, background: bool = False) -> None:
        """Run a service call that returns the new VisitRecord; errors go to the presenter."""
        if background:
            self.runner.run(lambda: fn(*args), self._set, self.presenter.present)
            return
        try:
            self._set(fn(*args))
        except Exception as exc:  # noqa: BLE001 — the presenter decides what the clerk sees
            self.presenter.present(exc)

    # --- starting and resuming ---
    def start_visit(self) -> bool:
        try:
            self._set(self.service.start_visit(self._staff_id()))
        except Exception as exc:  # noqa: BLE001 — e.g. the database is unreachable
            self.presenter.present(exc)
            return False
        return True

    def start_without_card(self) -> None:
        if self.visit is None or self.visit.state is not VisitState.CARD_PLACED:
            if not self.start_visit():
                return
        self._call(self.service.skip_card, self.visit)

    def resume(self, visit_id: str) -> None:
        self._call(self.service.resume, visit_id)

    def close_visit(self) -> None:
        """Leave the visit saved (open visits are offered for resumption) and clear the screen;
        a card still on the reader belongs to this resident: ask the clerk to give it back."""
        self._set(None)
        if self.card_on_reader:
            self.card_return_needed.emit()

    # --- card events ---
    def _on_card_inserted(self, *_reader) -> None:
        self.card_on_reader = True
        self.card_status_changed.emit(CardStatus.PRESENT, "")
        if self.visit is not None and self.visit.state is not VisitState.CARD_PLACED:
            self.new_card_during_visit.emit()
            return
        if self.visit is None and not self.start_visit():
            return
        self.card.query_tries_left()

    def accept_new_card(self) -> None:
        """The clerk chose to start a new visit for the card now on the reader."""
        if self.start_visit():
            self.card.query_tries_left()

    def _on_tries_left_known(self, tries: int) -> None:
        self.pin_requested.emit(tries, "")

    def submit_pin(self, pin: str, last_try_confirmed: bool) -> None:
        self.card_status_changed.emit(CardStatus.READING, "")
        self.card.read(pin, last_try_confirmed)

    def _on_read_finished(self, result) -> None:
        self.card_status_changed.emit(CardStatus.PRESENT, "")
        if self.visit is None and not self.start_visit():
            return
        self._call(self.service.apply_card_read, self.visit, card_reading_from(result),
                   background=True)

    def _on_read_failed(self, error) -> None:
        shown = self.presenter.present(error)
        status = CardStatus.PRESENT if self.card_on_reader else CardStatus.WAITING
        if shown.code not in ("wrong_pin", "pin_locked", "pin_last_try", "pin_format"):
            status = CardStatus.ERROR
        self.card_status_changed.emit(status, "" if status is not CardStatus.ERROR else shown.message)
        tries = getattr(error, "tries_left", None)
        if tries is not None and self.card_on_reader:
            self.pin_requested.emit(int(tries), shown.message)

    def _on_card_removed(self, *_reader) -> None:
        self.card_on_reader = False
        self.card_gone_back.emit()
        self.card_status_changed.emit(CardStatus.WAITING, "")
        self.card_gone.emit()
        if self.visit is not None:
            self._call(self.service.card_removed, self.visit)

    def _on_reader_states(self, states: dict) -> None:
        """Reader list from the monitor: no reader / waiting / card present."""
        if not states:
            self._on_reader_gone()
        elif not any(states.values()) and not self.card_on_reader:
            self.card_status_changed.emit(CardStatus.WAITING, "")

    def _on_reader_gone(self, *_args) -> None:
        self.card_on_reader = False
        self.card_status_changed.emit(CardStatus.NO_READER, "")
        self.card_gone.emit()

    # --- clerk actions (one service call each) ---
    def search(self, name: str, address: str, birth_date: str, sex_code: str) -> None:
        self._call(self.service.search, self.visit, name, address, birth_date, sex_code,
                   background=True)

    def confirm_resident(self, resident_id: str) -> None:
        self._call(self.service.confirm_resident, self.visit, resident_id)

    def choose_new_resident(self) -> None:
        self._call(self.service.choose_new_resident, self.visit)

    def preview_event(self, event, answers: dict, concerned: tuple[str, ...], added: tuple,
                      about: dict, sequence: int = 0) -> None:
        """What the answers so far lead to (procedures, missing answers), off the GUI thread
        and without making the window busy (the clerk keeps typing)."""
        visit = self.visit
        if visit is None:
            return
        self.preview_runner.run(
            lambda: (sequence, self.service.preview_event(visit, event, answers, concerned, added, about)),
            self.event_previewed.emit, lambda exc: None)

    def offer_answers(self, event, answers: dict, concerned: tuple[str, ...] = (), added: tuple = (),
                      about: dict | None = None) -> bool:
        """Answers given for the visit on screen by someone else (the trainer's scenario, so a
        trainee practises without inventing them): the event page shows them for the clerk
        to check; nothing is saved until the clerk goes on. False when the visit is not at
        the event step."""
        if self.visit is None or VisitAction.ANSWER_EVENT not in self.allowed():
            return False
        self.answers_offered.emit(self.visit.evolve(
            event=EventCode(event), answers=dict(answers), concerned_member_ids=tuple(concerned),
            added_people=tuple(dict(p) for p in added),
            about={k: dict(v) for k, v in (about or {}).items()}))
        return True

    def answer_event(self, event, answers: dict, concerned: tuple[str, ...], added: tuple = (),
                     about: dict | None = None) -> None:
        def refused(exc: BaseException) -> None:
            issues = getattr(exc, "issues", None)
            if issues is not None:
                self.answers_refused.emit(tuple(issues))
            self.presenter.present(exc)

        visit = self.visit
        self.runner.run(lambda: self.service.answer_event(visit, event, answers, concerned, added, about),
                        self._set, refused)

    def set_procedure_selected(self, code: str, selected: bool, reason: str) -> None:
        self._call(self.service.set_procedure_selected, self.visit, code, selected, reason)

    def add_procedure(self, code: str, reason: str) -> None:
        self._call(self.service.add_procedure, self.visit, code, reason)

    def choose_procedures(self) -> None:
        self._call(self.service.choose_procedures, self.visit, background=True)

    def edit_draft(self, draft_id: str, key: str, value: str, this_form_only: bool = False) -> None:
        self._call(self.service.edit_draft, self.visit, draft_id, key, value, this_form_only)

    def review_forms(self) -> None:
        self._call(self.service.review_forms, self.visit)

    def submit(self) -> None:
        self._call(self.service.submit, self.visit)

    def approve_now(self, approver, comment: str) -> None:
        """Raises to the approval dialog, which shows why (self-approval, role, password)."""
        self._set(self.service.approve(self.visit, approver, comment))

    def reject_now(self, approver, comment: str) -> None:
        self._set(self.service.reject(self.visit, approver, comment))

    def refresh_approval(self) -> None:
        if self.visit is not None:
            self._call(self.service.refresh_approval, self.visit)

    def mark_printed(self) -> None:
        self._call(self.service.mark_printed, self.visit)

    def back(self) -> None:
        self._call(self.service.back, self.visit)

    def cancel(self) -> None:
        self._call(self.service.cancel, self.visit)
        self._set(None)
