"""Identification page: the registry resident's 個人番号 through the audited reveal widget,
keyed by the records' internal id (audit_id), masked by default, re-masked on change."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from app.identity.actor import Actor
from app.staff.revealed import RevealedMyNumber
from app.storage.database import make_session_factory
from app.visit.repository import VisitRepository
from app.visit.service import VisitService
from app.visit.workflow import VisitState
from tests.ui.flow import place_card_and_type_pin, wait_state
from tests.visit.conftest import ReversibleCipher
from tests.visit.fakes import CARD, HANAKO, NAMESAKE, FakeLookup

CLERK = Actor(1, "窓口　一子", "clerk", "ws-1")


class FakeReveal:
    """RevealPort: records who asked for which internal id (the real one audits first)."""
    def __init__(self, permitted=True):
        self.permitted, self.calls = permitted, []

    def can_reveal(self, actor):
        return self.permitted

    def reveal(self, actor, resident_id):
        self.calls.append((actor.staff_id, resident_id))
        return RevealedMyNumber(resident_id, CARD.my_number, "**** **** 9018",
                                datetime.now(timezone.utc) + timedelta(seconds=30))


def service_with(engine, by_number, candidates):
    repo = VisitRepository(make_session_factory(engine), cipher=ReversibleCipher())
    return VisitService(repo, FakeLookup(by_number=by_number, candidates=candidates))


def identification(qtbot, make_window, ui_db, card, reveal, by_number, candidates):
    window = make_window(service_with(ui_db, by_number, candidates))
    page = window.pages[1]
    page.attach_reveal(reveal, lambda: CLERK)
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    assert window.current_page() is page
    return window, page


def test_selected_resident_is_masked_then_revealed_by_internal_id(qtbot, make_window, ui_db, card):
    reveal = FakeReveal()
    hanako = replace(HANAKO, audit_id="41")
    window, page = identification(qtbot, make_window, ui_db, card, reveal,
                                  {CARD.my_number: hanako}, [hanako])
    widget = page.reveal
    assert widget.isVisible() and widget.resident_id == 41
    assert widget.shown_text == "**** **** 9018" and CARD.my_number not in widget.shown_text
    qtbot.waitUntil(lambda: widget.permission_known)
    assert widget.reveal_button.isVisible() and reveal.calls == []
    with qtbot.waitSignal(widget.revealed):
        qtbot.mouseClick(widget.reveal_button, Qt.LeftButton)
    assert reveal.calls == [(1, 41)]          # the records' id, never the 宛名番号 "R001"
    assert widget.shown_text == "1234 5678 9018"
    window.controller.cancel()                # visit gone: digits gone with it
    qtbot.waitUntil(lambda: window.controller.visit is None)
    assert not widget.is_revealed and CARD.my_number.replace(" ", "") not in widget.shown_text


def test_changing_the_selected_candidate_remasks(qtbot, make_window, ui_db, card):
    reveal = FakeReveal()
    tied = [replace(HANAKO, audit_id="41", ambiguous=True),
            replace(NAMESAKE, audit_id="42", ambiguous=True)]
    window, page = identification(qtbot, make_window, ui_db, card, reveal, {}, tied)
    widget = page.reveal
    assert widget.resident_id is None and not widget.reveal_button.isEnabled()  # nobody chosen
    page.table.selectRow(0)
    assert widget.resident_id == 41 and widget.shown_text == "**** **** ****"
    with qtbot.waitSignal(widget.revealed):
        widget.reveal()
    page.table.selectRow(1)
    assert widget.resident_id == 42 and not widget.is_revealed
    assert widget.shown_text == "**** **** ****"


def test_no_reveal_button_for_a_role_without_permission(qtbot, make_window, ui_db, card):
    reveal = FakeReveal(permitted=False)
    hanako = replace(HANAKO, audit_id="41")
    window, page = identification(qtbot, make_window, ui_db, card, reveal,
                                  {CARD.my_number: hanako}, [hanako])
    assert page.reveal.shown_text == "**** **** 9018"
    qtbot.waitUntil(lambda: page.reveal.permission_known)
    assert not page.reveal.reveal_button.isVisible() and reveal.calls == []


def test_comparison_shows_the_registry_number_masked_only(qtbot, make_window, ui_db, card):
    reveal = FakeReveal()
    hanako = replace(HANAKO, audit_id="41")
    window, page = identification(qtbot, make_window, ui_db, card, reveal,
                                  {CARD.my_number: hanako}, [hanako])
    with qtbot.waitSignal(page.reveal.revealed):
        page.reveal.reveal()
    assert page.compare.item(4, 1).text() == "**** **** 9018"   # never the digits in the table


def test_a_reveal_arriving_after_the_resident_changed_is_not_shown(qtbot, make_window, ui_db, card):
    """The reveal runs off the GUI thread; the clerk may pick another candidate meanwhile."""
    import threading

    gate = threading.Event()

    class SlowReveal(FakeReveal):
        def reveal(self, actor, resident_id):
            gate.wait(5)
            return super().reveal(actor, resident_id)

    reveal = SlowReveal()
    tied = [replace(HANAKO, audit_id="41", ambiguous=True),
            replace(NAMESAKE, audit_id="42", ambiguous=True)]
    window, page = identification(qtbot, make_window, ui_db, card, reveal, {}, tied)
    widget = page.reveal
    page.table.selectRow(0)
    widget.reveal()
    page.table.selectRow(1)                      # another resident before the answer
    gate.set()
    qtbot.waitUntil(lambda: reveal.calls == [(1, 41)])
    qtbot.waitUntil(lambda: widget.reveal_button.isEnabled())
    assert widget.resident_id == 42 and not widget.is_revealed
    assert "9018" not in widget.shown_text
