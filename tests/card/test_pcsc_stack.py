"""Real PC/SC: pyscard → pcscd → vpcd → the simulated card served over TCP."""
from __future__ import annotations

from app.error_catalog import message_of

import threading

import pytest

from cardreader import CardSession, LastTryConfirmed, ReaderMonitor
from cardreader import reader_events as ev
from cardreader.errors import CardRemoved, NotMyNumberCard, PinLocked, PinNearlyLocked, ServiceUnavailable, WrongPin
from cardreader.simulator import card_for_persona

pytestmark = pytest.mark.pcsc


def _pcsc():
    from cardreader import pcsc

    return pcsc


def _verifies(card):
    return [a for a in card.apdu_log if a[1] == 0x20 and len(a) > 4]


def test_readers_and_presence(pcscd, slot):
    pcsc = _pcsc()
    assert {pcscd.reader, pcscd.spare_reader} <= set(pcsc.list_readers())
    source = pcsc.PcscStatusSource()
    try:
        assert source.snapshot()[pcscd.reader] is False
        slot.insert("yamada-taro")
        assert source.snapshot() == {pcscd.reader: True, pcscd.spare_reader: False}
    finally:
        source.close()


def test_full_read_exclusive_nine_apdus(pcscd, slot):
    card = slot.insert("yoshida-takashi")
    transport = _pcsc().PcscTransport(pcscd.reader)
    session = CardSession(transport, pcscd.reader)
    try:
        assert transport.exclusive
        result = session.read("1357")
    finally:
        session.close()
    assert result.basic.name == "𠮷田\u3000髙志" and result.my_number.value == "635172098466"
    assert len(card.apdu_log) == 9


def test_wrong_pin_one_try_left_and_locked(pcscd, slot):
    card = slot.insert("takahashi-kenji")
    session = CardSession(_pcsc().PcscTransport(pcscd.reader))
    try:
        with pytest.raises(WrongPin) as info:
            session.read("0000")
        assert info.value.tries_left == 2
        with pytest.raises(WrongPin):
            session.read("0001")
        with pytest.raises(PinNearlyLocked):
            session.read("7531")
        assert card.tries_left == 1 and len(_verifies(card)) == 2
        with pytest.raises(PinLocked):
            session.read("0002", last_try=LastTryConfirmed())
        with pytest.raises(PinLocked):
            session.read("7531", last_try=LastTryConfirmed())
        assert card.tries_left == 0 and len(_verifies(card)) == 3
    finally:
        session.close()


def test_not_my_number_card(pcscd, slot):
    slot.insert("fault-not-my-number")
    session = CardSession(_pcsc().PcscTransport(pcscd.reader))
    try:
        with pytest.raises(NotMyNumberCard):
            session.tries_left()
    finally:
        session.close()


def test_removal_mid_read_then_reinsertion(pcscd, slot):
    card = card_for_persona("yamada-taro")
    card.faults.remove_after_apdus = 6  # gone right after the My Number SELECT
    slot.insert(card)
    session = CardSession(_pcsc().PcscTransport(pcscd.reader))
    with pytest.raises(CardRemoved) as info:
        session.read("1234")
    assert "カードが離れました" in message_of(info.value)
    assert card.tries_left == 3 and not session.valid
    session.close()
    slot.remove()
    card.faults.remove_after_apdus = None  # the same card, placed again
    slot.insert(card)
    with pytest.raises(CardRemoved):
        session.read("1234")  # the old session never verifies again
    fresh = CardSession(_pcsc().PcscTransport(pcscd.reader))
    try:
        assert fresh.read("1234").basic.name == "山田\u3000太郎"
    finally:
        fresh.close()
    assert len(_verifies(card)) == 2


def test_another_card_after_removal_is_not_verified(pcscd, slot):
    first = slot.insert("ito-yumi")
    session = CardSession(_pcsc().PcscTransport(pcscd.reader))
    session.read("9876")
    slot.remove()
    second = slot.insert("takahashi-kenji")
    with pytest.raises(CardRemoved):
        session.read("9876")
    session.close()
    assert _verifies(second) == [] and len(_verifies(first)) == 1


