"""死亡 (おくやみ) from the counter window: real services on the demo database, the surviving
spouse's card (persona suzuki-hana). The registry records the death, so the deceased head is
preselected on the life-event page; what is missing is named before leaving the page; the
real rules → the おくやみ procedures and the 葬祭費 form of the deceased."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from app.visit.workflow import VisitState
from tests.ui.flow import next_step, settle_for_screenshot, type_text, wait_state
from tests.ui.real_counter import choose_persona, close_counter, open_counter, type_pin

SCREEN = Path(__file__).resolve().parents[2] / "artifacts" / "screens" / "death-page.png"


def _to_event_page(qtbot, window):
    choose_persona(window, "suzuki-hana")
    qtbot.keyClick(window, Qt.Key_F5)                   # the trainer places the card
    type_pin(qtbot, window, "4321")
    wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)
    next_step(qtbot, window)                            # the My Number match is preselected
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    event = window.current_page()
    event.event_combo.setFocus()
    qtbot.keyClick(event.event_combo, Qt.Key_0 + event.event_combo.findData("death"))
    qtbot.waitUntil(lambda: not event.preview_pending)
    return event


def test_the_recorded_death_preselects_the_deceased_and_yields_okuyami(qtbot):
    services, bridge, window = open_counter(qtbot)
    try:
        event = _to_event_page(qtbot, window)
        picker = event.answer_widgets["deceased"]
        names = [b.text() for b in picker.buttons.values()]
        assert len(names) == 1 and "鈴木　一郎" in names[0] and "世帯主" in names[0]
        assert picker.value(), "the registry records the death: the deceased is preselected"
        assert not event.members_box.isVisible()   # survivors are the rest of the household
        assert not event.answer_widgets["death_notice_filed"].isVisible()   # recorded: it was filed

        # Next with answers missing: each is named next to its field, the visit stays
        next_step(qtbot, window)
        qtbot.waitUntil(lambda: event.missing_label.isVisible())
        assert window.controller.visit.state is VisitState.IDENTIFIED
        assert event._issue_labels["funeral_date"].isVisible()
        # 死亡日 is the registry's (消除の異動年月日): filled, so the first gap has the focus
        # (left empty it stays the registry's value; the field says so)
        assert "2026-11-15" in event.answer_widgets["date"].placeholderText()
        assert "date" not in event._issue_labels or not event._issue_labels["date"].isVisible()
        assert QApplication.focusWidget() is not event.answer_widgets["date"]

        for key, value in (("funeral_date", "2026-11-18"), ("bank_detail", "架空銀行 本店"),
                           ("bank_account", "7654321"), ("bank_holder_kana", "スズキ　ハナ")):
            type_text(qtbot, event.answer_widgets[key], value)
        event.answer_widgets["deceased_card_held"].setCurrentIndex(1)
        event.answer_widgets["bank_type"].setCurrentIndex(1)
        settle_for_screenshot(qtbot, event)
        window.grab().save(str(SCREEN))
        next_step(qtbot, window)
        wait_state(qtbot, window, VisitState.EVENT_ANSWERED, timeout=10000)

        visit = window.controller.visit
        codes = {p.code for p in visit.procedures}
        assert {"koki", "kaigo", "sousaihi", "nenkin_note", "card_return"} <= codes
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
        assert sousaihi.get("d_name") == "鈴木　一郎"
        assert sousaihi.get("d_birth") == "1946-02-11"
        assert sousaihi.get("d_number") == "39012345"
        assert sousaihi.get("scheme") == "後期高齢者医療"
        assert sousaihi.get("died_on") == "2026-11-15"
        assert sousaihi.get("funeral_on") == "2026-11-18"
        assert sousaihi.get("a_name") == "鈴木　ハナ"     # the card holder is the 喪主
        assert sousaihi.get("a_relation") == "妻"
    finally:
        close_counter(services, bridge, window)


def test_the_next_resident_starts_clean_after_a_death(qtbot):
    """The previous visit's event and deceased never carry over to the next resident."""
    services, bridge, window = open_counter(qtbot)
    try:
        event = _to_event_page(qtbot, window)
        assert event.answer_widgets["deceased"].value()
        window.controller.close_visit()                  # 次の受付へ
        assert "カードをお返しください" in window.message_bar.text()   # her card is still on the reader
        qtbot.keyClick(window, Qt.Key_F6)                # given back
        qtbot.waitUntil(lambda: not window.message_bar.isVisible(), timeout=5000)
        choose_persona(window, "takahashi-kenji")
        qtbot.keyClick(window, Qt.Key_F5)
        type_pin(qtbot, window, "7531")
        wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)
        next_step(qtbot, window)
        wait_state(qtbot, window, VisitState.IDENTIFIED)
        event = window.current_page()
        assert event._event() is None
        assert "deceased" not in event.answer_widgets
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
        assert event.event_combo.currentText().endswith("Death")
        labels = {label.text().rstrip(" *") for label in event._labels.values()}
        assert {"Date of death", "Funeral date", "Deceased"} <= labels
        assert event.answer_widgets["deceased_card_held"].itemText(1).endswith("Had one")
        settle_for_screenshot(qtbot, event)
        window.grab().save(str(SCREEN.with_name("death-page-en.png")))
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        if window is not None:
            close_counter(services, bridge, window)
