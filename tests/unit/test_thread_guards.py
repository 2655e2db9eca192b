"""The thread guards: each fires when its slot is entered from the wrong thread (Qt-free)."""
from __future__ import annotations

import threading

import pytest

from cardreader.card_thread import assert_card_thread, on_card_thread, serve
from widgets.gui_thread import assert_gui_thread, on_gui_thread


def _on_thread(fn, name="worker"):
    """fn() on a plain thread; returns what it raised (or None)."""
    raised = []

    def target():
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 — handed back to the test
            raised.append(exc)
    thread = threading.Thread(target=target, name=name)
    thread.start()
    thread.join()
    return raised[0] if raised else None


def test_gui_guard_passes_on_the_gui_thread():
    assert on_gui_thread()
    assert_gui_thread("here")


def test_gui_guard_fires_on_another_thread_and_names_both():
    raised = _on_thread(lambda: assert_gui_thread("VisitController._show"), name="visit-ops")
    assert isinstance(raised, AssertionError)
    assert "VisitController._show" in str(raised) and "visit-ops" in str(raised)


def test_card_guard_fires_on_the_gui_thread():
    assert not on_card_thread()
    with pytest.raises(AssertionError, match="card thread"):
        assert_card_thread("CardBridge._perform")


def test_card_guard_fires_on_a_thread_that_is_not_the_card_thread():
    raised = _on_thread(lambda: assert_card_thread("CardBridge._perform"), name="visit-ops")
    assert isinstance(raised, AssertionError) and "visit-ops" in str(raised)


def test_card_guard_passes_on_the_card_thread_only_while_it_serves():
    seen = []
    raised = _on_thread(lambda: serve(lambda: (assert_card_thread(), seen.append(on_card_thread()))),
                        name="card-io")
    assert raised is None and seen == [True]
    # the mark is the thread's, for the life of serve(): never this thread's
    assert not on_card_thread()
