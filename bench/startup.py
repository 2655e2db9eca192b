"""Startup time of the counter window against a bare PySide6 window, in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 5]

Each sample is a fresh process: the clock starts just before the process is spawned and
stops when the child reports its main window shown and the event loop idle (a 0 ms timer
fired after show()). The counter child does the real composition on an existing SQLite
database (migrations checked, services built, window and staff panels created); the
sign-in dialog is skipped because its time is the clerk's typing, not startup.
Prints the median of each and the ratio (target ≤ 1.5).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1100, 760); w.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""

COUNTER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.visit.composition import build_counter_services
from app.visit.ports import StaffIdentity
from widgets.application import apply_font, build_main_window, install_translations, _make_card_bridge
app = QApplication([])
install_translations(app, "ja")
apply_font(app)
services = build_counter_services(db=sys.argv[1], demo=False)
identity = StaffIdentity("1", "bench", "clerk", "窓口職員")
services.sign_in(identity)
window = build_main_window(services.visit_service, None, services.auth, identity, demo=False,
                           idle_lock_seconds=0)
from widgets.staff.panels import install_staff_panels
install_staff_panels(window, services.staff, lambda _i: services.auth.actor_for(identity))
window.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
services.close()
"""


def prepare(tmp: Path) -> str:
    """An initialised office database with one clerk (not timed)."""
    env = _env(tmp)
    url = f"sqlite:///{tmp / 'bench.sqlite3'}"
    code = ("import sys; from app.staff.services import StaffServices; from app.staff.actor import Actor;"
            "s = StaffServices.open(sys.argv[1]); s.staff.add(Actor.system('bench'), 'bench', 'clerk',"
            " 'bench-password-1'); s.close()")
    subprocess.run([sys.executable, "-c", code, url], cwd=ROOT, env=env, check=True)
    return url


def _env(tmp: Path) -> dict:
    return dict(os.environ, MADOGUCHI_DATA_DIR=str(tmp / "data"),
                MADOGUCHI_CONFIG_DIR=str(tmp / "config"),
                QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))


def sample(script: str, args: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in proc.stdout:
        if line.strip() == "READY":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("child exited without showing its window")
    proc.wait(30)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="madoguchi-bench-") as tmp_name:
        tmp = Path(tmp_name)
        url = prepare(tmp)
        env = _env(tmp)
        sample(BARE, [], env)            # warm the OS file cache for both
        sample(COUNTER, [url], env)
        bare, counter = [], []
        for _ in range(args.runs):       # interleaved, so drift hits both alike
            bare.append(sample(BARE, [], env))
            counter.append(sample(COUNTER, [url], env))
    b, c = statistics.median(bare), statistics.median(counter)
    print(f"bare PySide6 window : median {b * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{x * 1000:.0f}" for x in bare) + ")")
    print(f"Madoguchi counter   : median {c * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{x * 1000:.0f}" for x in counter) + ")")
    print(f"ratio counter / bare: {c / b:.2f}  (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
