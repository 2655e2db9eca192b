"""個人番号 display: masked, audited reveal for permitted roles, re-masked on expiry."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from training.database import insert_persona_residents
from app.privacy.cipher import MyNumberCipher
from app.records.repository import ResidentRepository
from app.staff.reveal import MyNumberRevealService
from app.storage.database import make_session_factory
from tests.ui_staff.conftest import shifted_clock
from widgets.error_presenter import ErrorPresenter
from widgets.staff.my_number_reveal_widget import MyNumberRevealWidget

DIGITS = "501284376900"   # persona suzuki-hana (synthetic)
GROUPED = "5012 8437 6900"


@pytest.fixture
def resident_id(services):
    insert_persona_residents(services.engine)
    repo = ResidentRepository(make_session_factory(services.engine), MyNumberCipher.for_data_dir())
    return repo.get_by_atena_no("100200301").id


@pytest.fixture
def make_widget(qtbot, services):
    def build(actor, seconds_early=0.0, presenter=None):
        repo = ResidentRepository(make_session_factory(services.engine), MyNumberCipher.for_data_dir())
        reveal = MyNumberRevealService(repo, services.audit, services.office,
                                       clock=shifted_clock(seconds_early))
        widget = MyNumberRevealWidget(reveal, lambda: actor, presenter)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget
    return build


def reveals(services):
    return services.audit.entries(action="my_number_revealed")


def test_masked_then_revealed_with_audit_then_masked_again(qtbot, services, people, resident_id,
                                                           make_widget):
    services.office.set(people["admin1"], "reveal_seconds", 5)
    clerk = people["clerk1"]
    widget = make_widget(clerk, seconds_early=4.6)  # expires about 0.4 s after the click
    widget.set_resident(resident_id, "**** **** 6900")
    assert widget.shown_text == "**** **** 6900" and DIGITS not in widget.shown_text
    qtbot.waitUntil(lambda: widget.permission_known)      # asked off the GUI thread
    assert widget.reveal_button.isVisible() and widget.reveal_button.isEnabled()
    assert reveals(services) == []

    with qtbot.waitSignal(widget.revealed):
        qtbot.mouseClick(widget.reveal_button, Qt.LeftButton)
    assert widget.shown_text == GROUPED and widget.is_revealed
    assert not widget.reveal_button.isEnabled()  # one reveal at a time
    entry = reveals(services)[-1]
    assert (entry.staff_id, entry.object_type, entry.object_ids) == (clerk.staff_id, "resident",
                                                                     str(resident_id))
    assert DIGITS not in repr(services.audit.entries())

    with qtbot.waitSignal(widget.remasked, timeout=3000):
        pass  # the QTimer fires at expires_at
    assert widget.shown_text == "**** **** 6900" and not widget.is_revealed
    assert widget.countdown.text() == ""
    assert widget.reveal_button.isEnabled()
    assert len(reveals(services)) == 1


def test_hiding_the_widget_masks_at_once(qtbot, services, people, resident_id, make_widget):
    widget = make_widget(people["super1"])
    widget.set_resident(resident_id, "**** **** 6900")
    with qtbot.waitSignal(widget.revealed):
        widget.reveal()
    assert widget.shown_text == GROUPED
    assert "秒で隠します" in widget.countdown.text()
    widget.hide()  # e.g. idle lock or another panel
    assert widget.shown_text == "**** **** 6900" and not widget.is_revealed
    widget.show()
    widget.set_resident(None)
    assert widget.shown_text == "" and not widget.reveal_button.isEnabled()


@pytest.mark.parametrize("who", ["trainer1", "admin1"])
def test_no_reveal_button_for_roles_without_the_right(qtbot, services, people, resident_id,
                                                      make_widget, who):
    widget = make_widget(people[who])
    widget.set_resident(resident_id, "**** **** 6900")
    qtbot.waitUntil(lambda: widget.permission_known)
    assert not widget.reveal_button.isVisible()
    widget.reveal()  # even when called directly nothing is shown or logged
    qtbot.waitUntil(lambda: bool(widget.countdown.text()))   # the service's refusal, in words
    assert widget.shown_text == "**** **** 6900" and reveals(services) == []


def test_resident_without_a_number_says_so(qtbot, services, people, make_widget):
    presenter = ErrorPresenter()
    shown = []
    presenter.presented.connect(shown.append)
    widget = make_widget(people["clerk1"], presenter=presenter)
    widget.set_resident(999_999)
    widget.reveal()
    qtbot.waitUntil(lambda: bool(shown))
    assert not widget.is_revealed and widget.shown_text == "**** **** ****"
    assert shown[-1].message == "この住民の個人番号は登録されていません。"
    assert widget.countdown.text() == shown[-1].message
