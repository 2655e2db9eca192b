"""Benchmark: the 122-column export of N residents into an empty database, again unchanged,
the My Number link, and the full 名寄せ pass — on SQLite and PostgreSQL.

    .venv/bin/python bench/records_import.py                          # 2,000,000, both back ends
    .venv/bin/python bench/records_import.py --residents 100000 --backends sqlite

The file is written once by bench/mado_export_file.py (kept in --workdir, reused when it is
there). Baseline in the same run: reading and CSV-splitting the file alone, so the ratios
say what the import adds to just reading the export. Targets (issue 12): first import
≤ 10 min, unchanged re-import ≤ 5 min, 名寄せ ≤ 15 min. PostgreSQL is a throwaway cluster
on loopback (tests/support/postgres_server.py). Progress goes to stderr.
"""
from __future__ import annotations

import argparse
import csv
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from app.identity.actor import Actor  # noqa: E402
from app.privacy.key_file import audit_key_file_path, key_file_path  # noqa: E402
from app.records.import_service import ImportRequest  # noqa: E402
from app.records_services import RecordsServices  # noqa: E402

ADMIN = Actor(staff_id=None, name="bench", role="administrator", workstation="bench")
SUPERVISOR = Actor(staff_id=None, name="bench", role="supervisor", workstation="bench")


def progress(label: str):
    last = [-1]
    start = time.perf_counter()

    def show(fraction: float, detail: str = "") -> None:
        tenth = int(fraction * 10)
        if tenth != last[0]:
            last[0] = tenth
            print(f"  {label} {tenth * 10:3d}%  {detail}  {time.perf_counter() - start:6.0f} s",
                  file=sys.stderr, flush=True)
    return show


def read_only(path: Path) -> float:
    start = time.perf_counter()
    with open(path, encoding="utf-8-sig", newline="") as f:
        for _ in csv.reader(f):
            pass
    return time.perf_counter() - start


def _initialise(url: str) -> None:
    """Schema and keys, as `db init` does (a missing key file is never made silently)."""
    from app.privacy.key_setup import initialise_keys
    from app.storage.database import make_engine
    from app.storage.migration_runner import upgrade

    for path in (key_file_path(), audit_key_file_path()):  # a fresh database: fresh keys
        path.unlink(missing_ok=True)
    engine = make_engine(url)
    upgrade(engine)
    initialise_keys(engine)
    engine.dispose()


def run_backend(name: str, url: str, data: Path, numbers: Path, baseline: float) -> dict:
    _initialise(url)
    services = RecordsServices.open(url)
    out: dict = {"backend": name}
    try:
        show = progress(f"{name} 取り込み")
        start = time.perf_counter()
        first = services.imports.run(ADMIN, ImportRequest(data, "mado"),
                                     progress=lambda p: show(p.fraction, f"{p.rows:,} 行"))
        out["import_s"] = time.perf_counter() - start
        out["index_s"] = first.index_seconds
        out["first"] = first.summary()
        show = progress(f"{name} 再取り込み")
        start = time.perf_counter()
        again = services.imports.run(ADMIN, ImportRequest(data, "mado"),
                                     progress=lambda p: show(p.fraction, f"{p.rows:,} 行"))
        out["reimport_s"] = time.perf_counter() - start
        out["again"] = again.summary()
        start = time.perf_counter()
        linked = services.my_numbers.run(ADMIN, numbers, progress=progress(f"{name} 個人番号"))
        out["my_numbers_s"] = time.perf_counter() - start
        out["my_numbers"] = linked.counts
        show = progress(f"{name} 名寄せ")
        start = time.perf_counter()
        scan = services.duplicates.scan(SUPERVISOR, progress=lambda p: show(p.fraction, f"候補 {p.pairs:,} 組"))
        out["nayose_s"] = time.perf_counter() - start
        out["pairs"] = scan.pairs
        out["proposed"] = services.duplicates.page(SUPERVISOR).total
        out["vs_read"] = {k: out[k] / baseline for k in ("import_s", "reimport_s")}
    finally:
        services.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=2_000_000)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "madoguchi-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    # the bench's own key files, never the user's (each backend starts on fresh ones)
    os.environ["MADOGUCHI_DATA_DIR"] = str(args.workdir / "data")
    os.environ.pop("MADOGUCHI_KEY_FILE", None)
    os.environ.pop("MADOGUCHI_AUDIT_KEY_FILE", None)
    data = args.workdir / f"mado-{args.residents}.csv"
    numbers = args.workdir / f"mynumbers-{args.residents}.csv"
    if not data.exists() or not numbers.exists():
        from mado_export_file import write

        seconds = write(args.residents, data, numbers)
        print(f"export file: {args.residents:,} rows, {data.stat().st_size / 1e6:,.0f} MB written in {seconds:.0f} s")
    baseline = read_only(data)
    print(f"baseline: reading and splitting the file alone {baseline:.1f} s "
          f"({data.stat().st_size / 1e6:,.0f} MB, {args.residents:,} rows)")
    results = []
    for backend in args.backends.split(","):
        if backend == "sqlite":
            db = args.workdir / "bench.sqlite3"
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            results.append(run_backend("SQLite", f"sqlite:///{db}", data, numbers, baseline))
        else:
            from tests.support.postgres_server import PostgresServer

            server = PostgresServer.start()
            try:
                results.append(run_backend("PostgreSQL", server.create_database("bench"), data, numbers, baseline))
            finally:
                server.stop()
                shutil.rmtree(server.root, ignore_errors=True)
    print(f"\n{'':12} {'import':>10} {'(indexes)':>10} {'re-import':>10} {'My Numbers':>11} {'名寄せ':>9}"
          f" {'import/read':>12} {'re/read':>8}")
    for r in results:
        print(f"{r['backend']:12} {r['import_s']:9.0f}s {r['index_s']:9.0f}s {r['reimport_s']:9.0f}s "
              f"{r['my_numbers_s']:10.0f}s {r['nayose_s']:8.0f}s {r['vs_read']['import_s']:11.1f}x "
              f"{r['vs_read']['reimport_s']:7.1f}x")
        print(f"{'':12} first: {r['first']}")
        print(f"{'':12} again: {r['again']}")
        print(f"{'':12} My Numbers {r['my_numbers']}; 名寄せ {r['pairs']:,} pairs kept, {r['proposed']:,} proposed")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:,.0f} MB; CPUs: {os.cpu_count()} (shared with other work: "
          f"load average {os.getloadavg()[0]:.1f} at the end)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
