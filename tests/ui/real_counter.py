"""The real composition (demo database, records, forms, staff, approval, audit) and the real
CardBridge over the in-process card simulator — shared by the end-to-end test and the
screenshot run."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from composition import build_counter_services
from widgets.application import _make_card_bridge, build_main_window

def open_counter(qtbot, *, idle=0):
    services = build_counter_services(db=None, demo=True, residents=0)
    identity = services.auth.authenticate("madoguchi", "renshu-madoguchi")
    bridge = _make_card_bridge(services)
    window = build_main_window(services.visit_service, bridge, services.auth, identity,
                               demo=True, idle_lock_seconds=idle,
                               simulated_reader=services.card_source.simulated_reader,
                               personas=services.personas)
    from widgets.staff.panels import install_staff_panels

    install_staff_panels(window, services.staff, services.auth.actor_for, demo=True,
                         simulated_reader=services.card_source.simulated_reader)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    bridge.start()
    return services, bridge, window


def close_counter(services, bridge, window):
    bridge.stop()
    window.controller.shutdown()     # what was asked for is saved before the database closes
    window.staff_calls.stop()
    window.close()
    services.close()


def choose_persona(window, persona_id):
    combo = window.demo_cards.persona_combo
    combo.setCurrentIndex(combo.findData(persona_id))


def type_pin(qtbot, window, pin="1234"):
    qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.isVisible(),
                    timeout=10000)
    dialog = window.pin_dialog
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)


def run_move_in(qtbot, window, steps=None):
    """転入 of the Yamada family (tests/journeys), keyboard only, up to the reviewed forms."""
    from tests.journeys.driver import ClerkAtCounter
    from tests.journeys.test_clerk_journeys import FAMILY

    clerk = ClerkAtCounter(qtbot, window)
    if steps is not None:
        choose_persona(window, FAMILY.persona)
        steps(window, "01-waiting-for-card")
    clerk.to_review(FAMILY, shot=steps or (lambda widget, name: None))
    return window.current_page()
