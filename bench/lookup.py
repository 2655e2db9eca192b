"""Benchmark: seed N residents, then time My Number and 4-info lookups on SQLite and PostgreSQL.

    .venv/bin/python bench/lookup.py                     # 2,000,000 residents, both back ends
    .venv/bin/python bench/lookup.py --residents 50000 --backends sqlite

Prints seeding time (and how much of it was AES-GCM/HMAC), then p50/p99/max
of LookupService.by_my_number and .by_basic_info over random seeded residents.
The 4-info queries are written the way a card or a clerk would write them:
氏名 with 新字体 (髙→高 …) and a half-width space, the address in full-width
digits with hyphens. Accuracy (right resident ranked first / tie reported) is
printed too. PostgreSQL is a throwaway cluster (tests/support/postgres_server.py).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from app.privacy import MyNumberCipher  # noqa: E402
from app.privacy.key_file import create_key, key_file_path  # noqa: E402
from app.records import BasicInfo, LookupService, ResidentRepository  # noqa: E402
from app.records.normalization import fold_variants  # noqa: E402
from training.seed import seed_population  # noqa: E402
from training.seed.address_master import HOME_LOCALITY  # noqa: E402
from app.storage.database import make_engine, make_session_factory  # noqa: E402
from app.storage.migration_runner import upgrade  # noqa: E402
from app.storage.tables.records import ResidentRow  # noqa: E402

_FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


def card_style(row) -> BasicInfo:
    """What a card reader or a clerk typically gives for this registry row."""
    name = fold_variants(row.name).replace("\u3000", " ")
    banchi = row.banchi.replace("番地", "-").replace("番", "-").replace("号", "").rstrip("-")
    address = f"{row.city}{row.town}{banchi}".translate(_FULL)
    if row.katagaki:
        address += " " + row.katagaki
    return BasicInfo(name, row.birth_date, address, row.sex_code)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def timed(fn, items) -> tuple[list[float], list]:
    times, results = [], []
    for item in items:
        start = time.perf_counter()
        results.append(fn(item))
        times.append((time.perf_counter() - start) * 1000)
    return times, results


def run_backend(name: str, url: str, args, cipher: MyNumberCipher) -> dict:
    engine = make_engine(url)
    upgrade(engine)
    print(f"[{name}] seeding {args.residents:,} residents …", flush=True)
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 15 or done == total:
            last[0] = now
            print(f"[{name}]   {done:,}/{total:,}", flush=True)

    with engine.connect() as conn:
        existing = conn.execute(select(func.count()).select_from(ResidentRow)).scalar_one()
    seeded = None
    if existing >= args.residents:  # --work DIR of an earlier run: measure lookups only
        print(f"[{name}] reusing {existing:,} seeded residents", flush=True)
    else:
        seeded = seed_population(engine, residents=args.residents - existing, seed=args.seed, cipher=cipher,
                                 progress=progress)
        print(f"[{name}] seeded in {seeded.seconds:.1f} s (crypto {seeded.crypto_seconds:.1f} s, "
              f"indexes+analyze {seeded.index_seconds:.1f} s)  load average {os.getloadavg()[0]:.1f}",
              flush=True)
    repo = ResidentRepository(make_session_factory(engine), cipher)
    service = LookupService(repo, home_locality=HOME_LOCALITY)
    if args.prewarm and name == "sqlite":
        with open(engine.url.database, "rb") as fh:
            while fh.read(16 << 20):
                pass
    rng = random.Random(args.seed)
    with engine.connect() as conn:
        max_id = conn.execute(select(func.max(ResidentRow.id))).scalar_one()
        ids = rng.sample(range(1, max_id + 1), min(args.queries, max_id))
        rows = conn.execute(select(ResidentRow.__table__).where(ResidentRow.id.in_(ids))).all()
    numbers = [cipher.decrypt(r.my_number_enc) for r in rows if r.my_number_enc is not None]
    infos = [card_style(r) for r in rows]
    timed(service.by_my_number, numbers[:50])  # warm caches and the connection pool
    timed(service.by_basic_info, infos[:50])
    mn_times, mn_results = timed(service.by_my_number, numbers)
    info_times, info_results = timed(service.by_basic_info, infos)
    first = sum(1 for r, res in zip(rows, info_results) if res.best is not None and res.best.id == r.id)
    tied = sum(1 for res in info_results if res.ambiguous)
    mn_ok = sum(1 for res in mn_results if res.best is not None)
    engine.dispose()
    out = {
        "backend": name, "residents": max(existing, args.residents),
        "seed_seconds": round(seeded.seconds, 1) if seeded else None,
        "crypto_seconds": round(seeded.crypto_seconds, 1) if seeded else None,
        "index_seconds": round(seeded.index_seconds, 1) if seeded else None,
        "load_average": round(os.getloadavg()[0], 1),
        "my_number": {"n": len(mn_times), "p50_ms": round(statistics.median(mn_times), 2),
                      "p99_ms": round(percentile(mn_times, 99), 2), "max_ms": round(max(mn_times), 2),
                      "found": mn_ok},
        "four_info": {"n": len(info_times), "p50_ms": round(statistics.median(info_times), 2),
                      "p99_ms": round(percentile(info_times, 99), 2), "max_ms": round(max(info_times), 2),
                      "right_first": first, "ambiguous": tied},
    }
    print(f"[{name}] My Number lookup  n={out['my_number']['n']}  p50 {out['my_number']['p50_ms']} ms  "
          f"p99 {out['my_number']['p99_ms']} ms  max {out['my_number']['max_ms']} ms  (found {mn_ok})")
    print(f"[{name}] 4-info lookup     n={out['four_info']['n']}  p50 {out['four_info']['p50_ms']} ms  "
          f"p99 {out['four_info']['p99_ms']} ms  max {out['four_info']['max_ms']} ms  "
          f"(right resident first {first}, ties reported {tied})  load average {out['load_average']}", flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=2_000_000)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--json-out", type=Path)
    parser.add_argument("--prewarm", action="store_true",
                        help="read the SQLite file once first (OS page cache warm, as on a running counter PC)")
    parser.add_argument("--work", type=Path, help="keep the SQLite file and key here; reuse them if already seeded")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="madoguchi-lookup-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["MADOGUCHI_DATA_DIR"] = str(work)  # throwaway key file, never the user's
    os.environ.pop("MADOGUCHI_KEY_FILE", None)
    if not key_file_path().exists():  # as `db init` does; a missing key is never made silently
        create_key(key_file_path())
    cipher = MyNumberCipher.for_data_dir()
    results = []
    for backend in args.backends.split(","):
        if backend == "sqlite":
            results.append(run_backend("sqlite", f"sqlite:///{work / 'bench.sqlite3'}", args, cipher))
        elif backend == "postgres":
            from tests.support.postgres_server import PostgresServer

            server = PostgresServer.start()
            try:
                results.append(run_backend("postgres", server.create_database("bench"), args, cipher))
            finally:
                server.stop()
        else:
            parser.error(f"unknown backend {backend}")
    if args.json_out:
        args.json_out.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)  # a 2M-resident SQLite file is over a gigabyte
    return 0


if __name__ == "__main__":
    sys.exit(main())
