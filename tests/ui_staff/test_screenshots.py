"""Screenshots of every staff-side page for a person to look at
(artifacts/screens/staff-*.png); the asserts only check the grabs were made."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from training.database import insert_persona_residents
from training.scenarios import load_scenarios
from app.privacy.cipher import MyNumberCipher
from app.records.repository import ResidentRepository
from app.staff.reveal import MyNumberRevealService
from app.storage.database import make_session_factory
from cardreader.simulator import SimulatedReader
from tests.ui_staff.conftest import SNAPSHOT
from widgets.staff.approval_panel import ApprovalPanel
from widgets.staff.my_number_reveal_widget import MyNumberRevealWidget
from widgets.staff.panels import staff_name_lookup
from training.trainer_card_service import TrainerCardService
from widgets.trainer.trainer_window import TrainerWindow

SCREENS = Path(__file__).resolve().parents[2] / "artifacts" / "screens"


def save(widget, name: str) -> Path:
    QApplication.processEvents()  # pending layout requests first, or the grab shows stale geometry
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"staff-{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 5000
    return path


def show(qtbot, widget, w=1100, h=720):
    qtbot.addWidget(widget)
    widget.resize(w, h)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def panel_for(qtbot, services):
    def build(actor):
        return show(qtbot, ApprovalPanel(services.approval, lambda: actor, staff_name_lookup(services)))
    return build


def test_approval_screens(qtbot, services, people, panel_for):
    services.approval.submit(people["clerk1"], "R8-1122-001", SNAPSHOT)
    services.approval.submit(people["super1"], "R8-1122-002", SNAPSHOT)
    services.approval.submit(people["clerk1"], "R8-1122-003", {"forms": []})
    services.approval.reject(people["super2"], "R8-1122-003", "電話番号の記入漏れ")
    services.approval.submit(people["clerk1"], "R8-1122-003", SNAPSHOT)
    panel = panel_for(people["super1"])
    qtbot.waitUntil(lambda: panel.queue_page.model.rowCount() == 3 and not panel.runner.busy)
    save(panel, "approval-queue")

    panel.queue_page.review_requested.emit("R8-1122-003")
    qtbot.waitUntil(lambda: panel.review_page.request is not None and not panel.runner.busy)
    panel.review_page.comment_edit.setPlainText("前住所の番地が住民記録と異なるため確認しました。")
    save(panel, "approval-review")

    panel.review_page.back_requested.emit()
    panel.queue_page.review_requested.emit("R8-1122-002")
    qtbot.waitUntil(lambda: panel.review_page.request is not None and not panel.runner.busy
                    and panel.review_page.message.text() != "")
    save(panel, "approval-review-own")


def test_my_number_screens(qtbot, services, people):
    insert_persona_residents(services.engine)
    repo = ResidentRepository(make_session_factory(services.engine), MyNumberCipher.for_data_dir())
    rid = repo.get_by_atena_no("100200301").id
    reveal = MyNumberRevealService(repo, services.audit, services.office)
    host = QWidget()
    layout = QVBoxLayout(host)
    masked = MyNumberRevealWidget(reveal, lambda: people["clerk1"], parent=host)
    shown = MyNumberRevealWidget(reveal, lambda: people["clerk1"], parent=host)
    trainer = MyNumberRevealWidget(reveal, lambda: people["trainer1"], parent=host)
    for w in (masked, shown, trainer):
        layout.addWidget(w)
    show(qtbot, host, 640, 180)
    for w in (masked, shown, trainer):
        w.set_resident(rid, "**** **** 6900")
    qtbot.waitUntil(lambda: all(w.permission_known for w in (masked, shown, trainer)))
    with qtbot.waitSignal(shown.revealed):    # asked off the GUI thread
        shown.reveal()
    save(host, "my-number")


def test_trainer_screen(qtbot, services, people):
    cards = TrainerCardService(SimulatedReader(), services.authorization, lambda: people["trainer1"])
    window = show(qtbot, TrainerWindow(cards, load_scenarios()), 1100, 720)
    window.card_controls.persona_list.setCurrentRow(4)
    window.card_controls.place_selected()
    window.card_controls.inject("one_try_left")
    save(window, "trainer-window")


@pytest.fixture
def english(qapp):
    from widgets.application import install_translations

    translators = install_translations(qapp, "en")
    assert translators, "madoguchi_en.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_staff_screens_in_english(qtbot, services, people, panel_for, english):
    """--lang en: queue, review and the trainer window (staff comments, names and the
    trainer's scenario texts stay as written)."""
    services.approval.submit(people["clerk1"], "R8-1122-001", SNAPSHOT)
    services.approval.submit(people["clerk1"], "R8-1122-003", {"forms": []})
    services.approval.reject(people["super2"], "R8-1122-003", "電話番号の記入漏れ")
    services.approval.submit(people["clerk1"], "R8-1122-003", SNAPSHOT)
    panel = panel_for(people["super1"])
    qtbot.waitUntil(lambda: panel.queue_page.model.rowCount() == 2 and not panel.runner.busy)
    model = panel.queue_page.model
    assert [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())] == \
        ["Resident", "Life event", "Counter", "Submitted by", "Waiting", "Rev.", "Approval"]
    assert [model.index(0, c).data() for c in (1, 4, 5)] == ["Moving in", "under 1 min", "Version 1"]
    save(panel, "approval-queue-en")
    panel.queue_page.review_requested.emit("R8-1122-003")
    qtbot.waitUntil(lambda: panel.review_page.request is not None and not panel.runner.busy)
    save(panel, "approval-review-en")

    cards = TrainerCardService(SimulatedReader(), services.authorization, lambda: people["trainer1"])
    window = show(qtbot, TrainerWindow(cards, load_scenarios()), 1100, 720)
    window.card_controls.persona_list.setCurrentRow(4)
    window.card_controls.place_selected()
    window.card_controls.inject("one_try_left")
    save(window, "trainer-window-en")
