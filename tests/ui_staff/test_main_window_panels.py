"""The staff panels plugged into the counter's real MainWindow through add_panel."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.identity.staff_identity import StaffIdentity
from cardreader.simulator import SimulatedReader
from tests.ui_staff.conftest import SNAPSHOT
from widgets.staff.approval_panel import ApprovalPanel
from widgets.staff.panels import install_staff_panels
from widgets.trainer.trainer_window import TrainerWindow


@pytest.fixture
def window_for(qtbot, tmp_path, services, people):
    from app.storage.database import make_engine
    from app.storage.migration_runner import upgrade
    from tests.ui.conftest import make_service
    from tests.ui.fakes import FakeAuth, FakeCardBridge
    from tests.visit.fakes import CARD
    from widgets.application import build_main_window

    engine = make_engine(f"sqlite:///{tmp_path / 'visits.sqlite3'}")
    upgrade(engine, "visits@head")

    def build(name, role, demo=True):
        actor = people[name]
        identity = StaffIdentity(str(actor.staff_id), name, role)
        window = build_main_window(make_service(engine), FakeCardBridge(CARD), FakeAuth(), identity,
                                   demo=demo, idle_lock_seconds=0)
        qtbot.addWidget(window)
        reader = SimulatedReader()
        panels = install_staff_panels(window, services, lambda ident: people[ident.name], demo=demo,
                                      simulated_reader=reader)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window, panels
    yield build
    engine.dispose()


def test_supervisor_opens_the_queue_with_f3_and_sees_errors_in_the_message_bar(qtbot, services, people,
                                                                            window_for):
    services.approval.submit(people["super1"], "V-0009", SNAPSHOT)
    window, panels = window_for("super1", "supervisor")
    assert [title for title, _w, _k in panels] == ["決裁 (F3)"]
    assert window.password_action.text() == "パスワード変更"
    panel = panels[0][1]
    assert isinstance(panel, ApprovalPanel)
    qtbot.keyClick(window, Qt.Key_F3)
    assert window.stack.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.queue_page.model.rowCount() == 1 and not panel.runner.busy)
    panel.queue_page.table.setFocus()
    qtbot.keyClick(panel.queue_page.table, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.message_bar.isVisible())
    assert "自分が提出した申請は決裁できません。" in window.message_bar.text()
    from tests.ui_staff.test_screenshots import save

    save(window, "main-window-approval")
    qtbot.keyClick(window, Qt.Key_F2)
    assert window.stack.currentWidget() is window.work


def test_trainer_gets_the_trainer_window_with_f4_in_demo_mode_only(qtbot, window_for):
    window, panels = window_for("trainer1", "trainer")
    assert [type(w) for _t, w, _k in panels] == [TrainerWindow]
    trainer = panels[0][1]
    qtbot.addWidget(trainer)
    qtbot.keyClick(window, Qt.Key_F4)
    qtbot.waitExposed(trainer)
    assert trainer.isWindow() and trainer.parent() is None   # a window of its own
    assert window.stack.indexOf(trainer) < 0
    from tests.ui_staff.test_screenshots import save

    save(window, "main-window-trainer")
    _window, real_counter = window_for("trainer1", "trainer", demo=False)
    assert real_counter == []
