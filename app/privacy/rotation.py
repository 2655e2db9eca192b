"""`keys rotate`: a new My Number key, every protected column re-encrypted in batches.

Protected columns: residents (my_number_enc + the keyed lookup hash), visits
(my_number_enc), visit_drafts (sensitive field values in the JSON), approval_requests and
approval_snapshots (snapshot_json). Each batch re-encrypts up to `batch_size` rows and
moves that column's cursor in the SAME transaction, so a crash loses at most the batch in
flight and the next `keys rotate` resumes from the cursor. A value the new key already
opens is left alone, so repeating a batch is harmless.

The state lives in the database and beside the key file:
  1. `mynumber.key.next` is created (0600) and its check value stored as "mynumber.next";
     while that row exists no counter starts (KeyMismatchError rotation_in_progress);
  2. the batches run;
  3. one transaction makes the new check value current, drops "mynumber.next" and the
     cursors (and audits the rotation, through `on_complete`);
  4. the files are swapped: the old key becomes `mynumber.key.retired-<time>` (keep it
     with the backups of the database taken before), the new one `mynumber.key`.
A crash anywhere is finished by running `keys rotate` again. Every other counter then
needs the new key file (it refuses to start with the old one, naming the file).
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from cryptography.exceptions import InvalidTag
from sqlalchemy import Table, and_, delete, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from domain.errors import DomainError
from app.privacy.cipher import MyNumberCipher
from app.privacy.key_check import MY_NUMBER, MY_NUMBER_NEXT, KeyMismatchError, check_value
from app.privacy.key_file import create_key, key_file_path, load_key
from app.privacy.snapshot_cipher import EncryptedSnapshotCodec
from app.storage.database import make_session_factory
from app.storage.tables.approval import ApprovalRequestRow, ApprovalSnapshotRow
from app.storage.tables.keys import KeyCheckRow, KeyRotationProgressRow
from app.storage.tables.records import ResidentRow
from app.storage.tables.visits import VisitDraftRow, VisitRow


class KeyRotationError(DomainError):
    """`keys rotate` cannot go on. detail: no_key_check (the database has never checked a
    key: start a counter once first), next_key_mismatch (`data["path"]`, the .next file,
    is not the key the rotation started with)."""

    code = "key_rotation"
    details = ("no_key_check", "next_key_mismatch")


@dataclass(frozen=True)
class RotationReport:
    rows: dict[str, int]          # column → values re-encrypted in this run
    resumed: bool
    retired_key: Path | None      # where the old key file went


class _Ciphers:
    def __init__(self, old: bytes, new: bytes):
        self.old, self.new = MyNumberCipher(old), MyNumberCipher(new)
        self.old_codec, self.new_codec = EncryptedSnapshotCodec(old), EncryptedSnapshotCodec(new)

    def blob(self, blob: bytes) -> tuple[bytes, str] | None:
        """(new blob, digits), or None when the new key already opens it."""
        try:
            self.new.decrypt_digits(blob)
            return None
        except InvalidTag:
            digits = self.old.decrypt_digits(blob)
            return self.new.encrypt_digits(digits), digits

    def token(self, token: str) -> str | None:
        if not token:
            return None
        sealed = self.blob(base64.b64decode(token))
        return None if sealed is None else base64.b64encode(sealed[0]).decode("ascii")

    def snapshot(self, stored: str) -> str | None:
        try:
            self.new_codec.decode(stored)
            return None
        except InvalidTag:
            return self.new_codec.encode(self.old_codec.decode(stored))


def _resident(row, c: _Ciphers) -> dict | None:
    if row.my_number_enc is None:
        return None
    sealed = c.blob(row.my_number_enc)
    return None if sealed is None else {"my_number_enc": sealed[0],
                                        "my_number_hash": c.new.hash_digits(sealed[1])}


def _visit(row, c: _Ciphers) -> dict | None:
    token = c.token(row.my_number_enc or "")
    return None if token is None else {"my_number_enc": token}


def _draft(row, c: _Ciphers) -> dict | None:
    data, changed = json.loads(json.dumps(row.data)), False
    for f in data.get("fields", ()):
        if f.get("sensitive"):
            for key in ("value", "prefilled_value"):
                token = c.token(f.get(key) or "")
                if token is not None:
                    f[key], changed = token, True
    return {"data": data} if changed else None


def _snapshot(row, c: _Ciphers) -> dict | None:
    stored = c.snapshot(row.snapshot_json)
    return None if stored is None else {"snapshot_json": stored}


# (progress name, table, primary-key columns, transform)
COLUMNS: tuple[tuple[str, Table, tuple[str, ...], Callable[[Any, _Ciphers], dict | None]], ...] = (
    ("residents.my_number_enc", ResidentRow.__table__, ("id",), _resident),
    ("visits.my_number_enc", VisitRow.__table__, ("id",), _visit),
    ("visit_drafts.data", VisitDraftRow.__table__, ("id",), _draft),
    ("approval_requests.snapshot_json", ApprovalRequestRow.__table__, ("visit_id",), _snapshot),
    ("approval_snapshots.snapshot_json", ApprovalSnapshotRow.__table__, ("visit_id", "revision"),
     _snapshot),
)


def next_key_path(path: Path) -> Path:
    return path.with_name(path.name + ".next")


def rotate_my_number_key(engine: Engine, *, key_path: Path | None = None, batch_size: int = 500,
                         on_complete: Callable[[Session, dict[str, int]], None] = lambda s, r: None,
                         progress: Callable[[str, int], None] = lambda name, done: None
                         ) -> RotationReport:
    key_path = Path(key_path or key_file_path())
    next_path = next_key_path(key_path)
    sessions = make_session_factory(engine)
    finished = _finish_file_swap(sessions, key_path, next_path)
    if finished is not None:
        return RotationReport({}, True, finished)
    old_key = load_key(key_path)
    resumed = _start(sessions, old_key, key_path, next_path)
    ciphers = _Ciphers(old_key, load_key(next_path))
    counts = {}
    for name, table, pk, transform in COLUMNS:
        counts[name] = _rotate_column(sessions, name, table, pk, transform, ciphers, batch_size,
                                      progress)
    new_value = check_value(load_key(next_path), MY_NUMBER)
    with sessions.begin() as session:
        session.execute(update(KeyCheckRow).where(KeyCheckRow.name == MY_NUMBER)
                        .values(check_value=new_value))
        session.execute(delete(KeyCheckRow).where(KeyCheckRow.name == MY_NUMBER_NEXT))
        session.execute(delete(KeyRotationProgressRow))
        on_complete(session, counts)
    retired = _swap_files(key_path, next_path)
    return RotationReport(counts, resumed, retired)


def _start(sessions, old_key: bytes, key_path: Path, next_path: Path) -> bool:
    """Register the next key (creating its file) unless a rotation is already under way."""
    with sessions.begin() as session:
        rows = {r.name: r for r in session.execute(select(KeyCheckRow)).scalars()}
        current = rows.get(MY_NUMBER)
        if current is None:
            raise KeyRotationError("no_key_check")
        if current.check_value != check_value(old_key, MY_NUMBER):
            raise KeyMismatchError("my_number", path=str(key_path))
        if MY_NUMBER_NEXT in rows:
            if not next_path.exists() or rows[MY_NUMBER_NEXT].check_value != check_value(
                    load_key(next_path), MY_NUMBER):
                raise KeyRotationError("next_key_mismatch", path=str(next_path))
            return True
        new_key = load_key(next_path) if next_path.exists() else create_key(next_path)
        session.add(KeyCheckRow(name=MY_NUMBER_NEXT, check_value=check_value(new_key, MY_NUMBER),
                                created_at=datetime.now(timezone.utc)))
        session.execute(delete(KeyRotationProgressRow))
        return False


def _rotate_column(sessions, name, table: Table, pk: tuple[str, ...], transform, ciphers,
                   batch_size: int, progress) -> int:
    done = 0
    while True:
        with sessions.begin() as session:
            state = session.get(KeyRotationProgressRow, name, with_for_update=True)
            if state is None:
                state = KeyRotationProgressRow(column=name, last_key=None, done=False, rows=0,
                                               updated_at=datetime.now(timezone.utc))
                session.add(state)
            if state.done:
                return done
            cursor = json.loads(state.last_key) if state.last_key else None
            query = select(table).order_by(*(table.c[c] for c in pk)).limit(batch_size)
            if cursor is not None:
                query = query.where(_after(table, pk, cursor))
            rows = session.execute(query.with_for_update()).all()
            for row in rows:
                values = transform(row, ciphers)
                if values:
                    session.execute(update(table).where(
                        and_(*(table.c[c] == getattr(row, c) for c in pk))).values(**values))
                    done += 1
            state.rows += len(rows)
            state.updated_at = datetime.now(timezone.utc)
            if len(rows) < batch_size:
                state.done = True
            if rows:
                state.last_key = json.dumps([getattr(rows[-1], c) for c in pk])
            finished = state.done
        progress(name, done)
        if finished:
            return done


def _after(table: Table, pk: tuple[str, ...], cursor: list):
    """Keyset pagination: rows strictly after the cursor in primary-key order."""
    cols = [table.c[c] for c in pk]
    if len(cols) == 1:
        return cols[0] > cursor[0]
    return or_(cols[0] > cursor[0], and_(cols[0] == cursor[0], cols[1] > cursor[1]))


def _finish_file_swap(sessions, key_path: Path, next_path: Path) -> Path | None:
    """A crash after the database switched keys but before the files were swapped:
    swap them now (returns where the old key went) instead of starting a new rotation."""
    if not next_path.exists():
        return None
    with sessions() as session:
        current = session.get(KeyCheckRow, MY_NUMBER)
        pending = session.get(KeyCheckRow, MY_NUMBER_NEXT)
    if pending is None and current is not None and \
            current.check_value == check_value(load_key(next_path), MY_NUMBER):
        return _swap_files(key_path, next_path) or next_path
    return None


def _swap_files(key_path: Path, next_path: Path) -> Path | None:
    retired = None
    if key_path.exists():
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        retired = key_path.with_name(f"{key_path.name}.retired-{stamp}")
        os.replace(key_path, retired)
    os.replace(next_path, key_path)
    return retired
