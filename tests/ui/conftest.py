"""Widget tests: the real MainWindow and VisitService (real rules and forms) over a stand-in
records lookup, with a VisitRepository on a throwaway SQLite file."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.storage.database import make_engine, make_session_factory
from app.storage.migration_runner import upgrade
from app.identity.staff_identity import StaffIdentity
from app.visit.repository import VisitRepository
from app.visit.service import VisitService
from tests.ui.fakes import FakeAuth, FakeCardBridge
from tests.visit.conftest import ReversibleCipher
from tests.visit.fakes import CARD, FakeLookup

IDENTITY = StaffIdentity(staff_id="1", name="窓口　一子", role="clerk", role_label="窓口職員")


@pytest.fixture(scope="session", autouse=True)
def _cjk_font(qapp):
    from widgets.application import apply_font

    apply_font(qapp)


@pytest.fixture
def ui_db(tmp_path):
    url = f"sqlite:///{tmp_path / 'ui.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine, "visits@head")
    yield engine
    engine.dispose()


def make_service(engine):
    repo = VisitRepository(make_session_factory(engine), cipher=ReversibleCipher())
    return VisitService(repo, FakeLookup())


@pytest.fixture
def card():
    return FakeCardBridge(CARD)


@pytest.fixture
def visit_service(ui_db):
    """The service behind `window`: tests arrange visits through it (the window's pages
    reach it only through the controller)."""
    return make_service(ui_db)


@pytest.fixture
def make_window(qtbot, ui_db, card):
    from widgets.application import build_main_window

    built = []

    def build(service=None, idle=0, demo=True):
        window = build_main_window(service or make_service(ui_db), card, FakeAuth(), IDENTITY,
                                   demo=demo, idle_lock_seconds=idle)
        built.append(window)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield build
    for window in built:   # what the window asked for is finished before the database goes
        window.controller.shutdown()
        window.staff_calls.stop()


@pytest.fixture
def window(make_window, visit_service):
    return make_window(service=visit_service)
