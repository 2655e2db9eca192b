"""CardBridge: one worker thread, events and results arrive as queued signals on the GUI thread."""
import os
import threading

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
pytest.importorskip("PySide6", reason="the Qt bridge needs PySide6")

from PySide6.QtCore import QThread  # noqa: E402

from cardreader import LastTryConfirmed  # noqa: E402
from cardreader.errors import CardRemoved, NoCard, PinNearlyLocked, WrongPin  # noqa: E402
from cardreader.simulator import card_for_persona  # noqa: E402
from widgets.card_bridge import CardBridge  # noqa: E402


from tests.support.simulated_card_fixtures import bridge, reader  # noqa: E402,F401  (fixtures)


def test_insert_read_remove(qtbot, bridge, reader):
    gui_thread = QThread.currentThread()
    seen_threads = []
    bridge.card_inserted.connect(lambda _r: seen_threads.append(QThread.currentThread()))
    with qtbot.waitSignal(bridge.card_inserted, timeout=2000) as inserted:
        reader.insert(card_for_persona("yamada-taro"))
    assert inserted.args == [reader.name]
    with qtbot.waitSignal(bridge.tries_left_known, timeout=2000) as tries:
        bridge.request_pin_status()
    assert tries.args == [3]
    with qtbot.waitSignal(bridge.read_finished, timeout=2000) as done:
        bridge.request_read("1234")
    assert done.args[0].basic.name == "山田\u3000太郎" and done.args[0].my_number is not None
    with qtbot.waitSignal(bridge.read_finished, timeout=2000) as done:
        bridge.request_read("1234", include_my_number=False)
    assert done.args[0].my_number is None and done.args[0].basic.sex_code == "1"
    with qtbot.waitSignal(bridge.card_removed, timeout=2000):
        reader.remove()
    assert seen_threads == [gui_thread]
    assert [t.name for t in threading.enumerate()].count("card-io") == 1


def test_failures_are_typed(qtbot, bridge, reader):
    with qtbot.waitSignal(bridge.read_failed, timeout=2000) as failed:
        bridge.request_read("1234")
    assert isinstance(failed.args[0], NoCard)
    card = card_for_persona("fault-one-try-left")
    with qtbot.waitSignal(bridge.card_inserted, timeout=2000):
        reader.insert(card)
    with qtbot.waitSignal(bridge.read_failed, timeout=2000) as failed:
        bridge.read("0000", last_try_confirmed=False)
    assert isinstance(failed.args[0], PinNearlyLocked) and card.tries_left == 1
    card.tries_left = 3
    with qtbot.waitSignal(bridge.read_failed, timeout=2000) as failed:
        bridge.request_read("0000", LastTryConfirmed())
    assert isinstance(failed.args[0], WrongPin) and failed.args[0].tries_left == 2


def test_removal_during_read(qtbot, bridge, reader):
    card = card_for_persona("yamada-taro")
    card.faults.remove_after_apdus = 6
    with qtbot.waitSignal(bridge.card_inserted, timeout=2000):
        reader.insert(card)
    errors = []
    bridge.read_failed.connect(errors.append)
    with qtbot.waitSignals([bridge.read_failed, bridge.card_removed], timeout=2000):
        bridge.request_read("1234")
    assert len(errors) == 1 and isinstance(errors[0], CardRemoved)
    assert card.tries_left == 3


def test_stop_joins_quickly(qtbot, reader):
    bridge = CardBridge(reader, reader.open, poll_timeout=10.0)
    bridge.start()
    with qtbot.waitSignal(bridge.reader_state_changed, timeout=2000):
        pass
    bridge.stop()  # the 10 s poll is cancelled, not waited out
    assert not bridge.running


class _FlakyService:
    """PC/SC service down for the first polls, then one reader with no card."""

    def __init__(self):
        self.polls = 0

    def snapshot(self):
        return self.poll(0)

    def poll(self, timeout):
        self.polls += 1
        if self.polls <= 2:
            from cardreader.errors import ServiceUnavailable

            raise ServiceUnavailable()
        return {"Reader 00": False}

    def cancel(self):
        pass

    def close(self):
        pass


def test_service_unavailable_then_restored(qtbot):
    bridge = CardBridge(_FlakyService(), lambda reader: None, poll_timeout=0.05)
    seen = []
    for name in ("service_unavailable", "reader_unavailable", "service_restored"):
        getattr(bridge, name).connect(lambda name=name: seen.append(name))
    bridge.start()
    qtbot.waitUntil(lambda: "service_restored" in seen, timeout=2000)
    assert seen == ["service_unavailable", "reader_unavailable", "service_restored"]
    with qtbot.waitSignal(bridge.read_failed, timeout=2000) as failed:
        bridge.request_read("1234")
    assert isinstance(failed.args[0], NoCard)
    bridge.stop()


@pytest.mark.pcsc
def test_bridge_over_real_pcscd(qtbot, pcscd, slot):
    from cardreader.pcsc import PcscStatusSource, PcscTransport

    bridge = CardBridge(PcscStatusSource(), PcscTransport, poll_timeout=0.5)
    bridge.start()
    try:
        with qtbot.waitSignal(bridge.card_inserted, timeout=5000) as inserted:
            slot.insert("nguyen-van-an")
        assert inserted.args == [pcscd.reader]
        with qtbot.waitSignal(bridge.tries_left_known, timeout=3000) as tries:
            bridge.query_tries_left()
        assert tries.args == [3]
        with qtbot.waitSignal(bridge.read_finished, timeout=3000) as done:
            bridge.read("2580")
        assert done.args[0].basic.name == "NGUYEN VAN AN"
        with qtbot.waitSignal(bridge.card_removed, timeout=5000):
            slot.remove()
    finally:
        bridge.stop()
    assert not bridge.running


def test_card_io_refused_on_the_gui_thread(qtbot, bridge, reader):
    """A read slipped onto the GUI thread would freeze the window and race the monitor."""
    reader.insert(card_for_persona("yamada-taro"))
    with pytest.raises(AssertionError, match="card thread"):
        bridge._perform("pin_status", None, None)
    with pytest.raises(AssertionError, match="card thread"):
        bridge._drain_requests()


def test_relayed_results_refused_off_the_gui_thread(bridge):
    raised = []

    def relay_from_a_worker():
        try:
            bridge._on_relayed("card_inserted", "reader")
        except AssertionError as exc:
            raised.append(exc)
    worker = threading.Thread(target=relay_from_a_worker, name="not-gui")
    worker.start()
    worker.join()
    assert raised and "GUI thread" in str(raised[0])
