"""Screenshots of every step of a visit, taken inside a real X server (xcb).

Not collected by default (no test_ prefix): tests/ui/test_screenshots.py starts Xvfb and
runs this file with `pytest tests/ui/screens_run.py` in a subprocess, because Qt's platform
plugin cannot be switched inside a process that already chose "offscreen".
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.visit.workflow import VisitState
from tests.ui.flow import wait_state
from tests.ui.real_counter import close_counter, open_counter, run_move_in, type_pin
from widgets.pin_dialog import PinPadDialog

OUT = Path(os.environ.get("MADOGUCHI_SCREENS_DIR", "artifacts/screens"))


def save(widget, name):
    OUT.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))


def test_capture_every_step(qtbot):
    assert QApplication.platformName() == "xcb"
    from composition import build_counter_services
    from widgets.application import CounterStartup
    from widgets.main_window import MainWindow

    shell = MainWindow(demo=False)
    qtbot.addWidget(shell)
    started = CounterStartup(QApplication.instance(), shell,
                             lambda: build_counter_services(db=None, demo=True, residents=0))
    shell.show()
    qtbot.waitExposed(shell)
    save(shell, "00a-starting")
    qtbot.waitUntil(lambda: shell.sign_in_page.ready, timeout=30000)
    save(shell, "00b-sign-in-demo")
    started.close()
    shell.close()

    services, bridge, window = open_counter(qtbot)
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

        run_move_in(qtbot, window, steps=lambda w, n: save(w, n))
        printing = window.current_page()
        if VisitState.SUBMITTED and printing.submit_button.isEnabled():
            printing.submit_button.click()
            wait_state(qtbot, window, VisitState.SUBMITTED)
            save(window, "08-submitted")
            printing.approve_button.click()
            dialog = window.approval_dialog
            qtbot.waitExposed(dialog)
            qtbot.keyClicks(dialog.name_edit, "shinsa")
            save(dialog, "09-approval-dialog")
            qtbot.keyClicks(dialog.password_edit, "renshu-shinsa")
            dialog.approve_button.click()
            wait_state(qtbot, window, VisitState.APPROVED)
        from PySide6.QtCore import QTimer
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        def grab_preview():
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QPrintPreviewDialog):
                dialog.resize(1000, 800)
                QTimer.singleShot(500, lambda: (save(dialog, "09b-print-preview"),
                                                seen.append(1), dialog.accept()))
            else:
                QTimer.singleShot(100, grab_preview)

        seen = []
        QTimer.singleShot(100, grab_preview)
        printing.preview_button.click()
        qtbot.waitUntil(lambda: bool(seen), timeout=30000)
        wait_state(qtbot, window, VisitState.PRINTED, timeout=30000)
        printing.save_pdf_to(OUT / "packet.pdf")
        qtbot.waitUntil(lambda: not window.controller.busy, timeout=30000)   # saved
        save(window, "10-printed")

        # a registered resident: card vs registry side by side
        window.demo_cards.remove()
        qtbot.waitUntil(lambda: not window.controller.card_on_reader and not window.controller.busy,
                        timeout=10000)
        qtbot.keyClick(printing.next_visit_button, Qt.Key_Space)
        qtbot.waitUntil(lambda: window.controller.visit is None, timeout=10000)
        combo = window.demo_cards.persona_combo
        combo.setCurrentIndex(combo.findData("takahashi-kenji"))
        window.demo_cards.place()
        type_pin(qtbot, window, _pin("takahashi-kenji"))
        wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)
        save(window, "11-identification-registry")
        window.lock()
        save(window, "12-idle-lock")
    finally:
        close_counter(services, bridge, window)

    for tries, name in ((3, "13-pin-3-tries"), (1, "14-pin-last-try"), (0, "15-pin-locked")):
        dialog = PinPadDialog(tries)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        save(dialog, name)
        dialog.close()


def test_capture_english(qtbot):
    from widgets.application import install_translations

    translators = install_translations(QApplication.instance(), "en")
    assert translators, "madoguchi_en.qm did not load"
    services, bridge, window = open_counter(qtbot)
    try:
        save(window, "20-english-waiting")
        dialog = PinPadDialog(1, window)
        dialog.show()
        qtbot.waitExposed(dialog)
        save(dialog, "21-english-pin-last-try")
        dialog.close()
    finally:
        close_counter(services, bridge, window)
        for t in translators:
            QApplication.instance().removeTranslator(t)


def _pin(persona_id):
    from cardreader.simulator import load_persona

    return load_persona(persona_id)["card"]["pin"]
