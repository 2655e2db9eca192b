"""Reader / card presence through SCardGetStatusChange, for `ReaderMonitor`."""
from __future__ import annotations

import threading

from smartcard import scard as sc

from cardreader.errors import ReaderUnavailable, ServiceUnavailable
from cardreader.pcsc.scard_errors import is_service_down

_PNP = "\\\\?PnP?\\Notification"


def _present(event_state: int) -> bool:
    return bool(event_state & sc.SCARD_STATE_PRESENT) and not event_state & sc.SCARD_STATE_EMPTY


class PcscStatusSource:
    """Keeps one PC/SC context; re-establishes it after the service comes back."""

    def __init__(self) -> None:
        self._context: int | None = None
        self._lock = threading.Lock()
        self._known: dict[str, int] = {}
        self._replay: dict[str, bool] | None = None
        self._wake = threading.Event()

    def _ctx(self) -> int:
        with self._lock:
            if self._context is None:
                hresult, context = sc.SCardEstablishContext(sc.SCARD_SCOPE_USER)
                if hresult != sc.SCARD_S_SUCCESS:
                    raise ServiceUnavailable()
                self._context = context
            return self._context

    def _drop(self) -> None:
        with self._lock:
            if self._context is not None:
                sc.SCardReleaseContext(self._context)
                self._context = None
        self._known = {}
        self._replay = None

    def _check(self, hresult: int) -> None:
        if is_service_down(hresult):
            self._drop()
            raise ServiceUnavailable()
        if hresult not in (sc.SCARD_S_SUCCESS, sc.SCARD_E_TIMEOUT, sc.SCARD_E_CANCELLED):
            raise ReaderUnavailable()

    def _readers(self, context: int) -> list[str]:
        hresult, readers = sc.SCardListReaders(context, [])
        if hresult == sc.SCARD_E_NO_READERS_AVAILABLE:
            return []
        self._check(hresult)
        return list(readers)

    def _states(self, context: int, readers: list[str], timeout_ms: int) -> dict[str, bool]:
        current = [(r, self._known.get(r, sc.SCARD_STATE_UNAWARE) & ~sc.SCARD_STATE_CHANGED) for r in readers]
        # The PnP pseudo-reader wakes us when readers come or go (pcsc-lite keeps
        # the reader count in the high word of its state).
        current.append((_PNP, len(readers) << 16))
        hresult, states = sc.SCardGetStatusChange(context, timeout_ms, current)
        if hresult in (sc.SCARD_E_UNKNOWN_READER, sc.SCARD_E_READER_UNAVAILABLE):
            return self.snapshot()  # a reader went away while we waited: list again
        self._check(hresult)
        if hresult != sc.SCARD_S_SUCCESS:  # timeout or cancel: nothing new
            return {r: _present(self._known.get(r, 0)) for r in readers}
        result, swapped = {}, False
        for name, event_state, _atr in states:
            if name == _PNP:
                continue
            before = self._known.get(name, 0)
            self._known[name] = event_state
            result[name] = _present(event_state)
            # pcsc-lite counts card events in the high word: present before and after
            # with a different count means the card was swapped between two polls.
            if result[name] and _present(before) and (event_state ^ before) >> 16:
                result[name], swapped = False, True
        if swapped:  # report the removal now and the new card on the next poll
            self._replay = {name: _present(state) for name, state in self._known.items()}
        return result

    def snapshot(self) -> dict[str, bool]:
        context = self._ctx()
        readers = self._readers(context)
        self._known = {r: s for r, s in self._known.items() if r in readers}
        if not readers:
            return {}
        hresult, states = sc.SCardGetStatusChange(
            context, 0, [(r, sc.SCARD_STATE_UNAWARE) for r in readers])
        self._check(hresult)
        for name, event_state, _atr in states:
            self._known[name] = event_state
        return {name: _present(self._known.get(name, 0)) for name in readers}

    def poll(self, timeout: float) -> dict[str, bool]:
        if self._replay is not None:
            replay, self._replay = self._replay, None
            return replay
        if self._wake.is_set():  # a cancel that came while we were not waiting
            self._wake.clear()
            timeout = 0
        context = self._ctx()
        readers = self._readers(context)
        if any(r not in self._known for r in readers):
            return self.snapshot()
        return self._states(context, readers, int(timeout * 1000))

    def cancel(self) -> None:
        self._wake.set()
        with self._lock:
            if self._context is not None:
                sc.SCardCancel(self._context)

    def close(self) -> None:
        self._drop()
