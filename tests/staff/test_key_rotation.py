"""`keys rotate`: every protected column re-encrypted under a new key, in batches,
resumable after a crash at any point; other counters with the old key then refuse to
start. SQLite and PostgreSQL."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.privacy.cipher import MyNumberCipher
from app.privacy.key_check import KeyMismatchError
from app.privacy.key_file import load_key
from app.privacy.my_number import MyNumber
from app.records.repository import ResidentRepository
from app.staff.key_rotation import rotate_keys
from app.staff_services import StaffServices
from tests.staff.service_fixtures import CHEAP_HASHING

ROOT = Path(__file__).resolve().parents[2]
NUMBERS = [MyNumber.from_first_eleven(f"3000000000{i}") for i in range(1, 6)]


class Crash(Exception):
    pass


def _seed(services, people):
    """Numbers in every protected column: residents, a visit and its draft, snapshots."""
    import json
    from datetime import datetime, timezone

    from app.visit.staff_adapter import MyNumberTextCipher

    cipher = services.keys.cipher()
    with services.engine.begin() as conn:
        for i, number in enumerate(NUMBERS, start=1):
            conn.execute(text("UPDATE residents SET my_number_enc = :e, my_number_hash = :h "
                              "WHERE id = :i"), {"e": cipher.encrypt(number),
                                                 "h": cipher.lookup_hash(number), "i": i})
        token = MyNumberTextCipher(cipher).encrypt(NUMBERS[0].reveal())
        now = datetime.now(timezone.utc)
        conn.execute(text("INSERT INTO visits (id, state, staff_id, created_at, updated_at, "
                          "my_number_enc, data) VALUES ('vk', 'submitted', '1', :t, :t, :e, '{}')"),
                     {"t": now, "e": token})
        draft = {"fields": [{"key": "my_number", "sensitive": True, "value": token,
                             "prefilled_value": token}, {"key": "name", "value": "見本"}]}
        conn.execute(text("INSERT INTO visit_drafts (visit_id, form_id, position, data, updated_at) "
                          "VALUES ('vk', 'f', 0, :d, :t)"), {"d": json.dumps(draft), "t": now})
    for i in range(3):
        services.approval.submit(people["clerk1"], f"v{i}", {"forms": [{"id": "f", "fields": [
            {"key": "my_number", "value": "**** **** 0001"}]}], "n": i})
    services.approval.reject(people["super1"], "v0", "差戻し")
    services.approval.submit(people["clerk1"], "v0", {"forms": [], "n": 9})


def _visit_numbers(services, key: bytes) -> list[str]:
    import base64
    import json

    cipher = MyNumberCipher(key)
    with services.engine.connect() as conn:
        visit = conn.execute(text("SELECT my_number_enc FROM visits WHERE id = 'vk'")).scalar_one()
        data = conn.execute(text("SELECT data FROM visit_drafts WHERE visit_id = 'vk'")).scalar_one()
    data = json.loads(data) if isinstance(data, str) else data
    field = data["fields"][0]
    return [cipher.decrypt_digits(base64.b64decode(t))
            for t in (visit, field["value"], field["prefilled_value"])]


@pytest.fixture
def office(db_url, services, people):
    """The personas' residents with new numbers, a visit with a draft, approval snapshots."""
    from training.database import insert_persona_residents  # fills residents with real rows

    insert_persona_residents(services.engine)
    with services.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM residents ORDER BY id"))]
    assert len(ids) >= len(NUMBERS)
    _seed(services, people)
    return services


def _numbers(services, key: bytes) -> list[str]:
    cipher = MyNumberCipher(key)
    with services.engine.connect() as conn:
        rows = conn.execute(text("SELECT my_number_enc, my_number_hash FROM residents "
                                 "WHERE my_number_enc IS NOT NULL ORDER BY id")).all()
    for blob, digest in rows:
        assert cipher.hash_digits(cipher.decrypt_digits(blob)) == digest
    return [cipher.decrypt_digits(blob) for blob, _ in rows]


