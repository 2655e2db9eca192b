"""The visit's operations off the GUI thread: every service call on the one worker, in the
order the clerk asked; a step change while busy is ignored; a failure keeps what was typed."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from app.visit.workflow import VisitState
from tests.ui.conftest import make_service
from tests.ui.flow import next_step, place_card_and_type_pin, wait_idle, wait_state
from tests.ui.test_visit_flow import answer_move_within


class RecordingService:
    """The real VisitService, noting the thread of every call; `hold(name)` makes the next
    call of that method wait until `release()`; `fail(name)` makes it raise."""

    def __init__(self, service) -> None:
        self._service = service
        self.calls: list[tuple[str, str]] = []
        self._held: dict[str, threading.Event] = {}
        self._failing: set[str] = set()

    def hold(self, name: str) -> threading.Event:
        self._held[name] = threading.Event()
        return self._held[name]

    def fail(self, name: str) -> None:
        self._failing.add(name)

    def __getattr__(self, name):
        attr = getattr(self._service, name)
        if not callable(attr):
            return attr

        def call(*args, **kwargs):
            self.calls.append((name, threading.current_thread().name))
            gate = self._held.pop(name, None)
            if gate is not None:
                gate.wait(10)
            if name in self._failing:
                raise RuntimeError("the database went away")
            return attr(*args, **kwargs)
        return call


def _to_review(qtbot, window, card):
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    answer_move_within(qtbot, window, with_child=False)
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.EVENT_ANSWERED)
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.PROCEDURES_CHOSEN)
    return window.current_page()


def test_every_service_call_of_a_visit_runs_on_the_visit_worker(qtbot, ui_db, card, make_window,
                                                               tmp_path):
    service = RecordingService(make_service(ui_db))
    window = make_window(service=service)
    service.calls.clear()      # building the pages read the events and catalogue (pure data)
    review = _to_review(qtbot, window, card)
    qtbot.waitUntil(lambda: review.preview.page_count > 0, timeout=10000)
    row = review.model.row_of("filer_phone")
    review.model.setData(review.model.index(row, review.model.VALUE), "0155-12-3456", Qt.EditRole)
    qtbot.waitUntil(lambda: window.controller.visit.draft("juminidou").get("filer_phone") == "0155-12-3456")
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.FORMS_REVIEWED)
    window.current_page().save_pdf_to(tmp_path / "packet.pdf")
    wait_state(qtbot, window, VisitState.PRINTED, timeout=20000)
    window.current_page().next_visit_button.click()
    qtbot.waitUntil(lambda: window.controller.visit is None)
    wait_idle(qtbot, window)

    names = {name for name, _thread in service.calls}
    assert {"start_visit", "apply_card_read", "confirm_resident", "preview_event", "answer_event",
            "choose_procedures", "render_form_preview", "edit_draft", "review_forms",
            "render_packet", "check_print", "mark_printed", "open_visits", "allowed_actions"} <= names
    assert {thread for _name, thread in service.calls} == {"visit-ops"}


def test_quick_corrections_apply_in_order_and_next_waits(qtbot, ui_db, card, make_window):
    service = RecordingService(make_service(ui_db))
    window = make_window(service=service)
    review = _to_review(qtbot, window, card)
    wait_idle(qtbot, window)
    row = review.model.row_of("filer_phone")
    index = review.model.index(row, review.model.VALUE)
    gate = service.hold("edit_draft")            # the first save is slow
    review.model.setData(index, "0155-11-1111", Qt.EditRole)
    review.model.setData(index, "0155-22-2222", Qt.EditRole)   # typed again before it came back
    assert window.controller.busy and not window.next_button.isEnabled()
    next_step(qtbot, window)                     # Ctrl+Enter while busy: nothing
    window.controller.review_forms()             # …even asked directly
    gate.set()
    wait_idle(qtbot, window)
    visit = window.controller.visit
    assert visit.state is VisitState.PROCEDURES_CHOSEN
    assert visit.draft("juminidou").get("filer_phone") == "0155-22-2222"   # the last one wins
    assert [n for n, _t in service.calls].count("edit_draft") == 2
    assert "review_forms" not in [n for n, _t in service.calls]
    assert window.next_button.isEnabled()


def test_a_failed_change_keeps_the_reason_the_clerk_typed(qtbot, ui_db, card, make_window):
    service = RecordingService(make_service(ui_db))
    window = make_window(service=service)
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    answer_move_within(qtbot, window, with_child=False)
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.EVENT_ANSWERED)
    page = window.current_page()
    before = window.controller.visit
    service.fail("add_procedure")
    page.reason_edit.setText("ご本人の希望")
    page.add_button.click()
    qtbot.waitUntil(lambda: window.message_bar.isVisible())
    wait_idle(qtbot, window)
    assert page.reason_edit.text() == "ご本人の希望"          # not lost
    assert window.controller.visit is before                  # nothing changed
    assert "the database went away" not in window.message_bar.text()   # no technical text


def test_a_correction_that_could_not_be_saved_stays_typed_and_next_waits(qtbot, ui_db, card,
                                                                          make_window):
    service = RecordingService(make_service(ui_db))
    window = make_window(service=service)
    review = _to_review(qtbot, window, card)
    wait_idle(qtbot, window)
    row = review.model.row_of("filer_phone")
    index = review.model.index(row, review.model.VALUE)
    service.fail("edit_draft")
    review.model.setData(index, "0155-12-3456", Qt.EditRole)
    qtbot.waitUntil(lambda: review.model.unsaved == {"filer_phone": "0155-12-3456"})
    assert index.data() == "0155-12-3456"                     # what the clerk typed, still there
    assert "保存されていません" in review.model.index(row, 3).data()
    assert window.message_bar.isVisible() and not window.next_button.isEnabled()
    assert window.controller.visit.draft("juminidou").get("filer_phone") != "0155-12-3456"
    service._failing.clear()                                   # the database is back: Enter again
    review.model.setData(index, index.data(Qt.EditRole), Qt.EditRole)
    qtbot.waitUntil(lambda: window.controller.visit.draft("juminidou").get("filer_phone") == "0155-12-3456")
    assert review.model.unsaved == {} and window.next_button.isEnabled()


def test_the_window_shows_busy_only_while_a_slow_operation_runs(qtbot, ui_db, card, make_window):
    service = RecordingService(make_service(ui_db))
    window = make_window(service=service)
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    wait_idle(qtbot, window)
    gate = service.hold("confirm_resident")
    next_step(qtbot, window)
    qtbot.waitUntil(lambda: window.busy_cursor.shown)
    assert window.cursor().shape() == Qt.BusyCursor
    gate.set()
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    qtbot.waitUntil(lambda: not window.busy_cursor.shown)
    assert window.cursor().shape() != Qt.BusyCursor
