"""What opening an SQLite database for a command costs: `open_database` (header and length
check, `PRAGMA quick_check` at the first connection, schema version) against a bare
engine's first connection (the baseline), and `db check`'s full `PRAGMA integrity_check`.

    .venv/bin/python bench/database_open.py [--residents 200000] [--work DIR] [-n 5]

Seeds N residents into DIR/open.sqlite3 (kept for reuse), then prints medians of n runs
with the file in the page cache (the warm case: a counter that has been running).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from app.privacy import MyNumberCipher  # noqa: E402
from app.storage import health  # noqa: E402
from app.storage.database import make_engine  # noqa: E402
from app.storage.migration_runner import upgrade  # noqa: E402
from app.storage.opening import Access, open_database  # noqa: E402
from training.seed import seed_population  # noqa: E402


def _median(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _bare(url: str) -> None:
    engine = make_engine(url, quick_check=False)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    engine.dispose()


def _opened(url: str) -> None:
    engine = open_database(url, Access.READ)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    engine.dispose()


def _integrity(url: str) -> None:
    engine = open_database(url, Access.CHECK)
    health.check(engine)
    engine.dispose()


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--residents", type=int, default=200_000)
    options.add_argument("--work", type=Path, default=None)
    options.add_argument("-n", type=int, default=5)
    args = options.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="madoguchi-open-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("MADOGUCHI_DATA_DIR", str(work / "data"))
    path = work / f"open-{args.residents}.sqlite3"
    url = f"sqlite:///{path}"
    if not path.exists():
        engine = make_engine(url)
        upgrade(engine)
        seed_population(engine, residents=args.residents, seed=1, cipher=MyNumberCipher(b"b" * 32))
        engine.dispose()
    _opened(url)  # page cache warm
    size_mb = path.stat().st_size / 1e6
    bare, opened = _median(lambda: _bare(url), args.n), _median(lambda: _opened(url), args.n)
    full = _median(lambda: _integrity(url), max(1, args.n // 2))
    print(f"{args.residents:,} residents, {size_mb:.0f} MB, medians of {args.n} (warm page cache)")
    print(f"  bare first connection     {bare * 1000:8.1f} ms   (baseline)")
    print(f"  open_database (READ)      {opened * 1000:8.1f} ms   +{(opened - bare) * 1000:.1f} ms, "
          f"{(opened - bare) / size_mb * 1000:.2f} ms/MB")
    print(f"  db check integrity_check  {full * 1000:8.1f} ms   ×{full / max(opened, 1e-9):.1f} open_database")
    return 0


if __name__ == "__main__":
    sys.exit(main())
