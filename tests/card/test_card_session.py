"""PIN safety rules of CardSession, against the in-process simulator."""
from app.error_catalog import message_of
import pytest

from cardreader import CardSession, LastTryConfirmed
from cardreader.errors import (CardDataInvalid, CardRemoved, NotMyNumberCard, PinFormatError, PinLocked,
                               PinNearlyLocked, WrongPin)
from cardreader.simulator import SimulatedReader, SimulatedTransport, card_for_persona
from cardreader.simulator.card_model import CardFaults, CardProfile, MyNumberCardModel


def make_card(tries=3, **faults):
    return MyNumberCardModel(CardProfile("123456789018", "山田\u3000花子", "架空県見本市１番地", "19850412", "2",
                                         "1234", tries, CardFaults(**faults)))


def verifies(card):
    return [a for a in card.apdu_log if a[1] == 0x20 and len(a) > 4]


def test_full_read():
    card = make_card()
    result = CardSession(SimulatedTransport(card), "R").read("1234")
    assert result.as_dict() == {"reader": "R", "my_number": "123456789018", "name": "山田\u3000花子",
                                "address": "架空県見本市１番地", "birth_date": "1985-04-12", "sex_code": "2",
                                "sex": "女"}


def test_basic_four_only_does_not_read_my_number_ef():
    card = make_card()
    result = CardSession(SimulatedTransport(card)).read("1234", include_my_number=False)
    assert result.my_number is None and result.as_dict()["my_number"] is None
    assert bytes.fromhex("00A4020C020001") not in card.apdu_log


@pytest.mark.parametrize("pin", ["123", "12345", "12a4", "", " 123", "１２３４", "12\n3"])
def test_bad_format_sends_nothing(pin):
    card = make_card()
    with pytest.raises(PinFormatError):
        CardSession(SimulatedTransport(card)).read(pin)
    assert card.apdu_log == [] and card.tries_left == 3


def test_wrong_pin_one_verify_no_retry():
    card = make_card()
    session = CardSession(SimulatedTransport(card))
    with pytest.raises(WrongPin) as info:
        session.read("9999")
    assert info.value.tries_left == 2 and "残り 2 回" in message_of(info.value)
    assert len(verifies(card)) == 1 and card.tries_left == 2
    assert session.read("1234").basic.sex_code == "2"  # a new user action may try again
    assert card.tries_left == 3  # a correct entry resets the counter


def test_tries_are_queried_before_verify():
    card = make_card()
    CardSession(SimulatedTransport(card)).read("1234")
    query = card.apdu_log.index(bytes.fromhex("00200080"))
    assert query < card.apdu_log.index(verifies(card)[0])


def test_refuses_at_zero_without_sending():
    card = make_card(tries=0)
    with pytest.raises(PinLocked) as info:
        CardSession(SimulatedTransport(card)).read("1234")
    assert info.value.tries_left == 0 and verifies(card) == []


def test_refuses_last_try_without_token():
    card = make_card(tries=1)
    for token in (None, True, "yes", object()):
        with pytest.raises(PinNearlyLocked):
            CardSession(SimulatedTransport(card)).read("1234", last_try=token)
    assert verifies(card) == [] and card.tries_left == 1


def test_last_try_with_token_wrong_then_locked():
    card = make_card(tries=1)
    with pytest.raises(PinLocked):
        CardSession(SimulatedTransport(card)).read("0000", last_try=LastTryConfirmed())
    assert card.tries_left == 0 and len(verifies(card)) == 1
    with pytest.raises(PinLocked):  # refused before sending from now on
        CardSession(SimulatedTransport(card)).read("1234", last_try=LastTryConfirmed())
    assert len(verifies(card)) == 1


def test_last_try_with_token_correct_pin_reads():
    card = make_card(tries=1)
    assert CardSession(SimulatedTransport(card)).read("1234", last_try=LastTryConfirmed()).my_number
    assert card.tries_left == 3


