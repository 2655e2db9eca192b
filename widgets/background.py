"""Run a slow call off the GUI thread, then deliver its result on the GUI thread.

    runner.run(lambda: service.render_packet(visit), on_success=self._show, on_failure=presenter.present)

Results travel back through a queued signal, so the callbacks always run in the
thread that owns the runner (the GUI thread).
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 — every failure goes to the error presenter
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class BackgroundRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None]) -> None:
        relay = _Relay(self)  # lives in this (GUI) thread: its signals are queued to it
        self._running.add(relay)

        def done(callback, value):
            self._running.discard(relay)
            relay.deleteLater()
            if not self._running:
                self.busy_changed.emit(False)
            callback(value)

        relay.succeeded.connect(lambda value: done(on_success, value))
        relay.failed.connect(lambda exc: done(on_failure, exc))
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(fn, relay))

    def wait_idle(self, msecs: int = 10_000) -> bool:
        """Tests and shutdown: wait for the pool (callbacks still need the event loop)."""
        return self._pool.waitForDone(msecs)
