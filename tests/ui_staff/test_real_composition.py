"""The staff panels in the counter's real composition (demo mode, personas only)."""
from __future__ import annotations

import pytest

from composition import build_counter_services
from widgets.application import build_main_window
from widgets.staff.approval_panel import ApprovalPanel
from widgets.staff.panels import install_staff_panels
from widgets.trainer.trainer_window import TrainerWindow


@pytest.fixture
def counter():
    services = build_counter_services(db=None, demo=True, residents=0)
    yield services
    services.close()


@pytest.mark.parametrize("name, password, panel_type", [
    ("shinsa", "renshu-shinsa", ApprovalPanel), ("kenshu", "renshu-kenshu", TrainerWindow)])
def test_demo_accounts_get_their_panel(qtbot, counter, name, password, panel_type):
    identity = counter.auth.authenticate(name, password)
    source = counter.card_source
    window = build_main_window(counter.visit_service, None, counter.auth, identity, demo=True,
                               idle_lock_seconds=0, simulated_reader=source.simulated_reader,
                               personas=counter.personas)
    qtbot.addWidget(window)
    panels = install_staff_panels(window, counter.staff, counter.auth.actor_for, demo=True,
                                  simulated_reader=source.simulated_reader)
    assert [type(w) for _t, w, _k in panels] == [panel_type]
    assert counter.staff.reveal is not None  # the audited reveal is wired to the records
    if panel_type is TrainerWindow:
        qtbot.addWidget(panels[0][1])   # a window of its own (no parent)
        panels[0][1].card_controls.place("yamada-taro")
        assert source.simulated_reader.card is not None  # the same slot the counter reads
