"""Fixtures shared by the staff, audit, approval and demo tests.

Argon2 is used for real but with tiny cost parameters so the suite stays fast;
the production parameters are argon2-cffi's defaults. Accounts are made the way an
office makes them: the first administrator by bootstrap, everyone else by that
administrator (the machine's system actor manages nothing).
"""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from app.identity.actor import Actor
from app.staff.passwords import PasswordHashing
from app.staff_services import StaffServices

CHEAP_HASHING = PasswordHashing(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
SYSTEM = Actor.system("test-ws")
ADMIN_NAME, ADMIN_PASSWORD = "admin1", "admin1-password"


@pytest.fixture
def services(db_url):
    svc = StaffServices.open(db_url, hashing=CHEAP_HASHING)
    yield svc
    svc.close()


def administrator(services, workstation: str = "窓口1") -> Actor:
    """The first administrator (bootstrapped once), signed in."""
    if services.staff.needs_bootstrap():
        services.staff.bootstrap_administrator(workstation, ADMIN_NAME, ADMIN_PASSWORD)
    return services.staff.authenticate(ADMIN_NAME, ADMIN_PASSWORD, workstation).actor


def sign_in_people(services) -> dict:
    """A clerk, two supervisors, a trainer and an administrator, signed in."""
    admin = administrator(services)
    made = {ADMIN_NAME: admin}
    for name, role in (("clerk1", "clerk"), ("super1", "supervisor"), ("super2", "supervisor"),
                       ("trainer1", "trainer")):
        services.staff.add(admin, name, role, f"{name}-password")
        made[name] = services.staff.authenticate(name, f"{name}-password", "窓口1").actor
    return made


@pytest.fixture
def people(services):
    return sign_in_people(services)


@pytest.fixture
def admin(services):
    return administrator(services)
