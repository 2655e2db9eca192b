"""End to end in-process: real services on the demo database, the real CardBridge with the
card simulator, keyboard-driven 転入 of a family, approval by a supervisor, printed PDF."""
from __future__ import annotations

import io
import unicodedata

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.visit.workflow import VisitState
from tests.ui.flow import wait_state
from tests.ui.real_counter import close_counter, open_counter, run_move_in, type_pin

pytestmark = pytest.mark.slow


def test_family_moving_in_from_card_to_printed_packet(qtbot, tmp_path):
    from pypdf import PdfReader

    services, bridge, window = open_counter(qtbot)
    try:
        run_move_in(qtbot, window)
        visit = window.controller.visit
        codes = [p.code for p in visit.selected_procedures]
        assert codes[0] == "juminidou" and "jidou_nintei" in codes and "kaigo" in codes
        printing = window.current_page()
        if visit.state is VisitState.FORMS_REVIEWED and not printing.preview_button.isEnabled():
            # the office requires approval: submit, then a supervisor approves here
            qtbot.keyClick(printing.submit_button, Qt.Key_Space)
            wait_state(qtbot, window, VisitState.SUBMITTED)
            printing.approve_button.click()
            dialog = window.approval_dialog
            qtbot.keyClicks(dialog.name_edit, "shinsa")
            qtbot.keyClicks(dialog.password_edit, "renshu-shinsa")
            qtbot.keyClick(dialog.password_edit, Qt.Key_Return)   # signs in, decides nothing
            review = dialog.review
            qtbot.waitUntil(lambda: review.approve_button.isEnabled(), timeout=10000)
            review.approve_button.click()
            wait_state(qtbot, window, VisitState.APPROVED, timeout=10000)
        # print preview of the packet (a modal dialog: looked at and closed, as a clerk would)
        from PySide6.QtPrintSupport import (QPrinter, QPrintPreviewDialog,
                                            QPrintPreviewWidget)

        def close_preview():
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QPrintPreviewDialog):
                seen.append(dialog.findChild(QPrintPreviewWidget).pageCount())
                dialog.reject()
            else:
                QTimer.singleShot(100, close_preview)

        seen = []
        QTimer.singleShot(100, close_preview)
        qtbot.keyClick(printing.preview_button, Qt.Key_Space)
        qtbot.waitUntil(lambda: bool(seen), timeout=30000)
        pages = len(PdfReader(io.BytesIO(printing.packet_pdf)).pages)
        assert seen == [pages] and pages >= 5            # every page of the packet, shown
        assert window.controller.visit.state is not VisitState.PRINTED   # looking is not printing
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printing.print_to(printer)
        wait_state(qtbot, window, VisitState.PRINTED, timeout=60000)
        assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages
        out = tmp_path / "packet.pdf"
        printing.save_pdf_to(out)   # a second copy, as a PDF file
        qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=30000)
        text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in
                                                     PdfReader(out).pages))
        assert text.index("手続き") < text.index("住民異動届")
        assert "山田" in text and "見本" in text
    finally:
        close_counter(services, bridge, window)


def test_clerk_cannot_approve_own_submission(qtbot):
    services, bridge, window = open_counter(qtbot)
    try:
        run_move_in(qtbot, window)
        printing = window.current_page()
        assert printing.submit_button.isEnabled(), "the demo office requires approval for a 転入"
        printing.submit_button.click()
        wait_state(qtbot, window, VisitState.SUBMITTED)
        printing.approve_button.click()
        dialog = window.approval_dialog
        qtbot.keyClicks(dialog.name_edit, "madoguchi")
        qtbot.keyClicks(dialog.password_edit, "renshu-madoguchi")
        dialog.sign_in_button.click()
        assert not dialog.sign_in_button.isEnabled()        # checked off the GUI thread
        qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=10000)
        assert "権限" in dialog.error.text()          # a clerk cannot decide, least of all their own
        assert dialog.steps.currentWidget() is not dialog.review
        assert dialog.name_edit.text() == "madoguchi" and dialog.password_edit.text() == ""
        assert window.controller.visit.state is VisitState.SUBMITTED
    finally:
        close_counter(services, bridge, window)


