"""Decision notices for the clerk: a supervisor decided on one of this clerk's requests.

The watcher asks the approval port for unseen decisions every few seconds, OFF the GUI
thread (a slow database never freezes the counter), and emits each new decision once.
The window shows it (widgets.decision_banner) and then calls `acknowledge`, which marks
it seen in the database — a decision taken while the clerk was signed out or the screen
was locked is shown at the next chance, never lost.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from widgets.background import BackgroundRunner

log = logging.getLogger(__name__)

# How often the counter asks for decisions. A few seconds: the clerk hears of a decision
# while the resident is still at the counter; one indexed query per counter per poll.
DECISION_POLL_MS = 4000


class DecisionWatcher(QObject):
    arrived = Signal(object)   # app.approval.models.DecisionNotice, once per decision
    failed = Signal(object)    # the exception of a failed poll (first of a kind only)

    def __init__(self, port, interval_ms: int = DECISION_POLL_MS, parent=None) -> None:
        """`port`: app.visit.staff_adapter.ApprovalAdapter (unseen_decisions(), mark_seen(
        visit_id, revision)) — it acts for whoever is signed in at this window."""
        super().__init__(parent)
        self.port = port
        self.runner = BackgroundRunner(self)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._delivered: set[tuple[str, int, str]] = set()
        self._generation = 0  # bumped at stop(): answers for the last person are dropped
        self._last_failure: str | None = None

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start(self) -> None:
        """Someone who submits visits signed in: ask now, then every interval."""
        self._generation += 1
        self._delivered.clear()
        self._last_failure = None
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self._generation += 1
        self.timer.stop()

    def poll(self) -> None:
        if self.runner.busy:  # the last question is still out (a slow database)
            return
        port, generation = self.port, self._generation  # no reference to self in the worker
        self.runner.run(port.unseen_decisions,
                        lambda notices: self._on_polled(generation, notices),
                        lambda exc: self._on_failed(generation, exc))

    def _on_polled(self, generation: int, notices) -> None:
        if generation != self._generation:
            return
        self._last_failure = None
        for notice in notices:
            key = (notice.visit_id, notice.revision, notice.state.value)
            if key not in self._delivered:
                self._delivered.add(key)
                self.arrived.emit(notice)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        kind = type(exc).__name__
        log.warning("decision poll failed: %s", kind)   # type only: no personal data
        if kind != self._last_failure:  # one message per fault, not one every few seconds
            self._last_failure = kind
            self.failed.emit(exc)

    def acknowledge(self, notice) -> None:
        """The clerk has been shown `notice`: mark it seen (off the GUI thread)."""
        port = self.port
        self.runner.run(lambda: port.mark_seen(notice.visit_id, notice.revision),
                        lambda _r: None,
                        lambda exc: log.warning("mark_seen failed: %s", type(exc).__name__))
