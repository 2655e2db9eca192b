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
            qtbot.keyClick(dialog.password_edit, Qt.Key_Return)
            qtbot.waitUntil(lambda: dialog.review.approve_button.isEnabled(), timeout=10000)
            save(dialog, "09a-approval-review-at-counter")
            dialog.review.approve_button.click()
            wait_state(qtbot, window, VisitState.APPROVED)
        from PySide6.QtCore import QTimer
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        def grab_preview():
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QPrintPreviewDialog):
                dialog.resize(1000, 800)
                QTimer.singleShot(500, lambda: (save(dialog, "09b-print-preview"),
                                                seen.append(1), dialog.reject()))
            else:
                QTimer.singleShot(100, grab_preview)

        seen = []
        QTimer.singleShot(100, grab_preview)
        printing.preview_button.click()
        qtbot.waitUntil(lambda: bool(seen), timeout=30000)
        printer = QPrinter(QPrinter.HighResolution)        # the print itself, to a PDF file
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(OUT / "printed.pdf"))
        printing.print_to(printer)
        wait_state(qtbot, window, VisitState.PRINTED, timeout=60000)
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
    """--lang en: the same steps in English (resident data stays as it is)."""
    from widgets.application import CounterStartup, install_translations
    from widgets.main_window import MainWindow
    from composition import build_counter_services

    translators = install_translations(QApplication.instance(), "en")
    assert translators, "madoguchi_en.qm did not load"
    try:
        shell = MainWindow(demo=False)
        qtbot.addWidget(shell)
        started = CounterStartup(QApplication.instance(), shell,
                                 lambda: build_counter_services(db=None, demo=True, residents=0))
        shell.show()
        qtbot.waitExposed(shell)
        qtbot.waitUntil(lambda: shell.sign_in_page.ready, timeout=30000)
        save(shell, "20-english-sign-in")
        started.close()
        shell.close()

        services, bridge, window = open_counter(qtbot)
        try:
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
            dialog = PinPadDialog(1, window)
            dialog.show()
            qtbot.waitExposed(dialog)
            save(dialog, "21-english-pin-last-try")
            dialog.close()
            window.activateWindow()   # F5 (place the card) goes to the active window
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
            run_move_in(qtbot, window, steps=lambda w, n: save(w, "2x-english-" + n))
            printing = window.current_page()
            if printing.submit_button.isEnabled():
                printing.submit_button.click()
                wait_state(qtbot, window, VisitState.SUBMITTED)
                save(window, "2x-english-08-submitted")
                printing.approve_button.click()
                qtbot.waitExposed(window.approval_dialog)
                save(window.approval_dialog, "2x-english-09-approval-dialog")
                window.approval_dialog.reject()
            window.lock()
            save(window, "2x-english-12-idle-lock")
        finally:
            close_counter(services, bridge, window)
    finally:
        for t in translators:
            QApplication.instance().removeTranslator(t)


def test_capture_trainer_beside_the_counter(qtbot):
    """The trainer's window as on a second screen beside the trainee's counter, the PIN pad
    open on the counter: the counter's screen region (pad included) and the trainer window
    side by side in one picture, then each step the trainer drives."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from tests.ui.trainer_counter import (click, close_training, open_training, start_scenario,
                                          trainer_pin, wait_pin_pad)

    services, bridge, window, trainer = open_training(qtbot)

    def side_by_side(name):
        QApplication.processEvents()
        counter = QApplication.primaryScreen().grabWindow(
            0, window.x(), window.y(), window.frameGeometry().width(), window.frameGeometry().height())
        own = trainer.grab()
        image = QImage(counter.width() + 24 + own.width(), max(counter.height(), own.height()),
                       QImage.Format_RGB32)
        image.fill(QColor("#37474f"))   # the gap between the two screens
        painter = QPainter(image)
        painter.drawPixmap(0, 0, counter)
        painter.drawPixmap(counter.width() + 24, 0, own)
        painter.end()
        OUT.mkdir(parents=True, exist_ok=True)
        image.save(str(OUT / f"{name}.png"))

    try:
        window.move(0, 0)
        trainer.move(1280, 0)   # off this screen: the second screen
        start_scenario(qtbot, trainer, "family-moving-in")
        dialog = wait_pin_pad(qtbot, window)
        click(qtbot, trainer.card_controls.fault_buttons["slow_card"])
        save(trainer, "16-trainer-window")
        side_by_side("16b-trainer-beside-counter-pin-pad")
        qtbot.keyClicks(dialog.pin_edit, trainer_pin(trainer))
        qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)
        wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=30000)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.current_page().new_resident_button, Qt.Key_T, Qt.AltModifier)
        wait_state(qtbot, window, VisitState.IDENTIFIED)
        qtbot.waitUntil(lambda: trainer.scenario_controls.fill_button.isEnabled())
        click(qtbot, trainer.scenario_controls.fill_button)
        page = window.current_page()
        qtbot.waitUntil(lambda: not page.preview_pending and "国民健康保険" in page.procedures_label.text(),
                        timeout=15000)
        side_by_side("17-trainer-answers-filled")
    finally:
        close_training(services, bridge, window)


def _pin(persona_id):
    from cardreader.simulator import load_persona

    return load_persona(persona_id)["card"]["pin"]
