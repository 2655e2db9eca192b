"""研修パネル: persona cards and faults reach the counter through the real CardBridge."""
from __future__ import annotations

from app.error_catalog import message_of

import pytest
from PySide6.QtCore import Qt

from training.scenarios import load_scenarios
from cardreader.errors import CardRemoved, NotMyNumberCard, PinLocked, WrongPin
from training.trainer_card_service import (FAULT_LABELS, NoCardPlacedError,
                                                  TrainerCardService)
from widgets.trainer.trainer_panel import IdRole, TrainerPanel


from tests.support.simulated_card_fixtures import bridge, reader  # noqa: E402,F401  (fixtures)


@pytest.fixture
def panel(qtbot, reader):
    panel = TrainerPanel(TrainerCardService(reader), load_scenarios())
    qtbot.addWidget(panel)
    panel.resize(1100, 640)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def select_persona(panel, persona_id):
    for row in range(panel.persona_list.count()):
        if panel.persona_list.item(row).data(IdRole) == persona_id:
            panel.persona_list.setCurrentRow(row)
            return
    raise AssertionError(persona_id)


def place_with_keyboard(qtbot, panel, bridge, persona_id):
    select_persona(panel, persona_id)
    panel.persona_list.setFocus()
    with qtbot.waitSignal(bridge.card_inserted, timeout=3000):
        qtbot.keyClick(panel.persona_list, Qt.Key_Return)


def test_lists_every_persona_and_scenario(panel):
    labels = [panel.persona_list.item(i).text() for i in range(panel.persona_list.count())]
    assert labels[0] == "伊藤 由美（印鑑登録）" and "山田 太郎（4人家族で他市から転入）" in labels
    assert labels[-1].startswith("【異常】") and len(labels) >= 6
    titles = [panel.scenario_list.item(i).text() for i in range(panel.scenario_list.count())]
    assert "4人家族の転入" in titles and len(titles) == len(load_scenarios())
    assert all(not b.isEnabled() for b in panel.fault_buttons.values())  # no card yet


def test_place_card_then_one_try_left_reaches_the_bridge(qtbot, panel, bridge, reader):
    place_with_keyboard(qtbot, panel, bridge, "yamada-taro")
    assert "山田 太郎" in panel.reader_status.text()
    with qtbot.waitSignal(bridge.tries_left_known, timeout=3000) as tries:
        bridge.request_pin_status()
    assert tries.args == [3]
    with qtbot.waitSignal(panel.fault_injected) as injected:
        qtbot.mouseClick(panel.fault_buttons["one_try_left"], Qt.LeftButton)
    assert injected.args == ["one_try_left"]
    assert "残り1回" in panel.reader_status.text()
    with qtbot.waitSignal(bridge.tries_left_known, timeout=3000) as tries:
        bridge.request_pin_status()
    assert tries.args == [1]
    with qtbot.waitSignal(bridge.card_removed, timeout=3000):
        qtbot.keyClick(panel, Qt.Key_Delete, Qt.ControlModifier)
    assert panel.reader_status.text() == "模擬リーダー: カードなし"


@pytest.mark.parametrize("fault, error_type", [("wrong_pin", WrongPin), ("pin_locked", PinLocked),
                                               ("card_removed", CardRemoved),
                                               ("not_my_number_card", NotMyNumberCard)])
def test_each_fault_gives_the_counter_its_typed_error(qtbot, panel, bridge, reader, fault, error_type):
    place_with_keyboard(qtbot, panel, bridge, "yamada-taro")
    panel.inject(fault)
    with qtbot.waitSignal(bridge.read_failed, timeout=3000) as failed:
        bridge.request_read("1234")  # the persona's own PIN
    assert isinstance(failed.args[0], error_type)
    if fault == "wrong_pin":
        assert failed.args[0].tries_left == 2
    if fault == "card_removed":
        assert reader.card is None  # the card left the reader mid-read
        assert reader.snapshot() == {reader.name: False}


def test_fault_without_a_card_is_explained(panel):
    panel.inject("pin_locked")
    assert panel.message.text() == message_of(NoCardPlacedError())
    with pytest.raises(NoCardPlacedError):
        panel.cards.inject("pin_locked")
    assert set(FAULT_LABELS) == {"wrong_pin", "one_try_left", "pin_locked", "card_removed",
                                 "not_my_number_card"}


def test_scenario_places_its_persona_and_fault(qtbot, panel, bridge):
    ids = [s.id for s in panel.scenarios]
    panel.scenario_list.setCurrentRow(ids.index("pin-one-try-left"))
    assert "残り" in panel.scenario_text.toPlainText()
    with qtbot.waitSignals([bridge.card_inserted, panel.scenario_started], timeout=3000):
        qtbot.mouseClick(panel.start_button, Qt.LeftButton)
    assert panel.cards.persona_id == "takahashi-kenji" and panel.cards.faults == ["one_try_left"]
    with qtbot.waitSignal(bridge.tries_left_known, timeout=3000) as tries:
        bridge.request_pin_status()
    assert tries.args == [1]


def test_faults_apply_to_a_card_placed_elsewhere_and_removal_is_noticed(qtbot, panel, bridge, reader):
    from cardreader.simulator import card_for_persona

    with qtbot.waitSignal(bridge.card_inserted, timeout=3000):
        reader.insert(card_for_persona("ito-yumi"))  # e.g. the demo card bar
    qtbot.waitUntil(lambda: panel.fault_buttons["pin_locked"].isEnabled(), timeout=2000)
    assert "ほかの操作" in panel.reader_status.text()
    panel.inject("card_removed")
    with qtbot.waitSignals([bridge.read_failed, bridge.card_removed], timeout=3000):
        bridge.request_read("9876")
    qtbot.waitUntil(lambda: panel.reader_status.text() == "模擬リーダー: カードなし", timeout=2000)
    assert not panel.fault_buttons["pin_locked"].isEnabled()


def test_a_broken_scenario_file_does_not_stop_the_panel(qtbot, tmp_path, panel):
    from widgets.staff.panels import load_trainer_scenarios

    (tmp_path / "99-broken.json").write_text('{"id": "x", "title": "壊れた"}', encoding="utf-8")
    scenarios, problem = load_trainer_scenarios(tmp_path)
    assert scenarios == [] and "99-broken.json" in problem and "persona" in problem
    panel.show_problem(problem)
    assert panel.message.text() == problem
    assert load_trainer_scenarios()[1] == ""  # the shipped files all load
