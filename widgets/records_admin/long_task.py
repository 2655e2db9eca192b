"""Long work (an import, a 名寄せ pass) off the GUI thread, with progress and a cancel.

    task = LongTask(lambda progress, cancelled: service.run(..., progress=..., cancel=cancelled))
    task.progressed.connect(bar.setValue); task.succeeded.connect(...); task.failed.connect(...)
    task.start(); task.cancel()

`cancelled()` is what the service polls between batches: a cancel lands between two whole
batches, never in the middle of one. Signals are queued to the thread that owns the task.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progressed = Signal(int, str)  # per mille, detail text
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self._work, self._signals, self._stop = work, signals, stop

    def run(self) -> None:
        def progress(fraction: float, detail: str = "") -> None:
            self._signals.progressed.emit(int(max(0.0, min(1.0, fraction)) * 1000), detail)

        try:
            result = self._work(progress, self._stop.is_set)
        except Exception as exc:  # noqa: BLE001 — every failure goes to the error presenter
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class LongTask(QObject):
    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._pool = pool or QThreadPool.globalInstance()
        self._stop = threading.Event()
        self._signals = _Signals(self)
        self._signals.progressed.connect(self.progressed)
        self._signals.succeeded.connect(self._done_ok)
        self._signals.failed.connect(self._done_failed)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._pool.start(_Runnable(self._work, self._signals, self._stop))

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def _done_ok(self, result) -> None:
        self.running = False
        self.succeeded.emit(result)

    def _done_failed(self, exc) -> None:
        self.running = False
        self.failed.emit(exc)
