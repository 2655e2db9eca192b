"""The whole visit in the real window, keyboard only, with a simulated card in-process."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.visit.workflow import VisitState
from tests.ui.flow import next_step, place_card_and_type_pin, wait_state
from tests.visit.fakes import CARD, MOVING_CARD


def answer_move_within(qtbot, window, with_child=True):
    """転居 for 見本 花子 (and her son): keyboard only, the resident's answers and little else."""
    from tests.ui.flow import type_text

    page = window.current_page()
    assert page is window.pages[2] and page._event() is None   # starts clean
    page.event_combo.setFocus()
    qtbot.keyClick(page.event_combo, Qt.Key_2)                                  # 2. 転居
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.answer_widgets["date"])
    type_text(qtbot, page.answer_widgets["date"], "2026-11-15")                 # commits itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.answer_widgets["new_address"])
    type_text(qtbot, page.answer_widgets["new_address"], "架空県架空市新町1番2号")
    qtbot.keyClick(page.answer_widgets["new_address"], Qt.Key_Return)
    if with_child:
        page.members.item(0).setCheckState(Qt.Checked)
        qtbot.waitUntil(lambda: len(page.people.boxes) == 2)
        child = page.people.boxes[1]
        child.widgets["card_held"].setFocus()
        qtbot.keyClick(child.widgets["card_held"], Qt.Key_2)                    # no card
    holder = page.people.boxes[0]
    holder.widgets["signature_cert"].setFocus()
    qtbot.keyClick(holder.widgets["signature_cert"], Qt.Key_2)                  # 発行しない
    return page


def test_full_visit_card_to_printed_pdf(qtbot, window, card, tmp_path, visit_service):
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    assert card.verifies == [("1234", False)]
    page = window.current_page()
    assert page is window.pages[1]
    assert page.model.rowCount() == 1 and "個人番号" in page.model.index(0, 6).data()
    assert "**** **** 9018" == page.compare.item(4, 0).text()

    next_step(qtbot, window)  # confirm the My Number hit
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    event_page = answer_move_within(qtbot, window)
    assert event_page.members.count() == 1  # the child; the resident is not listed twice
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.EVENT_ANSWERED)
    procedures = window.current_page()
    codes = [procedures.model.procedure(r).code for r in range(procedures.model.rowCount())]
    assert codes[0] == "juminidou" and "card_change" in codes

    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.PROCEDURES_CHOSEN)
    review = window.current_page()
    assert review.forms_list.count() == len(window.controller.visit.drafts)
    qtbot.waitUntil(lambda: review.preview.page_count > 0, timeout=10000)
    assert not review.preview.page_image(0).isNull()

    # a correction through the model (as the delegate does) reaches every form; undo, redo
    row = review.model.row_of("filer_phone")
    review.model.setData(review.model.index(row, review.model.VALUE), "0155-12-3456", Qt.EditRole)
    qtbot.waitUntil(lambda: window.controller.visit.draft("juminidou").get("filer_phone") == "0155-12-3456")
    phones = [d.get("filer_phone") for d in window.controller.visit.drafts if "filer_phone" in d.values]
    assert len(phones) >= 2 and set(phones) == {"0155-12-3456"}
    assert review.model.index(row, 2).data() == "職員入力"
    qtbot.keyClick(review.table, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.visit.draft("juminidou").get("filer_phone") is None)
    review.undo_stack.redo()
    qtbot.waitUntil(lambda: window.controller.visit.draft("juminidou").get("filer_phone") == "0155-12-3456")

    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.FORMS_REVIEWED)
    printing = window.current_page()
    assert printing.contents.item(0).text() == "手続き案内"
    out = tmp_path / "packet.pdf"
    printing.save_pdf_to(out)
    wait_state(qtbot, window, VisitState.PRINTED)
    assert out.read_bytes().startswith(b"%PDF")
    assert visit_service.open_visits() == []


def _reviewed_visit(service):
    visit = service.apply_card_read(service.start_visit("1"), CARD)
    visit = service.confirm_resident(visit, "R001")
    visit = service.answer_event(visit, "move_within", {"date": "2026-11-15", "new_address": "架空県架空市新町1番2号"},
                                 about={"holder": {"signature_cert": False}})
    return service.review_forms(service.choose_procedures(visit))


