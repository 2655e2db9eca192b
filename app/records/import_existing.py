"""What the database already holds for one batch of an import: one query for the keys of
every row (宛名番号 → id, digest, status), and full rows plus linked records only for the
rows whose digest differs — so an unchanged file costs one indexed IN query per batch.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.tables.records import (ChildAllowanceRow, ElderlyMedicalRow, HouseholdRow, LtcRow, NhiRow,
                                        PensionRow, ResidentRow, SealRegistrationRow)

R, H = ResidentRow.__table__, HouseholdRow.__table__
_IN_CHUNK = 900  # below SQLite's bound-parameter limit on old builds


def chunks(items: list, size: int = _IN_CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def keys_of(session: Session, atena_nos: list[str]) -> dict[str, dict[str, Any]]:
    """宛名番号 → {id, import_hash, status, missing_since, household_id}."""
    out: dict[str, dict[str, Any]] = {}
    cols = (R.c.id, R.c.atena_no, R.c.import_hash, R.c.status, R.c.missing_since, R.c.household_id)
    for part in chunks(atena_nos):
        for row in session.execute(select(*cols).where(R.c.atena_no.in_(part))).mappings():
            out[row["atena_no"]] = dict(row)
    return out


def full_rows(session: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    """id → every resident column plus `household_no` and the household's head id."""
    out: dict[int, dict[str, Any]] = {}
    stmt = select(R, H.c.household_no, H.c.head_resident_id).outerjoin(H, R.c.household_id == H.c.id)
    for part in chunks(ids):
        for row in session.execute(stmt.where(R.c.id.in_(part))).mappings():
            out[row["id"]] = dict(row)
    return out


def linked_of(session: Session, ids: list[int]) -> dict[int, dict[str, tuple | None]]:
    """id → {kind: the same tuple shape as ImportedLinked} (the newest record of a kind)."""
    out: dict[int, dict[str, tuple | None]] = {i: {} for i in ids}

    def latest(table, key, shape) -> None:
        t = table.__table__
        for part in chunks(ids):
            for row in session.execute(select(t).where(t.c[key].in_(part)).order_by(t.c.id)).mappings():
                out[row[key]][kind] = shape(row)

    for kind, table, key, shape in (
            ("nhi", NhiRow, "resident_id", lambda r: (r["symbol_number"], r["acquired_on"], r["lost_on"])),
            ("koki", ElderlyMedicalRow, "resident_id", lambda r: (r["insured_no"], r["acquired_on"])),
            ("kaigo", LtcRow, "resident_id", lambda r: (r["insured_no"], r["acquired_on"])),
            ("pension", PensionRow, "resident_id",
             lambda r: (r["basic_pension_no"], r["category"], r["acquired_on"], r["lost_on"])),
            ("child_allowance", ChildAllowanceRow, "recipient_resident_id", lambda r: (r["certified_on"],)),
            ("seal", SealRegistrationRow, "resident_id", lambda r: (r["registration_no"], r["registered_on"]))):
        latest(table, key, shape)
    return out


def households_of(session: Session, numbers: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for part in chunks(numbers):
        for row in session.execute(select(H).where(H.c.household_no.in_(part))).mappings():
            out[row["household_no"]] = dict(row)
    return out


def as_date(value: Any) -> date | None:
    """SQLite hands dates back as date already; raw text only from hand-made rows."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
