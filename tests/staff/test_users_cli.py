"""`main.py users …` as a subprocess: an administrator signs in with `--as NAME`, the
passwords come on stdin (not a TTY) — the administrator's first, then the account's."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.staff_services import StaffServices
from tests.staff.service_fixtures import CHEAP_HASHING

ROOT = Path(__file__).resolve().parents[2]
ADMIN = ("chief", "chief-admin-pass")


def run(*args, stdin=""):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=os.environ.copy(),
                          timeout=120)


@pytest.fixture
def office(sqlite_url):
    """A database with its first administrator, made by `users bootstrap` on a terminal-less run."""
    svc = StaffServices.open(sqlite_url, hashing=CHEAP_HASHING)
    svc.staff.bootstrap_administrator("ws", *ADMIN)
    yield svc
    svc.close()


def as_admin(*args, then=""):
    return run(*args, "--as", ADMIN[0], stdin=f"{ADMIN[1]}\n{then}")


def test_add_list_disable_reset_as_a_signed_in_administrator(sqlite_url, office):
    added = as_admin("--db", sqlite_url, "users", "add", "tanaka", "--role", "clerk",
                     then="counter-pass-1\nignored third line\n")
    assert added.returncode == 0, added.stderr
    assert "tanaka" in added.stdout and "counter-pass-1" not in added.stdout + added.stderr
    assert office.staff.authenticate("tanaka", "counter-pass-1", "ws").actor.role == "clerk"

    listing = run("--db", sqlite_url, "users", "list")
    assert listing.returncode == 0 and "tanaka" in listing.stdout and "clerk" in listing.stdout
    reset = as_admin("--db", sqlite_url, "users", "reset-password", "tanaka", then="fresh-pass-22\n")
    assert reset.returncode == 0, reset.stderr
    assert office.staff.authenticate("tanaka", "fresh-pass-22", "ws").must_change_password
    assert as_admin("--db", sqlite_url, "users", "set-role", "tanaka", "--role",
                    "supervisor").returncode == 0
    assert office.staff.get("tanaka").role.value == "supervisor"
    assert as_admin("--db", sqlite_url, "users", "disable", "tanaka").returncode == 0
    assert office.staff.get("tanaka").disabled
    assert "無効" in run("--db", sqlite_url, "users", "list").stdout

    chief = office.staff.get(ADMIN[0]).id
    changes = [e for e in office.audit.entries() if e.object_type == "staff"
               and e.action not in ("sign_in", "sign_in_failed")]
    assert [(e.action, e.staff_id, e.role) for e in changes] == [
        ("user_created", None, "system"),            # the bootstrap, before anyone existed
        ("user_created", chief, "administrator"), ("password_reset", chief, "administrator"),
        ("role_changed", chief, "administrator"), ("user_disabled", chief, "administrator")]
    chief_sign_ins = [e for e in office.audit.entries(action="sign_in") if e.staff_id == chief]
    assert len(chief_sign_ins) == 4 and all(e.details == {"via": "cli"} for e in chief_sign_ins)


def test_add_without_signing_in_is_refused_and_changes_nothing(sqlite_url, office):
    before = len(office.audit.entries())
    refused = run("--db", sqlite_url, "users", "add", "mallory", "--role", "supervisor",
                  stdin="mallory-pass-1\n")
    assert refused.returncode == 8
    assert "--as" in refused.stderr and "サインイン" in refused.stderr
    assert [m.name for m in office.staff.list()] == [ADMIN[0]]
    assert len(office.audit.entries()) == before


@pytest.mark.parametrize("who,stdin", [
    ("chief", "wrong-password\nmallory-pass-1\n"),     # the administrator's name, a wrong password
    ("tanaka", "counter-pass-1\nmallory-pass-1\n"),     # a clerk's valid password
])
def test_add_with_a_bad_sign_in_or_a_non_administrator_changes_nothing(sqlite_url, office, who, stdin):
    office.staff.add(office.staff.authenticate(*ADMIN, "ws").actor, "tanaka", "clerk", "counter-pass-1")
    result = run("--db", sqlite_url, "users", "add", "mallory", "--role", "supervisor",
                 "--as", who, stdin=stdin)
    assert result.returncode == 8
    assert "mallory" not in [m.name for m in office.staff.list()]
    assert "mallory-pass-1" not in result.stdout + result.stderr


def test_errors_exit_non_zero_without_echoing_the_password(sqlite_url, office):
    no_password = as_admin("--db", sqlite_url, "users", "add", "tanaka", "--role", "clerk")
    assert no_password.returncode == 2 and "パスワード" in no_password.stderr
    weak = as_admin("--db", sqlite_url, "users", "add", "tanaka", "--role", "clerk", then="abc\n")
    assert weak.returncode == 1 and "abc" not in weak.stderr
    unknown = as_admin("--db", sqlite_url, "users", "disable", "ghost")
    assert unknown.returncode == 1 and "登録されていません" in unknown.stderr
    bad_role = as_admin("--db", sqlite_url, "users", "add", "x", "--role", "janitor",
                        then="long-enough\n")
    assert bad_role.returncode == 2


@pytest.mark.parametrize("name", ["admin\u200b", "\u202enimda", "ａｄｍｉｎ", "аdmin", "adm1n",
                                  "ad min", "Admin"])
def test_names_that_imitate_another_are_refused(sqlite_url, name):
    svc = StaffServices.open(sqlite_url, hashing=CHEAP_HASHING)
    try:
        svc.staff.bootstrap_administrator("ws", "admin", "admin-pass-123")
    finally:
        svc.close()
    result = run("--db", sqlite_url, "users", "add", name, "--role", "supervisor", "--as", "admin",
                 stdin="admin-pass-123\nlook-alike-pass\n")
    assert result.returncode in (1, 2), result.stdout
    assert "職員名" in result.stderr
    assert len(run("--db", sqlite_url, "users", "list").stdout.strip().splitlines()) == 2  # header + admin


def test_bootstrap_only_while_no_administrator_exists(sqlite_url):
    assert run("--db", sqlite_url, "db", "init").returncode == 0  # only `db init` creates a database
    first = run("--db", sqlite_url, "users", "bootstrap")
    assert first.returncode == 0
    one_time = first.stdout.strip().splitlines()[-1]
    assert len(one_time) >= 12
    svc = StaffServices.open(sqlite_url, hashing=CHEAP_HASHING)
    try:
        assert svc.staff.authenticate("admin", one_time, "ws").must_change_password
    finally:
        svc.close()
    second = run("--db", sqlite_url, "users", "bootstrap", "intruder")
    assert second.returncode == 8 and one_time not in second.stdout
    assert "すでに登録" in second.stderr
    # The one-time password must be changed before it can manage anything.
    refused = run("--db", sqlite_url, "users", "add", "x-user", "--role", "clerk", "--as", "admin",
                  stdin=f"{one_time}\nx-user-pass-1\n")
    assert refused.returncode == 8 and "users passwd" in refused.stderr
    changed = run("--db", sqlite_url, "users", "passwd", "--as", "admin",
                  stdin=f"{one_time}\nchosen-admin-pass\n")
    assert changed.returncode == 0, changed.stderr
    assert run("--db", sqlite_url, "users", "add", "x-user", "--role", "clerk", "--as", "admin",
               stdin="chosen-admin-pass\nx-user-pass-1\n").returncode == 0


def test_madoguchi_db_environment_is_honoured(sqlite_url, office, monkeypatch):
    monkeypatch.setenv("MADOGUCHI_DB", sqlite_url)
    assert as_admin("users", "add", "envuser", "--role", "trainer",
                    then="trainer-pass\n").returncode == 0
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


def test_on_a_terminal_the_passwords_are_asked_without_echo(sqlite_url, office):
    code, text = _run_on_tty(["--db", sqlite_url, "users", "add", "ttyuser", "--role", "clerk",
                              "--as", ADMIN[0]],
                             [("chief のパスワード", ADMIN[1]), ("新しい職員のパスワード", "tty-secret-1"),
                              ("もう一度", "tty-secret-1")])
    assert code == 0 and "追加しました" in text and "tty-secret-1" not in text
    assert ADMIN[1] not in text
    code, text = _run_on_tty(["--db", sqlite_url, "users", "reset-password", "ttyuser",
                              "--as", ADMIN[0]],
                             [("chief のパスワード", ADMIN[1]), ("新しいパスワード", "tty-secret-2"),
                              ("もう一度", "mismatch-22")])
    assert code == 2 and "一致しません" in text
