"""`main.py settings list | set` as a subprocess: office settings need a signed-in
administrator (--as), workstation settings are this PC's file, validated."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.staff_services import StaffServices
from tests.staff.service_fixtures import CHEAP_HASHING

ROOT = Path(__file__).resolve().parents[2]


def run(*args, stdin=""):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, env=os.environ.copy(), timeout=120, input=stdin)


@pytest.fixture
def office(sqlite_url):
    svc = StaffServices.open(sqlite_url, hashing=CHEAP_HASHING)
    svc.staff.bootstrap_administrator("ws", "chief", "chief-admin-pass")
    admin = svc.staff.authenticate("chief", "chief-admin-pass", "ws").actor
    svc.staff.add(admin, "sup", "supervisor", "supervisor-pass")
    yield svc
    svc.close()


def test_list_and_set_office_and_workstation_settings(sqlite_url, tmp_path, office):
    assert "approval_required_for_print = True" in run("--db", sqlite_url, "settings", "list").stdout
    changed = run("--db", sqlite_url, "settings", "set", "approval_required_for_print", "off",
                  "--as", "chief", stdin="chief-admin-pass\n")
    assert changed.returncode == 0, changed.stderr
    assert run("--db", sqlite_url, "settings", "set", "workstation_name", "窓口5").returncode == 0
    bad = run("--db", sqlite_url, "settings", "set", "reveal_seconds", "1", "--as", "chief",
              stdin="chief-admin-pass\n")
    assert bad.returncode == 2 and "reveal_seconds" in bad.stderr
    assert run("--db", sqlite_url, "settings", "set", "nonsense", "1").returncode == 2
    listing = run("--db", sqlite_url, "settings", "list").stdout
    assert "approval_required_for_print = False" in listing and "'窓口5'" in listing
    entry = office.audit.entries(action="setting_changed")[-1]
    chief = office.staff.get("chief").id
    assert (entry.role, entry.staff_id, entry.object_ids) == (
        "administrator", chief, "approval_required_for_print")
    assert entry.details == {"value": False}
    assert (tmp_path / "config" / "workstation.json").exists()


@pytest.mark.parametrize("as_args,stdin", [
    ((), ""),                                      # nobody signed in: the old `system` path
    (("--as", "sup"), "supervisor-pass\n"),        # a supervisor may not change settings
    (("--as", "chief"), "not-the-password\n"),
])
def test_office_settings_refused_without_an_administrator(sqlite_url, office, as_args, stdin):
    before = len(office.audit.entries(action="setting_changed"))
    result = run("--db", sqlite_url, "settings", "set", "approval_required_for_print", "false",
                 *as_args, stdin=stdin)
    assert result.returncode == 8
    assert office.office.load().approval_required_for_print is True
    assert len(office.audit.entries(action="setting_changed")) == before


@pytest.mark.parametrize("value,why", [
    ("窓口 123456789012", "12桁"), ("窓口\u202e1", "制御文字"), ("窓口\u200b1", "制御文字"),
    ("窓口\x071", "制御文字"), ("１２３４５６７８９０１２", "12桁")])
def test_workstation_name_must_be_printable_and_hold_no_twelve_digit_run(value, why):
    assert run("db", "init").returncode == 0  # the default database of this data folder
    result = run("settings", "set", "workstation_name", value)
    assert result.returncode == 2 and why in result.stderr
