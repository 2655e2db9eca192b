"""Shared fixtures: database URLs on SQLite and on a real, throwaway PostgreSQL.

`db_url` is parametrised over both back ends; every storage test that takes it
runs twice. With REQUIRE_POSTGRES=1 (set by the CI command) a missing server
is an error, not a skip.
"""
from __future__ import annotations

import itertools
import os

import pytest

from tests.support.postgres_server import PostgresServer, postgres_bindir

_db_counter = itertools.count()


@pytest.fixture(scope="session")
def postgres_server():
    if postgres_bindir() is None:
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail("REQUIRE_POSTGRES=1 but PostgreSQL server binaries are missing")
        pytest.skip("PostgreSQL server binaries not installed (apt install postgresql-15)")
    server = PostgresServer.start()
    yield server
    server.stop()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def postgres_url(postgres_server) -> str:
    return postgres_server.create_database(f"t{next(_db_counter)}")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    """A fresh, empty database on each back end."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite3'}"
    server = request.getfixturevalue("postgres_server")
    return server.create_database(f"t{next(_db_counter)}")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Key files and default databases go to a per-test directory, never the user's.
    The key files exist, as on a workstation after `db init` (only db init creates them);
    tests of a missing key remove them."""
    monkeypatch.setenv("MADOGUCHI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MADOGUCHI_CONFIG_DIR", str(tmp_path / "config"))
    for name in ("MADOGUCHI_DB", "MADOGUCHI_KEY_FILE", "MADOGUCHI_AUDIT_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    from app.privacy.key_file import audit_key_file_path, create_key, key_file_path

    create_key(key_file_path())
    create_key(audit_key_file_path())


def pytest_collection_modifyitems(config, items):
    """The suite runs on two pytest-xdist workers (scripts/run-tests.sh). The tests that
    start a machine-wide resource by a fixed or scanned name (pcscd's socket directory,
    an X display number picked by scanning /tmp) run on one worker, one after another,
    so two workers never race for it. Harmless without xdist (`--dist loadgroup` reads it)."""
    for item in items:
        if "pcscd" in item.fixturenames or item.get_closest_marker("xvfb"):
            item.add_marker(pytest.mark.xdist_group("machine_resources"))
