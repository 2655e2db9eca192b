"""死亡 (おくやみ) from the counter window: real services on the demo database, the surviving
spouse's card (persona suzuki-hana), the deceased head picked on the life-event page from the
keyboard, the real forms rules → the おくやみ procedures and the 葬祭費 form of the deceased."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from app.visit.workflow import VisitState
from tests.ui.flow import next_step, type_text, wait_state
from tests.ui.real_counter import choose_persona, close_counter, open_counter, type_pin

SCREEN = Path(__file__).resolve().parents[2] / "artifacts" / "screens" / "fix-b-death.png"


def _to_event_page(qtbot, window):
    choose_persona(window, "suzuki-hana")
    qtbot.keyClick(window, Qt.Key_F5)                   # the trainer places the card
    type_pin(qtbot, window, "4321")
    wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)
    next_step(qtbot, window)                            # the My Number match is preselected
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    event = window.current_page()
    event.event_combo.setFocus()
    event.event_combo.setCurrentIndex(event.event_combo.findData("death"))
    return event


def test_deceased_head_picked_from_the_keyboard_yields_okuyami_and_sousaihi(qtbot):
    services, bridge, window = open_counter(qtbot)
    try:
        event = _to_event_page(qtbot, window)
        picker = event.answer_widgets["deceased"]
        names = [b.text() for b in picker.buttons.values()]
        assert len(names) == 1 and "鈴木　一郎" in names[0] and "世帯主" in names[0]
        assert not event.members_box.isVisible()   # survivors are the rest of the household

        # Next without the deceased: the page asks for them and keeps the visit where it is
        next_step(qtbot, window)
        assert event.missing_label.isVisible()
        assert window.controller.visit.state is VisitState.IDENTIFIED

        qtbot.keyClick(event.event_combo, Qt.Key_D, Qt.AltModifier)   # 亡くなった方(&D)
        focused = QApplication.focusWidget()
        assert isinstance(focused, QRadioButton) and "鈴木　一郎" in focused.text()
        qtbot.keyClick(focused, Qt.Key_Space)
        assert picker.value()
        type_text(qtbot, event.answer_widgets["date"], "2026-11-15")
        type_text(qtbot, event.answer_widgets["funeral_date"], "2026-11-18")
        type_text(qtbot, event.answer_widgets["phone"], "090-1234-5678")
        qtbot.wait(100)                                  # let the posted layout requests run
        assert not event.missing_label.isVisible()       # a person is chosen now
        window.grab().save(str(SCREEN))
        next_step(qtbot, window)
        wait_state(qtbot, window, VisitState.EVENT_ANSWERED, timeout=10000)

        visit = window.controller.visit
        codes = {p.code for p in visit.procedures}
        assert {"koki", "kaigo", "sousaihi", "nenkin_note"} <= codes
        # 後期 wins over 国保; one survivor only → no 世帯主変更; 死亡届 already filed
        assert not codes & {"nhi_loss", "juminidou", "death_notice"}
        reasons = " ".join(p.reason for p in visit.procedures)
        assert "鈴木　一郎" in reasons and "80歳" in reasons

        # back to the page (Alt+←): the choice and the answers are still there
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_Left, Qt.AltModifier)
        wait_state(qtbot, window, VisitState.IDENTIFIED)
        event = window.current_page()
        assert event.answer_widgets["deceased"].value() == visit.answers["deceased"]
        assert event.answer_widgets["funeral_date"].text() == "2026-11-18"
        next_step(qtbot, window)
        wait_state(qtbot, window, VisitState.EVENT_ANSWERED, timeout=10000)

        next_step(qtbot, window)
        wait_state(qtbot, window, VisitState.PROCEDURES_CHOSEN, timeout=20000)
        sousaihi = next(d for d in window.controller.visit.drafts if d.form_id == "sousaihi")
        assert sousaihi.value("d_name") == "鈴木　一郎"
        assert sousaihi.value("d_birth") == "1946-02-11"
        assert sousaihi.value("d_number") == "39012345"
        assert sousaihi.value("scheme") == "後期高齢者医療"
        assert sousaihi.value("died_on") == "2026-11-15"
        assert sousaihi.value("funeral_on") == "2026-11-18"
        assert sousaihi.value("a_name") == "鈴木　ハナ"     # the card holder is the 喪主
        assert sousaihi.value("a_relation") == "妻"
    finally:
        close_counter(services, bridge, window)


def test_life_event_questions_read_in_english_with_lang_en(qtbot):
    """--lang en: the questions come from app.visit.questions, translated through the .qm."""
    from widgets.application import install_translations

    app = QApplication.instance()
    translators = install_translations(app, "en")
    services = bridge = window = None
    try:
        services, bridge, window = open_counter(qtbot)
        event = _to_event_page(qtbot, window)
        assert event.event_combo.currentText() == "Death"
        labels = {event.questions_form.labelForField(w).text()
                  for key, w in event.answer_widgets.items()
                  if event.questions_form.labelForField(w) is not None}
        assert {"Date of death", "Funeral date", "Deceased (&D)"} <= labels
        assert event.answer_widgets["death_notice_filed"].text() == "Death notification already filed"
        qtbot.wait(100)
        window.grab().save(str(SCREEN.with_name("fix-b-death-en.png")))
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        if window is not None:
            close_counter(services, bridge, window)
