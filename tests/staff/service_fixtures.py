"""Fixtures shared by the staff, audit, approval and demo tests.

Argon2 is used for real but with tiny cost parameters so the suite stays fast;
the production parameters are argon2-cffi's defaults.
"""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from app.identity.actor import Actor
from app.staff.passwords import PasswordHashing
from app.staff_services import StaffServices

CHEAP_HASHING = PasswordHashing(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
SYSTEM = Actor.system("test-ws")


@pytest.fixture
def services(db_url):
    svc = StaffServices.open(db_url, hashing=CHEAP_HASHING)
    yield svc
    svc.close()


def sign_in_people(services) -> dict:
    """A clerk, two supervisors, a trainer and an administrator, signed in."""
    made = {}
    for name, role in (("clerk1", "clerk"), ("super1", "supervisor"), ("super2", "supervisor"),
                       ("trainer1", "trainer"), ("admin1", "administrator")):
        services.staff.add(SYSTEM, name, role, f"{name}-password")
        made[name] = services.staff.authenticate(name, f"{name}-password", "窓口1").actor
    return made


@pytest.fixture
def people(services):
    return sign_in_people(services)
