"""ReaderMonitor over a scripted status source: events, service loss, reader choice, stop."""
import threading

from cardreader import ReaderMonitor, pick_reader
from cardreader import reader_events as ev
from cardreader.errors import ServiceUnavailable
from cardreader.simulator import SimulatedReader, card_for_persona


class ScriptedSource:
    """Returns the next scripted snapshot per poll; an exception instance is raised."""

    def __init__(self, script):
        self.script = list(script)
        self.cancelled = 0

    def snapshot(self):
        return self.poll(0)

    def poll(self, timeout):
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(item, Exception):
            raise item
        return dict(item)

    def cancel(self):
        self.cancelled += 1

    def close(self):
        pass


def test_events_from_snapshots():
    seen = []
    source = ScriptedSource([{}, {"A": False}, {"A": True, "B CL": False}, {"B CL": True},
                             ServiceUnavailable(), ServiceUnavailable(), {"A": True}])
    monitor = ReaderMonitor(source, seen.append)
    monitor.step(first=True)
    for _ in range(6):
        monitor.step()
    assert seen == [
        ev.ReaderAdded("A"),
        ev.ReaderAdded("B CL"), ev.CardInserted("A"),
        ev.CardRemoved("A"), ev.ReaderRemoved("A"), ev.CardInserted("B CL"),
        ev.CardRemoved("B CL"), ev.ReaderRemoved("B CL"), ev.ServiceUnavailable(),
        ev.ServiceRestored(), ev.ReaderAdded("A"), ev.CardInserted("A"),
    ]
    assert monitor.reader_with_card() == "A"


def test_pick_reader_prefers_the_one_with_a_card_and_contact_slots():
    assert pick_reader({"X": False, "Y": True}) == "Y"
    assert pick_reader({"ACS ACR1252 PICC 00": True, "ACS ACR1252 00 01": True}) == "ACS ACR1252 00 01"
    assert pick_reader({"X": False}) is None


def test_run_and_stop_with_the_simulated_reader():
    reader = SimulatedReader()
    seen = []
    inserted = threading.Event()
    monitor = ReaderMonitor(reader, lambda e: (seen.append(e), isinstance(e, ev.CardInserted) and inserted.set()),
                            poll_timeout=5.0)
    thread = threading.Thread(target=monitor.run)
    thread.start()
    reader.insert(card_for_persona("yamada-taro"))
    assert inserted.wait(2)
    monitor.stop()  # wakes the 5 s poll at once
    thread.join(2)
    assert not thread.is_alive()
    assert seen == [ev.ReaderAdded(reader.name), ev.CardInserted(reader.name)]


def test_run_keeps_retrying_while_service_down():
    source = ScriptedSource([ServiceUnavailable()] * 3 + [{"A": True}])
    seen = []
    monitor = ReaderMonitor(source, seen.append, poll_timeout=0.01)
    done = threading.Event()
    thread = threading.Thread(target=monitor.run, args=(lambda: len(seen) >= 4 and done.set(),))
    thread.start()
    done.wait(2)
    monitor.stop()
    thread.join(2)
    assert seen[:4] == [ev.ServiceUnavailable(), ev.ServiceRestored(), ev.ReaderAdded("A"), ev.CardInserted("A")]


def test_a_configured_reader_is_the_only_one_read():
    from cardreader.reader_monitor import pick_reader

    states = {"Contact 00": True, "Other 01": True}
    assert pick_reader(states) == "Contact 00"
    assert pick_reader(states, only="Other 01") == "Other 01"
    assert pick_reader({"Contact 00": True, "Other 01": False}, only="Other 01") is None
    assert pick_reader(states, only="Missing") is None
