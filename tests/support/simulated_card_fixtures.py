"""Fixtures for tests that drive the CardBridge over the in-process simulated reader."""
import pytest

from cardreader.simulator import SimulatedReader
from widgets.card_bridge import CardBridge


@pytest.fixture
def reader():
    return SimulatedReader()


@pytest.fixture
def bridge(qtbot, reader):
    bridge = CardBridge(reader, reader.open, poll_timeout=0.2)
    bridge.start()
    yield bridge
    bridge.stop()
    assert not bridge.running  # the worker thread really ended
