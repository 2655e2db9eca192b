"""AuditLog: append entries to the chain and verify it.

`record()` writes inside the caller's transaction so that a business change
and its audit entry commit together (or not at all); `append()` is the
stand-alone form. The chain head row is locked before the next seq is taken.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from app.audit.chain import GENESIS_HASH, canonical_json, entry_hash
from app.audit.events import (AuditAction, AuditDetailError, AuditEntry, check_code, check_details,
                              contains_twelve_digit_run)
from app.audit.unit_of_work import write_transaction
from app.identity.actor import Actor
from app.storage.tables.audit import AuditChainHeadRow, AuditEntryRow

HEAD_ID = 1


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def format_time(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class ChainVerification:
    ok: bool
    entries_checked: int
    first_broken_seq: int | None = None
    reason: str = ""


class AuditLog:
    def __init__(self, session_factory: sessionmaker[Session],
                 clock: Callable[[], datetime] = utc_now):
        self._sessions = session_factory
        self._clock = clock

    def append(self, actor: Actor, action: AuditAction | str, object_type: str = "",
               object_ids: Iterable[object] = (), details: dict | None = None) -> AuditEntry:
        with write_transaction(self._sessions) as session:
            return self.record(session, actor, action, object_type, object_ids, details)

    def record(self, session: Session, actor: Actor, action: AuditAction | str,
               object_type: str = "", object_ids: Iterable[object] = (),
               details: dict | None = None) -> AuditEntry:
        action = AuditAction(action).value
        check_code(object_type, "object_type")
        ids = ",".join(check_code(str(i), "object id") for i in object_ids)
        details_json = canonical_json(check_details(details or {}))
        workstation = _safe_workstation(actor.workstation)
        head = self._lock_head(session)
        seq = head.entry_count + 1
        occurred_at = format_time(self._clock())
        digest = entry_hash(head.last_hash, seq=seq, occurred_at=occurred_at,
                            staff_id=actor.staff_id, role=actor.role, workstation=workstation,
                            action=action, object_type=object_type, object_ids=ids,
                            details_json=details_json)
        prev_hash = head.last_hash
        session.add(AuditEntryRow(seq=seq, occurred_at=occurred_at, staff_id=actor.staff_id,
                                  role=actor.role, workstation=workstation, action=action,
                                  object_type=object_type, object_ids=ids, details=details_json,
                                  prev_hash=prev_hash, entry_hash=digest))
        head.entry_count = seq
        head.last_hash = digest
        session.flush()
        return AuditEntry(seq, occurred_at, actor.staff_id, actor.role, workstation, action,
                          object_type, ids, json.loads(details_json), prev_hash, digest)

    def _lock_head(self, session: Session) -> AuditChainHeadRow:
        stmt = select(AuditChainHeadRow).where(AuditChainHeadRow.id == HEAD_ID)
        if session.get_bind().dialect.name != "sqlite":
            stmt = stmt.with_for_update()
        head = session.execute(stmt).scalar_one_or_none()
        if head is None:  # the migration inserts it; recreate if someone deleted it
            head = AuditChainHeadRow(id=HEAD_ID, entry_count=0, last_hash=GENESIS_HASH)
            session.add(head)
            session.flush()
        return head

    def entries(self, since: datetime | None = None, until: datetime | None = None,
                action: str | None = None) -> list[AuditEntry]:
        stmt = select(AuditEntryRow).order_by(AuditEntryRow.seq)
        if since is not None:
            stmt = stmt.where(AuditEntryRow.occurred_at >= format_time(since))
        if until is not None:
            stmt = stmt.where(AuditEntryRow.occurred_at < format_time(until))
        if action is not None:
            stmt = stmt.where(AuditEntryRow.action == AuditAction(action).value)
        with self._sessions() as session:
            return [_to_entry(row) for row in session.execute(stmt).scalars()]

    def verify(self) -> ChainVerification:
        """Walk the chain from the genesis; the first inconsistency is reported."""
        with self._sessions() as session:
            # Head and rows must come from one snapshot, or an append landing
            # between the two reads would look like tampering.
            if session.get_bind().dialect.name == "sqlite":
                session.execute(text("BEGIN"))  # WAL: a read transaction is a snapshot
            else:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            head = session.get(AuditChainHeadRow, HEAD_ID)
            rows = session.execute(select(AuditEntryRow).order_by(AuditEntryRow.seq)
                                   .execution_options(yield_per=2000)).scalars()
            return _verify_rows(rows, head)


def _verify_rows(rows: Iterator[AuditEntryRow], head: AuditChainHeadRow | None) -> ChainVerification:
    prev, expected_seq, checked = GENESIS_HASH, 1, 0
    for row in rows:
        if row.seq != expected_seq:
            return ChainVerification(False, checked, expected_seq,
                                     f"entry {expected_seq} is missing (next present is {row.seq})")
        if row.prev_hash != prev:
            return ChainVerification(False, checked, row.seq,
                                     f"entry {row.seq} does not follow entry {row.seq - 1}")
        digest = entry_hash(prev, seq=row.seq, occurred_at=row.occurred_at,
                            staff_id=row.staff_id, role=row.role, workstation=row.workstation,
                            action=row.action, object_type=row.object_type,
                            object_ids=row.object_ids, details_json=row.details)
        if digest != row.entry_hash:
            return ChainVerification(False, checked, row.seq, f"entry {row.seq} was altered")
        prev, expected_seq, checked = row.entry_hash, expected_seq + 1, checked + 1
    if head is None:
        return ChainVerification(False, checked, expected_seq, "the chain head row is missing")
    if head.entry_count != checked or head.last_hash != prev:
        first = min(head.entry_count, checked) + 1
        return ChainVerification(False, checked, first,
                                 f"the head records {head.entry_count} entries but {checked} remain"
                                 if head.entry_count != checked else
                                 f"entry {checked} does not match the chain head")
    return ChainVerification(True, checked)


def _to_entry(row: AuditEntryRow) -> AuditEntry:
    return AuditEntry(row.seq, row.occurred_at, row.staff_id, row.role, row.workstation,
                      row.action, row.object_type, row.object_ids, json.loads(row.details),
                      row.prev_hash, row.entry_hash)


def _safe_workstation(name: str) -> str:
    # Workstation names are office-configured labels (may be Japanese, e.g. 窓口1),
    # not personal data; still never let a 12-digit run through.
    name = name[:64]
    if contains_twelve_digit_run(name):
        raise AuditDetailError("digit_run", what="workstation")
    return name