def test_wrong_pin_with_the_real_card_layer_counts_down(qtbot):
    services, bridge, window = open_counter(qtbot)
    try:
        combo = window.demo_cards.persona_combo
        combo.setCurrentIndex(combo.findData("yamada-taro"))
        window.demo_cards.place()
        type_pin(qtbot, window, "9999")
        qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.tries_left == 2,
                        timeout=10000)
        assert "残り 2 回" in window.pin_dialog.tries_label.text()
        window.demo_cards.remove()
        qtbot.waitUntil(lambda: window.pin_dialog is None, timeout=10000)
        assert window.controller.visit.card is None
    finally:
        close_counter(services, bridge, window)


def test_registered_resident_is_confirmed_and_audited(qtbot):
    from cardreader.simulator import load_persona
    from tests.ui.flow import next_step

    services, bridge, window = open_counter(qtbot)
    try:
        combo = window.demo_cards.persona_combo
        combo.setCurrentIndex(combo.findData("takahashi-kenji"))
        window.demo_cards.place()
        type_pin(qtbot, window, load_persona("takahashi-kenji")["card"]["pin"])
        wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)
        assert window.controller.visit.candidates[0].matched_by_my_number
        next_step(qtbot, window)
        wait_state(qtbot, window, VisitState.IDENTIFIED)
        actions = [e.action for e in services.staff.audit.entries()]
        assert {"visit_started", "card_read", "record_viewed"} <= set(actions)
        assert services.staff.audit.verify().ok
    finally:
        close_counter(services, bridge, window)


def test_real_card_with_one_try_left_needs_confirmation_and_locked_card_goes_without(qtbot):
    services, bridge, window = open_counter(qtbot)
    try:
        combo = window.demo_cards.persona_combo
        combo.setCurrentIndex(combo.findData("fault-one-try-left"))
        window.demo_cards.place()
        qtbot.waitUntil(lambda: window.pin_dialog is not None, timeout=10000)
        dialog = window.pin_dialog
        assert dialog.tries_left == 1 and dialog.confirm_last.isVisible()
        qtbot.keyClicks(dialog.pin_edit, "1111")
        assert not dialog.ok_button.isEnabled()
        dialog.confirm_last.setChecked(True)
        qtbot.keyClick(dialog.pin_edit, Qt.Key_Return)
        wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=15000)

        window.demo_cards.remove()
        qtbot.waitUntil(lambda: window.controller.visit.state is VisitState.CARD_PLACED,
                        timeout=10000)
        combo.setCurrentIndex(combo.findData("fault-pin-locked"))
        window.demo_cards.place()
        qtbot.waitUntil(lambda: window.pin_dialog is not None, timeout=10000)
        assert window.pin_dialog.tries_left == 0
        qtbot.keyClick(window.pin_dialog.skip_button, Qt.Key_Space)
        wait_state(qtbot, window, VisitState.PIN_VERIFIED, timeout=10000)
        assert window.controller.visit.card_skipped and window.controller.visit.card is None
    finally:
        close_counter(services, bridge, window)


def test_not_a_my_number_card_is_explained_without_a_pin_pad(qtbot):
    from widgets.card_status import CardStatus

    services, bridge, window = open_counter(qtbot)
    try:
        combo = window.demo_cards.persona_combo
        combo.setCurrentIndex(combo.findData("fault-not-my-number"))
        window.demo_cards.place()
        qtbot.waitUntil(lambda: window.card_status.status is CardStatus.ERROR, timeout=10000)
        assert "マイナンバーカード" in window.message_bar.text()
        assert "SW" not in window.message_bar.text() and window.pin_dialog is None
    finally:
        close_counter(services, bridge, window)