def test_monitor_sees_insert_and_remove(pcscd, slot):
    pcsc = _pcsc()
    events: list = []
    changed = threading.Condition()

    def record(event):
        with changed:
            events.append(event)
            changed.notify_all()

    monitor = ReaderMonitor(pcsc.PcscStatusSource(), record, poll_timeout=0.5)
    thread = threading.Thread(target=monitor.run)
    thread.start()
    try:
        with changed:
            assert changed.wait_for(lambda: ev.ReaderAdded(pcscd.reader) in events, 5)
        slot.insert("suzuki-hana")
        with changed:
            assert changed.wait_for(lambda: ev.CardInserted(pcscd.reader) in events, 5)
        assert monitor.reader_with_card() == pcscd.reader
        slot.remove()
        with changed:
            assert changed.wait_for(lambda: ev.CardRemoved(pcscd.reader) in events, 5)
    finally:
        monitor.stop()
        thread.join(5)
    assert not thread.is_alive()


def test_no_pcscd_running(pcscd):
    pcsc = _pcsc()
    events: list = []
    source = pcsc.PcscStatusSource()
    monitor = ReaderMonitor(source, events.append, poll_timeout=0.2)
    monitor.step(first=True)
    pcscd.stop()
    try:
        with pytest.raises(ServiceUnavailable):
            pcsc.list_readers()
        with pytest.raises(ServiceUnavailable):
            pcsc.PcscTransport(pcscd.reader)
        monitor.step()
        assert events[-1] == ev.ServiceUnavailable()
        assert ev.ReaderRemoved(pcscd.reader) in events
    finally:
        pcscd.restart()
    monitor.step()
    assert ev.ServiceRestored() in events and monitor.states.get(pcscd.reader) is False
    source.close()


def test_shared_fallback_and_busy_card(pcscd, slot):
    from smartcard import scard as sc

    from cardreader.errors import ReaderUnavailable

    card = slot.insert("ito-yumi")
    _, context = sc.SCardEstablishContext(sc.SCARD_SCOPE_USER)
    try:
        # Another application holds the card shared: we fall back to shared, and because
        # others may interleave APDUs the session re-queries the counter before VERIFY.
        _, other, _ = sc.SCardConnect(context, pcscd.reader, sc.SCARD_SHARE_SHARED, sc.SCARD_PROTOCOL_T1)
        transport = _pcsc().PcscTransport(pcscd.reader)
        session = CardSession(transport)
        assert not transport.exclusive
        assert session.tries_left() == 3
        n = len(card.apdu_log)
        assert session.read("9876").basic.name == "伊藤\u3000由美"
        assert card.apdu_log[n:n + 3] == [bytes.fromhex("00A4040C0AD3921000310001010408"),
                                          bytes.fromhex("00A4020C020011"), bytes.fromhex("00200080")]
        session.close()
        sc.SCardDisconnect(other, sc.SCARD_LEAVE_CARD)
        # Held exclusively by someone else: a clear, typed refusal.
        _, other, _ = sc.SCardConnect(context, pcscd.reader, sc.SCARD_SHARE_EXCLUSIVE, sc.SCARD_PROTOCOL_T1)
        with pytest.raises(ReaderUnavailable, match="in_use"):
            _pcsc().PcscTransport(pcscd.reader)
        sc.SCardDisconnect(other, sc.SCARD_UNPOWER_CARD)
    finally:
        sc.SCardReleaseContext(context)


def test_card_swapped_between_two_polls_is_reported(pcscd, slot):
    events: list = []
    monitor = ReaderMonitor(_pcsc().PcscStatusSource(), events.append, poll_timeout=0.05)
    slot.insert("ito-yumi")
    monitor.step(first=True)
    slot.remove()
    slot.insert("takahashi-kenji")  # both happen while the monitor is not polling
    monitor.step()
    monitor.step()
    assert events[-2:] == [ev.CardRemoved(pcscd.reader), ev.CardInserted(pcscd.reader)]
