"""CSV export of the audit log for an inspection (監査), itself audited.

Supervisors and administrators only (checked against the stored account); the file is
created 0600 and written atomically (app.privacy.private_files).
"""
from __future__ import annotations

import csv
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from app.audit.chain import canonical_json
from app.audit.events import AuditAction
from app.audit.log import AuditLog
from app.identity.actor import Actor
from app.identity.roles import Action
from app.privacy.private_files import default_file_name, private_output

CSV_COLUMNS = ("seq", "occurred_at", "staff_id", "role", "workstation", "action",
               "object_type", "object_ids", "details", "prev_hash", "entry_hash")


def day_range(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    """Both days inclusive, in UTC (the log's clock)."""
    start = datetime.combine(date_from, time.min, tzinfo=timezone.utc)
    end = datetime.combine(date_to + timedelta(days=1), time.min, tzinfo=timezone.utc)
    return start, end


def default_export_name(date_from: date, date_to: date) -> str:
    """監査ログ_2026-11-01_2026-11-30.csv"""
    return default_file_name("監査ログ", date_from, date_to.isoformat(), ".csv")


def export_csv(audit: AuditLog, actor: Actor, date_from: date, date_to: date, out: Path) -> int:
    """Write entries of the range to `out`; returns the number written.

    The export is audited first, so an export covering today lists itself.
    """
    actor = audit.authorization.require(actor, Action.EXPORT_AUDIT)
    audit.append(actor, AuditAction.EXPORTED, "audit_log",
                 details={"from": date_from.isoformat(), "to": date_to.isoformat()})
    start, end = day_range(date_from, date_to)
    entries = audit.entries(since=start, until=end)
    with private_output(out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        for e in entries:
            writer.writerow([e.seq, e.occurred_at, "" if e.staff_id is None else e.staff_id,
                             e.role, e.workstation, e.action, e.object_type, e.object_ids,
                             canonical_json(e.details), e.prev_hash, e.entry_hash])
    return len(entries)
