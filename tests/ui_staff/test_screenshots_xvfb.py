"""Run tests/ui_staff/approval_screens_run.py under a real X server (Xvfb, started by the
fixture of tests/ui/test_screenshots.py) and keep artifacts/screens/approval-*.png."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.ui.test_screenshots import ROOT, SCREENS, xvfb_display  # noqa: F401 — the fixture


@pytest.mark.xvfb
@pytest.mark.slow
def test_screenshots_of_the_approval_loop_under_xvfb(xvfb_display):  # noqa: F811
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb",
               MADOGUCHI_SCREENS_DIR=str(SCREENS))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "tests/ui_staff/approval_screens_run.py"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    names = {p.stem for p in SCREENS.glob("approval-*.png")}
    for expected in ("rejection-banner", "locked", "at-counter-sign-in", "queue", "review-diff",
                     "admin-staff"):
        assert f"approval-{expected}" in names
