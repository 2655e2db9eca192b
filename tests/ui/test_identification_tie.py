"""Identification page: a tie (one My Number on two records, or a 4-info tie) is shown in
full with a notice, and nothing is chosen for the clerk."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.storage.database import make_session_factory
from app.visit.repository import VisitRepository
from app.visit.service import VisitService
from app.visit.workflow import VisitState
from tests.ui.flow import next_step, place_card_and_type_pin, wait_state
from tests.visit.conftest import ReversibleCipher
from tests.visit.fakes import CARD, HANAKO, NAMESAKE, FakeLookup

NOTICE = "同じ条件で一致する方が複数います。住民記録を確認して選んでください。"
TWIN = replace(HANAKO, resident_id="R077", address="架空県架空市北町9番", ambiguous=True)


def tie_service(engine, **lookup):
    repo = VisitRepository(make_session_factory(engine), cipher=ReversibleCipher())
    return VisitService(repo, FakeLookup(**lookup))


def test_service_keeps_every_record_holding_the_card_number(ui_db):
    service = tie_service(ui_db, by_number={CARD.my_number: [replace(HANAKO, ambiguous=True), TWIN]})
    visit = service.apply_card_read(service.start_visit("1"), CARD)
    assert [c.resident_id for c in visit.candidates] == ["R001", "R077"]
    assert all(c.matched_by_my_number and c.ambiguous for c in visit.candidates)


def test_my_number_on_two_records_needs_an_explicit_choice(qtbot, make_window, ui_db, card):
    window = make_window(tie_service(
        ui_db, by_number={CARD.my_number: [replace(HANAKO, ambiguous=True), TWIN]}))
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    page = window.current_page()
    assert page is window.pages[1]
    assert page.model.rowCount() == 2
    assert page.tie_notice.isVisible() and page.tie_notice.text() == NOTICE
    assert not page.table.selectionModel().hasSelection() and not page.table.currentIndex().isValid()
    assert not window.next_button.isEnabled()
    next_step(qtbot, window)  # Ctrl+Enter does not confirm anyone
    assert window.controller.visit.state is VisitState.PIN_VERIFIED
    assert window.controller.visit.resident is None

    page.table.selectRow(1)  # the clerk chooses after checking the records
    assert window.next_button.isEnabled()
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    assert window.controller.visit.resident.resident_id == "R077"


def test_four_item_tie_shows_notice_and_no_preselection(qtbot, make_window, ui_db, card):
    tied = [replace(HANAKO, ambiguous=True, score=0.7), replace(NAMESAKE, ambiguous=True)]
    window = make_window(tie_service(ui_db, by_number={}, candidates=tied))
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    page = window.current_page()
    assert page.model.rowCount() == 2 and page.tie_notice.isVisible()
    assert not page.table.currentIndex().isValid() and not page.can_go_next(window.controller.allowed())


def test_single_hit_is_still_preselected_without_notice(qtbot, window, card):
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    page = window.current_page()
    assert not page.tie_notice.isVisible() and page.table.currentIndex().row() == 0
    assert page.table.currentIndex().isValid()
    qtbot.keyClick(page.table, Qt.Key_Down)  # still one row: nothing else to pick
