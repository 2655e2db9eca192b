"""Writes one batch of an import inside the caller's transaction (the batch commits with
its checkpoint, or not at all).

Households come from `世帯番号` (created when new); a member whose 続柄 is 世帯主 becomes the
household's head, and a head who moved to another household stops being the old one's.
Linked records of the kinds the profile maps are replaced by what the row says.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, func, select, text, update
from sqlalchemy.orm import Session

from app.records.import_existing import chunks, households_of
from app.records.bulk_rows import bulk_insert
from app.records.import_row import ImportedRow
from app.storage.tables.records import (ChildAllowanceChildRow, ChildAllowanceRow, ElderlyMedicalRow,
                                        HouseholdRow, LtcRow, NhiRow, PensionRow, ResidentRow,
                                        SealRegistrationRow)

R, H = ResidentRow.__table__, HouseholdRow.__table__
_LINKED_TABLES = {"nhi": (NhiRow, "resident_id"), "koki": (ElderlyMedicalRow, "resident_id"),
                  "kaigo": (LtcRow, "resident_id"), "pension": (PensionRow, "resident_id"),
                  "seal": (SealRegistrationRow, "resident_id")}


@dataclass
class Pending:
    """A parsed row to write: `resident_id` None for a new resident."""
    row: ImportedRow
    digest: str
    resident_id: int | None = None
    old: dict[str, Any] | None = None  # the stored row (changed residents)


def write_batch(session: Session, new: list[Pending], changed: list[Pending],
                rehash: list[tuple[int, str]]) -> None:
    household_ids = _households(session, new + changed)
    if new:
        # Ids are taken before the insert so it can be a plain executemany (a RETURNING
        # insert runs as many small statements: most of a first import's time).
        for p, rid in zip(new, next_ids(session, R, len(new))):
            p.resident_id = rid
        bulk_insert(session, R, [dict(_resident_values(p, household_ids), id=p.resident_id) for p in new])
    if changed:
        values = [dict(_resident_values(p, household_ids), b_id=p.resident_id) for p in changed]
        session.execute(update(R).where(R.c.id == bindparam("b_id")), values)
    if rehash:
        session.execute(update(R).where(R.c.id == bindparam("b_id")),
                        [{"b_id": rid, "import_hash": digest, "missing_since": None} for rid, digest in rehash])
    _heads(session, new + changed, household_ids)
    _linked(session, new, replace=False)
    _linked(session, changed, replace=True)


def next_ids(session: Session, table, count: int) -> list[int]:
    """`count` new primary keys. SQLite: after the largest (the batch holds the write lock,
    BEGIN IMMEDIATE). PostgreSQL: drawn from the table's sequence, so other writers keep
    getting their own."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "sqlite":
        top = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
        return list(range(top + 1, top + 1 + count))
    return list(session.execute(text(f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
                                      "FROM generate_series(1, :n)"), {"n": count}).scalars())


def _resident_values(p: Pending, household_ids: dict[str, int]) -> dict[str, Any]:
    values = dict(p.row.values)
    values.update(household_id=household_ids.get(p.row.household_no) if p.row.household_no else None,
                  household_order=p.row.order, import_hash=p.digest, missing_since=None)
    return values


def _households(session: Session, rows: list[Pending]) -> dict[str, int]:
    heads: dict[str, str] = {}
    for p in rows:
        if p.row.household_no:
            if p.row.head_name or p.row.household_no not in heads:
                heads[p.row.household_no] = p.row.head_name
    if not heads:
        return {}
    found = households_of(session, list(heads))
    missing = [{"household_no": no, "head_name": heads[no]} for no in heads if no not in found]
    ids = {no: row["id"] for no, row in found.items()}
    if missing:
        for row, hid in zip(missing, next_ids(session, H, len(missing))):
            row["id"] = ids[row["household_no"]] = hid
        bulk_insert(session, H, missing)
    renamed = [{"b_id": row["id"], "head_name": heads[no]} for no, row in found.items()
               if heads[no] and heads[no] != row["head_name"]]
    if renamed:
        session.execute(update(H).where(H.c.id == bindparam("b_id")), renamed)
    return ids


def _heads(session: Session, rows: list[Pending], household_ids: dict[str, int]) -> None:
    updates: dict[int, dict[str, Any]] = {}
    for p in rows:
        old = p.old or {}
        old_hid = old.get("household_id")
        new_hid = household_ids.get(p.row.household_no) if p.row.household_no else None
        if old_hid is not None and old.get("head_resident_id") == p.resident_id and \
                (old_hid != new_hid or p.row.values["relationship"] != "世帯主"):
            updates.setdefault(old_hid, {"b_id": old_hid, "head_resident_id": None})
        if new_hid is not None and p.row.values["relationship"] == "世帯主":
            updates[new_hid] = {"b_id": new_hid, "head_resident_id": p.resident_id}
    if updates:
        session.execute(update(H).where(H.c.id == bindparam("b_id")), list(updates.values()))


def _linked(session: Session, rows: list[Pending], replace: bool) -> None:
    by_kind: dict[str, list[Pending]] = {}
    for p in rows:
        for kind in p.row.linked.owned:
            by_kind.setdefault(kind, []).append(p)
    for kind, pendings in by_kind.items():
        ids = [p.resident_id for p in pendings]
        if kind == "child_allowance":
            _replace_allowances(session, ids if replace else [], pendings)
            continue
        table, key = _LINKED_TABLES[kind]
        t = table.__table__
        for part in chunks(ids if replace else []):  # a new resident has nothing to replace
            session.execute(delete(t).where(t.c[key].in_(part)))
        bulk_insert(session, t, [_linked_values(kind, p.resident_id, getattr(p.row.linked, kind))
                                 for p in pendings if getattr(p.row.linked, kind) is not None])


def _linked_values(kind: str, rid: int, v: tuple) -> dict[str, Any]:
    if kind == "nhi":
        return {"resident_id": rid, "symbol_number": v[0], "acquired_on": v[1], "lost_on": v[2]}
    if kind in ("koki", "kaigo"):
        return {"resident_id": rid, "insured_no": v[0], "acquired_on": v[1]}
    if kind == "pension":
        return {"resident_id": rid, "basic_pension_no": v[0], "category": v[1], "acquired_on": v[2],
                "lost_on": v[3]}
    return {"resident_id": rid, "registration_no": v[0], "registered_on": v[1]}  # seal


def _replace_allowances(session: Session, ids: list[int], pendings: list[Pending]) -> None:
    a, c = ChildAllowanceRow.__table__, ChildAllowanceChildRow.__table__
    for part in chunks(ids):
        old = select(a.c.id).where(a.c.recipient_resident_id.in_(part))
        session.execute(delete(c).where(c.c.allowance_id.in_(old)))
        session.execute(delete(a).where(a.c.recipient_resident_id.in_(part)))
    bulk_insert(session, a, [{"recipient_resident_id": p.resident_id, "certified_on": p.row.linked.child_allowance[0]}
                             for p in pendings if p.row.linked.child_allowance is not None])
