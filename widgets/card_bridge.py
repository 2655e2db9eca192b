"""The Qt face of the card layer: one worker thread for all card I/O.

`CardBridge` owns a single Python thread that runs the reader monitor loop
and, between polls, the reads and PIN-status queries the GUI asked for. Every
result is handed to the GUI thread through a queued signal, so slots connected
to the public signals always run on the GUI thread.

Interface for pages and dialogs:

    bridge = CardBridge(status_source, open_transport)   # injected: PC/SC or simulator
    bridge.card_inserted.connect(...)        # (reader: str)
    bridge.card_removed.connect(...)         # (reader: str) — any dialog waiting on it must reset
    bridge.reader_state_changed.connect(...) # (states: dict[str, bool]) reader → card present
    bridge.service_unavailable.connect(...)  # () PC/SC service down; the worker keeps retrying
    bridge.service_restored.connect(...)     # ()
    bridge.reader_removed.connect(...)       # (reader: str)
    bridge.reader_unavailable.connect(...)   # () no reader left (or the service is down)
    bridge.tries_left_known.connect(...)     # (tries: int) answer to request_pin_status()
    bridge.read_finished.connect(...)        # (result: cardreader.CardReadResult)
    bridge.read_failed.connect(...)          # (error: CardError) — error.code / .message / .tries_left;
                                             #  also the failure of request_pin_status() (e.g. the
                                             #  card placed is not a My Number card)
    bridge.start(); ...; bridge.stop()       # stop() joins the worker thread

    bridge.request_pin_status()              # spends no try
    bridge.request_read(pin, last_try_token=LastTryConfirmed() or None, include_my_number=True)
                                             # include_my_number=False: basic 4 info only (番号法)
    bridge.query_tries_left(); bridge.read(pin, last_try_confirmed: bool)   # same, shorter names

The PIN is passed through once and never kept: one request is one VERIFY. A
read is refused (PinNearlyLocked) at one try left unless the token is given,
and (PinLocked) at zero. Each request opens a fresh connection to the reader
that holds a card and closes (unpowers) it afterwards, so a card swapped in
between two requests is never verified with an earlier PIN.
"""
from __future__ import annotations

import logging
import queue
import threading
import traceback
from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal

from cardreader import (ApduError, CardError, CardSession, LastTryConfirmed, NoCard, ReaderMonitor,
                        StatusSource, Transport)
from cardreader import card_thread
from cardreader import reader_events as ev
from widgets.gui_thread import assert_gui_thread

log = logging.getLogger(__name__)


class CardBridge(QObject):
    card_inserted = Signal(str)
    card_removed = Signal(str)
    reader_state_changed = Signal(object)
    service_unavailable = Signal()
    service_restored = Signal()
    reader_removed = Signal(str)
    reader_unavailable = Signal()
    tries_left_known = Signal(int)
    read_finished = Signal(object)
    read_failed = Signal(object)
    _relayed = Signal(object, object)  # (public signal name, argument) from the worker thread

    def __init__(self, status_source: StatusSource, open_transport: Callable[[str], Transport],
                 parent: QObject | None = None, poll_timeout: float = 0.5,
                 reader_name: str = "") -> None:
        super().__init__(parent)
        self._source = status_source
        self._open_transport = open_transport
        self._requests: queue.SimpleQueue = queue.SimpleQueue()
        self._monitor = ReaderMonitor(status_source, self._on_monitor_event, poll_timeout,
                                      reader_name=reader_name)
        self._thread: threading.Thread | None = None
        self._relayed.connect(self._on_relayed, Qt.ConnectionType.QueuedConnection)

    # -- GUI thread API -------------------------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=card_thread.serve, name="card-io", daemon=True,
                                            args=(self._monitor.run, self._drain_requests))
            self._thread.start()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            self._monitor.stop()
            thread.join()
            self._source.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def request_pin_status(self) -> None:
        self._requests.put(("pin_status", None, None))
        self._monitor.wake()

    def request_read(self, pin: str, last_try_token: LastTryConfirmed | None = None,
                     include_my_number: bool = True) -> None:
        """`include_my_number=False` reads only the basic 4 info (procedures outside 番号法 use)."""
        self._requests.put(("read" if include_my_number else "read_basic", pin, last_try_token))
        del pin
        self._monitor.wake()

    def query_tries_left(self) -> None:
        self.request_pin_status()

    def read(self, pin: str, last_try_confirmed: bool = False) -> None:
        self.request_read(pin, LastTryConfirmed() if last_try_confirmed is True else None)
        del pin

    # -- worker thread --------------------------------------------------------
    def _on_monitor_event(self, event) -> None:
        card_thread.assert_card_thread("CardBridge._on_monitor_event")
        if isinstance(event, ev.CardInserted):
            self._relayed.emit("card_inserted", event.reader)
        elif isinstance(event, ev.CardRemoved):
            self._relayed.emit("card_removed", event.reader)
        elif isinstance(event, ev.ReaderRemoved):
            self._relayed.emit("reader_removed", event.reader)
            if not self._monitor.states:
                self._relayed.emit("reader_unavailable", None)
        elif isinstance(event, ev.ServiceUnavailable):
            self._relayed.emit("service_unavailable", None)
            self._relayed.emit("reader_unavailable", None)
        elif isinstance(event, ev.ServiceRestored):
            self._relayed.emit("service_restored", None)
        self._relayed.emit("reader_state_changed", dict(self._monitor.states))

    def _drain_requests(self) -> None:
        card_thread.assert_card_thread("CardBridge._drain_requests")
        while True:
            try:
                kind, pin, token = self._requests.get_nowait()
            except queue.Empty:
                return
            ok, fail = ("tries_left_known" if kind == "pin_status" else "read_finished"), "read_failed"
            try:
                self._relayed.emit(ok, self._perform(kind, pin, token))
            except CardError as error:
                self._relayed.emit(fail, error)
            except Exception as error:  # a bug must not kill the only card thread
                # Type and stack only: an exception's message could carry card data.
                log.error("card worker failed: %s\n%s", type(error).__name__,
                          "".join(traceback.format_tb(error.__traceback__)))
                self._relayed.emit(fail, ApduError(0, type(error).__name__))
            finally:
                pin = None

    def _perform(self, kind: str, pin: str | None, token):
        card_thread.assert_card_thread("CardBridge._perform")
        reader = self._monitor.reader_with_card()
        if reader is None:
            raise NoCard()
        session = CardSession(self._open_transport(reader), reader)
        try:
            if kind == "pin_status":
                return session.tries_left()
            return session.read(pin, last_try=token, include_my_number=kind == "read")
        finally:
            session.close()

    # -- back on the GUI thread -----------------------------------------------
    def _on_relayed(self, name: str, argument) -> None:
        assert_gui_thread("CardBridge._on_relayed")
        signal = getattr(self, name)
        if name in ("service_unavailable", "service_restored", "reader_unavailable"):
            signal.emit()
        else:
            signal.emit(argument)
