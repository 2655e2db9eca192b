"""Key safety: the database remembers its keys' check values; a workstation with a missing
or different key file refuses to start and names the file; only `db init` creates keys.
SQLite and PostgreSQL."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.privacy.key_check import KeyMismatchError
from app.privacy.key_file import KeyFileError, audit_key_file_path, create_key, key_file_path
from app.staff_services import StaffServices
from tests.staff.service_fixtures import CHEAP_HASHING

ROOT = Path(__file__).resolve().parents[2]


def run(*args, stdin=""):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, env=os.environ.copy(), timeout=120, input=stdin)


def _open(url):
    return StaffServices.open(url, hashing=CHEAP_HASHING, upgrade_schema=False)


def _second_workstation(tmp_path, monkeypatch, copy_audit=True, copy_number=False):
    """Point this process at another PC's key files (only some copied over)."""
    other = tmp_path / "other-pc"
    other.mkdir()
    sources = {"mynumber.key": key_file_path(), "audit.key": audit_key_file_path()}
    for copy, name, env in ((copy_number, "mynumber.key", "MADOGUCHI_KEY_FILE"),
                            (copy_audit, "audit.key", "MADOGUCHI_AUDIT_KEY_FILE")):
        source = sources[name]
        if copy:
            (other / name).write_bytes(source.read_bytes())
            os.chmod(other / name, 0o600)
        monkeypatch.setenv(env, str(other / name))
    return other


def test_a_missing_key_file_is_refused_naming_it_and_never_created(services, people, tmp_path,
                                                                   monkeypatch, db_url):
    services.approval.submit(people["clerk1"], "v1", {"forms": [{"id": "x"}]})
    other = _second_workstation(tmp_path, monkeypatch)
    with pytest.raises(KeyFileError) as err:
        _open(db_url)
    assert err.value.detail == "missing" and err.value.data["path"] == str(other / "mynumber.key")
    assert not (other / "mynumber.key").exists()   # before: a new key, silently


def test_another_key_is_refused_at_start_naming_the_file(services, people, tmp_path, monkeypatch,
                                                         db_url):
    services.approval.submit(people["clerk1"], "v1", {"forms": [{"id": "x"}]})
    other = _second_workstation(tmp_path, monkeypatch)
    create_key(other / "mynumber.key")              # a key made on that PC by mistake
    with pytest.raises(KeyMismatchError) as err:
        _open(db_url)
    assert err.value.detail == "my_number" and err.value.data["path"] == str(other / "mynumber.key")
    result = run("--db", db_url, "users", "list")
    assert result.returncode == 7 and str(other / "mynumber.key") in result.stderr
    assert "一致しません" in result.stderr


def test_another_audit_key_is_refused_too(services, people, tmp_path, monkeypatch, db_url):
    other = _second_workstation(tmp_path, monkeypatch, copy_audit=False, copy_number=True)
    create_key(other / "audit.key")
    with pytest.raises(KeyMismatchError) as err:
        _open(db_url)
    assert err.value.detail == "audit"


def test_the_counter_refuses_to_start_with_another_key(db_url, tmp_path, monkeypatch):
    from composition import build_counter_services

    first = build_counter_services(db_url, demo=False)
    first.close()
    other = _second_workstation(tmp_path, monkeypatch)
    create_key(other / "mynumber.key")
    with pytest.raises(KeyMismatchError):
        build_counter_services(db_url, demo=False)


def test_an_old_database_adopts_only_a_key_that_opens_its_data(services, people, tmp_path,
                                                               monkeypatch, db_url):
    """Upgraded from a version without key checks: the first key to arrive must open the
    numbers already stored before it is written down as the database's key."""
    from tests.audit.tamper import tamper

    services.approval.submit(people["clerk1"], "v1", {"forms": [{"id": "x"}]})
    tamper(services.engine, "DELETE FROM key_checks WHERE name = 'mynumber'")
    other = _second_workstation(tmp_path, monkeypatch)
    create_key(other / "mynumber.key")
    with pytest.raises(KeyMismatchError):
        _open(db_url)
    monkeypatch.delenv("MADOGUCHI_KEY_FILE")
    _open(db_url).close()                           # the right key: adopted


def test_db_init_creates_keys_only_for_a_database_that_has_none(tmp_path, monkeypatch):
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    keys = tmp_path / "new-pc"
    monkeypatch.setenv("MADOGUCHI_KEY_FILE", str(keys / "mynumber.key"))
    monkeypatch.setenv("MADOGUCHI_AUDIT_KEY_FILE", str(keys / "audit.key"))
    made = run("--db", fresh, "db", "init")
    assert made.returncode == 0, made.stderr
    assert "作成しました" in made.stdout
    assert all(os.stat(keys / n).st_mode & 0o777 == 0o600 for n in ("mynumber.key", "audit.key"))
    again = run("--db", fresh, "db", "init")
    assert again.returncode == 0 and "既存" in again.stdout
    (keys / "mynumber.key").unlink()                # a PC without the key, same database
    refused = run("--db", fresh, "db", "init")
    assert refused.returncode == 7 and "コピー" in refused.stderr
    assert not (keys / "mynumber.key").exists()
