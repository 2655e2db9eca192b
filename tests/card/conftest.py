"""PC/SC tier fixtures: one private pcscd + vpcd per session, and cards served to it.

Locally the tier is skipped (with the reason) when pcscd / vpcd are missing or a
foreign pcscd is running; with REQUIRE_PCSC=1 (CI) that is a failure instead.
As root the session gets a private /run/pcscd (tests/card/private_pcscd_dir.py), so
concurrent sessions and a system pcscd cannot collide with it; otherwise Madoguchi
sessions take turns through a lock file (cardreader.pcsc.pcscd_process).
"""
from __future__ import annotations

import os
import time

import pytest

from cardreader.simulator import card_for_persona
from cardreader.simulator.card_model import MyNumberCardModel
from cardreader.simulator.vpcd_card import VpcdCard
from tests.card import private_pcscd_dir


def _unavailable(reason: str):
    if os.environ.get("REQUIRE_PCSC") == "1":
        pytest.fail(f"REQUIRE_PCSC=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pcscd(tmp_path_factory):
    try:
        from cardreader.pcsc.pcscd_process import PcscdProcess, PcscdUnavailableError, missing_components
    except ImportError as exc:  # pyscard not built
        _unavailable(f"pyscard is not importable: {exc}")
    problem = missing_components()
    if problem:
        _unavailable(problem)
    namespace = private_pcscd_dir.enter()
    try:  # without a private /run/pcscd: wait for other sessions' daemons; refuse a foreign one
        daemon = PcscdProcess.start(tmp_path_factory.mktemp("pcscd"), use_lock=namespace is None)
    except PcscdUnavailableError as exc:
        if namespace is not None:
            private_pcscd_dir.leave(namespace)
        _unavailable(str(exc))
    yield daemon
    daemon.close()
    if namespace is not None:
        private_pcscd_dir.leave(namespace)


def reader_has_card(reader: str) -> bool:
    from cardreader.pcsc import PcscStatusSource

    source = PcscStatusSource()
    try:
        return source.snapshot().get(reader, False)
    finally:
        source.close()


def wait_for(predicate, timeout: float = 5.0, what: str = "condition") -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)
    return True


def _appears(reader: str, timeout: float) -> bool:
    try:
        return wait_for(lambda: reader_has_card(reader), timeout)
    except AssertionError:
        return False


class CardSlot:
    """Insert / remove simulated cards in the session's vpcd slot 00."""

    def __init__(self, daemon) -> None:
        self.daemon = daemon
        self.reader = daemon.reader
        self.current: VpcdCard | None = None

    def insert(self, card: MyNumberCardModel | str) -> MyNumberCardModel:
        model = card_for_persona(card) if isinstance(card, str) else card
        self.remove()
        # After a card vanished mid-APDU, vpcd can take a connection made at once
        # without ever reporting the card; connecting again clears it (observed).
        for _ in range(5):
            self.current = VpcdCard(model, self.daemon.port)
            self.current.insert()
            if _appears(self.reader, 1.0):
                return model
            self.current.remove()
        raise AssertionError("the virtual card never showed as present")

    def remove(self) -> None:
        if self.current is not None:
            self.current.remove()
            self.current = None
        # The next test must not see a stale PRESENT state (test-infrastructure.md §2).
        wait_for(lambda: not reader_has_card(self.reader), what="card absent")


@pytest.fixture
def slot(pcscd):
    slot = CardSlot(pcscd)
    yield slot
    slot.remove()
