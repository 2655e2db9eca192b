"""Slow calls off the GUI thread, results back on the GUI thread.

    runner.run(lambda: service.render_packet(visit), on_success=self._show, on_failure=presenter.present)

Two runners, one mechanism:
- `BackgroundRunner`: independent calls on Qt's thread pool, in parallel (the services
  loading at start, the supervisor's queue, a password change, rasterising a page).
- `SerialRunner`: ONE worker thread; calls run one after another in the order they were
  submitted (the visit's operations: a fast clerk's clicks never reorder or race).

Results travel back through a queued signal, so the callbacks always run in the thread that
owns the runner (the GUI thread), in the order the calls finished (for the serial runner: the
order they were submitted). `busy` is true while a call that is not `quiet` is waiting or
running. The function handed to `run` must not hold a widget: if the worker dropped the last
reference, Qt would delete the widget outside the GUI thread.

`inline = True` runs each call on the calling thread instead, as the code did before these
runners (bench/gui_stalls.py's baseline); the callbacks then run before `run` returns.
"""
from __future__ import annotations

import itertools
import queue
import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from widgets.gui_thread import assert_gui_thread


class _Relay(QObject):
    # (token, succeeded, result or exception); emitted on a worker thread, received on
    # the GUI thread (the relay lives there, so the connection is queued)
    finished = Signal(object, bool, object)


def _call(fn: Callable[[], Any]) -> tuple[bool, Any]:
    try:
        return True, fn()
    except Exception as exc:  # noqa: BLE001 — every failure goes to the caller's on_failure
        return False, exc


class BackgroundRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self.inline = False
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._tokens = itertools.count()
        self._waiting: dict[int, tuple[Callable, Callable, bool]] = {}
        self._counted = 0

    @property
    def busy(self) -> bool:
        return self._counted > 0

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None], *, quiet: bool = False) -> None:
        """`quiet`: work the clerk does not wait for (a preview): not counted as busy."""
        assert_gui_thread("BackgroundRunner.run")
        if self.inline:
            ok, value = _call(fn)
            (on_success if ok else on_failure)(value)
            return
        token = next(self._tokens)
        self._waiting[token] = (on_success, on_failure, quiet)
        if not quiet:
            self._counted += 1
            if self._counted == 1:
                self.busy_changed.emit(True)
        self._start(token, fn)

    def _start(self, token: int, fn: Callable[[], Any]) -> None:
        self._pool.start(_Task(token, fn, self._relay.finished))

    def _deliver(self, token: int, ok: bool, value: Any) -> None:
        assert_gui_thread("BackgroundRunner._deliver")
        on_success, on_failure, quiet = self._waiting.pop(token)
        # not busy before the callback: a callback may start the next step (a packet
        # rendered → marked printed); both happen in this one turn of the event loop
        if not quiet:
            self._counted -= 1
            if not self._counted:
                self.busy_changed.emit(False)
        (on_success if ok else on_failure)(value)

    def wait_idle(self, msecs: int = 10_000) -> bool:
        """Tests and shutdown: wait for the workers (callbacks still need the event loop)."""
        return self._pool.waitForDone(msecs)


class _Task(QRunnable):
    def __init__(self, token: int, fn: Callable[[], Any], finished) -> None:
        super().__init__()
        self._token, self._fn, self._finished = token, fn, finished

    def run(self) -> None:
        ok, value = _call(self._fn)
        self._fn = None  # the call's references go here, on the worker, not later
        self._finished.emit(self._token, ok, value)


class SerialRunner(BackgroundRunner):
    """One named worker thread; calls run in submission order, results come back in
    that order. `stop()` finishes what was submitted, then ends the thread."""

    def __init__(self, parent: QObject | None = None, name: str = "visit-ops") -> None:
        super().__init__(parent)
        self._name = name
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._pending = 0
        self._idle = threading.Condition()

    @property
    def thread_name(self) -> str:
        return self._name

    def _start(self, token: int, fn: Callable[[], Any]) -> None:
        with self._idle:
            self._pending += 1
        if self._thread is None:
            self._thread = threading.Thread(target=_serve, name=self._name, daemon=True,
                                            args=(self._queue, self._relay.finished, self._done))
            self._thread.start()
        self._queue.put((token, fn))

    def _done(self) -> None:  # worker thread: one call finished
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()

    def wait_idle(self, msecs: int = 10_000) -> bool:
        deadline = time.monotonic() + msecs / 1000
        with self._idle:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    def stop(self, msecs: int = 10_000) -> bool:
        """Shutdown: the calls already submitted finish (a save is never cut off), then
        the thread ends. Results not yet delivered are dropped with the window."""
        idle = self.wait_idle(msecs)
        thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join(max(0.1, msecs / 1000))
        return idle


def _serve(calls: queue.SimpleQueue, finished, done: Callable[[], None]) -> None:
    """The serial worker's loop. It holds the queue and the relay's signal, not the runner."""
    while True:
        item = calls.get()
        if item is None:
            return
        token, fn = item
        del item
        ok, value = _call(fn)
        del fn
        try:
            finished.emit(token, ok, value)
        except RuntimeError:  # the window (and its relay) is gone: nobody to tell
            pass
        finally:
            del value
            done()
