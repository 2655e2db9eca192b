"""The print page as the clerk uses it: 「ファイルに出力」 and 「PDFとして保存」 write private
files with safe names, the save dialog remembers its folder, and the print gate is asked
before anything reaches paper or a file."""
from __future__ import annotations

import stat
from datetime import date

from PySide6.QtPrintSupport import QPrinter

from app.identity.errors import PermissionDeniedError
from app.identity.staff_identity import StaffIdentity
from app.storage.database import make_session_factory
from app.visit.repository import VisitRepository
from app.visit.service import VisitService
from app.visit.workflow import VisitState
from tests.printing.conftest import reviewed_visit
from tests.printing.pdf_checks import printed_pages
from tests.ui.flow import wait_state
from tests.visit.conftest import ReversibleCipher
from tests.visit.fakes import CARD, FakeApproval, FakeLookup

SUPERVISOR = StaffIdentity(staff_id="2", name="審査　次郎", role="supervisor",
                           role_label="決裁者")


def file_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.ScreenResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def service_for(ui_db, **kwargs) -> VisitService:
    repo = VisitRepository(make_session_factory(ui_db), cipher=ReversibleCipher())
    if kwargs.pop("approval", False):
        kwargs["approval"] = FakeApproval(required=True, store=repo)
    return VisitService(repo, FakeLookup(), **kwargs)


def test_printing_to_a_file_from_the_page_writes_a_private_file_and_marks_printed(
        qtbot, window, visit_service, tmp_path):
    reviewed_visit(qtbot, window, visit_service)
    printing = window.current_page()
    out = tmp_path / "out" / "printed.pdf"
    out.parent.mkdir()
    printing.print_to(file_printer(out))
    wait_state(qtbot, window, VisitState.PRINTED, timeout=60000)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["printed.pdf"]
    pages = printed_pages(out)
    assert len(pages) >= 3 and all(round(p.images[0].dpi) == 300 for p in pages)
    assert not printing.printing and printing.state_label.text().startswith("印刷済み")


def test_save_as_pdf_is_private_named_by_date_and_visit_and_remembers_its_folder(
        qtbot, window, visit_service, tmp_path):
    visit = reviewed_visit(qtbot, window, visit_service)
    printing = window.current_page()
    default = printing.default_save_path()
    assert default.name == f"申請書_{date.today().isoformat()}_{visit.visit_id}.pdf"
    assert CARD.name not in default.name
    folder = tmp_path / "packets"
    folder.mkdir()
    out = folder / default.name
    printing.save_pdf_to(out)
    wait_state(qtbot, window, VisitState.PRINTED, timeout=60000)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"%PDF")
    assert printing.default_save_path().parent == folder   # the next save opens here


def test_an_account_that_lost_the_right_to_print_prints_nothing(qtbot, make_window, ui_db,
                                                                 tmp_path):
    refused = []

    def authorize(action):
        if action == "print_final" and refused:
            raise PermissionDeniedError(action, "clerk", "role_changed")

    service = service_for(ui_db, authorize=authorize)
    window = make_window(service)
    reviewed_visit(qtbot, window, service)
    printing = window.current_page()
    assert printing.print_button.isEnabled()
    refused.append(True)            # demoted by an administrator while the page is open
    out = tmp_path / "printed.pdf"
    printing.print_to(file_printer(out))
    qtbot.waitUntil(lambda: "役割が変更" in window.message_bar.text(), timeout=60000)
    printing.save_pdf_to(tmp_path / "saved.pdf")
    qtbot.waitUntil(lambda: not window.controller.runner.busy, timeout=60000)
    assert not out.exists() and not (tmp_path / "saved.pdf").exists()
    assert window.controller.visit.state is VisitState.FORMS_REVIEWED


def test_a_request_rejected_elsewhere_never_reaches_paper(qtbot, make_window, ui_db, tmp_path):
    """The window still shows 決裁済み; the stored request was rejected since: the gate reads
    the stored state before the job is sent."""
    service = service_for(ui_db, approval=True)
    window = make_window(service)
    visit = service.submit(reviewed_visit(qtbot, window, service))
    visit = service.approve(visit, SUPERVISOR)
    window.controller.resume(visit.visit_id)
    wait_state(qtbot, window, VisitState.APPROVED)
    printing = window.current_page()
    assert printing.print_button.isEnabled()
    service._approval.states[visit.visit_id] = "rejected"   # another supervisor's decision
    out = tmp_path / "printed.pdf"
    printing.print_to(file_printer(out))
    qtbot.waitUntil(lambda: window.message_bar.text() != "", timeout=60000)
    qtbot.waitUntil(lambda: not printing.printing, timeout=60000)
    assert not out.exists()
    assert window.controller.visit.state is VisitState.APPROVED
