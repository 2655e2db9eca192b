"""End to end: a registered persona's card → identification page → audited 表示 of the
registry's 個人番号, addressed by the records' internal id (not the 宛名番号)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.privacy.cipher import MyNumberCipher
from app.records.repository import ResidentRepository
from app.visit.workflow import VisitState
from tests.ui.flow import wait_state
from tests.ui.real_counter import choose_persona, close_counter, open_counter, type_pin

pytestmark = pytest.mark.slow

HANA_ATENA, HANA_DIGITS = "100200301", "501284376900"   # persona suzuki-hana (synthetic)


def test_registered_resident_number_revealed_through_the_audit(qtbot):
    services, bridge, window = open_counter(qtbot)
    try:
        page = window.pages[1]
        page.attach_reveal(services.staff.reveal, lambda: services.auth.actor_for(window.identity))
        choose_persona(window, "suzuki-hana")
        qtbot.keyClick(window, Qt.Key_F5)
        type_pin(qtbot, window, "4321")
        wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)
        assert window.current_page() is page and not page.tie_notice.isVisible()
        repo = ResidentRepository(services.staff.sessions, MyNumberCipher.for_data_dir())
        internal_id = repo.get_by_atena_no(HANA_ATENA).id
        widget = page.reveal
        assert widget.resident_id == internal_id
        assert widget.shown_text == "**** **** 6900" and HANA_DIGITS not in widget.shown_text
        qtbot.waitUntil(lambda: widget.reveal_button.isEnabled(), timeout=10000)
        with qtbot.waitSignal(widget.revealed, timeout=10000):
            qtbot.mouseClick(widget.reveal_button, Qt.LeftButton)
        assert widget.shown_text.replace(" ", "") == HANA_DIGITS
        entry = services.staff.audit.entries(action="my_number_revealed")[-1]
        assert [int(i) for i in entry.object_ids] == [internal_id]
        window.lock()                         # the lock screen hides the digits at once
        assert not widget.is_revealed
    finally:
        close_counter(services, bridge, window)
