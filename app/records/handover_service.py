"""`visits export --since DATE [--section NAME] --format json|csv --out FILE`.

For each visit APPROVED in the period: per procedure and per person, what the back office
keys into its systems (the approved form values with their form id and the approval).
- The My Number goes only to a procedure whose forms carry it (its section needs it) and
  only when the exporting member may see My Numbers (clerk, supervisor; never the CLI's
  system actor, never an administrator). It comes from the records, through the person's
  宛名番号 (the snapshot holds numbers masked).
- Written 0600, audited (counts, section, format; never a name), deterministic: the same
  period, section, format and role give the same bytes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from app.identity.actor import Actor
from app.identity.roles import Action
from app.records.approved_visits import SnapshotCodec, approved_between
from app.records.audit_port import AuditPort
from app.records.handover_csv import handover_csv
from app.records.handover_json import handover_json
from app.records.handover_record import HandoverPerson, HandoverVisit
from app.records.handover_sections import Section, find_section
from app.records.import_errors import HandoverExportError, OutputFileError
from app.records.normalization import normalize_name
from app.records.permissions import may_see_my_numbers, require
from app.records.repository import ResidentRepository
from app.records.snapshot_reading import linked_persons, visit_from_snapshot

OFFICE_TZ = ZoneInfo("Asia/Tokyo")  # "since 2026-11-01" means from midnight at the counter
FORMATS = ("json", "csv")


@dataclass(frozen=True)
class HandoverExportResult:
    path: Path
    visits: int
    procedures: int
    persons: int
    my_numbers: int


class HandoverExportService:
    def __init__(self, sessions: sessionmaker[Session], audit: AuditPort, repository: ResidentRepository,
                 codec: SnapshotCodec) -> None:
        self._sessions, self._audit, self._repo, self._codec = sessions, audit, repository, codec

    def export(self, actor: Actor, since: date, out: Path, fmt: str = "json", section: str | None = None,
               until: date | None = None) -> HandoverExportResult:
        require(actor, Action.EXPORT_HANDOVER)
        if fmt not in FORMATS:
            raise HandoverExportError("bad_format")
        chosen = find_section(section) if section else None
        visits = self.visits(since, until, chosen)
        with_numbers = may_see_my_numbers(actor)
        if with_numbers:
            visits = [self._with_my_numbers(v) for v in visits]
        text = (handover_json(visits, since, until, {"id": chosen.id, "name": chosen.name} if chosen else None,
                              with_numbers) if fmt == "json" else handover_csv(visits, with_numbers))
        _write_private(out, text, bom=fmt == "csv")
        persons = [x for v in visits for p in v.procedures for x in p.persons]
        result = HandoverExportResult(out, len(visits), sum(len(v.procedures) for v in visits), len(persons),
                                      sum(1 for x in persons if x.my_number))
        self._audit.append(actor, "handover_exported", "handover", [], {
            "format": fmt, "section": chosen.id if chosen else None, "since": since.isoformat(),
            "visits": result.visits, "procedures": result.procedures, "persons": result.persons,
            "my_numbers": result.my_numbers})
        return result

    def visits(self, since: date, until: date | None = None, section: Section | None = None) -> list[HandoverVisit]:
        start = datetime.combine(since, time.min, OFFICE_TZ)
        end = datetime.combine(until, time.min, OFFICE_TZ) if until else None
        out = []
        for item in approved_between(self._sessions, self._codec, start, end):
            visit = visit_from_snapshot(item.visit_id, item.approval, item.snapshot, item.resident_atena_no)
            if section is not None:
                visit = replace(visit, procedures=tuple(p for p in visit.procedures if p.section_id == section.id))
                if not visit.procedures:
                    continue
            out.append(self._with_atena(visit, linked_persons(item.snapshot)))
        return out

    def _with_atena(self, visit: HandoverVisit, linked: list) -> HandoverVisit:
        """Link form persons to 宛名番号: the snapshot's facts when it has them, else the
        visit resident's household in the records (same name and date of birth)."""
        known: dict[tuple[str, str], str] = {}
        for p in linked:
            if p.get("atena_no"):
                known[(normalize_name(p.get("name", "")), p.get("birth_date", ""))] = p["atena_no"]
        if not known and visit.resident_atena_no:
            resident = self._repo.get_by_atena_no(visit.resident_atena_no)
            household = self._repo.household_of(resident.id) if resident else None
            for m in (household.members if household else ((resident,) if resident else ())):
                if m.birth_date is not None:
                    known[(normalize_name(m.name), m.birth_date.isoformat())] = m.atena_no
        if not known:
            return visit
        # A form may name a person without a birth date (葬祭費の申請者, 届出人): then the name
        # alone links, when only one member of the household bears it.
        by_name: dict[str, list[str]] = {}
        for (name, _born), atena in known.items():
            by_name.setdefault(name, []).append(atena)

        def link(person: HandoverPerson) -> HandoverPerson:
            name = normalize_name(person.full_name)
            atena = known.get((name, person.date_of_birth))
            if atena is None and not person.date_of_birth and len(by_name.get(name, ())) == 1:
                atena = by_name[name][0]
            return replace(person, atena_no=atena) if atena else person

        return replace(visit, procedures=tuple(replace(p, persons=tuple(link(x) for x in p.persons))
                                               for p in visit.procedures))

    def _with_my_numbers(self, visit: HandoverVisit) -> HandoverVisit:
        def number(person: HandoverPerson) -> HandoverPerson:
            if not person.atena_no:
                return person
            record = self._repo.get_by_atena_no(person.atena_no)
            value = self._repo.my_number_for(record.id) if record else None
            return person.with_my_number(value.reveal() if value else None)

        return replace(visit, procedures=tuple(
            replace(p, persons=tuple(number(x) for x in p.persons)) if p.needs_my_number else p
            for p in visit.procedures))


def _write_private(path: Path, text: str, bom: bool) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)  # an existing file keeps its mode otherwise
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
            f.write(text)
    except OSError:
        raise OutputFileError() from None
