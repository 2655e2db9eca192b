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


# ----- records exchange (import, 名寄せ, handover) -----------------------------------------
import itertools  # noqa: E402
from pathlib import Path  # noqa: E402

from app.identity.actor import Actor  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"
_SECOND = itertools.count()


@pytest.fixture
def exchange(engine, cipher):
    """The records exchange services (import, My Numbers, export, 名寄せ, handover) on `engine`."""
    from app.approval.service import PlainSnapshotCodec
    from app.records_services import RecordsServices

    return RecordsServices.over(engine, cipher=cipher, snapshot_codec=PlainSnapshotCodec())


@pytest.fixture
def administrator() -> Actor:
    return Actor(staff_id=None, name="it-staff", role="administrator", workstation="admin-pc")


@pytest.fixture
def supervisor() -> Actor:
    return Actor(staff_id=None, name="super", role="supervisor", workstation="desk-1")


def import_file(exchange, actor, name: str, mode: str = "delta", **options):
    from app.records.import_service import ImportRequest

    path = name if isinstance(name, Path) else FIXTURES / name
    return exchange.imports.run(actor, ImportRequest(path, options.pop("profile", "mado"), mode, **options))


@pytest.fixture
def second_db_url(db_url, request, tmp_path) -> str:
    """Another empty database on the same back end as `db_url` (round trips)."""
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'second.sqlite3'}"
    server = request.getfixturevalue("postgres_server")
    return server.create_database(f"second{next(_SECOND)}")


def audit_log(sessions):
    """The keyed audit log of this test database, as RecordsServices.over builds it."""
    from app.audit.log import AuditLog
    from app.privacy.key_check import verify_keys

    return AuditLog(sessions, verify_keys(sessions).audit_key)
