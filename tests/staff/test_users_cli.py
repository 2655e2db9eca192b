"""`main.py users …` as a subprocess, passwords on stdin (not a TTY)."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.staff_services import StaffServices
from tests.staff.service_fixtures import CHEAP_HASHING

ROOT = Path(__file__).resolve().parents[2]


def run(*args, stdin=""):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=os.environ.copy(),
                          timeout=120)


@pytest.fixture(autouse=True)
def _initialised(sqlite_url):
    """Only `db init` creates a database; the commands below need one."""
    assert run("--db", sqlite_url, "db", "init").returncode == 0


def test_add_list_disable_reset(sqlite_url):
    added = run("--db", sqlite_url, "users", "add", "tanaka", "--role", "clerk",
                stdin="counter-pass-1\nignored second line\n")
    assert added.returncode == 0, added.stderr
    assert "tanaka" in added.stdout and "counter-pass-1" not in added.stdout + added.stderr

    svc = StaffServices.open(sqlite_url, hashing=CHEAP_HASHING)
    try:
        assert svc.staff.authenticate("tanaka", "counter-pass-1", "ws").actor.role == "clerk"
        listing = run("--db", sqlite_url, "users", "list")
        assert listing.returncode == 0 and "tanaka" in listing.stdout and "clerk" in listing.stdout

        reset = run("--db", sqlite_url, "users", "reset-password", "tanaka", stdin="fresh-pass-22\n")
        assert reset.returncode == 0, reset.stderr
        assert svc.staff.authenticate("tanaka", "fresh-pass-22", "ws").must_change_password

        disabled = run("--db", sqlite_url, "users", "disable", "tanaka")
        assert disabled.returncode == 0
        assert svc.staff.get("tanaka").disabled
        assert "無効" in run("--db", sqlite_url, "users", "list").stdout

        entries = [e for e in svc.audit.entries() if e.role == "system"]
        assert [e.action for e in entries] == ["user_created", "password_reset", "user_disabled"]
        assert all(e.staff_id is None for e in entries)
    finally:
        svc.close()


def test_errors_exit_non_zero_without_echoing_the_password(sqlite_url):
    no_password = run("--db", sqlite_url, "users", "add", "tanaka", "--role", "clerk", stdin="")
    assert no_password.returncode != 0 and "パスワード" in no_password.stderr
    weak = run("--db", sqlite_url, "users", "add", "tanaka", "--role", "clerk", stdin="abc\n")
    assert weak.returncode == 1 and "abc" not in weak.stderr
    unknown = run("--db", sqlite_url, "users", "disable", "ghost")
    assert unknown.returncode == 1 and "登録されていません" in unknown.stderr
    bad_role = run("--db", sqlite_url, "users", "add", "x", "--role", "janitor", stdin="long-enough\n")
    assert bad_role.returncode == 2


def test_bootstrap_prints_a_one_time_password_once(sqlite_url):
    first = run("--db", sqlite_url, "users", "bootstrap")
    assert first.returncode == 0
    one_time = first.stdout.strip().splitlines()[-1]
    assert len(one_time) >= 12
    svc = StaffServices.open(sqlite_url, hashing=CHEAP_HASHING)
    try:
        assert svc.staff.authenticate("admin", one_time, "ws").must_change_password
    finally:
        svc.close()
    second = run("--db", sqlite_url, "users", "bootstrap")
    assert second.returncode == 0 and one_time not in second.stdout


def test_madoguchi_db_environment_is_honoured(sqlite_url, monkeypatch):
    monkeypatch.setenv("MADOGUCHI_DB", sqlite_url)
    assert run("users", "add", "envuser", "--role", "trainer", stdin="trainer-pass\n").returncode == 0
    assert "envuser" in run("--db", sqlite_url, "users", "list").stdout


def _run_on_tty(args, answers):
    """Run main.py on a pseudo-terminal, answering each prompt in turn."""
    import pty
    import time

    pid, fd = pty.fork()
    if pid == 0:  # child: becomes main.py with the pty as its terminal
        os.execv(sys.executable, [sys.executable, str(ROOT / "main.py"), *args])
    out = b""
    for prompt, answer in answers:
        deadline = time.time() + 60
        while prompt.encode() not in out and time.time() < deadline:
            try:
                out += os.read(fd, 1024)
            except OSError:
                break
        os.write(fd, answer.encode() + b"\n")
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


def test_on_a_terminal_the_password_is_asked_twice_without_echo(sqlite_url):
    code, text = _run_on_tty(["--db", sqlite_url, "users", "add", "ttyuser", "--role", "clerk"],
                             [("パスワード", "tty-secret-1"), ("もう一度", "tty-secret-1")])
    assert code == 0 and "追加しました" in text and "tty-secret-1" not in text
    code, text = _run_on_tty(["--db", sqlite_url, "users", "reset-password", "ttyuser"],
                             [("パスワード", "tty-secret-2"), ("もう一度", "mismatch-22")])
    assert code == 2 and "一致しません" in text
