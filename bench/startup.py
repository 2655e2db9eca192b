"""Startup time of the counter window against a bare PySide6 window, in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 5]

Each sample is a fresh process: the clock starts just before the process is spawned and
stops when the child reports its main window shown and the event loop idle (a 0 ms timer
fired after show()). The counter child runs run_gui's real sequence, with main.py's
CounterWiring (mode, database URL, PC/SC card source), on an existing SQLite database: the
main window goes up first, the services (database, migration check, records, forms, staff)
are built off the GUI thread, then the sign-in page becomes ready; both moments are reported.
Typing the password is the clerk's time, not startup, so it is not included.
Prints the medians and the ratios (target ≤ 1.5 for the window).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
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
from types import SimpleNamespace
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from composition import CounterWiring
from widgets.application import CounterStartup, apply_font, install_translations
from widgets.main_window import MainWindow
app = QApplication([])
install_translations(app, "ja")
apply_font(app)
window = MainWindow(demo=False)
wiring = CounterWiring(SimpleNamespace(db=sys.argv[1], demo=False))  # the GUI's own choices (composition.py)
startup = CounterStartup(app, window, wiring.build_services)
window.show()
QTimer.singleShot(0, lambda: print("READY", flush=True))

def poll():
    page = window.sign_in_page
    if page.ready or page.error.text() or page.bootstrap_button.isVisible():
        print("SIGNIN", flush=True)
        app.quit()

timer = QTimer()
timer.timeout.connect(poll)
timer.start(5)
app.exec()
startup.close()
"""


def prepare(tmp: Path) -> str:
    """An initialised office database with one clerk (not timed)."""
    env = _env(tmp)
    url = f"sqlite:///{tmp / 'bench.sqlite3'}"
    code = ("import sys; from app.staff_services import StaffServices;"
            "s = StaffServices.open(sys.argv[1]); s.staff.bootstrap_administrator('bench', 'bench',"
            " 'bench-password-1'); s.close()")
    subprocess.run([sys.executable, "main.py", "--db", url, "db", "init"], cwd=ROOT, env=env,
                   check=True, stdout=subprocess.DEVNULL)  # schema and key files
    subprocess.run([sys.executable, "-c", code, url], cwd=ROOT, env=env, check=True)
    return url


def _env(tmp: Path) -> dict:
    return dict(os.environ, MADOGUCHI_DATA_DIR=str(tmp / "data"),
                MADOGUCHI_CONFIG_DIR=str(tmp / "config"),
                QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))


def sample(script: str, args: list[str], env: dict) -> tuple[float, float | None]:
    """(seconds to window shown and idle, seconds to sign-in ready or None)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    shown = signin = None
    killer = threading.Timer(120, proc.kill)  # a child that never gets ready must not hang the run
    killer.start()
    for line in proc.stdout:
        if line.strip() == "READY":
            shown = time.perf_counter() - start
        elif line.strip() == "SIGNIN":
            signin = time.perf_counter() - start
    proc.wait(60)
    killer.cancel()
    if shown is None:
        raise RuntimeError("child exited without showing its window")
    return shown, signin


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
        bare, counter, signin = [], [], []
        for _ in range(args.runs):       # interleaved, so drift hits both alike
            bare.append(sample(BARE, [], env)[0])
            shown, ready = sample(COUNTER, [url], env)
            counter.append(shown)
            signin.append(ready)
    b, c, r = (statistics.median(x) for x in (bare, counter, signin))

    def runs(xs):
        return ", ".join(f"{x * 1000:.0f}" for x in xs)

    print(f"bare PySide6 window          : median {b * 1000:6.0f} ms  (runs: {runs(bare)})")
    print(f"Madoguchi main window shown  : median {c * 1000:6.0f} ms  (runs: {runs(counter)})")
    print(f"Madoguchi sign-in ready      : median {r * 1000:6.0f} ms  (runs: {runs(signin)})"
          "  [database, migrations check, services: built off the GUI thread]")
    print(f"ratio window shown / bare    : {c / b:.2f}  (target <= 1.5)")
    print(f"ratio sign-in ready / bare   : {r / b:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
