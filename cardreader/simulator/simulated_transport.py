"""The simulator served in-process: a transport and a reader with a card slot."""
from __future__ import annotations

import threading

from cardreader.errors import CardRemoved, NoCard, ReaderUnavailable
from cardreader.simulator.card_model import CardPulled, MyNumberCardModel


class SimulatedTransport:
    """Calls the card model directly. Exclusive, like our PC/SC connection."""

    exclusive = True

    def __init__(self, card: MyNumberCardModel, slot: "SimulatedReader | None" = None) -> None:
        self._card = card
        self._slot = slot
        self._closed = False
        card.power_cycle()

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self._closed:
            raise CardRemoved()
        if self._slot is not None and self._slot.card is not self._card:
            raise CardRemoved()
        try:
            response = self._card.execute(apdu)
        except CardPulled:
            if self._slot is not None:
                self._slot.remove(card=self._card)
            raise CardRemoved() from None
        return response[:-2], int.from_bytes(response[-2:], "big")

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._card.power_cycle()  # unpower: the verified state is gone


class SimulatedReader:
    """One simulated reader slot, usable as the monitor's status source and as a
    transport factory (`open(reader_name)`), for demo mode and Qt tests."""

    def __init__(self, name: str = "Madoguchi Simulated Reader 00") -> None:
        self.name = name
        self.card: MyNumberCardModel | None = None
        self._changed = threading.Condition()
        self._generation = 0
        self._seen_generation = -1
        self._cancelled = False

    # -- the trainer's hands --------------------------------------------------
    def insert(self, card: MyNumberCardModel) -> None:
        with self._changed:
            self.card = card
            self._bump()

    def remove(self, card: MyNumberCardModel | None = None) -> None:
        with self._changed:
            if card is None or self.card is card:
                self.card = None
                self._bump()

    def _bump(self) -> None:
        self._generation += 1
        self._changed.notify_all()

    # -- StatusSource ---------------------------------------------------------
    def snapshot(self) -> dict[str, bool]:
        with self._changed:
            return {self.name: self.card is not None}

    def poll(self, timeout: float) -> dict[str, bool]:
        with self._changed:
            if self._generation == self._seen_generation and not self._cancelled:
                self._changed.wait(timeout)
            self._cancelled = False
            self._seen_generation = self._generation
            return {self.name: self.card is not None}

    def cancel(self) -> None:
        with self._changed:
            self._cancelled = True
            self._changed.notify_all()

    def close(self) -> None:
        self.cancel()

    # -- transport factory ----------------------------------------------------
    def open(self, reader: str) -> SimulatedTransport:
        if reader != self.name:
            raise ReaderUnavailable()
        with self._changed:
            card = self.card
        if card is None or card.removed:
            raise NoCard()
        return SimulatedTransport(card, self)
