"""The real composition (demo database, records, forms, staff, approval, audit) and the real
CardBridge over the in-process card simulator — shared by the end-to-end test and the
screenshot run."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from composition import build_counter_services
from app.visit.workflow import VisitState
from tests.ui.flow import next_step, type_text, wait_state
from widgets.application import _make_card_bridge, build_main_window

FAMILY = (("山田　花子", "妻", "1990-09-02"), ("山田　陽翔", "子", "2023-03-18"),
          ("山田　茂", "父", "1956-01-30"))


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
    window.controller.runner.wait_idle()
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


def shot(window, steps, name):
    if steps is not None:
        steps(window, name)


def run_move_in(qtbot, window, steps=None, out_pdf=None):
    """転入 of the Yamada family, keyboard only, from card to printed PDF."""
    choose_persona(window, "yamada-taro")
    shot(window, steps, "01-waiting-for-card")
    qtbot.keyClick(window, Qt.Key_F5)                   # the trainer places the card
    qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.isVisible(),
                    timeout=10000)
    shot(window.pin_dialog, steps, "02-pin-pad")
    type_pin(qtbot, window)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)
    shot(window, steps, "03-identification-not-found")
    page = window.current_page()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.new_resident_button, Qt.Key_T, Qt.AltModifier)
    wait_state(qtbot, window, VisitState.IDENTIFIED)

    event = window.current_page()
    assert event.event_combo.currentData() == "move_in"
    type_text(qtbot, event.answer_widgets["date"], "2026-11-20")
    type_text(qtbot, event.answer_widgets["new_address"], "架空県見本市本町二丁目4番5号")
    for name, relationship, born in FAMILY:
        type_text(qtbot, event.member_name, name)
        type_text(qtbot, event.member_relationship, relationship)
        type_text(qtbot, event.member_birth, born)
        qtbot.keyClick(event.member_birth, Qt.Key_M, Qt.AltModifier)
        qtbot.waitUntil(lambda n=name: any(m.name == n for m in window.controller.visit.household))
    shot(window, steps, "04-life-event")
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.EVENT_ANSWERED)
    shot(window, steps, "05-procedures")
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.PROCEDURES_CHOSEN, timeout=20000)
    review = window.current_page()
    qtbot.waitUntil(lambda: review.preview_png is not None, timeout=20000)
    review.table.setFocus()
    shot(window, steps, "06-form-review")
    fill_blocking_issues(qtbot, window)
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.FORMS_REVIEWED)
    shot(window, steps, "07-print")
    return review


def fill_blocking_issues(qtbot, window):
    """Type a value into every field the validation flags, from the keyboard: select the
    cell, F2 opens the editor, type, Enter."""
    review = window.current_page()
    for row in range(review.forms_list.count()):
        review.forms_list.setCurrentRow(row)
        draft = window.controller.visit.draft(review.current_draft_id())
        for issue in draft.blocking_issues:
            keys = [f.key for f in draft.fields]
            index = review.model.index(keys.index(issue.field_key), review.model.VALUE)
            review.table.setFocus()
            review.table.setCurrentIndex(index)
            qtbot.keyClick(review.table, Qt.Key_F2)
            editor = QApplication.focusWidget()
            editor.selectAll()
            type_text(qtbot, editor, sample_value(issue.field_key))
            qtbot.keyClick(editor, Qt.Key_Return)  # committed on the next event-loop turn
            qtbot.waitUntil(lambda k=issue.field_key: k not in {
                i.field_key for i in window.controller.visit.draft(review.current_draft_id()).issues})
            draft = window.controller.visit.draft(review.current_draft_id())
    assert not any(d.blocking_issues for d in window.controller.visit.drafts)


def sample_value(key: str) -> str:
    if "phone" in key:
        return "0120-000-000"
    if key.endswith("date") or key.endswith("_on"):
        return "2026-11-20"
    return "見本"
