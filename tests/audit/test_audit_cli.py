"""`main.py audit verify | export` as subprocesses on both back ends."""
import csv
import os
import subprocess
import sys
from pathlib import Path

from app.identity.actor import Actor
from tests.audit.tamper import tamper

ROOT = Path(__file__).resolve().parents[2]
CLERK = Actor(3, "clerk", "clerk", "ws1")


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, env=os.environ.copy(), timeout=120)


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


def test_export_csv_is_itself_audited(services, db_url, tmp_path):
    services.audit.append(CLERK, "card_read", "visit", ["v1"])
    services.audit.append(CLERK, "printed", "visit", ["v1"], {"final": True})
    out = tmp_path / "audit.csv"
    result = run("--db", db_url, "audit", "export", "--from", "2000-01-01", "--to", "2999-12-31",
                 "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["action"] for r in rows] == ["card_read", "printed", "exported"]
    assert rows[1]["details"] == '{"final":true}' and rows[2]["role"] == "system"
    assert services.audit.verify().ok

    empty = tmp_path / "none.csv"
    assert run("--db", db_url, "audit", "export", "--from", "2001-01-01", "--to", "2001-01-02",
               "--out", str(empty)).returncode == 0
    assert len(list(csv.reader(empty.open(encoding="utf-8")))) == 1  # header only


def test_export_rejects_a_reversed_range(services, db_url, tmp_path):
    result = run("--db", db_url, "audit", "export", "--from", "2026-02-01", "--to", "2026-01-01",
                 "--out", str(tmp_path / "x.csv"))
    assert result.returncode == 2
