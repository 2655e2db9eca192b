"""The real counter as a training session runs it: the demo composition, the trainer
(kenshu) signed in at the counter, the trainee using the counter window, and the trainer's
own window (F4) beside it — the real CardBridge and CardSession over the card simulator.
Shared by tests/ui/test_trainer_window.py and the screenshot run."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget, QTextEdit, QWidget

from composition import build_counter_services
from widgets.application import _make_card_bridge, build_main_window
from widgets.staff.panels import install_staff_panels
from widgets.trainer.trainer_window import TrainerWindow


def open_training(qtbot):
    services = build_counter_services(db=None, demo=True, residents=0)
    identity = services.auth.authenticate("kenshu", "renshu-kenshu")
    bridge = _make_card_bridge(services)
    reader = services.card_source.simulated_reader
    window = build_main_window(services.visit_service, bridge, services.auth, identity, demo=True,
                               idle_lock_seconds=0, simulated_reader=reader, personas=services.personas)
    panels = install_staff_panels(window, services.staff, services.auth.actor_for, demo=True,
                                  simulated_reader=reader)
    trainer = next(w for _t, w, _k in panels if isinstance(w, TrainerWindow))
    qtbot.addWidget(window)
    qtbot.addWidget(trainer)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key_F4)   # the trainer opens their window (second screen)
    qtbot.waitExposed(trainer)
    trainer.move(window.x() + 60, window.y() + 60)
    bridge.start()
    return services, bridge, window, trainer


def close_training(services, bridge, window):
    bridge.stop()
    window.controller.runner.wait_idle()
    window.close()
    services.close()


def click(qtbot, widget):
    """A mouse click delivered the way the platform delivers one (through the widget's
    window), so that a modal dialog blocks it exactly as it would block a person;
    qtbot.mouseClick hands the event straight to the widget and ignores modality."""
    top = widget.window()
    QTest.mouseClick(top.windowHandle(), Qt.LeftButton, Qt.NoModifier,
                     widget.mapTo(top, widget.rect().center()))
    qtbot.wait(20)


def start_scenario(qtbot, trainer, scenario_id):
    trainer.scenario_controls.select(scenario_id)
    click(qtbot, trainer.scenario_controls.start_button)


def place(qtbot, trainer, persona_id):
    """The trainer places a persona's card from their window (keyboard: the list, Enter)."""
    persona_list = trainer.card_controls.persona_list
    row = next(i for i in range(persona_list.count())
               if persona_list.item(i).data(Qt.UserRole + 1) == persona_id)
    persona_list.setCurrentRow(row)
    click(qtbot, trainer.card_controls.place_button)


def wait_pin_pad(qtbot, window, timeout=15000):
    qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.isVisible(),
                    timeout=timeout)
    return window.pin_dialog


def trainer_pin(trainer) -> str:
    """The PIN as the trainer's window shows it (the trainer plays the resident)."""
    return trainer.card_controls.pin_label.text().split()[-1]


def texts_of(root: QWidget) -> list[str]:
    """Every text a person could read in `root` and the windows it owns (dialogs, tooltips
    and lists included)."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.windowTitle(), w.toolTip(), w.accessibleName(), w.whatsThis()]
        for attr in ("text", "placeholderText", "currentText"):
            getter = getattr(w, attr, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:   # e.g. a method of that name that needs arguments
                    continue
                if isinstance(value, str):
                    out.append(value)
        if isinstance(w, QTextEdit):
            out.append(w.toPlainText())
        if isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
            out += [w.item(i).toolTip() for i in range(w.count())]
        if hasattr(w, "count") and hasattr(w, "itemText"):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListWidget) and w.model() is not None:
            model = w.model()
            out += [str(model.data(model.index(r, c)) or "") for r in range(model.rowCount(QModelIndex()))
                    for c in range(model.columnCount(QModelIndex()))]
    return [t for t in out if t]
