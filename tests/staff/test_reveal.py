"""Audited My Number reveal: permitted roles only, audit entry, expiry."""
from datetime import datetime, timedelta, timezone

import pytest

from app.privacy.my_number import MyNumber
from app.staff.errors import PermissionDeniedError
from app.staff.reveal import MyNumberRevealService, NoMyNumberError

NUMBER = MyNumber.from_first_eleven("12345678901")
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)


class FakeRecords:
    def my_number_for(self, resident_id):
        return NUMBER if resident_id == 7 else None


@pytest.fixture
def reveal(services):
    return MyNumberRevealService(FakeRecords(), services.audit, services.office, clock=lambda: NOW)


@pytest.mark.parametrize("role_name", ["clerk1", "super1"])
def test_permitted_roles_see_the_number_until_it_expires(services, people, reveal, role_name, admin):
    services.office.set(admin, "reveal_seconds", 20)
    shown = reveal.reveal(people[role_name], 7)
    assert shown.digits == NUMBER.reveal() and shown.masked == NUMBER.masked()
    assert shown.expires_at == NOW + timedelta(seconds=20)
    assert not shown.expired(NOW + timedelta(seconds=19)) and shown.expired(NOW + timedelta(seconds=20))
    assert NUMBER.reveal() not in repr(shown)
    entry = services.audit.entries(action="my_number_revealed")[-1]
    assert (entry.staff_id, entry.object_type, entry.object_ids) == (
        people[role_name].staff_id, "resident", "7")
    assert NUMBER.reveal() not in repr(services.audit.entries())


@pytest.mark.parametrize("role_name", ["trainer1", "admin1"])
def test_other_roles_are_refused_and_nothing_is_logged(services, people, reveal, role_name, admin):
    before = len(services.audit.entries())
    with pytest.raises(PermissionDeniedError):
        reveal.reveal(people[role_name], 7)
    with pytest.raises(PermissionDeniedError):
        reveal.reveal(admin, 7)
    assert len(services.audit.entries()) == before
    assert not reveal.can_reveal(people[role_name])


def test_resident_without_a_number(services, people, reveal):
    with pytest.raises(NoMyNumberError):
        reveal.reveal(people["clerk1"], 8)


def test_reveal_wired_to_the_records_repository(tmp_path):
    from training.database import reset_demo_database
    from app.staff_services import StaffServices
    from tests.staff.service_fixtures import CHEAP_HASHING

    demo = reset_demo_database(hashing=CHEAP_HASHING, seeder=lambda *a: None, residents=0)
    svc = StaffServices.open(demo.url, hashing=CHEAP_HASHING, reveal_from_records=True)
    try:
        from app.privacy.cipher import MyNumberCipher
        from app.records.repository import ResidentRepository
        repo = ResidentRepository(svc.sessions, MyNumberCipher.for_data_dir())
        hana = repo.get_by_atena_no("100200301")
        clerk = svc.staff.authenticate("madoguchi", "renshu-madoguchi", "ws").actor
        shown = svc.reveal.reveal(clerk, hana.id)
        assert shown.digits == "501284376900" and shown.masked == "**** **** 6900"
        assert svc.audit.entries(action="my_number_revealed")[-1].object_ids == str(hana.id)
    finally:
        svc.close()
