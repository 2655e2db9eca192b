"""Run tests/ui/screens_run.py under a real X server and keep the PNGs in artifacts/screens/.

Xvfb is started here on a free display; the screenshots are looked at by a person (the
brief's "look at what you build"). The run fails if Xvfb is missing when REQUIRE_XVFB=1.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "artifacts" / "screens"


def _free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb_display():
    if shutil.which("Xvfb") is None:
        if os.environ.get("REQUIRE_XVFB") == "1":
            pytest.fail("REQUIRE_XVFB=1 but Xvfb is not installed")
        pytest.skip("Xvfb not installed (apt install xvfb)")
    n = _free_display()
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{n}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield f":{n}"
    proc.terminate()
    proc.wait(5)


def run_screens_under_xvfb(display: str, module: str, timeout: float) -> None:
    """Run a screens module (not collected by default) as its own pytest on `display`; it
    writes its PNGs to SCREENS."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", MADOGUCHI_SCREENS_DIR=str(SCREENS))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", module], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.xvfb
@pytest.mark.slow
def test_screenshots_of_every_step_under_xvfb(xvfb_display, tmp_path):
    run_screens_under_xvfb(xvfb_display, "tests/ui/screens_run.py", timeout=240)
    names = {p.stem for p in SCREENS.glob("*.png")}
    for expected in ("02-pin-pad", "03-identification", "04-life-event",
                     "05-procedures", "06-form-review", "07-print", "11-identification-registry",
                     "14-pin-last-try", "15-pin-locked", "16b-trainer-beside-counter-pin-pad",
                     "17-trainer-answers-filled", "20-english-sign-in",
                     "2x-english-01-waiting-for-card", "2x-english-04-life-event",
                     "2x-english-06-form-review", "2x-english-07-print"):
        assert expected in names
