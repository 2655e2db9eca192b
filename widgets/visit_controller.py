"""VisitController: holds the visit on screen and turns clerk and card events into
VisitService calls. It is the only widget-side object that talks to the service; pages call
it and redraw from `visit_changed`.

Every service call runs on ONE worker thread (widgets.background.SerialRunner), in the
order it was asked for. An operation takes the visit as the previous operation left it and
returns the next one (visit → visit), so a fast clerk's clicks and the card's events are
applied one after another on the latest visit, never on a stale copy and never racing.
Results come back on the GUI thread; `visit` is what the screen shows. While an operation
runs the controller is `busy`; a step change (Next, Back, submit …) asked for while busy is
ignored (the buttons for it are disabled), corrections and searches queue up behind.
A failure goes to the ErrorPresenter and leaves the visit as it was: what the clerk typed
stays on the page.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from app.visit.card_data import card_reading_from
from app.visit.clerk_changes import change_needs_reason
from app.visit.record import VisitRecord
from app.visit.workflow import VisitAction, VisitState
from forms.events import EventCode
from widgets.background import SerialRunner
from widgets.card_status import CardStatus
from widgets.error_presenter import ErrorPresenter
from widgets.gui_thread import assert_gui_thread

log = logging.getLogger(__name__)

Then = Callable[[Any], None]


@dataclass
class VisitReference:
    """What the pages build themselves from: the life events, each event's questions and
    the procedure catalogue (pure data from forms/; loaded once, off the GUI thread when
    the window signs in)."""
    events: list = field(default_factory=list)
    questions: dict = field(default_factory=dict)
    catalogue: list = field(default_factory=list)

    @classmethod
    def load(cls, service) -> "VisitReference":
        events = service.events()
        return cls(events, {e: service.questions(e) for e in events}, service.catalogue())


class _Chain:
    """The visit as the last operation left it. Read and written only by the operations,
    i.e. on the worker thread, one at a time."""
    visit: VisitRecord | None = None


class VisitController(QObject):
    visit_changed = Signal(object)            # VisitRecord | None
    event_previewed = Signal(object)          # (sequence, app.visit.service.EventPreview | None)
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
                 runner: SerialRunner, staff_id: Callable[[], str], *,
                 watermark: str | None = None, reference: VisitReference | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._service = service   # only ever called inside an operation (worker thread)
        self.card = card_bridge
        self.presenter = presenter
        self.runner = runner
        self._staff_id = staff_id
        self._chain = _Chain()
        self.visit: VisitRecord | None = None
        self._allowed: frozenset[VisitAction] = frozenset()
        self.watermark = watermark  # 「見本」 on every page in demo mode
        self.card_on_reader = False
        # pure data; the window passes it loaded off the GUI thread (tests and tools: here)
        self.reference = reference or VisitReference.load(service)
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

    # --- state for the widgets (no service call: what the last operation reported) ---
    @property
    def busy(self) -> bool:
        return self.runner.busy

    def allowed(self) -> frozenset[VisitAction]:
        return self._allowed if self.visit is not None else frozenset()

    def events(self) -> list:
        return list(self.reference.events)

    def questions(self, event):
        return self.reference.questions[EventCode(event)]

    def catalogue(self) -> list:
        return list(self.reference.catalogue)

    def change_needs_reason(self, code: str, selected: bool) -> bool:
        """Does this tick need a reason? The visit's rule (app.visit.clerk_changes), a pure
        function of the procedures on screen: answered at once, no service call."""
        return change_needs_reason(self.visit.procedures, code, selected)

    def shutdown(self, msecs: int = 10_000) -> None:
        """Closing: what was asked for is finished and saved, then the worker ends."""
        self.runner.stop(msecs)

    # --- the queue ---
    def _submit(self, op: Callable[[VisitRecord | None], VisitRecord | None], *,
                then: Then | None = None, failed: Callable[[BaseException], None] | None = None,
                step: bool = False, quiet: bool = False) -> bool:
        """Queue `op(visit) -> visit` behind every operation asked for before it. `step`:
        a step change (Next, Back, submit …), ignored while busy; `then(visit)` runs on the
        GUI thread after the screen shows the result."""
        assert_gui_thread("VisitController._submit")
        if step and self.runner.busy:
            log.debug("step change ignored while busy")
            return False
        chain, service = self._chain, self._service

        def work():
            visit = op(chain.visit)
            chain.visit = visit
            return visit, (service.allowed_actions(visit) if visit is not None else frozenset())

        def done(result) -> None:
            self._show(*result)
            if then is not None:
                then(result[0])

        self.runner.run(work, done, failed or self.presenter.present, quiet=quiet)
        return True

    def _ask(self, call: Callable[[VisitRecord | None], Any], then: Then,
             failed: Callable[[BaseException], None] | None = None, *, quiet: bool = True) -> None:
        """A question about the visit (no change), answered in turn on the worker."""
        assert_gui_thread("VisitController._ask")
        chain = self._chain
        self.runner.run(lambda: call(chain.visit), then, failed or self.presenter.present,
                        quiet=quiet)

    def _show(self, visit: VisitRecord | None, allowed: frozenset) -> None:
        assert_gui_thread("VisitController._show")
        changed = visit is not self.visit or allowed != self._allowed
        self.visit, self._allowed = visit, allowed
        if changed:
            self.visit_changed.emit(visit)

    def _start_op(self):
        service, staff = self._service, self._staff_id()
        return lambda: service.start_visit(staff)

    # --- starting and resuming ---
    def start_visit(self) -> bool:
        start = self._start_op()
        return self._submit(lambda _visit: start(), step=True)

    def start_without_card(self) -> None:
        service, start = self._service, self._start_op()

        def op(visit):
            if visit is None or visit.state is not VisitState.CARD_PLACED:
                visit = start()
            return service.skip_card(visit)
        self._submit(op, step=True)

    def resume(self, visit_id: str) -> None:
        service = self._service
        self._submit(lambda _visit: service.resume(visit_id), step=True)

    def close_visit(self) -> None:
        """Leave the visit saved (open visits are offered for resumption) and clear the screen;
        a card still on the reader belongs to this resident: ask the clerk to give it back."""
        if self._submit(lambda _visit: None, step=True) and self.card_on_reader:
            self.card_return_needed.emit()

    def load_open_visits(self, then: Then) -> None:
        """The saved visits to offer for resumption (a database read: on the worker)."""
        service = self._service
        self._ask(lambda _visit: service.open_visits(), then)

    # --- card events (always queued: they come from the reader, not a click) ---
    def _on_card_inserted(self, *_reader) -> None:
        assert_gui_thread("VisitController._on_card_inserted")
        self.card_on_reader = True
        self.card_status_changed.emit(CardStatus.PRESENT, "")
        start = self._start_op()

        def then(visit) -> None:
            if visit.state is not VisitState.CARD_PLACED:
                self.new_card_during_visit.emit()   # ask before leaving this visit
            elif self.card_on_reader:
                self.card.query_tries_left()
        self._submit(lambda visit: visit if visit is not None else start(), then=then)

    def accept_new_card(self) -> None:
        """The clerk chose to start a new visit for the card now on the reader."""
        start = self._start_op()
        self._submit(lambda _visit: start(),
                     then=lambda _visit: self.card_on_reader and self.card.query_tries_left())

    def _on_tries_left_known(self, tries: int) -> None:
        assert_gui_thread("VisitController._on_tries_left_known")
        self.pin_requested.emit(tries, "")

    def submit_pin(self, pin: str, last_try_confirmed: bool) -> None:
        self.card_status_changed.emit(CardStatus.READING, "")
        self.card.read(pin, last_try_confirmed)

    def _on_read_finished(self, result) -> None:
        assert_gui_thread("VisitController._on_read_finished")
        self.card_status_changed.emit(CardStatus.PRESENT, "")
        service, start = self._service, self._start_op()
        self._submit(lambda visit: service.apply_card_read(visit if visit is not None else start(),
                                                           card_reading_from(result)))

    def _on_read_failed(self, error) -> None:
        assert_gui_thread("VisitController._on_read_failed")
        shown = self.presenter.present(error)
        status = CardStatus.PRESENT if self.card_on_reader else CardStatus.WAITING
        if shown.code not in ("wrong_pin", "pin_locked", "pin_last_try", "pin_format"):
            status = CardStatus.ERROR
        self.card_status_changed.emit(status, "" if status is not CardStatus.ERROR else shown.message)
        tries = getattr(error, "tries_left", None)
        if tries is not None and self.card_on_reader:
            self.pin_requested.emit(int(tries), shown.message)

    def _on_card_removed(self, *_reader) -> None:
        assert_gui_thread("VisitController._on_card_removed")
        self.card_on_reader = False
        self.card_gone_back.emit()
        self.card_status_changed.emit(CardStatus.WAITING, "")
        self.card_gone.emit()
        service = self._service
        self._submit(lambda visit: service.card_removed(visit) if visit is not None else None)

    def _on_reader_states(self, states: dict) -> None:
        """Reader list from the monitor: no reader / waiting / card present."""
        assert_gui_thread("VisitController._on_reader_states")
        if not states:
            self._on_reader_gone()
        elif not any(states.values()) and not self.card_on_reader:
            self.card_status_changed.emit(CardStatus.WAITING, "")

    def _on_reader_gone(self, *_args) -> None:
        assert_gui_thread("VisitController._on_reader_gone")
        self.card_on_reader = False
        self.card_status_changed.emit(CardStatus.NO_READER, "")
        self.card_gone.emit()

    # --- clerk actions (one service call each) ---
    def search(self, name: str, address: str, birth_date: str, sex_code: str) -> None:
        service = self._service
        self._submit(lambda visit: service.search(visit, name, address, birth_date, sex_code))

    def confirm_resident(self, resident_id: str) -> None:
        service = self._service
        self._submit(lambda visit: service.confirm_resident(visit, resident_id), step=True)

    def choose_new_resident(self) -> None:
        service = self._service
        self._submit(service.choose_new_resident, step=True)

    def preview_event(self, event, answers: dict, concerned: tuple[str, ...], added: tuple,
                      about: dict, sequence: int = 0) -> None:
        """What the answers so far lead to (procedures, missing answers): in turn on the
        worker, without making the window busy (the clerk keeps typing). None when no
        preview could be made (the page keeps what it shows; Next still checks)."""
        if self.visit is None:
            self.event_previewed.emit((sequence, None))
            return
        service = self._service
        self._ask(lambda visit: (sequence, service.preview_event(visit, event, answers, concerned,
                                                                  added, about)),
                  self.event_previewed.emit, lambda _exc: self.event_previewed.emit((sequence, None)))

    def offer_answers(self, event, answers: dict, concerned: tuple[str, ...] = (), added: tuple = (),
                      about: dict | None = None) -> bool:
        """Answers given for the visit on screen by someone else (the trainer's scenario, so a
        trainee practises without inventing them): the event page shows them for the clerk
        to check; nothing is saved until the clerk goes on. False when the visit is not at
        the event step. (No service call: a draft of the visit on screen.)"""
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

        service = self._service
        self._submit(lambda visit: service.answer_event(visit, event, answers, concerned, added, about),
                     failed=refused, step=True)

    def set_procedure_selected(self, code: str, selected: bool, reason: str,
                               then: Then | None = None) -> None:
        service = self._service
        self._submit(lambda visit: service.set_procedure_selected(visit, code, selected, reason),
                     then=then)

    def add_procedure(self, code: str, reason: str, then: Then | None = None) -> None:
        service = self._service
        self._submit(lambda visit: service.add_procedure(visit, code, reason), then=then)

    def choose_procedures(self) -> None:
        self._submit(self._service.choose_procedures, step=True)

    def edit_draft(self, draft_id: str, key: str, value: str, this_form_only: bool = False,
                   failed: Callable[[BaseException], None] | None = None) -> None:
        service = self._service
        self._submit(lambda visit: service.edit_draft(visit, draft_id, key, value, this_form_only),
                     failed=failed)

    def render_form_preview(self, draft_id: str, then: Then,
                            failed: Callable[[BaseException], None]) -> None:
        """One form of the visit as PDF bytes for the review page's preview: made in turn on
        the worker (quiet: the clerk keeps working); nothing when the form is gone meanwhile."""
        service, watermark = self._service, self.watermark

        def render(visit):
            # the clerk may have moved on meanwhile: no form, no preview (and no error)
            if visit is None or all(d.draft_id != draft_id for d in visit.drafts):
                return None
            return service.render_form_preview(visit, draft_id, watermark)

        self._ask(render, lambda pdf: pdf is not None and then(pdf), failed)

    def render_packet(self, then: Then, failed: Callable[[BaseException], None] | None = None) -> None:
        """The packet as reviewed (PDF bytes); the clerk waits for it (busy)."""
        service, watermark = self._service, self.watermark
        self._ask(lambda visit: service.render_packet(visit, watermark), then, failed, quiet=False)

    def after_print_gate(self, work: Callable[[], Any], then: Then,
                         failed: Callable[[BaseException], None]) -> None:
        """The print gate (the service's check_print on the visit as it stands: right, state,
        stored approval), then `work` (sending the job, writing the file), in turn on the
        worker; the clerk waits (busy). A refusal reaches `failed` before any paper."""
        service = self._service

        def gated(visit):
            service.check_print(visit)
            return work()
        self._ask(gated, then, failed, quiet=False)

    def review_forms(self) -> None:
        self._submit(self._service.review_forms, step=True)

    def submit(self) -> None:
        self._submit(self._service.submit, step=True)

    def decide(self, verify: Callable[[str, str], Any], name: str, password: str, approve: bool,
               comment: str, *, then: Then, failed: Callable[[BaseException], None]) -> bool:
        """A supervisor approves or rejects at this window: their password is checked
        (argon2) and the decision recorded, both on the worker. `failed` gets why
        (self-approval, role, password); the visit is unchanged then."""
        service = self._service

        def op(visit):
            approver = verify(name, password)
            return (service.approve(visit, approver, comment) if approve
                    else service.reject(visit, approver, comment))
        return self._submit(op, then=then, failed=failed, step=True)

    def refresh_approval(self) -> None:
        if self.visit is not None:
            service = self._service
            self._submit(lambda visit: service.refresh_approval(visit) if visit is not None else None)

    def mark_printed(self) -> None:
        self._submit(self._service.mark_printed, step=True)

    def back(self) -> None:
        self._submit(self._service.back, step=True)

    def cancel(self) -> None:
        """The visit is recorded as cancelled, then the screen is cleared (a failure leaves
        it on screen, saved as it was)."""
        service = self._service

        def op(visit):
            service.cancel(visit)
            return None
        self._submit(op, step=True)
