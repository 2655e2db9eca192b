"""Every measuring script in bench/ still runs, on tiny sizes: three of them had stopped
(a key file no longer made silently, CounterWiring moved to composition.py, the approval
dialog's new steps) and nothing noticed until figures were wanted. The figures themselves
are never asserted (docs/benchmarks.md records them); only that each script runs to its
summary line with exit code 0.

bench/gui_stalls.py is not here (two minutes of a whole visit per mode); it drives the same
window through the same driver as tests/journeys. bench/counters.py has its own test
(tests/staff/test_counters_bench.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# script and arguments (tiny sizes, SQLite), and words its summary always prints
SCRIPTS = {
    "keystrokes": (["keystrokes.py"], "baseline, the same page"),
    "packet": (["packet.py", "-n", "2"], "ratio:"),
    "card_read": (["card_read.py", "--rounds", "5"], "overhead ratio"),
    "lookup": (["lookup.py", "--residents", "2000", "--queries", "100", "--backends", "sqlite"], "4-info lookup"),
    "records_import": (["records_import.py", "--residents", "1000", "--backends", "sqlite", "--workdir", "{tmp}/w"],
                       "re-import"),
    "database_open": (["database_open.py", "--residents", "1000", "-n", "1", "--work", "{tmp}/w"], "(baseline)"),
    "startup": (["startup.py", "--runs", "1"], "ratio window shown / bare"),
    "mado_export_file": (["mado_export_file.py", "--residents", "100", "--out", "{tmp}/m.csv"], "行（122列）を書き出しました"),
    "fuzz_cli": (["fuzz_cli.py", "--scale", "0.02"], "0 finding(s)"),
}


def test_every_bench_script_is_listed():
    assert {p.stem for p in (ROOT / "bench").glob("*.py")} - set(SCRIPTS) == {"gui_stalls", "counters"}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_the_bench_script_runs_to_its_summary(name, tmp_path):
    argv, summary = SCRIPTS[name]
    # a data dir of its own, without the key files the suite's fixture makes: as on a
    # machine where the bench is run by hand
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MADOGUCHI_DATA_DIR=str(tmp_path / "bench-home"),
               MADOGUCHI_CONFIG_DIR=str(tmp_path / "bench-config"), TMPDIR=str(tmp_path))
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    done = subprocess.run([sys.executable, str(ROOT / "bench" / args[0]), *args[1:]], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)
    shown = done.stdout + done.stderr
    assert done.returncode == 0 and "Traceback" not in shown, shown[-3000:]
    assert summary in done.stdout, done.stdout[-2000:]
