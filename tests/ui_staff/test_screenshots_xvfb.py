"""Run tests/ui_staff/approval_screens_run.py under a real X server (Xvfb, started by the
fixture of tests/ui/test_screenshots.py) and keep artifacts/screens/approval-*.png."""
from __future__ import annotations

import pytest

from tests.ui.test_screenshots import SCREENS, run_screens_under_xvfb, xvfb_display  # noqa: F401 — the fixture


@pytest.mark.xvfb
@pytest.mark.slow
def test_screenshots_of_the_approval_loop_under_xvfb(xvfb_display):  # noqa: F811
    run_screens_under_xvfb(xvfb_display, "tests/ui_staff/approval_screens_run.py", timeout=300)
    names = {p.stem for p in SCREENS.glob("approval-*.png")}
    for expected in ("rejection-banner", "locked", "at-counter-sign-in", "queue", "review-diff",
                     "admin-staff"):
        assert f"approval-{expected}" in names
