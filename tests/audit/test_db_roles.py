"""`db roles` on the throwaway PostgreSQL: after it, the counters' login role runs the whole
counter and staff flow, but can only INSERT into the audit tables — no UPDATE, DELETE,
TRUNCATE, ALTER, DISABLE TRIGGER or DROP."""
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.staff_services import StaffServices
from app.storage.database import make_engine
from app.storage.pg_roles import login_url
from tests.staff.service_fixtures import CHEAP_HASHING, sign_in_people

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.postgres

FORBIDDEN = [
    "UPDATE audit_entries SET action = 'card_read' WHERE seq = 1",
    "DELETE FROM audit_entries WHERE seq = 1",
    "TRUNCATE audit_entries",
    "ALTER TABLE audit_entries DISABLE TRIGGER USER",
    "ALTER TABLE audit_entries DISABLE TRIGGER ALL",
    "DROP TABLE audit_entries",
    "DELETE FROM audit_chain_head",
    "TRUNCATE audit_chain_head",
    "ALTER TABLE audit_chain_head DISABLE TRIGGER USER",
    "UPDATE key_checks SET check_value = 'x'",
    "DELETE FROM key_checks",
    "DROP FUNCTION audit_append_only() CASCADE",
    "CREATE TABLE sneaky (x int)",
]


def run(*args, stdin=""):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, env=os.environ.copy(), timeout=120, input=stdin)


@pytest.fixture
def office(postgres_server):
    url = postgres_server.create_database(f"roles{uuid.uuid4().hex[:8]}")
    services = StaffServices.open(url, hashing=CHEAP_HASHING)
    people = sign_in_people(services)
    services.approval.submit(people["clerk1"], "v1", {"forms": []})
    yield url, services, people
    services.close()


def test_the_login_role_can_only_append_to_the_audit_log(office):
    url, owner_view, people = office
    login = f"counter_{uuid.uuid4().hex[:8]}"
    made = run("--db", url, "db", "roles", "--login-role", login)
    assert made.returncode == 0, made.stderr
    assert login in made.stdout
    counter_url = login_url(url, login)

    counter = StaffServices.open(counter_url, hashing=CHEAP_HASHING, upgrade_schema=False)
    try:
        clerk = counter.staff.authenticate("clerk1", "clerk1-password", "窓口3").actor
        sup = counter.staff.authenticate("super1", "super1-password", "窓口3").actor
        counter.approval.submit(clerk, "v2", {"forms": []})
        counter.approval.approve(sup, "v2")
        counter.approval.reject(sup, "v1", "差戻し")
        admin = counter.staff.authenticate("admin1", "admin1-password", "窓口3").actor
        counter.staff.add(admin, "newclerk", "clerk", "newclerk-pass")
        counter.office.set(admin, "reveal_seconds", 20)
        assert counter.audit.verify().ok
    finally:
        counter.close()

    engine = make_engine(counter_url)
    try:
        for statement in FORBIDDEN:
            with pytest.raises(DBAPIError) as refused:
                with engine.begin() as conn:
                    conn.execute(text(statement))
            assert refused.value.orig.sqlstate in ("42501",), (statement, refused.value.orig)
    finally:
        engine.dispose()
    assert owner_view.audit.verify().ok
    assert run("--db", url, "audit", "verify").returncode == 0


def test_db_roles_is_idempotent_and_refuses_what_cannot_work(office, tmp_path):
    url, _services, _people = office
    login = f"counter_{uuid.uuid4().hex[:8]}"
    assert run("--db", url, "db", "roles", "--login-role", login).returncode == 0
    again = run("--db", url, "db", "roles", "--login-role", login, "--password-stdin",
                stdin="counter-db-pass\n")
    assert again.returncode == 0, again.stderr
    superuser = run("--db", url, "db", "roles", "--login-role", "app")
    assert superuser.returncode == 2 and "スーパーユーザー" in superuser.stderr
    assert run("--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "db", "init").returncode == 0
    sqlite = run("--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "db", "roles", "--login-role", login)
    assert sqlite.returncode == 2 and "PostgreSQL" in sqlite.stderr
    not_allowed = run("--db", login_url(url, login), "db", "roles", "--login-role", "someone_else")
    assert not_allowed.returncode == 8
