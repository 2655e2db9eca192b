"""The runners: the serial one keeps submission order on one worker thread and hands every
result back on the GUI thread; busy covers waiting work; failures reach on_failure."""
from __future__ import annotations

import threading

import pytest

from widgets.background import BackgroundRunner, SerialRunner
from widgets.gui_thread import assert_gui_thread, on_gui_thread


@pytest.fixture
def serial(qtbot):
    runner = SerialRunner(name="visit-ops")
    yield runner
    runner.stop()


def test_calls_run_in_submission_order_on_one_named_thread(qtbot, serial):
    gate = threading.Event()
    ran, delivered = [], []

    def call(n):
        def work():
            if n == 0:
                gate.wait(5)          # the first call is slow: the others must wait for it
            ran.append((n, threading.current_thread().name))
            return n
        return work

    for n in range(5):
        serial.run(call(n), lambda value: delivered.append((value, on_gui_thread())), pytest.fail)
    assert serial.busy and delivered == []
    gate.set()
    qtbot.waitUntil(lambda: not serial.busy)
    assert ran == [(n, "visit-ops") for n in range(5)]
    assert delivered == [(n, True) for n in range(5)]       # in order, on the GUI thread


def test_busy_signal_spans_waiting_work_and_quiet_work_does_not_count(qtbot, serial):
    changes = []
    serial.busy_changed.connect(changes.append)
    gate = threading.Event()
    with qtbot.waitSignal(serial.busy_changed, timeout=1000):
        serial.run(lambda: gate.wait(5), lambda _v: None, pytest.fail)
    serial.run(lambda: 1, lambda _v: None, pytest.fail)
    serial.run(lambda: 2, lambda _v: None, pytest.fail, quiet=True)
    assert changes == [True]
    gate.set()
    qtbot.waitUntil(lambda: changes == [True, False])
    done = []
    serial.run(lambda: 3, done.append, pytest.fail, quiet=True)
    qtbot.waitUntil(lambda: done == [3])
    assert changes == [True, False]                       # a quiet call never made it busy


def test_a_failure_goes_to_on_failure_and_the_queue_goes_on(qtbot, serial):
    results, failures = [], []
    serial.run(lambda: 1 / 0, results.append, failures.append)
    serial.run(lambda: "next", results.append, failures.append)
    qtbot.waitUntil(lambda: results == ["next"])
    assert len(failures) == 1 and isinstance(failures[0], ZeroDivisionError)


def test_the_gui_guard_fires_inside_the_worker(qtbot, serial):
    failures = []
    serial.run(lambda: assert_gui_thread("a widget slot"), pytest.fail, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], AssertionError) and "visit-ops" in str(failures[0])


def test_inline_runs_on_the_calling_thread_before_run_returns(qtbot):
    runner = BackgroundRunner()
    runner.inline = True
    seen = []
    runner.run(lambda: threading.current_thread().name, seen.append, pytest.fail)
    assert seen == [threading.main_thread().name] and not runner.busy


def test_stop_finishes_what_was_submitted_then_ends_the_thread(qtbot):
    runner = SerialRunner(name="visit-ops-stop")
    finished = []
    runner.run(lambda: finished.append("saved"), lambda _v: None, pytest.fail)
    assert runner.stop(5000)
    assert finished == ["saved"]
    assert "visit-ops-stop" not in [t.name for t in threading.enumerate()]


def test_the_pool_runner_delivers_on_the_gui_thread(qtbot):
    runner = BackgroundRunner()
    seen = []
    runner.run(lambda: threading.current_thread() is threading.main_thread(),
               lambda off: seen.append((off, on_gui_thread())), pytest.fail)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(False, True)]


def test_a_long_task_reports_progress_then_its_result_on_the_gui_thread(qtbot):
    from widgets.records_admin.long_task import LongTask

    seen = []

    def work(progress, cancelled):
        for step in range(4):
            progress(step / 4, f"{step}")
        progress(1.7)  # clamped
        return threading.current_thread() is not threading.main_thread() and not cancelled()

    task = LongTask(work)
    task.progressed.connect(lambda n, detail: seen.append((n, detail, threading.current_thread().name)))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as done:
        task.start()
    assert done.args == [True] and not task.running
    assert [(n, d) for n, d, _ in seen] == [(0, "0"), (250, "1"), (500, "2"), (750, "3"), (1000, "")]
    assert {thread for *_, thread in seen} == {threading.main_thread().name}


def test_a_long_task_that_fails_says_so_and_a_cancel_is_seen_by_the_work(qtbot):
    from widgets.records_admin.long_task import LongTask

    task = LongTask(lambda progress, cancelled: 1 / 0 if cancelled() else None)
    task.cancel()
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    assert isinstance(failed.args[0], ZeroDivisionError) and task.cancel_requested and not task.running
