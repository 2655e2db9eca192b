"""`main.py audit verify | export` as subprocesses on both back ends."""
import csv
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.identity.actor import Actor
from tests.audit.tamper import tamper

ROOT = Path(__file__).resolve().parents[2]
CLERK = Actor(3, "clerk", "clerk", "ws1")


def run(*args, stdin=""):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, env=os.environ.copy(), timeout=120, input=stdin)


def test_verify_exit_codes(services, db_url):
    for i in range(5):
        services.audit.append(CLERK, "card_read", "visit", [f"v{i}"])
    ok = run("--db", db_url, "audit", "verify")
    assert ok.returncode == 0, ok.stderr
    assert "5 件" in ok.stdout

    tamper(services.engine, "UPDATE audit_entries SET object_ids = 'v9' WHERE seq = 2")
    broken = run("--db", db_url, "audit", "verify")
    assert broken.returncode == 1 and "第 2 件" in broken.stderr


def test_verify_detects_deleted_last_row(services, db_url):
    for i in range(3):
        services.audit.append(CLERK, "card_read", "visit", [f"v{i}"])
    tamper(services.engine, "DELETE FROM audit_entries WHERE seq = 3")
    broken = run("--db", db_url, "audit", "verify")
    assert broken.returncode == 1 and "第 3 件" in broken.stderr


def test_export_csv_is_itself_audited_with_the_signed_in_person(services, people, db_url, tmp_path):
    services.audit.append(CLERK, "card_read", "visit", ["v1"])
    services.audit.append(CLERK, "printed", "visit", ["v1"], {"final": True})
    out = tmp_path / "audit.csv"
    result = run("--db", db_url, "audit", "export", "--from", "2000-01-01", "--to", "2999-12-31",
                 "--out", str(out), "--as", "super1", stdin="super1-password\n")
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["action"] for r in rows][-4:] == ["card_read", "printed", "sign_in", "exported"]
    assert rows[-3]["details"] == '{"final":true}'
    assert (rows[-1]["role"], rows[-1]["staff_id"]) == ("supervisor", str(people["super1"].staff_id))
    assert services.audit.verify().ok

    empty = tmp_path / "none.csv"
    assert run("--db", db_url, "audit", "export", "--from", "2001-01-01", "--to", "2001-01-02",
               "--out", str(empty), "--as", "admin1", stdin="admin1-password\n").returncode == 0
    assert len(list(csv.reader(empty.open(encoding="utf-8")))) == 1  # header only


@pytest.mark.parametrize("as_args,stdin", [((), ""), (("--as", "clerk1"), "clerk1-password\n")])
def test_export_needs_a_supervisor_or_administrator(services, people, db_url, tmp_path, as_args, stdin):
    out = tmp_path / "audit.csv"
    result = run("--db", db_url, "audit", "export", "--from", "2000-01-01", "--to", "2999-12-31",
                 "--out", str(out), *as_args, stdin=stdin)
    assert result.returncode == 8 and not out.exists()
    assert services.audit.entries(action="exported") == []


def test_export_default_name_carries_the_dates(services, people, db_url, tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db_url, "audit", "export",
                             "--from", "2026-11-01", "--to", "2026-11-30", "--as", "admin1"],
                            input="admin1-password\n", capture_output=True, text=True,
                            cwd=tmp_path, env=os.environ.copy(), timeout=120)
    assert result.returncode == 0, result.stderr
    made = tmp_path / "監査ログ_2026-11-01_2026-11-30.csv"
    assert made.exists() and stat.S_IMODE(made.stat().st_mode) == 0o600


def test_export_rejects_a_reversed_range(services, db_url, tmp_path):
    result = run("--db", db_url, "audit", "export", "--from", "2026-02-01", "--to", "2026-01-01",
                 "--out", str(tmp_path / "x.csv"))
    assert result.returncode == 2