def test_print_through_qprinter_to_pdf_file(qtbot, window, card, tmp_path, visit_service):
    from PySide6.QtPrintSupport import QPrinter

    visit = _reviewed_visit(visit_service)
    window.controller.resume(visit.visit_id)
    wait_state(qtbot, window, VisitState.FORMS_REVIEWED)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    window.current_page().print_to(printer)
    wait_state(qtbot, window, VisitState.PRINTED, timeout=20000)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_wrong_pin_asks_again_with_fewer_tries(qtbot, window, card):
    place_card_and_type_pin(qtbot, window, card, pin="0000")
    qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.tries_left == 2)
    assert "暗証番号が違います" in window.message_bar.text()
    assert window.controller.visit.state is VisitState.CARD_PLACED
    assert len(card.verifies) == 1  # no automatic retry


def test_locked_pin_continues_without_card(qtbot, window, card):
    card.insert(tries=0)
    qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.tries_left == 0)
    qtbot.keyClick(window.pin_dialog.skip_button, Qt.Key_Space)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    page = window.current_page()
    assert window.controller.visit.card_skipped and "カードなし" in page.summary.text()
    page.name_edit.setText(CARD.name)
    qtbot.keyClick(page.name_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert card.verifies == []


def test_card_removed_before_confirmation_clears_card_data(qtbot, window, card):
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    card.remove()
    wait_state(qtbot, window, VisitState.CARD_PLACED)
    assert window.controller.visit.card is None
    assert window.current_page() is window.pages[0]
    assert "カード待ち" in window.card_status.text()
    assert window.pages[1].model.rowCount() == 0


def test_card_removed_after_confirmation_keeps_the_clerks_work(qtbot, window, card):
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    page = window.current_page()
    page.event_combo.setCurrentIndex(2)
    page.answer_widgets["date"].setText("2026-11-02")
    card.remove()
    qtbot.waitUntil(lambda: not window.controller.visit.card_present)
    assert window.controller.visit.card == CARD
    assert window.current_page().answers()["date"] == "2026-11-02"


def test_different_card_mid_visit_asks_before_starting_a_new_visit(qtbot, window, card):
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    first = window.controller.visit.visit_id
    card.remove()
    next_step(qtbot, window) if False else None
    window.controller.skip_card = None  # not used; keep the first visit as is
    card.insert(reading=MOVING_CARD)
    qtbot.waitUntil(lambda: window.pin_dialog is not None or window.new_card_box is not None)
    # the first visit had been cleared back to the card step, so the new card simply continues it
    assert window.controller.visit.visit_id == first


def test_new_card_after_identification_asks(qtbot, window, card, visit_service):
    from PySide6.QtWidgets import QMessageBox

    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    first = window.controller.visit.visit_id
    card.remove()
    card.insert(reading=MOVING_CARD)
    qtbot.waitUntil(lambda: window.new_card_box is not None)
    window.new_card_box.button(QMessageBox.Yes).click()
    qtbot.waitUntil(lambda: window.controller.visit.visit_id != first)
    qtbot.waitUntil(lambda: window.pin_dialog is not None)
    assert [s.visit_id for s in visit_service.open_visits()].count(first) == 1


def test_resume_after_restart(qtbot, ui_db, card, make_window):
    from tests.ui.conftest import make_service

    first = make_window(service=make_service(ui_db))
    place_card_and_type_pin(qtbot, first, card)
    wait_state(qtbot, first, VisitState.PIN_VERIFIED)
    next_step(qtbot, first)
    wait_state(qtbot, first, VisitState.IDENTIFIED)
    visit_id = first.controller.visit.visit_id
    first.close()

    second = make_window(service=make_service(ui_db))  # a new process would do the same
    page = second.current_page()
    qtbot.waitUntil(lambda: page.open_list.count() == 1)   # read in the background
    qtbot.keyClick(page.open_list, Qt.Key_Return)
    wait_state(qtbot, second, VisitState.IDENTIFIED)
    assert second.controller.visit.visit_id == visit_id
    assert second.controller.visit.resident.resident_id == "R001"
    assert second.current_page() is second.pages[2]


def test_idle_lock_hides_personal_data_until_password(qtbot, make_window, card):
    window = make_window(idle=1)
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    window.lock()
    assert window.locked and not window.pages_stack.isVisible()
    assert "花子" not in window.visit_label.text()
    qtbot.keyClicks(window.lock_page.password, "wrong")
    qtbot.keyClick(window.lock_page.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: bool(window.lock_page.error.text()))   # checked off the GUI thread
    assert window.locked
    qtbot.keyClicks(window.lock_page.password, "pass-1234")
    qtbot.keyClick(window.lock_page.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    assert window.pages_stack.isVisible()


def test_idle_timer_locks_the_window(qtbot, make_window):
    window = make_window(idle=1)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_procedure_removal_needs_a_reason(qtbot, window, card):
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    answer_move_within(qtbot, window, with_child=False)
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.EVENT_ANSWERED)
    page = window.current_page()
    second = page.model.index(1, 0)
    page.model.setData(second, Qt.Unchecked.value, Qt.CheckStateRole)
    assert page.reason_error.text() and window.controller.visit.procedures[1].selected
    page.reason_edit.setText("カードは後日持参")
    page.model.setData(second, Qt.Unchecked.value, Qt.CheckStateRole)
    qtbot.waitUntil(lambda: not window.controller.visit.procedures[1].selected)
    assert page.reason_edit.text() == ""           # cleared once the change was saved
    assert page.model.index(1, 2).data() == "カードは後日持参"


def test_card_and_registry_differences_are_highlighted(qtbot, ui_db, card, make_window):
    from tests.ui.conftest import make_service
    from tests.visit.fakes import NAMESAKE, FakeLookup

    service = make_service(ui_db)
    service._lookup = FakeLookup(by_number={}, candidates=[NAMESAKE])  # only the namesake matches
    window = make_window(service=service)
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    page = window.current_page()
    assert page.compare.item(1, 1).text() == NAMESAKE.address
    assert page.compare.item(1, 0).background().color().name() == "#fff3b0"   # 住所 differs
    assert page.compare.item(0, 0).background().style() == Qt.NoBrush          # 氏名 agrees
    assert "住所" in page.diff_note.text()


def test_missing_answers_are_named_on_the_event_page(qtbot, window, card):
    place_card_and_type_pin(qtbot, window, card)
    wait_state(qtbot, window, VisitState.PIN_VERIFIED)
    next_step(qtbot, window)
    wait_state(qtbot, window, VisitState.IDENTIFIED)
    page = window.current_page()
    next_step(qtbot, window)                      # no event chosen: said so, nothing sent
    assert "ご用件" in page.missing_label.text() and window.controller.visit.state is VisitState.IDENTIFIED
    page.event_combo.setCurrentIndex(2)           # 転居, nothing answered
    next_step(qtbot, window)
    qtbot.waitUntil(lambda: page._issue_labels["date"].isVisible())
    assert window.controller.visit.state is VisitState.IDENTIFIED
    assert "回答が必要" in page._issue_labels["new_address"].text()
    assert QApplication.focusWidget() is page.answer_widgets["date"]


def test_flagged_field_is_fixed_from_the_keyboard(qtbot, window, card, visit_service):
    from tests.ui.flow import type_text

    service = visit_service
    visit = service.apply_card_read(service.start_visit("1"), CARD)
    visit = service.confirm_resident(visit, "R001")
    visit = service.answer_event(visit, "move_within", {"date": "2026-11-15", "new_address": "架空県架空市新町1番2号",
                                                        "phone": "090-1234-5678"},
                                 about={"holder": {"signature_cert": False}})
    visit = service.choose_procedures(visit)
    visit = service.edit_draft(visit, "juminidou", "filer_phone", "電話なし", this_form_only=True)
    window.controller.resume(visit.visit_id)
    wait_state(qtbot, window, VisitState.PROCEDURES_CHOSEN)
    review = window.current_page()
    qtbot.waitUntil(lambda: review.current_draft_id() == "juminidou")
    assert not window.next_button.isEnabled()    # blocking issue: cannot go on
    row = review.model.row_of("filer_phone")
    assert "0から始まる電話番号" in review.model.index(row, 3).data()   # what is expected
    review.table.setFocus()
    review.table.setCurrentIndex(review.model.index(row, review.model.VALUE))
    qtbot.keyClick(review.table, Qt.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not review.table
    editor.selectAll()
    type_text(qtbot, editor, "0155-12-3456")
    qtbot.keyClick(editor, Qt.Key_Return)      # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: window.controller.visit.draft("juminidou").get("filer_phone")
                    == "0155-12-3456")
    assert window.next_button.isEnabled()
