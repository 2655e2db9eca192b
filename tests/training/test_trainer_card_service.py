"""The trainer's card service: only a trainer (as stored now) may use it, it shows the card
actually in the reader with its PIN, and each fault does to a real CardSession what the
trainer's button says."""
from __future__ import annotations

import pytest

from app.error_catalog import lookup
from app.identity.errors import PermissionDeniedError
from cardreader import CardSession, LastTryConfirmed
from cardreader.errors import CardRemoved, NotMyNumberCard, PinLocked, PinNearlyLocked, WrongPin
from cardreader.simulator import SimulatedReader, card_for_persona
from tests.staff.service_fixtures import ADMIN_NAME
from training.scenarios import FAULTS
from training.trainer_card_service import (FAULT_LABELS, NoCardPlacedError, TrainerCardService,
                                           UnknownFaultError)


@pytest.fixture
def reader():
    return SimulatedReader()


@pytest.fixture
def cards(reader, services, people):
    return TrainerCardService(reader, services.authorization, lambda: people["trainer1"])


def session(reader) -> CardSession:
    return CardSession(reader.open(reader.name), reader.name)


def read(reader, pin, last_try=None):
    s = session(reader)
    try:
        return s.read(pin, last_try=last_try)
    finally:
        s.close()


@pytest.mark.parametrize("who", ["clerk1", "super1", ADMIN_NAME])
def test_only_a_trainer_gets_the_trainer_card_service(reader, services, people, who):
    with pytest.raises(PermissionDeniedError) as refused:
        TrainerCardService(reader, services.authorization, lambda: people[who])
    assert refused.value.action == "use_trainer_panel"
    assert lookup(refused.value)[1].message   # the catalogue has words for it


def test_a_trainer_disabled_meanwhile_loses_the_card_and_its_pin_at_once(cards, reader, services, people):
    cards.place("yamada-taro")
    assert cards.view().pin == "1234"
    services.staff.disable(people[ADMIN_NAME], "trainer1")
    for action in (cards.view, cards.remove, lambda: cards.inject("wrong_pin"),
                   lambda: cards.place("ito-yumi"), cards.personas):
        with pytest.raises(PermissionDeniedError) as refused:
            action()
        assert refused.value.detail == "account_disabled"
    assert reader.card is not None   # nothing was done for the refused calls


def test_the_view_is_of_the_card_actually_in_the_reader_however_it_got_there(cards, reader):
    assert not cards.view().present and cards.view().pin == ""
    cards.place("yamada-taro")
    reader.insert(card_for_persona("ito-yumi"))   # the demo card bar puts another card in
    view = cards.view()
    assert (view.persona_id, view.pin, view.tries_left) == ("ito-yumi", "9876", 3)
    assert "伊藤 由美" in view.label
    reader.insert(card_for_persona("fault-malformed-tlv"))
    assert cards.view().faults == ("card_data_invalid",)   # a persona's own fault is shown
    cards.remove()
    assert not cards.view().present and reader.card is None


def test_a_wrong_pin_costs_exactly_the_next_try(cards, reader):
    cards.place("yamada-taro")
    cards.inject("wrong_pin")
    assert cards.view().faults == ("wrong_pin",)
    with pytest.raises(WrongPin) as wrong:
        read(reader, "1234")   # the right PIN, answered 63C2
    assert wrong.value.tries_left == 2 and reader.card.tries_left == 2
    assert read(reader, "1234").basic.name   # the next try goes through again
    assert reader.card.tries_left == 3 and cards.view().faults == ()


def test_one_try_left_still_needs_the_clerks_confirmation(cards, reader):
    cards.place("takahashi-kenji")
    cards.inject("one_try_left")
    s = session(reader)
    try:
        assert s.tries_left() == 1
        with pytest.raises(PinNearlyLocked):
            s.read("7531")
    finally:
        s.close()
    assert reader.card.tries_left == 1   # refused before any VERIFY
    cards.inject("wrong_pin")
    with pytest.raises(PinLocked):   # the confirmed last try, mistyped: the card locks
        read(reader, "7531", LastTryConfirmed())
    assert reader.card.tries_left == 0 and cards.view().faults == ("pin_locked",)


def test_pulled_mid_read_slow_and_not_a_my_number_card(cards, reader):
    cards.place("yamada-taro")
    cards.inject("card_removed")
    with pytest.raises(CardRemoved):
        read(reader, "1234")
    assert reader.card is None   # it left the reader during the read
    cards.place("yamada-taro")
    cards.inject("slow_card")
    assert reader.card.faults.delay_s > 0 and "slow_card" in cards.view().faults
    cards.inject("not_my_number_card")
    with pytest.raises(NotMyNumberCard):
        read(reader, "1234")
    cards.clear_faults()
    assert cards.view().faults == () and reader.card.faults.delay_s == 0
    assert read(reader, "1234").basic.name


def test_faults_need_a_card_and_a_known_name(cards):
    with pytest.raises(NoCardPlacedError):
        cards.inject("pin_locked")
    with pytest.raises(UnknownFaultError):
        cards.inject("on_fire")
    assert set(FAULTS) == set(FAULT_LABELS)   # scenario files name the same faults


def test_which_faults_make_sense_now(cards, reader):
    assert not any(cards.view().can_inject(f) for f in FAULT_LABELS)   # no card
    cards.place("yamada-taro")
    assert all(cards.view().can_inject(f) for f in FAULT_LABELS)
    cards.inject("wrong_pin")
    cards.inject("one_try_left")
    view = cards.view()
    assert view.can_inject("wrong_pin")   # again: it would cost the last try
    assert not view.can_inject("one_try_left")
    cards.inject("pin_locked")
    assert not cards.view().can_inject("wrong_pin") and not cards.view().can_inject("pin_locked")
