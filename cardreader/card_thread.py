"""`assert_card_thread()`: card I/O happens on the one card thread, never the GUI thread.

The window's CardBridge runs every reader poll, PIN-status query and read on a single
thread (`serve(...)` marks it); its worker-side methods call `assert_card_thread()` at their
entry, so a call that slipped onto the GUI thread (which would freeze the window for the
length of a card read, and race the monitor for the reader) fails at once. The command line
(`card …`) talks to the card from its one main thread and does not use the bridge.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

_marks = threading.local()


def serve(fn: Callable[..., Any], *args: Any) -> Any:
    """Run `fn(*args)` as this thread's whole life as the card thread (thread target)."""
    _marks.card = True
    try:
        return fn(*args)
    finally:
        _marks.card = False


def on_card_thread() -> bool:
    return getattr(_marks, "card", False)


def assert_card_thread(where: str = "") -> None:
    """Raise AssertionError (a programming error: it names the threads, never card data)
    unless called on the card thread."""
    if not on_card_thread():
        raise AssertionError(f"{where or 'card I/O'} must run on the card thread, "
                             f"not on {threading.current_thread().name!r}")
