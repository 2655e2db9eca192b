"""`assert_gui_thread()`: the entry guard of slots that touch widgets or the visit on screen.

Qt-free on purpose (a check at every slot entry must cost nothing): the GUI thread is the
main thread, because Qt itself requires the QApplication to be created there (it warns
"QApplication was not created in the main() thread" and widgets misbehave otherwise). A slot
that runs anywhere else is a bug (a direct connection from a worker, a callback called from
the visit worker), caught here before it corrupts a widget or the visit on screen.
"""
from __future__ import annotations

import threading


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def assert_gui_thread(where: str = "") -> None:
    """Raise AssertionError (a programming error, not a fault a clerk can meet: it names
    the threads, never any data) unless called on the GUI thread."""
    if not on_gui_thread():
        raise AssertionError(f"{where or 'this slot'} must run on the GUI thread, "
                             f"not on {threading.current_thread().name!r}")
