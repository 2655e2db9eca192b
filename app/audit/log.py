"""AuditLog: append entries to the keyed chain and verify it (optionally against anchors).

`record()` writes inside the caller's transaction so that a business change and its
audit entry commit together (or not at all); `append()` is the stand-alone form. The
chain head row is locked before the next seq is taken. A missing head row is reported
(AuditChainError "head_missing") and repaired with `audit repair-head`, never recreated
silently at zero (that made every later write fail with a UNIQUE error).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator, Sequence

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from domain.errors import DomainError
from app.audit.anchor import Anchor
from app.audit.chain import GENESIS_HASH, canonical_json, entry_hash, row_hash
from app.audit.events import (AuditAction, AuditDetailError, AuditEntry, check_code, check_details,
                              contains_twelve_digit_run)
from app.storage.write_transaction import write_transaction
from app.identity.actor import Actor
from app.identity.authorization import AuthorizationService
from app.storage.tables.audit import AuditChainHeadRow, AuditEntryRow
from app.storage.tables.keys import KeyCheckRow

HEAD_ID = 1
AUDIT_KEY_NAME = "audit"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def format_time(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class AuditChainError(DomainError):
    """The chain cannot take an entry or be repaired. detail: head_missing (the head row
    was deleted: run `audit repair-head`), broken (repair refused: the entries themselves
    do not verify), head_present (nothing to repair)."""

    code = "audit_chain"
    details = ("head_missing", "broken", "head_present")


@dataclass(frozen=True)
class ChainVerification:
    ok: bool
    entries_checked: int
    first_broken_seq: int | None = None
    reason: str = ""
    # missing | order | altered | head_missing | head | anchor | truncated ("" when ok)
    code: str = ""
    anchors_checked: int = 0


class AuditLog:
    def __init__(self, session_factory: sessionmaker[Session], key: bytes,
                 clock: Callable[[], datetime] = utc_now,
                 authorization: AuthorizationService | None = None):
        self._sessions = session_factory
        self._key = key
        self._clock = clock
        self.authorization = authorization or AuthorizationService(session_factory)

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
        head = self.lock(session)
        seq = head.entry_count + 1
        occurred_at = format_time(self._clock())
        digest = entry_hash(head.last_hash, seq=seq, occurred_at=occurred_at,
                            staff_id=actor.staff_id, role=actor.role, workstation=workstation,
                            action=action, object_type=object_type, object_ids=ids,
                            details_json=details_json, key=self._key)
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

    def lock(self, session: Session) -> AuditChainHeadRow:
        """Lock the chain head (FOR UPDATE on PostgreSQL; SQLite writers already hold the
        database's write lock): audited writers and account changes take turns here."""
        head = session.get(AuditChainHeadRow, HEAD_ID, with_for_update=True)
        if head is None:
            raise AuditChainError("head_missing")
        return head

    def head(self) -> Anchor:
        """The current head as an anchor (for `audit anchor`)."""
        with self._sessions() as session:
            head = session.get(AuditChainHeadRow, HEAD_ID)
            if head is None:
                raise AuditChainError("head_missing")
            return Anchor(head.entry_count, head.last_hash, format_time(self._clock()),
                          _hmac_from(session))

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

    def verify(self, anchors: Sequence[Anchor] = ()) -> ChainVerification:
        """Walk the chain from the genesis; the first inconsistency is reported. With
        anchors, each anchored entry must still carry the anchored hash, and the log must
        reach the last anchor."""
        with self._sessions() as session:
            _snapshot(session)
            head = session.get(AuditChainHeadRow, HEAD_ID)
            hmac_from = _hmac_from(session)
            rows = session.execute(select(AuditEntryRow).order_by(AuditEntryRow.seq)
                                   .execution_options(yield_per=2000)).scalars()
            return _verify_rows(rows, head, self._key, hmac_from, anchors)

    def repair_head(self, actor: Actor, anchors: Sequence[Anchor] = (),
                    record_sign_in: bool = False) -> ChainVerification:
        """Recreate a deleted head row from the entries, once they verify (and match the
        anchors given). Administrators only; the repair is itself audited, and so is the
        sign-in that could not be written before it (`record_sign_in`)."""
        from app.identity.roles import Action

        with write_transaction(self._sessions) as session:
            actor = self.authorization.require(actor, Action.MANAGE_SETTINGS, session)
            if session.get(AuditChainHeadRow, HEAD_ID) is not None:
                raise AuditChainError("head_present")
            rows = session.execute(select(AuditEntryRow).order_by(AuditEntryRow.seq)).scalars()
            result = _verify_rows(rows, None, self._key, _hmac_from(session), anchors)
            if result.code != "head_missing":
                raise AuditChainError("broken", seq=result.first_broken_seq or 0)
            last = session.execute(select(AuditEntryRow).order_by(AuditEntryRow.seq.desc())
                                   .limit(1)).scalar_one_or_none()
            session.add(AuditChainHeadRow(id=HEAD_ID, entry_count=last.seq if last else 0,
                                          last_hash=last.entry_hash if last else GENESIS_HASH))
            session.flush()
            if record_sign_in:
                self.record(session, actor, AuditAction.SIGN_IN, "staff", [actor.staff_id],
                            {"via": "cli"})
            self.record(session, actor, AuditAction.CHAIN_HEAD_REPAIRED, "audit_log",
                        details={"entries": result.entries_checked})
        return self.verify(anchors)


def _snapshot(session: Session) -> None:
    # Head and rows must come from one snapshot, or an append landing between the two
    # reads would look like tampering.
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("BEGIN"))  # WAL: a read transaction is a snapshot
    else:
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def _hmac_from(session: Session) -> int:
    row = session.get(KeyCheckRow, AUDIT_KEY_NAME)
    return row.first_seq if row is not None and row.first_seq is not None else 1


