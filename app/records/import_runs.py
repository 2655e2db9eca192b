"""Import runs: the checkpoint that makes an import resumable, and the one-import-at-a-time rule.

A run is keyed by (kind, file SHA-256, profile, mode). Each batch updates the run's
`lines_done` and counts in the batch's own transaction. Starting the same file again after
a cancel, a failure or a crash continues after `lines_done`; a run that still beats its
heartbeat (updated within STALE_AFTER) belongs to an import in progress elsewhere, and a
second import is refused.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.identity.actor import Actor
from app.records.import_errors import ImportRefusedError
from app.records.import_report import RowIssue
from app.storage.tables.records_exchange import ImportRejectionRow, ImportRunRow

STALE_AFTER = timedelta(minutes=10)
WARNINGS_KEPT_PER_KIND = 200  # lines listed per (column, reason); the total is always counted
T, J = ImportRunRow.__table__, ImportRejectionRow.__table__
UNFINISHED = ("running", "cancelled", "failed")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class RunHandle:
    id: int
    lines_done: int
    counts: dict[str, int]
    resumed: bool


class ImportRuns:
    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], datetime] = utc_now) -> None:
        self._sessions = sessions
        self._clock = clock

    def start(self, actor: Actor, kind: str, sha256: str, profile: str, mode: str) -> RunHandle:
        now = self._clock()
        with self._sessions.begin() as s:
            for row in s.execute(select(T).where(T.c.kind == kind, T.c.state == "running")).mappings():
                if _aware(row["updated_at"]) > now - STALE_AFTER:
                    raise ImportRefusedError("running", run=row["id"])
            previous = s.execute(select(T).where(T.c.kind == kind, T.c.file_sha256 == sha256,
                                                 T.c.profile == profile, T.c.mode == mode,
                                                 T.c.state.in_(UNFINISHED))
                                 .order_by(T.c.id.desc())).mappings().first()
            # Any other unfinished run is given up: its committed batches stay (each is whole).
            s.execute(update(T).where(T.c.kind == kind, T.c.state.in_(UNFINISHED))
                      .where(T.c.id != (previous["id"] if previous else -1)).values(state="abandoned"))
            if previous is not None:
                s.execute(update(T).where(T.c.id == previous["id"])
                          .values(state="running", updated_at=now, staff_id=actor.staff_id))
                return RunHandle(previous["id"], previous["lines_done"], dict(previous["counts"] or {}),
                                 previous["lines_done"] > 0)
            rid = s.execute(insert(T).values(
                kind=kind, profile=profile, mode=mode, file_sha256=sha256, state="running",
                staff_id=actor.staff_id, workstation=actor.workstation[:64], started_at=now,
                updated_at=now, lines_done=0, counts={}).returning(T.c.id)).scalar_one()
            return RunHandle(rid, 0, {}, False)

    def checkpoint(self, session: Session, run: RunHandle, lines_done: int, counts: dict[str, int],
                   issues: list[RowIssue]) -> None:
        """In the batch's transaction: the rows, the issues and the checkpoint commit together."""
        if issues:
            session.execute(insert(J), [{"run_id": run.id, "line": i.line, "column": i.column[:80],
                                         "reason": i.reason, "severity": "warning" if i.warning else "error"}
                                        for i in issues])
        session.execute(update(T).where(T.c.id == run.id).values(
            lines_done=lines_done, counts=dict(counts), updated_at=self._clock()))
        run.lines_done = lines_done

    def finish(self, run: RunHandle, state: str, counts: dict[str, int]) -> None:
        now = self._clock()
        with self._sessions.begin() as s:
            s.execute(update(T).where(T.c.id == run.id).values(
                state=state, counts=dict(counts), updated_at=now,
                finished_at=now if state == "done" else None))

    def issues(self, run_id: int) -> tuple[list[RowIssue], list[RowIssue], int]:
        """(errors, listed warnings, total warnings) recorded for a run, batches included."""
        with self._sessions() as s:
            rows = s.execute(select(J.c.line, J.c.column, J.c.reason, J.c.severity)
                             .where(J.c.run_id == run_id).order_by(J.c.line, J.c.id)).all()
            total = s.execute(select(func.count()).select_from(J).where(
                J.c.run_id == run_id, J.c.severity == "warning")).scalar_one()
        errors = [RowIssue(r.line, r.column, r.reason) for r in rows if r.severity == "error"]
        warnings = [RowIssue(r.line, r.column, r.reason, True) for r in rows if r.severity == "warning"]
        return errors, warnings, total


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
