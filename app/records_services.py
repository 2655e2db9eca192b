"""The records exchange services over one database, for the CLI, the window and tests.

    services = RecordsServices.open(url)            # migrates, like StaffServices.open
    services.imports.run(actor, ImportRequest(...)) # records import
    services.my_numbers.run(actor, path)            # records import-mynumbers
    services.exports.export(actor, profile, out)    # records export (Madoguchi's layout)
    services.duplicates.page(actor, ...)            # 名寄せ
    services.handover.export(actor, since, out)     # visits export

It sits in the top layer beside staff_services: it wires the records area (which may not
import the audit or approval areas) to the AuditLog and the approval snapshot codec.
`profile_dirs` are searched for site profiles before the shipped ones (the CLI passes the
config directory's records_profiles/).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.audit.log import AuditLog
from app.privacy.cipher import MyNumberCipher
from app.records.duplicate_review import DuplicateReviewService
from app.records.handover_service import HandoverExportService
from app.records.import_profile import ProfileCatalog
from app.records.import_service import RecordsImportService
from app.records.mynumber_import import MyNumberImportService
from app.records.records_export import RecordsExportService
from app.records.repository import ResidentRepository
from app.storage.database import make_engine, make_session_factory
from app.storage.migration_runner import schema_is_current, upgrade


@dataclass(frozen=True)
class RecordsServices:
    engine: Engine
    sessions: sessionmaker[Session]
    catalog: ProfileCatalog
    repository: ResidentRepository
    imports: RecordsImportService
    my_numbers: MyNumberImportService
    exports: RecordsExportService
    duplicates: DuplicateReviewService
    handover: HandoverExportService
    audit: AuditLog

    @classmethod
    def open(cls, url: str, *, profile_dirs: Iterable[Path] = (), cipher: MyNumberCipher | None = None,
             upgrade_schema: bool = True) -> "RecordsServices":
        engine = make_engine(url)
        if upgrade_schema and not schema_is_current(engine):  # alembic costs ~0.5 s to load
            upgrade(engine)
        return cls.over(engine, profile_dirs=profile_dirs, cipher=cipher)

    @classmethod
    def over(cls, engine: Engine, *, profile_dirs: Iterable[Path] = (), cipher: MyNumberCipher | None = None,
             audit: AuditLog | None = None, snapshot_codec=None) -> "RecordsServices":
        sessions = make_session_factory(engine)
        if audit is None or cipher is None or snapshot_codec is None:
            # this workstation's keys, checked against the database's key check values (as
            # StaffServices does): a missing or wrong key stops here, naming the key file
            from app.privacy.key_check import verify_keys

            keys = verify_keys(sessions)
            audit = audit or AuditLog(sessions, keys.audit_key)  # keyed chain (HMAC)
            cipher = cipher or keys.cipher()
            snapshot_codec = snapshot_codec or keys.snapshot_codec()
        repository = ResidentRepository(sessions, cipher)
        catalog = ProfileCatalog(profile_dirs)
        return cls(engine, sessions, catalog, repository,
                   RecordsImportService(sessions, audit, catalog),
                   MyNumberImportService(sessions, audit, cipher),
                   RecordsExportService(sessions, audit),
                   DuplicateReviewService(sessions, audit, repository),
                   HandoverExportService(sessions, audit, repository,
                                         snapshot_codec),
                   audit)

    # ----- for the window (widgets import no app.records module: they would pull in the
    # database layer) -------------------------------------------------------------------
    def allowed(self, actor, action: str) -> bool:
        """Whether `actor` may use a records page: "import_records" or "decide_duplicates"."""
        from app.identity.roles import Action
        from app.records.permissions import allowed

        return allowed(actor, Action(action))

    def profile_choices(self) -> list[tuple[str, str]]:
        """(name, title) of every usable profile, for a choice box."""
        return [(p.name, p.title) for p in self.catalog.all() if not isinstance(p, Exception)]

    def check_header(self, profile: str, path: Path):
        return self.imports.check(profile, Path(path))

    def import_file(self, actor, path: Path, profile: str, mode: str = "delta", dry_run: bool = False,
                    confirm_missing: bool = False, progress=None, cancel=None):
        """records import for the window: `progress(fraction, detail)`; the report is saved
        (report.report_path) like the CLI's."""
        from app.records.import_report import write_report
        from app.records.import_service import ImportRequest
        from app.storage.database import data_dir
        from datetime import datetime

        report = self.imports.run(actor, ImportRequest(Path(path), profile, mode, dry_run, confirm_missing),
                                  progress=(lambda p: progress(p.fraction, f"{p.rows:,}")) if progress else None,
                                  cancel=cancel)
        name = f"import-{datetime.now().strftime('%Y%m%d-%H%M%S')}-{Path(path).stem}.txt"
        report.report_path = write_report(report, data_dir() / "reports" / name, Path(path).name)
        return report

    def close(self) -> None:
        self.engine.dispose()