def test_tries_left_spends_none_and_read_reuses_the_query():
    card = make_card()
    session = CardSession(SimulatedTransport(card))
    assert session.tries_left() == 3 and session.tries_left() == 3
    n = len(card.apdu_log)
    session.read("1234")
    assert len(card.apdu_log) - n == 6  # VERIFY + 2 SELECT + 3 READ: no second select/query
    assert card.tries_left == 3


def test_counter_persists_across_sessions_and_power_cycles():
    card = make_card()
    for expected in (2, 1):
        with pytest.raises(WrongPin):
            CardSession(SimulatedTransport(card)).read("0000", last_try=LastTryConfirmed())
        assert CardSession(SimulatedTransport(card)).tries_left() == expected


@pytest.mark.parametrize("after", [5, 6, 7, 8])
def test_removal_mid_read_loses_no_try_and_kills_session(after):
    card = make_card(remove_after_apdus=after)  # removed after the VERIFY (4th APDU)
    reader = SimulatedReader()
    reader.insert(card)
    session = CardSession(reader.open(reader.name), reader.name)
    with pytest.raises(CardRemoved) as info:
        session.read("1234")
    assert "カードが離れました" in message_of(info.value)
    assert not session.valid and card.tries_left == 3 and reader.card is None
    with pytest.raises(CardRemoved):  # never re-verify on this (maybe swapped) connection
        session.read("1234")
    assert len(verifies(card)) == 1


def test_session_dead_after_card_swap():
    reader, first, second = SimulatedReader(), make_card(), make_card()
    reader.insert(first)
    session = CardSession(reader.open(reader.name))
    session.read("1234")
    reader.remove()
    reader.insert(second)
    with pytest.raises(CardRemoved):
        session.read("1234")
    assert second.apdu_log == []  # nothing, least of all a VERIFY, reached the new card


def test_not_a_my_number_card():
    card = make_card(not_my_number=True)
    with pytest.raises(NotMyNumberCard):
        CardSession(SimulatedTransport(card)).tries_left()
    assert verifies(card) == []


def test_fault_personas():
    with pytest.raises(CardDataInvalid, match="check digit"):
        CardSession(SimulatedTransport(card_for_persona("fault-bad-check-digit"))).read("1111")
    with pytest.raises(CardDataInvalid):
        CardSession(SimulatedTransport(card_for_persona("fault-malformed-tlv"))).read("1111")
    with pytest.raises(PinLocked):
        CardSession(SimulatedTransport(card_for_persona("fault-pin-locked"))).read("1111")
    with pytest.raises(PinNearlyLocked):
        CardSession(SimulatedTransport(card_for_persona("fault-one-try-left"))).read("1111")
    with pytest.raises(NotMyNumberCard):
        CardSession(SimulatedTransport(card_for_persona("fault-not-my-number"))).read("1111")


def test_pin_never_kept_in_session():
    card = make_card()
    session = CardSession(SimulatedTransport(card))
    session.read("1234")
    values = [repr(v) for v in vars(session).values()] + [repr(v) for v in vars(session._applet).values()]
    assert not any("1234" in v for v in values)


def test_slow_card_lifted_during_the_read():
    """A slow contactless card (fault delay_s) lifted while the read runs: clear error, no try lost."""
    import threading

    card = make_card(delay_s=0.02)
    reader = SimulatedReader()
    reader.insert(card)
    session = CardSession(reader.open(reader.name), reader.name)
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(_capture(session.read, "1234")))
    worker.start()
    while len(card.apdu_log) < 5:  # VERIFY done, reads under way
        threading.Event().wait(0.005)
    reader.remove()
    worker.join(5)
    assert isinstance(outcome[0], CardRemoved)
    assert card.tries_left == 3 and len(verifies(card)) == 1 and len(card.apdu_log) < 9


def test_slow_card_reads_completely():
    card = card_for_persona("fault-slow-card")
    card.faults.delay_s = 0.005
    assert CardSession(SimulatedTransport(card)).read("1111").basic.name == "見本\u3000試験"


def _capture(fn, *args):
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - handed to the asserting thread
        return exc
