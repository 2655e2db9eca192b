"""RecordsImportService: load a site's resident export into Madoguchi's own copy.

    service.check("mado", path) -> HeaderReport          # records import --check
    service.run(actor, ImportRequest(path, "mado", mode="snapshot", dry_run=True),
                progress=callback, cancel=lambda: flag) -> ImportReport

- Nothing lost, nothing silent: a bad row is rejected with its line, column and reason and
  the others go in; undecodable lines likewise.
- Idempotent: each row's digest (the row as exported + the profile) is stored; an equal
  digest skips the row without parsing it, a different digest is parsed and compared
  field by field, so only real changes count as changes.
- One transaction per batch, with the run's checkpoint; a cancel lands between batches.
- Snapshot mode lists the residents the file no longer has and marks them (missing_since)
  only when asked (confirm_missing); delta mode applies the rows present.
- Audited at the end (who, file digest, counts), never a name.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app.identity.actor import Actor
from app.identity.roles import Action
from app.records.audit_port import AuditPort, file_digest_for_audit
from app.records.import_compare import changed_fields
from app.records.import_errors import ImportFileError, ImportRefusedError, RowRejected
from app.records.import_existing import chunks, full_rows, keys_of, linked_of
from app.records.import_file import ExportFile, ExportRecord, UndecodableLine, file_sha256
from app.records.import_profile import HeaderCheck, ImportProfile, ProfileCatalog
from app.records.import_report import ChangeLine, ImportReport, RowIssue
from app.records.import_row import RowParser, RowSkipped
from app.records.import_runs import WARNINGS_KEPT_PER_KIND, ImportRuns, RunHandle
from app.records.import_writer import Pending, write_batch
from app.records.permissions import require
from app.records import import_indexes as indexes
from app.records.import_indexes import register_is_empty
from app.storage.write_transaction import write_transaction
from app.storage.tables.records import ResidentRow

R = ResidentRow.__table__
MODES = ("snapshot", "delta")


@dataclass(frozen=True)
class ImportRequest:
    path: Path
    profile: str
    mode: str = "delta"
    dry_run: bool = False
    confirm_missing: bool = False


@dataclass(frozen=True)
class ImportProgress:
    bytes_done: int
    bytes_total: int
    rows: int
    counts: dict[str, int]

    @property
    def fraction(self) -> float:
        return min(1.0, self.bytes_done / self.bytes_total) if self.bytes_total else 1.0


@dataclass(frozen=True)
class HeaderReport:
    profile: ImportProfile
    check: HeaderCheck
    encoding: str


@dataclass
class _Run:
    """The state of one pass over the file."""
    report: ImportReport
    parser: RowParser
    file: ExportFile
    handle: RunHandle | None
    seen: set[str] = field(default_factory=set)
    batch: list[tuple[ExportRecord, str, str]] = field(default_factory=list)
    issues: list[RowIssue] = field(default_factory=list)
    warning_kinds: dict[tuple[str, str], int] = field(default_factory=dict)
    rows: int = 0
    last_line: int = 0  # the last physical line read (the final checkpoint)


class RecordsImportService:
    def __init__(self, sessions: sessionmaker[Session], audit: AuditPort, catalog: ProfileCatalog,
                 batch_size: int = 5000, today: Callable[[], date] = date.today) -> None:
        self._sessions = sessions
        self._audit = audit
        self.catalog = catalog
        self._batch_size = batch_size
        self._today = today
        self._runs = ImportRuns(sessions)
        self._engine = sessions.kw["bind"]
        self._bulk = False  # this run loads an empty register: indexes are built at the end

    def check(self, profile_name: str, path: Path) -> HeaderReport:
        profile = self.catalog.load(profile_name)
        file = ExportFile(path, profile.encoding, profile.delimiter)
        return HeaderReport(profile, profile.check_header(file.read_header()), file.encoding)

    def run(self, actor: Actor, request: ImportRequest,
            progress: Callable[[ImportProgress], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> ImportReport:
        require(actor, Action.IMPORT_RECORDS)
        if request.mode not in MODES:
            raise ImportRefusedError("bad_mode")
        if request.confirm_missing and request.mode != "snapshot":
            raise ImportRefusedError("confirm_needs_snapshot")
        header = self.check(request.profile, request.path)
        if not header.check.importable:
            raise ImportFileError("header", profile=header.profile.name,
                                  missing="、".join(header.check.missing) or "-",
                                  duplicated="、".join(header.check.duplicated) or "-")
        digest = file_sha256(request.path)
        report = ImportReport(header.profile.name, request.mode, request.dry_run, digest, header.encoding,
                              unknown_columns=header.check.unknown)
        handle = None
        if not request.dry_run:
            handle = self._runs.start(actor, "residents", digest, header.profile.name, request.mode)
            report.run_id, report.resumed_from_line = handle.id, handle.lines_done
            report.counts.update({k: v for k, v in handle.counts.items() if k in report.counts})
            self._bulk = bool(handle.counts.get("bulk_load")) or register_is_empty(self._engine)
            if self._bulk:
                indexes.drop(self._engine)
            else:
                indexes.ensure(self._engine)
        file = ExportFile(request.path, header.profile.encoding, header.profile.delimiter)
        file.header = header_names = file.read_header()
        state = _Run(report, RowParser(header.profile, header_names), file, handle)
        if handle is not None:
            report.warning_total = handle.counts.get("warnings", 0)
        try:
            finished = self._pass(state, progress, cancel)
            if finished and request.mode == "snapshot":
                self._missing(actor, state, request)
            report.state = "done" if finished else "cancelled"
        except BaseException:
            report.state = "failed"
            try:
                self._close(actor, state)
            except Exception:  # noqa: BLE001 — the original fault is the one to report
                pass
            raise
        self._close(actor, state)
        return report

    # ----- the pass over the file ----------------------------------------------------------
    def _pass(self, st: _Run, progress, cancel) -> bool:
        resume = st.handle.lines_done if st.handle else 0
        fingerprint = st.parser.profile.fingerprint.encode()
        for item in st.file.records():
            st.last_line = max(st.last_line, getattr(item, "end_line", item.line))
            if isinstance(item, UndecodableLine):
                if item.line > resume:
                    self._reject(st, RowIssue(item.line, "", "encoding"))
                continue
            atena, skip = st.parser.atena_and_skip(item.fields)
            if item.end_line <= resume:
                if atena and skip is None:
                    st.seen.add(atena)
                continue
            st.rows += 1
            if skip is not None:
                st.report.counts["skipped"] += 1
                continue
            if atena and atena in st.seen:
                self._reject(st, RowIssue(item.line, st.parser.profile.column("atena_no") or "", "duplicate_atena"))
                continue
            if atena:
                st.seen.add(atena)
            digest = hashlib.blake2b("\x1f".join(item.fields).encode(), digest_size=16,
                                     key=fingerprint).hexdigest()
            st.batch.append((item, atena, digest))
            if len(st.batch) >= self._batch_size:
                self._flush(st)
                if progress:
                    progress(ImportProgress(st.file.bytes_read, st.file.size, st.rows, dict(st.report.counts)))
                if cancel and cancel():
                    return False
        self._flush(st, last_line=True)
        if progress:
            progress(ImportProgress(st.file.size, st.file.size, st.rows, dict(st.report.counts)))
        return True

    def _reject(self, st: _Run, issue: RowIssue) -> None:
        st.report.counts["rejected"] += 1
        st.issues.append(issue)
        if st.handle is None:
            st.report.errors.append(issue)

    def _warn(self, st: _Run, issue: RowIssue) -> None:
        st.report.warning_total += 1
        kind = (issue.column, issue.reason)
        st.warning_kinds[kind] = st.warning_kinds.get(kind, 0) + 1
        if st.warning_kinds[kind] <= WARNINGS_KEPT_PER_KIND:
            st.issues.append(issue)
            if st.handle is None:
                st.report.warnings.append(issue)

    def _flush(self, st: _Run, last_line: bool = False) -> None:
        batch, st.batch = st.batch, []
        new, changed, rehash = self._classify(st, batch)
        if st.handle is None:
            st.issues = []
            return
        counts = dict(st.report.counts, warnings=st.report.warning_total, bulk_load=int(self._bulk))
        with self._write() as s:
            write_batch(s, new, changed, rehash)
            end = st.last_line if last_line else batch[-1][0].end_line
            self._runs.checkpoint(s, st.handle, max(end, st.handle.lines_done), counts, st.issues)
        st.issues = []

    def _classify(self, st: _Run, batch) -> tuple[list[Pending], list[Pending], list[tuple[int, str]]]:
        report, parsed = st.report, []
        with self._sessions() as s:
            keys = keys_of(s, [atena for _, atena, _ in batch if atena])
            for record, atena, digest in batch:
                key = keys.get(atena)
                if key is not None and key["import_hash"] == digest and key["missing_since"] is None:
                    report.counts["unchanged"] += 1
                    continue
                try:
                    row = st.parser.parse(record.fields, record.line)
                except RowRejected as exc:
                    self._reject(st, RowIssue(record.line, exc.column, exc.detail))
                    continue
                except RowSkipped:
                    report.counts["skipped"] += 1
                    continue
                for w in row.warnings:
                    self._warn(st, RowIssue(record.line, w.column, w.detail, True))
                parsed.append((row, digest, key))
            ids = [key["id"] for _, _, key in parsed if key is not None]
            olds, linked = (full_rows(s, ids), linked_of(s, ids)) if ids else ({}, {})
        new, changed, rehash = [], [], []
        for row, digest, key in parsed:
            if key is None:
                new.append(Pending(row, digest))
                report.add_change(ChangeLine(row.line, row.atena_no, "new"))
                continue
            old = olds[key["id"]]
            labels = changed_fields(row, old, linked[key["id"]])
            if not labels:
                rehash.append((key["id"], digest))
                report.counts["unchanged"] += 1
                continue
            kind = "status_changed" if old["status"] != row.values["status"] else "changed"
            changed.append(Pending(row, digest, key["id"], old))
            report.add_change(ChangeLine(row.line, row.atena_no, kind, tuple(labels)))
        return new, changed, rehash

    # ----- snapshot: who is missing --------------------------------------------------------
    def _missing(self, actor: Actor, st: _Run, request: ImportRequest) -> None:
        with self._sessions() as s:
            rows = s.execute(select(R.c.atena_no).where(R.c.missing_since.is_(None))
                             .order_by(R.c.atena_no).execution_options(yield_per=20000)).scalars()
            st.report.missing = [a for a in rows if a not in st.seen]
        if not st.report.missing or not request.confirm_missing or request.dry_run:
            return
        today = self._today()
        with self._write() as s:
            for part in chunks(st.report.missing):
                s.execute(update(R).where(R.c.atena_no.in_(part)).values(missing_since=today))
            self._audit.record(s, actor, "records_marked_missing", "import_run", [st.handle.id],
                               {"count": len(st.report.missing)})
        st.report.marked_missing = len(st.report.missing)

    def _close(self, actor: Actor, st: _Run) -> None:
        report = st.report
        if st.handle is None:
            return
        report.index_seconds = indexes.ensure(self._engine)
        counts = dict(report.counts, warnings=report.warning_total, bulk_load=int(self._bulk))
        self._runs.finish(st.handle, report.state, counts)
        report.errors, report.warnings, _total = self._runs.issues(st.handle.id)
        details = {"state": report.state, "profile": _code(report.profile), "mode": report.mode,
                   "file": file_digest_for_audit(report.file_sha256), "resumed": bool(report.resumed_from_line),
                   "missing": len(report.missing), "marked_missing": report.marked_missing,
                   "warnings": report.warning_total}
        details.update(report.counts)
        self._audit.append(actor, "records_imported", "import_run", [st.handle.id], details)

    def _write(self):
        return write_transaction(self._sessions, cache_mb=256)


def _code(name: str) -> str:
    """A profile name as an audit code (a site may name its profile in Japanese)."""
    import re

    return name if re.fullmatch(r"[A-Za-z0-9_.-]{1,32}", name) else "site-profile"
