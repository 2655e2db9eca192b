"""The trainer's own window beside the trainee's counter, as a training session runs it: the
real demo composition, the real CardBridge and CardSession over the card simulator, the
trainer's clicks landing while the trainee's PIN pad is open or the card is being read."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.error_catalog import message_of
from app.visit.workflow import VisitState
from cardreader.errors import CardRemoved
from tests.ui.flow import wait_state
from tests.ui.trainer_counter import (click, close_training, open_training, place, start_scenario,
                                      texts_of, trainer_pin, wait_pin_pad)

pytestmark = pytest.mark.slow
VERIFY_WITH_PIN = bytes.fromhex("00200080")   # VERIFY (P2 80 = the 券面事項入力補助 PIN) with data


@pytest.fixture
def training(qtbot):
    services, bridge, window, trainer = open_training(qtbot)
    yield window, trainer, services.card_source.simulated_reader
    close_training(services, bridge, window)


def type_pin(qtbot, dialog, pin):
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)


def verifies(card) -> int:
    return sum(1 for apdu in card.apdu_log if apdu[:4] == VERIFY_WITH_PIN and len(apdu) > 5)


def test_the_trainer_window_is_its_own_window_and_takes_clicks_while_the_pin_pad_is_open(qtbot, training):
    window, trainer, reader = training
    assert trainer.isWindow() and trainer.parent() is None and trainer.isVisible()
    place(qtbot, trainer, "yamada-taro")
    dialog = wait_pin_pad(qtbot, window)
    assert dialog.isModal() and dialog.windowModality() == Qt.WindowModal
    assert QApplication.activeModalWidget() is dialog
    qtbot.waitUntil(lambda: trainer.card_controls.fault_buttons["slow_card"].isEnabled(), timeout=3000)
    # a click in the counter window is blocked by the pad, as for the clerk's mouse…
    cancelled = []
    assert window.cancel_button.isEnabled()
    window.cancel_button.clicked.connect(lambda: cancelled.append(True))
    click(qtbot, window.cancel_button)
    assert cancelled == []
    # …while the trainer's click reaches their own window
    click(qtbot, trainer.card_controls.fault_buttons["slow_card"])
    assert reader.card.faults.delay_s > 0
    assert "応答を遅く" in trainer.card_controls.faults_label.text()
    assert window.pin_dialog is dialog and dialog.isVisible()   # the trainee's pad is untouched


def test_pulling_the_card_while_the_pin_pad_is_open_says_so_and_loses_nothing(qtbot, training):
    window, trainer, reader = training
    place(qtbot, trainer, "yamada-taro")
    wait_pin_pad(qtbot, window)
    visit_id = window.controller.visit.visit_id
    click(qtbot, trainer.card_controls.remove_button)
    qtbot.waitUntil(lambda: window.pin_dialog is None, timeout=5000)
    assert window.message_bar.isVisible()
    assert message_of(CardRemoved()) in window.message_bar.text()
    assert window.controller.visit.visit_id == visit_id
    assert window.controller.visit.state is VisitState.CARD_PLACED
    assert trainer.card_controls.reader_label.text() == "カードなし"
    qtbot.wait(800)   # the banner stays: the removal is what it is about
    assert window.message_bar.isVisible()
    place(qtbot, trainer, "yamada-taro")   # the resident puts the card back
    dialog = wait_pin_pad(qtbot, window)
    assert not window.message_bar.isVisible()
    type_pin(qtbot, dialog, trainer_pin(trainer))
    wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)
    assert window.controller.visit.visit_id == visit_id   # the same visit went on


def test_a_wrong_pin_injected_during_the_read_costs_a_try_and_the_last_try_still_asks(qtbot, training):
    window, trainer, reader = training
    place(qtbot, trainer, "yamada-taro")
    dialog = wait_pin_pad(qtbot, window)
    assert dialog.tries_left == 3
    pin = trainer_pin(trainer)
    for tries_after in (2, 1):
        click(qtbot, trainer.card_controls.fault_buttons["wrong_pin"])
        type_pin(qtbot, dialog, pin)   # the right PIN: the card answers 63Cx all the same
        qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog is not dialog
                        and window.pin_dialog.isVisible(), timeout=10000)
        dialog = window.pin_dialog
        assert dialog.tries_left == tries_after and reader.card.tries_left == tries_after
        assert f"残り {tries_after} 回" in dialog.tries_label.text()
        assert "暗証番号が違います" in dialog.message.text()
        qtbot.waitUntil(lambda: trainer.card_controls.tries_label.text() == f"残り {tries_after} 回",
                        timeout=3000)
    # one try left: nothing reaches the card until the clerk confirms with the resident
    assert dialog.confirm_last.isVisible()
    sent = verifies(reader.card)
    type_pin(qtbot, dialog, pin)
    qtbot.wait(300)
    assert window.pin_dialog is dialog and dialog.isVisible() and not dialog.ok_button.isEnabled()
    assert verifies(reader.card) == sent and reader.card.tries_left == 1
    dialog.confirm_last.setChecked(True)
    dialog.pin_edit.clear()
    type_pin(qtbot, dialog, pin)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)
    assert reader.card.tries_left == 3   # a right PIN resets the counter, as on a card


def test_a_slow_card_reads_slowly_and_can_be_pulled_in_the_middle_of_the_read(qtbot, training):
    window, trainer, reader = training
    place(qtbot, trainer, "takahashi-kenji")
    dialog = wait_pin_pad(qtbot, window)
    visit_id = window.controller.visit.visit_id
    click(qtbot, trainer.card_controls.fault_buttons["slow_card"])
    type_pin(qtbot, dialog, trainer_pin(trainer))
    qtbot.waitUntil(lambda: "読み取り中" in window.card_status.text(), timeout=3000)
    qtbot.waitUntil(lambda: "読み取り中" in trainer.counter_label.text(), timeout=3000)
    before = len(reader.card.apdu_log)
    qtbot.waitUntil(lambda: len(reader.card.apdu_log) >= before + 2, timeout=5000)   # mid-read
    click(qtbot, trainer.card_controls.remove_button)
    qtbot.waitUntil(lambda: message_of(CardRemoved()) in window.message_bar.text(), timeout=10000)
    qtbot.wait(800)   # the monitor has seen the card go: the banner is still there
    assert window.message_bar.isVisible() and message_of(CardRemoved()) in window.message_bar.text()
    assert window.controller.visit.visit_id == visit_id
    assert window.controller.visit.state is VisitState.CARD_PLACED and window.controller.visit.card is None
    # the card back, still slow: the read takes its time and then succeeds
    place(qtbot, trainer, "takahashi-kenji")
    dialog = wait_pin_pad(qtbot, window)
    click(qtbot, trainer.card_controls.fault_buttons["slow_card"])
    type_pin(qtbot, dialog, trainer_pin(trainer))
    qtbot.waitUntil(lambda: "読み取り中" in window.card_status.text(), timeout=3000)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=30000)
    assert window.controller.visit.visit_id == visit_id
    assert len(reader.card.apdu_log) > 6   # select, tries, VERIFY and the reads, each one slow


def test_the_pin_is_shown_in_the_trainer_window_and_nowhere_in_the_counter_window(qtbot, training):
    window, trainer, reader = training
    place(qtbot, trainer, "takahashi-kenji")
    dialog = wait_pin_pad(qtbot, window)
    qtbot.waitUntil(lambda: "暗証番号 7531" in trainer.card_controls.pin_label.text(), timeout=3000)
    assert "7531" == reader.card.profile.pin   # the PIN of the card actually in the reader
    assert "高橋 健二" in trainer.card_controls.reader_label.text()
    assert any("7531" in t for t in texts_of(trainer))
    assert not any("7531" in t for t in texts_of(window))   # the PIN pad (a child) included
    type_pin(qtbot, dialog, "7531")
    wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)
    qtbot.waitUntil(lambda: not window.controller.runner.busy)
    texts = texts_of(window)
    assert any("高橋" in t for t in texts)   # the resident's data are on screen now…
    assert not any("7531" in t for t in texts)   # …and still no PIN


def test_a_card_placed_from_the_demo_bar_shows_its_own_pin_and_takes_faults(qtbot, training):
    window, trainer, reader = training
    bar = window.demo_cards
    bar.persona_combo.setCurrentIndex(bar.persona_combo.findData("ito-yumi"))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key_F5)
    wait_pin_pad(qtbot, window)
    qtbot.waitUntil(lambda: "伊藤 由美" in trainer.card_controls.reader_label.text(), timeout=3000)
    assert trainer_pin(trainer) == "9876"
    assert trainer.card_controls.fault_buttons["one_try_left"].isEnabled()
    click(qtbot, trainer.card_controls.fault_buttons["one_try_left"])
    assert reader.card.tries_left == 1
    assert not trainer.card_controls.fault_buttons["one_try_left"].isEnabled()   # nothing left to do


def test_scenario_answers_fill_the_event_page_and_reach_the_forms(qtbot, training):
    window, trainer, reader = training
    start_scenario(qtbot, trainer, "family-moving-in")
    dialog = wait_pin_pad(qtbot, window)
    assert not trainer.scenario_controls.fill_button.isEnabled()   # not at the event step yet
    type_pin(qtbot, dialog, trainer_pin(trainer))
    wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)
    page = window.current_page()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.new_resident_button, Qt.Key_T, Qt.AltModifier)   # not in the registry yet
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    qtbot.waitUntil(lambda: trainer.scenario_controls.fill_button.isEnabled())
    click(qtbot, trainer.scenario_controls.fill_button)
    assert "回答を研修生の画面に入れました" in trainer.message.text()
    event_page = window.current_page()
    assert event_page.event_combo.currentData() == "move_in"
    assert event_page.answer_widgets["new_address"].text() == "架空県見本市中央町一丁目２番３号"
    assert event_page.answer_widgets["insurance"].value() == "nhi"
    names = [b.widgets["name"].value() for b in event_page.people.boxes if "name" in b.widgets]
    assert names == ["山田　花子", "山田　陽翔", "山田　茂"]   # the holder's box is the card's
    holder = event_page.people.boxes[0]
    assert holder.pid == "holder" and holder.widgets["kana"].value() == "ヤマダ　タロウ"
    # the live preview works out the procedures from the filled answers
    qtbot.waitUntil(lambda: not event_page.preview_pending and "国民健康保険" in
                    event_page.procedures_label.text(), timeout=10000)
    assert window.controller.visit.answers == {}   # nothing saved until the trainee goes on
    qtbot.waitUntil(lambda: window.next_button.isEnabled())
    qtbot.mouseClick(window.next_button, Qt.LeftButton)
    wait_state(qtbot, window, VisitState.EVENT_ANSWERED, timeout=15000)
    visit = window.controller.visit
    assert visit.answers["new_address"] == "架空県見本市中央町一丁目２番３号"
    assert len(visit.added_people) == 3 and visit.about["holder"]["kana"] == "ヤマダ　タロウ"
    qtbot.waitUntil(lambda: window.next_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(window.next_button, Qt.LeftButton)
    wait_state(qtbot, window, VisitState.PROCEDURES_CHOSEN, timeout=20000)
    review = window.current_page()
    qtbot.waitUntil(lambda: review.preview.page_count > 0, timeout=20000)   # the form preview
    values = [str(v.value) for d in window.controller.visit.drafts for v in d.values.values()]
    assert any("中央町一丁目" in v for v in values) and any("山田　花子" in v for v in values)


def test_a_scenario_places_its_card_with_its_fault_and_ctrl_del_pulls_it_at_the_pin_pad(qtbot, training):
    window, trainer, reader = training
    start_scenario(qtbot, trainer, "pin-one-try-left")
    dialog = wait_pin_pad(qtbot, window)
    assert dialog.tries_left == 1 and dialog.confirm_last.isVisible()   # the fault reached the counter
    assert "シナリオ「暗証番号の残りが1回のカード」を開始しました" in trainer.message.text()
    qtbot.waitUntil(lambda: trainer.card_controls.tries_label.text() == "残り 1 回", timeout=3000)
    assert "高橋 健二" in trainer.card_controls.reader_label.text()
    assert "暗証番号の残りを1回にする" in trainer.card_controls.faults_label.text()
    # the trainer pulls the card from the keyboard, the pad still open on the counter
    trainer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is trainer)
    qtbot.keyClick(trainer.card_controls.persona_list, Qt.Key_Delete, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.pin_dialog is None, timeout=5000)
    assert reader.card is None and trainer.message.text() == "カードを抜きました。"
    assert message_of(CardRemoved()) in window.message_bar.text()


def test_the_trainer_window_hides_while_the_counter_is_locked(qtbot, training):
    window, trainer, reader = training
    window.lock()
    assert not trainer.isVisible()
    window.lock_page.password.setText("renshu-kenshu")
    window.lock_page.unlock_button.click()
    qtbot.waitUntil(lambda: not window.locked)
    assert trainer.isVisible()


def test_every_persona_and_scenario_is_listed_and_a_broken_file_is_named(qtbot, training, tmp_path):
    from training.scenarios import load_scenarios
    from widgets.staff.panels import load_trainer_scenarios

    window, trainer, reader = training
    personas = trainer.card_controls.persona_list
    labels = [personas.item(i).text() for i in range(personas.count())]
    assert "山田 太郎（4人家族で他市から転入）" in labels and labels[-1].startswith("【異常】")
    titles = [s.title for s in trainer.scenarios]
    assert "4人家族の転入" in titles and len(titles) == len(load_scenarios())
    shown = trainer.scenario_controls.scenario_text.toPlainText()
    assert "本人役が答えること" in shown and "転入した日" in shown and "山田　花子" in shown
    (tmp_path / "99-broken.json").write_text('{"id": "x", "title": "壊れた"}', encoding="utf-8")
    scenarios, problem = load_trainer_scenarios(tmp_path)
    assert scenarios == [] and "99-broken.json" in problem and "persona" in problem
    trainer.show_problem(problem)
    assert trainer.message.text() == problem
    place(qtbot, trainer, "ito-yumi")   # cards and faults still work
    qtbot.waitUntil(lambda: reader.card is not None)
