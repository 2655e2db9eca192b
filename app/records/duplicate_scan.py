"""The full 名寄せ pass: every pair of resident records that may be one person, scored.

Blocking keeps it linear: a pair is only considered when the two records share an indexed
key — the same normalised name and birth date, the same 振り仮名 and birth date, a 通称
equal to the other's name with the same birth date, or the same My Number hash. Each key
is an equality on an index the lookup already has, so the pass walks the residents in id
ranges (progress, cancel between ranges) with one indexed probe per record and key.

A finished scan replaces the previous one's proposals; a cancelled one leaves them as they
were.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import and_, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.records.duplicate_scoring import COLUMNS, score_pair
from app.records.import_existing import chunks
from app.storage.write_transaction import write_transaction
from app.storage.tables.records import ResidentRow
from app.storage.tables.records_exchange import DuplicateCandidateRow, DuplicateScanRow

R = ResidentRow.__table__
C, S = DuplicateCandidateRow.__table__, DuplicateScanRow.__table__
STORE_FLOOR = 40  # pairs scored lower are not kept at all (e.g. two different My Numbers)


@dataclass(frozen=True)
class ScanProgress:
    done: int  # residents walked
    total: int
    pairs: int

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 1.0


@dataclass(frozen=True)
class ScanResult:
    scan_id: int | None
    residents: int
    pairs: int
    seconds: float
    cancelled: bool = False


_lo, _hi = bindparam("lo"), bindparam("hi")


def _blocks():
    a, b = R.alias("a"), R.alias("b")
    same_birth = and_(a.c.birth_date.is_not(None), b.c.birth_date == a.c.birth_date)
    keys = [
        and_(b.c.norm_name == a.c.norm_name, same_birth, b.c.id > a.c.id),
        and_(a.c.norm_kana != "", b.c.birth_date == a.c.birth_date, b.c.norm_kana == a.c.norm_kana,
             a.c.birth_date.is_not(None), b.c.id > a.c.id),
        and_(b.c.norm_alias == a.c.norm_name, same_birth, b.c.id != a.c.id),
        and_(a.c.my_number_hash.is_not(None), b.c.my_number_hash == a.c.my_number_hash, b.c.id > a.c.id),
    ]
    return [(select(a.c.id, b.c.id.label("other")).select_from(a).join(b, key)
             .where(a.c.id.between(_lo, _hi))) for key in keys]


class DuplicateScanner:
    def __init__(self, sessions: sessionmaker[Session], id_range: int = 100_000) -> None:
        self._sessions = sessions
        self._range = id_range
        self._statements = _blocks()

    def scan(self, progress: Callable[[ScanProgress], None] | None = None,
             cancel: Callable[[], bool] | None = None) -> ScanResult:
        start = time.perf_counter()
        with self._sessions() as s:
            low, high = s.execute(select(func.min(R.c.id), func.max(R.c.id))).one()
            total = s.execute(select(func.count()).select_from(R)).scalar_one()
        with write_transaction(self._sessions) as s:
            scan_id = s.execute(insert(S).values(started_at=_now(), residents=total, pairs=0)
                                .returning(S.c.id)).scalar_one()
        pairs, done = 0, 0
        for lo in range(low or 0, (high or -1) + 1, self._range):
            hi = lo + self._range - 1
            found = self._pairs_in(lo, hi)
            pairs += self._store(scan_id, found)
            with self._sessions() as s:
                done += s.execute(select(func.count()).where(R.c.id.between(lo, hi))).scalar_one()
            if progress:
                progress(ScanProgress(done, total, pairs))
            if cancel and cancel():
                self._discard(scan_id)
                return ScanResult(None, done, pairs, time.perf_counter() - start, cancelled=True)
        with write_transaction(self._sessions) as s:
            s.execute(update(S).where(S.c.id == scan_id).values(finished_at=_now(), pairs=pairs))
            old = select(S.c.id).where(S.c.id != scan_id)
            s.execute(delete(C).where(C.c.scan_id.in_(old)))
            s.execute(delete(S).where(S.c.id != scan_id))
        if progress:
            progress(ScanProgress(total, total, pairs))
        return ScanResult(scan_id, total, pairs, time.perf_counter() - start)

    def _pairs_in(self, lo: int, hi: int) -> set[tuple[int, int]]:
        found: set[tuple[int, int]] = set()
        with self._sessions() as s:
            for stmt in self._statements:
                for x, y in s.execute(stmt, {"lo": lo, "hi": hi}):
                    found.add((x, y) if x < y else (y, x))
        return found

    def _store(self, scan_id: int, found: set[tuple[int, int]]) -> int:
        if not found:
            return 0
        ids = sorted({i for pair in found for i in pair})
        rows: dict[int, dict] = {}
        with self._sessions() as s:
            cols = [R.c[c] for c in COLUMNS]
            for part in chunks(ids):
                for row in s.execute(select(*cols).where(R.c.id.in_(part))).mappings():
                    rows[row["id"]] = dict(row)
        values = []
        for x, y in sorted(found):
            result = score_pair(rows[x], rows[y])
            if result.score >= STORE_FLOOR:
                values.append({"scan_id": scan_id, "resident_a_id": x, "resident_b_id": y,
                               "score": result.score, "reasons": ",".join(result.reasons)})
        if values:
            with write_transaction(self._sessions) as s:
                s.execute(insert(C), values)
        return len(values)

    def _discard(self, scan_id: int) -> None:
        with write_transaction(self._sessions) as s:
            s.execute(delete(C).where(C.c.scan_id == scan_id))
            s.execute(delete(S).where(S.c.id == scan_id))


def _now() -> datetime:
    return datetime.now(timezone.utc)
