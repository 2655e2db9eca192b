"""Demo database: reset at start, personas + demo staff, never the real file."""
import hashlib
from pathlib import Path

import pytest

from training.database import (DEMO_ACCOUNTS, DemoDatabaseError, demo_file, reset_demo_database)
from app.privacy.cipher import MyNumberCipher
from app.privacy.my_number import MyNumber
from app.records.repository import ResidentRepository
from app.staff_services import StaffServices
from app.storage.database import default_sqlite_url, demo_sqlite_url, make_session_factory
from tests.staff.service_fixtures import CHEAP_HASHING, administrator

PERSONAS = Path(__file__).resolve().parents[2] / "resources" / "personas"


def _reset(**kw):
    return reset_demo_database(hashing=CHEAP_HASHING, seeder=kw.pop("seeder", lambda *a: None),
                               residents=kw.pop("residents", 0), **kw)


def test_personas_with_a_registry_become_residents_others_do_not():
    demo = _reset()
    assert demo.is_demo and demo.url == demo_sqlite_url()
    assert set(demo.persona_ids) >= {"suzuki-hana", "takahashi-kenji", "ito-yumi"}
    services = StaffServices.open(demo.url, hashing=CHEAP_HASHING)
    try:
        repo = ResidentRepository(services.sessions, MyNumberCipher.for_data_dir())
        hana = repo.find_by_my_number(MyNumber("501284376900"))
        assert [r.atena_no for r in hana] == ["100200301"]
        household = repo.household_of(hana[0].id)
        assert [m.relationship for m in household.members] == ["世帯主", "妻"]
        assert household.members[0].status.value == "死亡"
        # The deceased head's 後期 and 介護 numbers reach the registry (おくやみ forms print them).
        head = repo.linked_records(household.members[0].id)
        assert [r.insured_no for r in head.elderly_medical] == ["39012345"]
        assert [r.insured_no for r in head.ltc] == ["0001234567"]
        assert repo.find_by_my_number(MyNumber("347195028613")) == []  # yamada-taro moves in
    finally:
        services.close()


def test_demo_staff_accounts_sign_in_and_are_listed_for_the_login_screen():
    demo = _reset()
    assert [(c.name, c.role.value, c.password) for c in demo.credentials] == [
        (n, r.value, p) for n, r, p in DEMO_ACCOUNTS]
    services = StaffServices.open(demo.url, hashing=CHEAP_HASHING)
    try:
        for c in demo.credentials:
            assert services.staff.authenticate(c.name, c.password, "demo").actor.role == c.role.value
        assert not services.staff.needs_bootstrap()
    finally:
        services.close()


def test_reset_wipes_what_the_previous_session_did():
    demo = _reset()
    services = StaffServices.open(demo.url, hashing=CHEAP_HASHING)
    kanri = services.staff.authenticate("kanri", "renshu-kanri", "demo").actor
    services.staff.add(kanri, "leftover", "clerk", "leftover-pass")
    services.close()
    _reset()
    services = StaffServices.open(demo.url, hashing=CHEAP_HASHING)
    try:
        assert "leftover" not in [m.name for m in services.staff.list()]
        assert services.audit.verify().ok
    finally:
        services.close()


def test_demo_never_touches_the_real_database():
    real_url = default_sqlite_url()
    real = StaffServices.open(real_url, hashing=CHEAP_HASHING)
    real.staff.add(administrator(real), "real-clerk", "clerk", "real-clerk-pass")
    real.close()
    real_path = Path(real_url.removeprefix("sqlite:///"))
    before = (hashlib.sha256(real_path.read_bytes()).hexdigest(), real_path.stat().st_mtime_ns)
    demo = _reset()
    _reset()
    assert Path(demo.url.removeprefix("sqlite:///")) != real_path
    after = (hashlib.sha256(real_path.read_bytes()).hexdigest(), real_path.stat().st_mtime_ns)
    assert after == before
    real = StaffServices.open(real_url, hashing=CHEAP_HASHING)
    try:
        assert [m.name for m in real.staff.list()] == ["admin1", "real-clerk"]
    finally:
        real.close()


@pytest.mark.parametrize("url", ["postgresql://localhost/madoguchi", "sqlite:////tmp/madoguchi.sqlite3",
                                 "sqlite:////tmp/real.sqlite3"])
def test_reset_refuses_anything_but_a_demo_file(url):
    with pytest.raises(DemoDatabaseError):
        demo_file(url)
    with pytest.raises(DemoDatabaseError):
        reset_demo_database(url, seeder=lambda *a: None, residents=0)


def test_the_seeder_is_called_with_a_small_population():
    calls = []
    _reset(seeder=lambda engine, n, seed: calls.append((n, seed)), residents=2000)
    assert calls and calls[0][0] == 2000


def test_default_seeder_is_the_records_generator():
    from sqlalchemy import text
    demo = reset_demo_database(hashing=CHEAP_HASHING, residents=150)
    assert demo.synthetic_residents == 150
    services = StaffServices.open(demo.url, hashing=CHEAP_HASHING)
    try:
        with services.engine.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM residents")).scalar_one()
        assert count >= 150 + len(demo.persona_ids)
    finally:
        services.close()
