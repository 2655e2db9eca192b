"""`main.py settings list | set` as a subprocess."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.staff_services import StaffServices
from tests.staff.service_fixtures import CHEAP_HASHING

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, env=os.environ.copy(), timeout=120)


@pytest.fixture(autouse=True)
def _initialised(sqlite_url):
    """Only `db init` creates a database; the commands below need one."""
    assert run("--db", sqlite_url, "db", "init").returncode == 0


def test_list_and_set_office_and_workstation_settings(sqlite_url, tmp_path):
    assert "approval_required_for_print = True" in run("--db", sqlite_url, "settings", "list").stdout
    assert run("--db", sqlite_url, "settings", "set", "approval_required_for_print", "off").returncode == 0
    assert run("--db", sqlite_url, "settings", "set", "workstation_name", "窓口5").returncode == 0
    bad = run("--db", sqlite_url, "settings", "set", "reveal_seconds", "1")
    assert bad.returncode == 2 and "reveal_seconds" in bad.stderr
    assert run("--db", sqlite_url, "settings", "set", "nonsense", "1").returncode == 2
    listing = run("--db", sqlite_url, "settings", "list").stdout
    assert "approval_required_for_print = False" in listing and "'窓口5'" in listing
    svc = StaffServices.open(sqlite_url, hashing=CHEAP_HASHING)
    try:
        entry = svc.audit.entries(action="setting_changed")[-1]
        assert (entry.role, entry.staff_id, entry.object_ids) == (
            "system", None, "approval_required_for_print")
        assert entry.details == {"value": False}
    finally:
        svc.close()
    assert (tmp_path / "config" / "workstation.json").exists()
