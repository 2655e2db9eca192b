"""`db init`'s half for the keys: the only place (with the demo reset, which initialises
its own database) where key files are created.

A key file is created only when it is missing AND the database has never been written
under a key of that kind (no key check value, no protected data). A database that
already has one needs the existing file copied from a counter that uses it: a new key
would not open the stored numbers.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine

from app.privacy.key_check import AUDIT, MY_NUMBER, KeyRing, verify_keys
from app.privacy.key_file import KeyFileError, audit_key_file_path, create_key, key_file_path
from app.storage.database import make_session_factory
from app.storage.tables.approval import ApprovalRequestRow
from app.storage.tables.keys import KeyCheckRow
from app.storage.tables.records import ResidentRow
from app.storage.tables.visits import VisitRow


@dataclass(frozen=True)
class KeySetup:
    keys: KeyRing
    created: tuple[Path, ...]


def initialise_keys(engine: Engine, my_number_path: Path | None = None,
                    audit_path: Path | None = None) -> KeySetup:
    my_number_path = Path(my_number_path or key_file_path())
    audit_path = Path(audit_path or audit_key_file_path())
    sessions = make_session_factory(engine)
    with sessions() as session:
        registered = set(session.execute(select(KeyCheckRow.name)).scalars())
        has_numbers = any(session.execute(q.limit(1)).first() for q in (
            select(ResidentRow.id).where(ResidentRow.my_number_enc.is_not(None)),
            select(ApprovalRequestRow.visit_id),
            select(VisitRow.id).where(VisitRow.my_number_enc.is_not(None))))
    created = []
    for name, path, used in ((MY_NUMBER, my_number_path, has_numbers),
                             (AUDIT, audit_path, False)):
        if path.exists():
            continue
        if name in registered or used:
            raise KeyFileError("copy_needed", path=str(path))
        create_key(path)
        created.append(path)
    return KeySetup(verify_keys(sessions, my_number_path, audit_path), tuple(created))
