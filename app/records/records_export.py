"""`records export --out FILE`: every resident in Madoguchi's own layout (the `madoguchi`
profile), for moving the records to another Madoguchi; `records import --profile madoguchi`
reads it back to the same residents.

The file holds names and addresses: it is created 0600 and the export is audited. It has
no My Numbers (the link travels separately, by `records import-mynumbers`). A 不詳 date is
written empty with its `…_不詳` column 1, never as a placeholder.
"""
from __future__ import annotations

import csv
import hashlib
import os
from pathlib import Path
from typing import Any, Callable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.identity.actor import Actor
from app.identity.roles import Action
from app.records.audit_port import AuditPort, file_digest_for_audit
from app.records.import_errors import ImportProfileError, OutputFileError
from app.records.import_existing import linked_of
from app.records.import_profile import ImportProfile
from app.records.import_values import CodeTable
from app.records.permissions import require
from app.storage.tables.records import HouseholdRow, ResidentRow

R, H = ResidentRow.__table__, HouseholdRow.__table__
_CHUNK = 5000


class RecordsExportService:
    def __init__(self, sessions: sessionmaker[Session], audit: AuditPort) -> None:
        self._sessions, self._audit = sessions, audit

    def export(self, actor: Actor, profile: ImportProfile, out: Path,
               progress: Callable[[float], None] | None = None) -> int:
        require(actor, Action.IMPORT_RECORDS)
        if not profile.exportable:
            raise ImportProfileError("not_exportable", profile=profile.name)
        columns = list(profile.column_order)
        writer_rows = 0
        try:
            fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        except OSError:
            raise OutputFileError() from None
        os.fchmod(fd, 0o600)  # an existing file keeps its mode otherwise
        digest = hashlib.sha256()
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            total = self._count()
            for row in self._rows(profile):
                writer.writerow([row.get(c, "") for c in columns])
                writer_rows += 1
                if progress and writer_rows % _CHUNK == 0:
                    progress(writer_rows / max(total, 1))
        with open(out, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        self._audit.append(actor, "records_exported", "file", [],
                           {"rows": writer_rows, "profile": profile.name, "file": file_digest_for_audit(digest.hexdigest())})
        if progress:
            progress(1.0)
        return writer_rows

    def _count(self) -> int:
        with self._sessions() as s:
            return s.execute(select(func.count()).select_from(R)).scalar_one()

    def _rows(self, profile: ImportProfile) -> Iterator[dict[str, str]]:
        codes = {k: CodeTable(v) for k, v in profile.codes.items()}
        stmt = (select(R, H.c.household_no, H.c.head_name).outerjoin(H, R.c.household_id == H.c.id)
                .order_by(R.c.atena_no))
        with self._sessions() as s:
            chunk: list[dict[str, Any]] = []
            for row in s.execute(stmt.execution_options(yield_per=_CHUNK)).mappings():
                chunk.append(dict(row))
                if len(chunk) >= _CHUNK:
                    yield from self._chunk(s, chunk, profile, codes)
                    chunk = []
            yield from self._chunk(s, chunk, profile, codes)

    def _chunk(self, s: Session, rows: list[dict[str, Any]], profile: ImportProfile,
               codes: dict[str, CodeTable]) -> Iterator[dict[str, str]]:
        if not rows:
            return
        with self._sessions() as other:  # the streaming cursor keeps `s` busy
            linked = linked_of(other, [r["id"] for r in rows])
        for row in rows:
            values = _logical(row, linked[row["id"]], codes)
            out = {profile.fields[f]: v for f, v in values.items() if f in profile.fields}
            unknown = set((row["unknown_dates"] or "").split(","))
            for f, column in profile.unknown_flags.items():
                out[column] = "1" if f in unknown else "0"
            yield out


def _d(value) -> str:
    return value.isoformat() if value else ""


def _logical(r: dict[str, Any], linked: dict[str, tuple | None], codes: dict[str, CodeTable]) -> dict[str, str]:
    foreign = r["resident_kind"] == "外国人"
    v = {
        "atena_no": r["atena_no"], "household_no": r["household_no"] or "",
        "household_order": str(r["household_order"]) if r["household_no"] else "",
        "relationship": r["relationship"] or "", "head_name": r["head_name"] or "",
        "kind": codes["kind"].code_for(r["resident_kind"]), "status": codes["status"].code_for(r["status"]),
        "juminhyo_code": r["juminhyo_code"] or "",
        "name": (r["name_alt"] or r["name"]) if foreign else r["name"],
        "name_roman": r["name"] if foreign else "", "name_kana": r["name_kana"] or "",
        "alias_name": r["alias_name"] or "", "alias_kana": r["alias_kana"] or "",
        "former_surname": r["former_surname"] or "", "former_surname_kana": r["former_surname_kana"] or "",
        "birth_date": _d(r["birth_date"]), "sex": r["sex_code"], "postal_code": r["postal_code"] or "",
        "address_prefecture": r["prefecture"], "address_city": r["city"], "address_town": r["town"],
        "address_banchi": r["banchi"], "address_katagaki": r["katagaki"] or "",
        "resident_since": _d(r["resident_since"]), "address_since": _d(r["address_since"]),
        "previous_town": r["previous_address"] or "", "previous_postal_code": r["previous_postal_code"] or "",
        "honseki": r["honseki"] or "", "hittosha": r["hittosha"] or "", "adult_ward": "1" if r["adult_ward"] else "0",
        "removal_reason": r["removal_reason"] or "", "removal_filed_on": _d(r["removal_filed_on"]),
        "removed_on": _d(r["removed_on"]), "move_out_filed_on": _d(r["move_out_filed_on"]),
        "move_out_planned_on": _d(r["move_out_planned_on"]), "moved_out_on": _d(r["moved_out_on"]),
        "destination_town": r["move_out_destination"] or "", "foreign_since": _d(r["foreign_since"]),
        "nationality": r["nationality"] or "", "residence_status": r["residence_status"] or "",
        "residence_expiry": _d(r["residence_expiry"]), "residence_card_no": r["residence_card_no"] or "",
    }
    nhi, koki, kaigo = linked.get("nhi"), linked.get("koki"), linked.get("kaigo")
    pension, allowance, seal = linked.get("pension"), linked.get("child_allowance"), linked.get("seal")
    v.update({"nhi": "1" if nhi else "0", "nhi_number": nhi[0] if nhi else "",
              "nhi_acquired_on": _d(nhi[1]) if nhi else "", "nhi_lost_on": _d(nhi[2]) if nhi else "",
              "koki": "1" if koki else "0", "koki_number": koki[0] if koki else "",
              "koki_acquired_on": _d(koki[1]) if koki else "",
              "kaigo": "1" if kaigo else "0", "kaigo_number": kaigo[0] if kaigo else "",
              "kaigo_acquired_on": _d(kaigo[1]) if kaigo else "",
              "pension": "1" if pension else "0", "pension_number": pension[0] if pension else "",
              "pension_category": pension[1] if pension else "",
              "pension_acquired_on": _d(pension[2]) if pension else "",
              "pension_lost_on": _d(pension[3]) if pension else "",
              "child_allowance": "1" if allowance else "0",
              "child_allowance_start": _d(allowance[0]) if allowance else "",
              "seal_number": seal[0] if seal else "", "seal_registered_on": _d(seal[1]) if seal else ""})
    return v
