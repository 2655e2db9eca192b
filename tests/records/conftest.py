"""Fixtures for the records area: a migrated database and a repository on it."""
from __future__ import annotations

import pytest

from app.privacy import MyNumberCipher
from app.records import LookupService, ResidentRepository
from training.seed.address_master import HOME_LOCALITY
from app.storage.database import make_engine, make_session_factory
from app.storage.migration_runner import upgrade


@pytest.fixture
def engine(db_url):
    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def cipher(tmp_path) -> MyNumberCipher:
    return MyNumberCipher.for_data_dir()  # the key tests/conftest.py made, as `db init` does


@pytest.fixture
def repo(engine, cipher) -> ResidentRepository:
    return ResidentRepository(make_session_factory(engine), cipher)


@pytest.fixture
def lookup(repo) -> LookupService:
    return LookupService(repo, home_locality=HOME_LOCALITY)
