"""One bundle of the staff-side services over one database, for main.py,
the CLI commands, demo mode and tests (wired through constructors)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.approval.service import ApprovalService, SnapshotCodec
from app.approval.snapshot_cipher import EncryptedSnapshotCodec
from app.audit.log import AuditLog
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

    @classmethod
    def open(cls, url: str, *, upgrade_schema: bool = True, hashing: PasswordHashing | None = None,
             my_number_source: MyNumberSource | None = None,
             snapshot_codec: SnapshotCodec | None = None,
             reveal_from_records: bool = False) -> "StaffServices":
        engine = make_engine(url)
        if upgrade_schema:
            upgrade(engine)
        return cls.over(engine, hashing=hashing, my_number_source=my_number_source,
                        snapshot_codec=snapshot_codec, reveal_from_records=reveal_from_records)

    @classmethod
    def over(cls, engine: Engine, *, hashing: PasswordHashing | None = None,
             my_number_source: MyNumberSource | None = None,
             snapshot_codec: SnapshotCodec | None = None,
             reveal_from_records: bool = False) -> "StaffServices":
        """`reveal_from_records` wires the reveal to the records area's
        ResidentRepository (opens the My Number key file)."""
        sessions = make_session_factory(engine)
        audit = AuditLog(sessions)
        office = OfficeSettingsService(sessions, audit)
        staff = StaffService(sessions, audit, office, hashing)
        approval = ApprovalService(sessions, audit, office,
                                   snapshot_codec or EncryptedSnapshotCodec.for_key_file())
        if my_number_source is None and reveal_from_records:
            from app.privacy.cipher import MyNumberCipher
            from app.records.repository import ResidentRepository

            my_number_source = ResidentRepository(sessions, MyNumberCipher.for_data_dir())
        reveal = MyNumberRevealService(my_number_source, audit, office) if my_number_source else None
        return cls(engine, sessions, audit, office, staff, approval, reveal)

    def close(self) -> None:
        self.engine.dispose()
