import datetime as dt

import pytest

from app.storage.database import make_engine, make_session_factory
from app.storage.migration_runner import upgrade
from app.visit.repository import VisitRepository
from app.visit.service import VisitService
from tests.visit.fakes import FakeApproval, FakeLookup, RecordingAudit


TODAY = dt.date(2026, 11, 22)


class ReversibleCipher:
    """Stands in for app.privacy's cipher: visibly not the plain text."""
    def encrypt(self, plain):
        return "enc:" + plain[::-1]

    def decrypt(self, token):
        return token[4:][::-1]


@pytest.fixture
def visit_db(db_url):
    engine = make_engine(db_url)
    upgrade(engine, "visits@head")  # only this area: other branches land on their own
    yield engine
    engine.dispose()


@pytest.fixture
def repository(visit_db):
    return VisitRepository(make_session_factory(visit_db), cipher=ReversibleCipher())


@pytest.fixture
def audit():
    return RecordingAudit()


@pytest.fixture
def approval(repository):
    return FakeApproval(required=False, store=repository)


@pytest.fixture
def service(repository, audit, approval):
    return VisitService(repository, FakeLookup(), audit=audit, approval=approval,
                        today=lambda: TODAY)