def test_rotation_reencrypts_everything_and_old_keys_stop_working(office, people, db_url):
    old_key = office.keys.my_number_key
    before = _numbers(office, old_key)
    snapshots = {v: office.approval.get(v).snapshot["n"] for v in ("v0", "v1", "v2")}
    report = rotate_keys(office, people["admin1"], batch_size=2)
    assert not report.resumed and report.retired_key.exists()
    assert _visit_numbers(office, load_key(office.keys.my_number_path)) == [NUMBERS[0].reveal()] * 3
    assert report.rows["visits.my_number_enc"] == 1 and report.rows["visit_drafts.data"] == 1
    assert load_key(report.retired_key) == old_key
    new_key = load_key(office.keys.my_number_path)
    assert new_key != old_key
    assert _numbers(office, new_key) == before
    assert report.rows["residents.my_number_enc"] == len(before)
    assert report.rows["approval_snapshots.snapshot_json"] == 4
    fresh = StaffServices.open(db_url, hashing=CHEAP_HASHING, upgrade_schema=False)
    try:
        assert {v: fresh.approval.get(v).snapshot["n"] for v in snapshots} == snapshots
        repo = ResidentRepository(fresh.sessions, fresh.keys.cipher())
        assert repo.my_number_for(1) is not None
    finally:
        fresh.close()
    assert [e.staff_id for e in office.audit.entries(action="keys_rotated")] == [
        people["admin1"].staff_id]
    # A counter still holding the old key now refuses to start.
    office.keys.my_number_path.write_text(old_key.hex() + "\n")
    with pytest.raises(KeyMismatchError):
        StaffServices.open(db_url, hashing=CHEAP_HASHING, upgrade_schema=False)


def test_a_crash_during_the_batches_is_finished_by_running_again(office, people, db_url):
    before = _numbers(office, office.keys.my_number_key)
    calls = []

    def crash_after_the_first_batch(name, done):
        calls.append(name)
        if len(calls) == 2:
            raise Crash()
    with pytest.raises(Crash):
        rotate_keys(office, people["admin1"], batch_size=2, progress=crash_after_the_first_batch)
    with pytest.raises(KeyMismatchError) as err:        # counters wait for the rotation
        StaffServices.open(db_url, hashing=CHEAP_HASHING, upgrade_schema=False)
    assert err.value.detail == "rotation_in_progress"
    resumed = StaffServices.open(db_url, hashing=CHEAP_HASHING, upgrade_schema=False,
                                 key_rotation=True)
    try:
        report = rotate_keys(resumed, people["admin1"], batch_size=2)
    finally:
        resumed.close()
    assert report.resumed
    assert _numbers(office, load_key(office.keys.my_number_path)) == before


def test_a_crash_between_the_switch_and_the_file_swap_is_finished_too(office, people, db_url):
    before = _numbers(office, office.keys.my_number_key)
    report = rotate_keys(office, people["admin1"], batch_size=3)
    key_path = office.keys.my_number_path
    # Put the files back as they were before the swap: the database already uses the new key.
    os.replace(key_path, key_path.with_name(key_path.name + ".next"))
    os.replace(report.retired_key, key_path)
    with pytest.raises(KeyMismatchError):
        StaffServices.open(db_url, hashing=CHEAP_HASHING, upgrade_schema=False)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db_url, "keys", "rotate",
                             "--as", "admin1"], input="admin1-password\n", capture_output=True,
                            text=True, cwd=ROOT, env=os.environ.copy(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert _numbers(office, load_key(key_path)) == before
    StaffServices.open(db_url, hashing=CHEAP_HASHING, upgrade_schema=False).close()


def test_rotation_needs_an_administrator(office, people, db_url):
    from app.identity.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        rotate_keys(office, people["super1"])
    refused = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db_url, "keys", "rotate"],
                             capture_output=True, text=True, cwd=ROOT, env=os.environ.copy(),
                             timeout=120)
    assert refused.returncode == 8
    assert not office.keys.my_number_path.with_name("mynumber.key.next").exists()
