"""One bundle of the staff-side services over one database, for main.py,
the CLI commands, demo mode and tests (wired through constructors).

Opening the bundle checks this workstation's key files against the key check values
stored in the database (app.privacy.key_check): a missing or different key stops here
with a message naming the key file, before anything is read or written.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.approval.service import ApprovalService, SnapshotCodec
from app.audit.log import AuditLog
from app.identity.authorization import AuthorizationService
from app.privacy.key_check import KeyRing, verify_keys
from app.settings.office import OfficeSettingsService
from app.staff.passwords import PasswordHashing
from app.staff.reveal import MyNumberRevealService, MyNumberSource
from app.staff.service import StaffService
from app.storage.database import make_engine, make_session_factory
from app.storage.migration_runner import upgrade


@dataclass(frozen=True)
class StaffServices:
    engine: Engine
    sessions: sessionmaker[Session]
    audit: AuditLog
    office: OfficeSettingsService
    staff: StaffService
    approval: ApprovalService
    reveal: MyNumberRevealService | None
    authorization: AuthorizationService
    keys: KeyRing

    @classmethod
    def open(cls, url: str, *, upgrade_schema: bool = True, hashing: PasswordHashing | None = None,
             my_number_source: MyNumberSource | None = None,
             snapshot_codec: SnapshotCodec | None = None,
             reveal_from_records: bool = False,
             key_file: Path | None = None, audit_key_file: Path | None = None,
             key_rotation: bool = False) -> "StaffServices":
        engine = make_engine(url)
        try:
            if upgrade_schema:
                upgrade(engine)
            return cls.over(engine, hashing=hashing, my_number_source=my_number_source,
                            snapshot_codec=snapshot_codec, reveal_from_records=reveal_from_records,
                            key_file=key_file, audit_key_file=audit_key_file,
                            key_rotation=key_rotation)
        except BaseException:
            engine.dispose()
            raise

    @classmethod
    def over(cls, engine: Engine, *, hashing: PasswordHashing | None = None,
             my_number_source: MyNumberSource | None = None,
             snapshot_codec: SnapshotCodec | None = None,
             reveal_from_records: bool = False,
             key_file: Path | None = None, audit_key_file: Path | None = None,
             key_rotation: bool = False) -> "StaffServices":
        """`reveal_from_records` wires the reveal to the records area's ResidentRepository.
        `key_rotation` (only `keys rotate`): the My Number key is not checked here."""
        sessions = make_session_factory(engine)
        keys = verify_keys(sessions, key_file, audit_key_file, key_rotation=key_rotation)
        authorization = AuthorizationService(sessions)
        audit = AuditLog(sessions, keys.audit_key, authorization=authorization)
        office = OfficeSettingsService(sessions, audit, authorization)
        staff = StaffService(sessions, audit, office, hashing, authorization)
        approval = ApprovalService(sessions, audit, office,
                                   snapshot_codec or keys.snapshot_codec(), authorization)
        if my_number_source is None and reveal_from_records:
            from app.records.repository import ResidentRepository

            my_number_source = ResidentRepository(sessions, keys.cipher())
        reveal = (MyNumberRevealService(my_number_source, audit, office, authorization=authorization)
                  if my_number_source else None)
        return cls(engine, sessions, audit, office, staff, approval, reveal, authorization, keys)

    def close(self) -> None:
        self.engine.dispose()
