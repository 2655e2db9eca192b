"""`records import-mynumbers FILE`: the 宛名番号 ↔ 個人番号 link from the 団体内統合宛名 system.

The file has two columns, 宛名番号 and 個人番号 (header names, in any order; `atena_no` /
`my_number` also accepted), UTF-8 (BOM or not) or CP932. Each number is checked (length
and check digit, python-stdnum) and encrypted the moment it is read; only its ciphertext
and keyed hash reach the database. Nothing here logs, prints or reports a number or a
宛名番号 of a wrong row: a problem is reported by its line number and a reason code.

- a number already stored for that 宛名番号 is unchanged (idempotent);
- a different number already stored is not overwritten (reported): a correction of the
  link is a decision for a person, not for a file;
- the same number on two 宛名番号 is linked and reported as a warning — it is the 名寄せ
  case the duplicate check then proposes.

The first link of a register (no resident has a number yet) drops the My Number hash index
and builds it once at the end: inserting two million random keys into it batch by batch
wrote most pages of the index again for every batch (measured: 40 minutes for 2,000,000
on SQLite). Numbers shared within the file are then found from the run itself.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.identity.actor import Actor
from app.identity.roles import Action
from app.privacy.cipher import MyNumberCipher
from app.privacy.my_number import InvalidMyNumberError, MyNumber
from app.records.audit_port import AuditPort, file_digest_for_audit
from app.records.import_errors import ImportFileError
from app.records.import_existing import chunks
from app.records.import_file import ExportFile, ExportRecord, UndecodableLine, file_sha256
from app.records.import_report import RowIssue
from app.records.import_values import half_digits
from app.records import import_indexes as indexes
from app.records.permissions import require
from app.storage.write_transaction import write_transaction
from app.storage.tables.records import ResidentRow

R = ResidentRow.__table__
_HASH_INDEX = "ix_residents_my_number_hash"
ATENA_HEADERS, NUMBER_HEADERS = ("宛名番号", "atena_no"), ("個人番号", "my_number")


@dataclass
class MyNumberImportReport:
    file_sha256: str
    encoding: str
    dry_run: bool
    counts: dict[str, int] = field(default_factory=lambda: {"linked": 0, "unchanged": 0, "rejected": 0})
    issues: list[RowIssue] = field(default_factory=list)  # line + reason only

    @property
    def all_rows_in(self) -> bool:
        return self.counts["rejected"] == 0


class MyNumberImportService:
    def __init__(self, sessions: sessionmaker[Session], audit: AuditPort, cipher: MyNumberCipher,
                 batch_size: int = 5000) -> None:
        self._sessions, self._audit, self._cipher = sessions, audit, cipher
        self._batch_size = batch_size

    def run(self, actor: Actor, path: Path, dry_run: bool = False,
            progress: Callable[[float], None] | None = None) -> MyNumberImportReport:
        require(actor, Action.IMPORT_RECORDS)
        file = ExportFile(Path(path))
        header = file.read_header()
        atena_i = next((header.index(h) for h in ATENA_HEADERS if h in header), None)
        number_i = next((header.index(h) for h in NUMBER_HEADERS if h in header), None)
        if atena_i is None or number_i is None:
            raise ImportFileError("header", profile="my_numbers",
                                  missing="、".join(h[0] for h, i in ((ATENA_HEADERS, atena_i),
                                                                   (NUMBER_HEADERS, number_i)) if i is None),
                                  duplicated="-")
        report = MyNumberImportReport(file_sha256(Path(path)), file.encoding, dry_run)
        engine = self._sessions.kw["bind"]
        self._first_link = not dry_run and self._register_has_no_numbers()
        self._run_holders: dict[int, str] = {}
        if self._first_link:
            indexes.drop(engine, {_HASH_INDEX})
        try:
            self._read_all(report, file, header, atena_i, number_i, progress)
        finally:
            if self._first_link:
                indexes.ensure(engine)
        if not dry_run:
            self._audit.append(actor, "my_numbers_imported", "file", [],
                               {"file": file_digest_for_audit(report.file_sha256), **report.counts,
                                "shared": sum(1 for i in report.issues if i.reason == "my_number_shared")})
        report.issues.sort(key=lambda i: i.line)
        return report

    def _register_has_no_numbers(self) -> bool:
        with self._sessions() as s:
            return s.execute(select(R.c.id).where(R.c.my_number_hash.is_not(None)).limit(1)).first() is None

    def _read_all(self, report, file, header, atena_i, number_i, progress) -> None:
        seen: set[str] = set()
        batch: list[tuple[int, str, bytes, str]] = []  # line, 宛名番号, ciphertext, keyed hash
        for item in file.records():
            if isinstance(item, UndecodableLine):
                self._reject(report, item.line, "encoding")
                continue
            entry = self._read(report, item, atena_i, number_i, len(header), seen)
            if entry is not None:
                batch.append(entry)
            if len(batch) >= self._batch_size:
                self._apply(report, batch)
                batch = []
                if progress:
                    progress(file.bytes_read / file.size)
        self._apply(report, batch)
        if progress:
            progress(1.0)

    def _read(self, report, item: ExportRecord, atena_i: int, number_i: int, width: int,
              seen: set[str]) -> tuple[int, str, bytes, str] | None:
        if len(item.fields) != width:
            self._reject(report, item.line, "column_count")
            return None
        atena = half_digits(item.fields[atena_i])
        raw = unicodedata.normalize("NFKC", item.fields[number_i]).strip()
        if not atena:
            self._reject(report, item.line, "required")
            return None
        if not raw:
            self._reject(report, item.line, "my_number_empty")
            return None
        if atena in seen:
            self._reject(report, item.line, "duplicate_atena")
            return None
        seen.add(atena)
        try:
            number = MyNumber(raw)
        except InvalidMyNumberError as exc:
            self._reject(report, item.line, "my_number_check_digit" if exc.detail == "check_digit"
                         else "my_number_format")
            return None
        return item.line, atena, self._cipher.encrypt(number), self._cipher.lookup_hash(number)

    @staticmethod
    def _reject(report: MyNumberImportReport, line: int, reason: str) -> None:
        report.counts["rejected"] += 1
        report.issues.append(RowIssue(line, "", reason))

    def _apply(self, report: MyNumberImportReport, batch: list[tuple[int, str, bytes, str]]) -> None:
        if not batch:
            return
        with self._sessions() as s:
            stored = {}
            for part in chunks([a for _, a, _, _ in batch]):
                stored.update({r.atena_no: (r.id, r.my_number_hash) for r in s.execute(
                    select(R.c.id, R.c.atena_no, R.c.my_number_hash).where(R.c.atena_no.in_(part)))})
            stored_holders: dict[str, set[str]] = {}  # numbers already linked in the database
            if not self._first_link:  # without the index (first link) nothing was stored before
                for part in chunks(sorted({h for _, _, _, h in batch})):
                    for r in s.execute(select(R.c.atena_no, R.c.my_number_hash)
                                       .where(R.c.my_number_hash.in_(part))):
                        stored_holders.setdefault(r.my_number_hash, set()).add(r.atena_no)
            writes = []
            for line, atena, blob, digest in batch:
                if atena not in stored:
                    self._reject(report, line, "unknown_atena")
                    continue
                rid, current = stored[atena]
                if current == digest:
                    report.counts["unchanged"] += 1
                    continue
                if current is not None:
                    self._reject(report, line, "my_number_elsewhere")
                    continue
                key = int(digest[:16], 16)  # this run's links, kept small: 64 bits of the keyed hash
                earlier = self._run_holders.setdefault(key, atena)
                if stored_holders.get(digest, set()) - {atena} or earlier != atena:
                    report.issues.append(RowIssue(line, "", "my_number_shared", True))
                writes.append({"b_id": rid, "my_number_enc": blob, "my_number_hash": digest})
                report.counts["linked"] += 1
        if writes and not report.dry_run:
            with write_transaction(self._sessions, cache_mb=256) as s:
                s.execute(update(R).where(R.c.id == bindparam("b_id")), writes)
