"""Long work (an import, a 名寄せ pass) off the GUI thread, with progress and a cancel.

    task = LongTask(lambda progress, cancelled: service.run(..., progress=..., cancel=cancelled))
    task.progressed.connect(bar.setValue); task.succeeded.connect(...); task.failed.connect(...)
    task.start(); task.cancel()

`cancelled()` is what the service polls between batches: a cancel lands between two whole
batches, never in the middle of one. The work runs through widgets.background's runner (the
one way work leaves the GUI thread); this adds only the progress and the cancel. Progress is
emitted on the worker and queued to the thread that owns the task.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from widgets.background import BackgroundRunner

Work = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]


class _Progress(QObject):
    # emitted on the worker thread; the task (on the GUI thread) receives it queued
    progressed = Signal(int, str)  # per mille, detail text


class LongTask(QObject):
    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._runner = BackgroundRunner(self, pool)
        self._stop = threading.Event()
        self._progress = _Progress(self)
        self._progress.progressed.connect(self.progressed)
        self.running = False

    def start(self) -> None:
        self.running = True
        work, cancelled, emit = self._work, self._stop.is_set, self._progress.progressed.emit

        def progress(fraction: float, detail: str = "") -> None:
            emit(int(max(0.0, min(1.0, fraction)) * 1000), detail)
        self._runner.run(lambda: work(progress, cancelled), self._done_ok, self._done_failed)

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