def _verify_rows(rows: Iterator[AuditEntryRow], head: AuditChainHeadRow | None, key: bytes,
                 hmac_from: int, anchors: Sequence[Anchor]) -> ChainVerification:
    pending = sorted(anchors, key=lambda a: a.seq)
    prev, expected_seq, checked, anchored = GENESIS_HASH, 1, 0, 0
    for row in rows:
        if row.seq != expected_seq:
            return ChainVerification(False, checked, expected_seq,
                                     f"entry {expected_seq} is missing (next present is {row.seq})",
                                     "missing", anchored)
        if row.prev_hash != prev:
            return ChainVerification(False, checked, row.seq,
                                     f"entry {row.seq} does not follow entry {row.seq - 1}",
                                     "order", anchored)
        if row_hash(row, key if row.seq >= hmac_from else None) != row.entry_hash:
            return ChainVerification(False, checked, row.seq, f"entry {row.seq} was altered",
                                     "altered", anchored)
        while pending and pending[0].seq == row.seq:
            if pending[0].hash != row.entry_hash or pending[0].hmac_from != hmac_from:
                return ChainVerification(False, checked, row.seq,
                                         f"entry {row.seq} differs from the anchor taken "
                                         f"{pending[0].at}: the log was rewritten up to here",
                                         "anchor", anchored)
            pending.pop(0)
            anchored += 1
        prev, expected_seq, checked = row.entry_hash, expected_seq + 1, checked + 1
    pending = [a for a in pending if a.seq > 0]
    if pending:
        return ChainVerification(False, checked, checked + 1,
                                 f"the log ends at entry {checked} but entry {pending[-1].seq} "
                                 f"was anchored {pending[-1].at}", "truncated", anchored)
    if head is None:
        return ChainVerification(False, checked, expected_seq, "the chain head row is missing",
                                 "head_missing", anchored)
    if head.entry_count != checked or head.last_hash != prev:
        first = min(head.entry_count, checked) + 1
        return ChainVerification(False, checked, first,
                                 f"the head records {head.entry_count} entries but {checked} remain"
                                 if head.entry_count != checked else
                                 f"entry {checked} does not match the chain head", "head", anchored)
    return ChainVerification(True, checked, anchors_checked=anchored)


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
