"""bench/counters.py run small: 8 clerk and 3 supervisor processes doing whole visits through
the real services on SQLite and on a throwaway PostgreSQL — no request decided twice, no
clerk's edit lost, no visit left stuck, and the audit chain intact."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.postgres_server import postgres_bindir

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def test_eight_clerks_and_three_supervisors_on_both_back_ends(tmp_path):
    if postgres_bindir() is None:
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail("REQUIRE_POSTGRES=1 but PostgreSQL server binaries are missing")
        pytest.skip("PostgreSQL server binaries not installed")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "counters.py"), "--clerks", "8", "--supervisors", "3",
         "--visits", "2", "--no-baseline", "--backends", "sqlite,postgres", "--work", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, env=os.environ.copy(), timeout=1200)
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    sections = re.split(r"\n== ", out)[1:]
    assert [s.split(":")[0] for s in sections] == ["SQLite", "PostgreSQL"]
    for section in sections:
        assert "double decisions: 0\n" in section
        assert "lost drafts: 0\n" in section
        assert "stuck visits: 0\n" in section
        assert "chain ok: yes" in section
        assert "completed visits: 16/16" in section
        assert "printed without approval: 0" in section
