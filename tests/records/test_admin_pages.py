"""The records pages over the real records services (SQLite): the administrator's import page
(dry run table, confirm, cancel between batches, report) and the supervisor's 名寄せ page
(background pass, pages, decide, revoke). Screenshots go to artifacts/ for a person to look at."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from app.identity.actor import Actor
from app.records.import_profile import ProfileCatalog
from app.records.import_service import RecordsImportService
from tests.records.conftest import FIXTURES, audit_log
from training.seed.hard_cases import DUPLICATE_ATENA
from training.seed.seeding import seed_population
from widgets.records_admin.duplicates_page import DuplicateReviewPage
from widgets.records_admin.import_page import RecordsImportPage
from widgets.records_admin.panels import install_records_admin_panels

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
ADMIN = Actor(1, "it-staff", "administrator", "admin-pc")
SUPER = Actor(2, "super", "supervisor", "desk-1")


@pytest.fixture
def services(sqlite_url, cipher):
    from app.approval.service import PlainSnapshotCodec
    from app.records_services import RecordsServices
    from app.storage.database import make_engine
    from app.storage.migration_runner import upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    yield RecordsServices.over(engine, cipher=cipher, snapshot_codec=PlainSnapshotCodec())
    engine.dispose()


class _Window(QWidget):
    def __init__(self, role: str) -> None:
        super().__init__()
        self.identity = role
        self.panels = []

    def add_panel(self, title, widget, shortcut=None):
        self.panels.append((title, widget, shortcut))


@pytest.mark.parametrize("role, titles", [("administrator", ["住民データ取込 (F7)"]), ("supervisor", ["名寄せ (F8)"]),
                                          ("clerk", [])])
def test_each_role_gets_its_records_pages_from_the_permission_matrix(qtbot, services, role, titles):
    window = _Window(role)
    qtbot.addWidget(window)
    install_records_admin_panels(window, services, lambda r: Actor(9, "x", r, "ws"))
    assert [t for t, _w, _k in window.panels] == titles


def _shot(widget, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    widget.grab().save(str(ARTIFACTS / name))


def test_dry_run_shows_the_changes_then_the_confirmed_import_writes_them(qtbot, services, monkeypatch):
    page = RecordsImportPage(services, lambda: ADMIN)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.path_edit.setText(str(FIXTURES / "mado_broken_date.csv"))
    page.profile_box.setCurrentIndex(page.profile_box.findData("mado"))
    assert not page.import_button.isEnabled()  # only after a dry run of these choices
    page.dry_button.click()
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=30_000)
    assert page.changes_model.rowCount() == 16 and page.issues_model.rowCount() >= 1
    assert page.issues_model.index(0, 1).data() == "生年月日"
    assert services.repository.count() == 0 and page.import_button.isEnabled()
    _shot(page, "records-import-dry-run.png")
    page.mode_box.setCurrentIndex(page.mode_box.findData("snapshot"))
    assert not page.import_button.isEnabled()  # changed choices need a new dry run
    page.mode_box.setCurrentIndex(page.mode_box.findData("delta"))
    assert page.import_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    first = page.last_report
    page.import_button.click()
    qtbot.waitUntil(lambda: page.last_report is not first and not page.task.running, timeout=30_000)
    assert services.repository.count() == 16
    assert "取り込み結果" in page.status.text() and "報告ファイル" in page.report_label.text()
    _shot(page, "records-import-done.png")


def test_cancel_stops_between_whole_batches(qtbot, services, monkeypatch):
    small = RecordsImportService(services.sessions, audit_log(services.sessions), ProfileCatalog(), batch_size=3)
    services = dataclasses.replace(services, imports=small)
    page = RecordsImportPage(services, lambda: ADMIN)
    qtbot.addWidget(page)
    page.path_edit.setText(str(FIXTURES / "mado_basic.csv"))
    page.profile_box.setCurrentIndex(page.profile_box.findData("mado"))
    page.dry_button.click()
    qtbot.waitUntil(lambda: page.last_report is not None and not page.task.running, timeout=30_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    from widgets.records_admin.long_task import LongTask

    started = LongTask.start
    monkeypatch.setattr(LongTask, "start", lambda self: (self.cancel(), started(self)))  # 中止 at once
    dry = page.last_report
    page.import_button.click()
    qtbot.waitUntil(lambda: page.last_report is not dry and not page.task.running, timeout=30_000)
    assert page.last_report.state == "cancelled" and services.repository.count() == 3
    assert "中止しました" in page.status.text()


def test_duplicates_page_scans_in_the_background_and_records_decisions(qtbot, services, cipher):
    seeded = seed_population(services.engine, 2000, seed=11, cipher=cipher)
    page = DuplicateReviewPage(services.duplicates, lambda: SUPER)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    assert "まだ照合していません" in page.status.text()
    page.scan_button.click()
    qtbot.waitUntil(lambda: not page.task.running and page.model.rowCount() >= 1, timeout=60_000)
    pair = page.model.pair(0)
    assert {pair.a.atena_no, pair.b.atena_no} == set(seeded.hard_cases[DUPLICATE_ATENA])
    _shot(page, "records-nayose.png")
    page.view.selectRow(0)
    page.same_button.click()
    assert page.model.rowCount() == 0  # decided pairs leave the default list
    page.include_decided.setChecked(True)
    assert page.model.pair(0).verdict == "same" and page.model.index(0, 4).data() == "同一人"
    page.view.selectRow(0)
    page.revoke_button.click()
    assert page.model.pair(0).verdict is None
    entries = audit_log(services.sessions).entries()
    assert [e.action for e in entries][-2:] == ["duplicate_decided", "duplicate_decision_revoked"]
