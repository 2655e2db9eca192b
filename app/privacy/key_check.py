"""Key check values: the database remembers which keys it was written under.

At start every workstation loads its key files and compares an HMAC of a fixed label
under each key with the value stored in `key_checks`. A workstation holding another
key refuses to start (KeyMismatchError naming the key file it read) instead of finding
nobody by My Number, failing later with an empty InvalidTag, and writing new rows that
the other counters cannot read.

A database without a stored value (new, or upgraded from a version without key checks)
adopts the workstation's key — but only after that key opens the protected data already
there (a resident's number, an approval snapshot, a visit's number), so an old database
is never claimed by the wrong key.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.exceptions import InvalidTag
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from domain.errors import DomainError
from app.privacy.cipher import MyNumberCipher
from app.privacy.key_file import audit_key_file_path, key_file_path, load_key
from app.privacy.snapshot_cipher import EncryptedSnapshotCodec
from app.storage.tables.approval import ApprovalRequestRow
from app.storage.tables.audit import AuditChainHeadRow
from app.storage.tables.keys import KeyCheckRow
from app.storage.tables.records import ResidentRow
from app.storage.tables.visits import VisitRow

MY_NUMBER = "mynumber"
MY_NUMBER_NEXT = "mynumber.next"   # present while `keys rotate` runs
AUDIT = "audit"


class KeyMismatchError(DomainError):
    """This workstation's key file is not the one the database was written under
    (`data["path"]`: the key file read). detail: my_number | audit | rotation_in_progress."""

    code = "key_mismatch"
    details = ("my_number", "audit", "rotation_in_progress")


def check_value(key: bytes, name: str) -> str:
    return hmac.new(key, b"madoguchi-key-check-v1:" + name.encode("ascii"),
                    hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class KeyRing:
    """The verified keys of this workstation for one database."""
    my_number_key: bytes
    audit_key: bytes
    my_number_path: Path
    audit_path: Path

    def cipher(self) -> MyNumberCipher:
        return MyNumberCipher(self.my_number_key)

    def snapshot_codec(self) -> EncryptedSnapshotCodec:
        return EncryptedSnapshotCodec(self.my_number_key)


def verify_keys(sessions: sessionmaker[Session], my_number_path: Path | None = None,
                audit_path: Path | None = None, *, key_rotation: bool = False) -> KeyRing:
    """Load both key files and check them against the database (adopting them when the
    database has no check values yet). Raises KeyFileError or KeyMismatchError.
    `key_rotation`: only the audit key is checked (`keys rotate` checks the My Number
    keys itself, in whatever state an interrupted rotation left them)."""
    my_number_path = Path(my_number_path or key_file_path())
    audit_path = Path(audit_path or audit_key_file_path())
    audit_key = load_key(audit_path)
    my_number_key = b"" if key_rotation else load_key(my_number_path)
    with sessions.begin() as session:
        stored = {row.name: row for row in session.execute(select(KeyCheckRow)).scalars()}
        if not key_rotation:
            if MY_NUMBER_NEXT in stored:
                raise KeyMismatchError("rotation_in_progress", path=str(my_number_path))
            _check_or_adopt(session, stored, MY_NUMBER, my_number_key, my_number_path,
                            lambda: _opens_protected_data(session, my_number_key))
        _check_or_adopt(session, stored, AUDIT, audit_key, audit_path, lambda: True)
    return KeyRing(my_number_key, audit_key, my_number_path, audit_path)


def _check_or_adopt(session: Session, stored: dict, name: str, key: bytes, path: Path,
                    opens_existing_data) -> None:
    expected = check_value(key, name)
    row = stored.get(name)
    detail = "my_number" if name == MY_NUMBER else "audit"
    if row is not None:
        if not hmac.compare_digest(row.check_value, expected):
            raise KeyMismatchError(detail, path=str(path))
        return
    if not opens_existing_data():
        raise KeyMismatchError(detail, path=str(path))
    register(session, name, key)


def register(session: Session, name: str, key: bytes) -> None:
    first_seq = None
    if name == AUDIT:
        # Entries written before the audit key existed stay plain SHA-256; HMAC from here.
        head = session.get(AuditChainHeadRow, 1)
        first_seq = (head.entry_count if head else 0) + 1
    session.merge(KeyCheckRow(name=name, check_value=check_value(key, name),
                              first_seq=first_seq, created_at=datetime.now(timezone.utc)))
    session.flush()


def _opens_protected_data(session: Session, key: bytes) -> bool:
    """True when no protected value exists yet, or the key opens a sample of each kind."""
    cipher, codec = MyNumberCipher(key), EncryptedSnapshotCodec(key)
    samples = (
        (select(ResidentRow.my_number_enc).where(ResidentRow.my_number_enc.is_not(None)),
         lambda blob: cipher.decrypt_digits(blob)),
        (select(ApprovalRequestRow.snapshot_json), codec.decode),
        (select(VisitRow.my_number_enc).where(VisitRow.my_number_enc.is_not(None)),
         lambda token: cipher.decrypt_digits(base64.b64decode(token))),
    )
    for query, open_value in samples:
        value = session.execute(query.limit(1)).scalar()
        if value is None:
            continue
        try:
            open_value(value)
        except (InvalidTag, ValueError):
            return False
    return True
