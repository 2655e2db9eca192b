"""Confirmed 名寄せ decisions as the lookup reads them: which records are one person.

"Same person" decisions link records; links are followed (A=B and B=C make A, B and C
one person). Revoked decisions and "different people" link nothing.
"""
from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.storage.tables.records import ResidentRow
from app.storage.tables.records_exchange import DuplicateDecisionRow

D, R = DuplicateDecisionRow.__table__, ResidentRow.__table__
_MAX_GROUP = 50  # a person with more records than this is a data problem, not a lookup one


def same_person_groups(session: Session, resident_ids: list[int]) -> dict[int, frozenset[int]]:
    """For each given id that has confirmed duplicates: every id of that person (itself included)."""
    groups: dict[int, frozenset[int]] = {}
    for rid in resident_ids:
        if rid in groups:
            continue
        group, frontier = {rid}, {rid}
        while frontier and len(group) < _MAX_GROUP:
            rows = session.execute(select(D.c.resident_a_id, D.c.resident_b_id).where(
                D.c.verdict == "same", D.c.revoked_at.is_(None),
                or_(D.c.resident_a_id.in_(frontier), D.c.resident_b_id.in_(frontier)))).all()
            found = {i for row in rows for i in row} - group
            group |= found
            frontier = found
        if len(group) > 1:
            for member in group:
                groups[member] = frozenset(group)
    return groups


def atena_numbers(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {r.id: r.atena_no for r in session.execute(select(R.c.id, R.c.atena_no).where(R.c.id.in_(ids)))}
