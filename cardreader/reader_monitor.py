"""The app's own stoppable reader-polling loop (not pyscard's CardMonitor,
whose thread never ends).

A status source reports `{reader name: card present}`; `poll(timeout)` blocks
until something changes or `timeout` passes, and `cancel()` wakes it from
another thread. The monitor diffs snapshots into events.
"""
from __future__ import annotations

import threading
from typing import Callable, Protocol

from cardreader import reader_events as ev
from cardreader.errors import ServiceUnavailable as ServiceUnavailableError

POLL_TIMEOUT_S = 0.5


class StatusSource(Protocol):
    def snapshot(self) -> dict[str, bool]:
        """Readers now, without waiting. Raises ServiceUnavailable."""

    def poll(self, timeout: float) -> dict[str, bool]:
        """Readers after the next change, or after `timeout` seconds. Raises ServiceUnavailable."""

    def cancel(self) -> None:
        """Wake a blocked `poll` (thread-safe)."""

    def close(self) -> None: ...


def pick_reader(states: dict[str, bool], only: str = "") -> str | None:
    """The reader that holds a card; contact slots before contactless ones when both do.
    With `only` (the workstation's configured reader) that reader or none."""
    if only:
        return only if states.get(only) else None
    with_card = sorted(name for name, present in states.items() if present)
    with_card.sort(key=lambda name: any(k in name.upper() for k in ("CL", "CLESS", "PICC")))
    return with_card[0] if with_card else None


def diff(old: dict[str, bool], new: dict[str, bool]) -> list[ev.ReaderEvent]:
    events: list[ev.ReaderEvent] = []
    for name in sorted(old.keys() - new.keys()):
        if old[name]:
            events.append(ev.CardRemoved(name))
        events.append(ev.ReaderRemoved(name))
    for name in sorted(new.keys() - old.keys()):
        events.append(ev.ReaderAdded(name))
        if new[name]:
            events.append(ev.CardInserted(name))
    for name in sorted(new.keys() & old.keys()):
        if old[name] != new[name]:
            events.append(ev.CardInserted(name) if new[name] else ev.CardRemoved(name))
    return events


class ReaderMonitor:
    def __init__(self, source: StatusSource, on_event: Callable[[ev.ReaderEvent], None],
                 poll_timeout: float = POLL_TIMEOUT_S, reader_name: str = "") -> None:
        self._source = source
        self._reader_name = reader_name
        self._on_event = on_event
        self._poll_timeout = poll_timeout
        self._stop = threading.Event()
        self.states: dict[str, bool] = {}
        self.service_up: bool | None = None  # unknown until the first poll

    def reader_with_card(self) -> str | None:
        return pick_reader(self.states, self._reader_name)

    def step(self, first: bool = False) -> list[ev.ReaderEvent]:
        """One poll; reports and returns the events it saw."""
        try:
            new = self._source.snapshot() if first else self._source.poll(self._poll_timeout)
        except ServiceUnavailableError:
            events = [] if self.service_up is False else diff(self.states, {}) + [ev.ServiceUnavailable()]
            self.states, self.service_up = {}, False
        else:
            events = [ev.ServiceRestored()] if self.service_up is False else []
            events += diff(self.states, new)
            self.states, self.service_up = new, True
        for event in events:
            self._on_event(event)
        return events

    def run(self, between_steps: Callable[[], None] | None = None) -> None:
        """Loop until `stop()`. `between_steps` lets the owner thread do queued work."""
        self.step(first=True)
        while not self._stop.is_set():
            if between_steps is not None:
                between_steps()
                if self._stop.is_set():
                    break
            if self.service_up is False:
                self._stop.wait(self._poll_timeout)  # daemon down: retry calmly
            self.step()

    def stop(self) -> None:
        self._stop.set()
        self._source.cancel()

    def wake(self) -> None:
        """Interrupt the current poll so queued work runs now."""
        self._source.cancel()
