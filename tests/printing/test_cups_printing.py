"""End to end through a real print queue: a private cupsd with a cups-pdf printer (started by
the `cups` fixture, tests/support/cups_server.py). The packet goes from the print page through
QPrinter, the job PDF made in memory, the CUPS connection, the CUPS filters and the cups-pdf
backend, and the PDF that comes out is checked page by page against the packet."""
from __future__ import annotations

import subprocess
import threading

import cups as pycups
import pytest
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.error_catalog import lookup
from app.privacy.my_number import contains_twelve_digit_run
from app.visit import print_queue
from app.visit.page_images import PageRenderError, page_sizes
from app.visit.printing import PrintFailedError
from app.visit.workflow import VisitState
from tests.printing.conftest import reviewed_visit, temp_listing
from tests.printing.pdf_checks import image_difference, printed_pages
from tests.ui.flow import wait_state
from widgets import packet_pages, packet_printing
from widgets.packet_printing import CUPS_OPTIONS_KEY, print_packet, queue_options

A4_PAGE = (595.2756, 841.8898)


def queue_printer(cups, mode=QPrinter.HighResolution) -> QPrinter:
    """The queue at 600 dpi (HighResolution), or at 300 dpi where the resolution is not
    what a test is about (ScreenResolution: the driver says 96, printing uses 300)."""
    names = [p.printerName() for p in QPrinterInfo.availablePrinters()]
    assert names == [cups.queue]         # this server's queue, never the machine's printers
    return QPrinter(QPrinterInfo.printerInfo(cups.queue), mode)


def last_job_attributes() -> dict:
    """The attributes of the newest job on the private server, as CUPS keeps them."""
    connection = pycups.Connection()
    newest = max(connection.getJobs(which_jobs="all"))
    attributes = connection.getJobAttributes(newest, requested_attributes=[
        "copies", "Collate", "sides", "page-ranges", "media"])
    return {k: v for k, v in attributes.items() if not k.startswith("attributes-")}


def test_a_packet_printed_from_the_print_page_comes_out_of_the_queue_whole(
        qtbot, window, visit_service, cups, private_tmp):
    visit = reviewed_visit(qtbot, window, visit_service)
    printing = window.current_page()
    printer = queue_printer(cups)
    assert printer.outputFormat() == QPrinter.NativeFormat and printer.resolution() == 1200
    jobs_before = len(cups.jobs("completed"))
    packets = []
    printing.packet_ready.connect(lambda: packets.append(printing.packet_pdf))
    printing.print_to(printer)
    wait_state(qtbot, window, VisitState.PRINTED, timeout=60000)
    out = cups.wait_for_completed(jobs_before + 1)[-1]
    [packet] = packets
    pages = printed_pages(out)
    assert len(pages) == len(page_sizes(packet)) >= 3
    for index, page in enumerate(pages):
        assert len(page.images) == 1
        image = page.images[0]
        x0, y0, x1, y1 = image.box
        assert (x1 - x0, y1 - y0) == pytest.approx(A4_PAGE, abs=0.05)   # A4 at 100 %
        assert round(image.dpi) == 600                                  # printer resolution
        assert image.encoding == "/FlateDecode"
        assert image_difference(image, packet, index) < 0.5             # the page it should be
    # the job title that everyone sees on the queue carries no personal data
    title = subprocess.run(["lpstat", "-h", str(cups.socket), "-W", "completed", "-l", "-o",
                            cups.queue], capture_output=True, text=True).stdout
    assert visit.visit_id[:12] in out.name                      # cups-pdf shortens it
    assert not contains_twelve_digit_run(title) and "見本" not in title
    assert temp_listing() == []          # nothing was spooled through the temp dir


def test_no_page_of_the_job_ever_sits_in_the_temporary_folder(qapp, cups, short_packet,
                                                              private_tmp, monkeypatch):
    """Qt's own CUPS engine spools the job to $TMPDIR from its first page to its last (a
    print killed half-way left it there): looked at while every page renders and while the
    job is handed over, the temporary folder stays empty."""
    seen: list[list[str]] = []
    render, send = packet_pages.render_page, print_queue.send_pdf

    def rendering(*args):
        seen.append(temp_listing())
        return render(*args)

    def sending(*args):
        seen.append(temp_listing())
        return send(*args)

    monkeypatch.setattr(packet_pages, "render_page", rendering)
    monkeypatch.setattr(packet_printing.print_queue, "send_pdf", sending)
    before = len(cups.jobs("completed"))
    printer = queue_printer(cups, QPrinter.ScreenResolution)
    printer.setDocName("申請書_2026-11-22_spool")
    assert print_packet(printer, short_packet) == 2
    assert seen == [[]] * 3              # two pages rendered, one hand-over
    cups.wait_for_completed(before + 1)
    assert temp_listing() == []


def test_the_print_dialogs_choices_reach_the_queue(qapp, cups, short_packet):
    """Copies, collation, sides and the dialog's own CUPS options (here a server-side page
    range, as Qt's dialog sets it) travel with the job as Qt's engine would send them."""
    printer = queue_printer(cups, QPrinter.ScreenResolution)
    printer.setDocName("申請書_2026-11-22_options")
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    printer.printEngine().setProperty(CUPS_OPTIONS_KEY, ["page-ranges", "2"])
    options = queue_options(printer)
    assert options == {"media": "A4", "copies": "2", "Collate": "True",
                       "sides": "one-sided", "page-ranges": "2"}
    before = len(cups.jobs("completed"))
    print_packet(printer, short_packet)
    out = cups.wait_for_completed(before + 1)[-1]
    attributes = last_job_attributes()
    assert attributes == {"copies": 2, "Collate": True, "sides": "one-sided",
                          "page-ranges": (2, 2), "media": "A4"}
    assert "options" in out.name                            # the job title, as cups-pdf names it
    pages = printed_pages(out)
    assert len(pages) == 2                                  # page 2, twice
    for page in pages:
        assert image_difference(page.images[0], short_packet, 1) < 0.5


def test_a_queue_that_refuses_jobs_is_told_and_nothing_is_marked_printed(qtbot, window, visit_service,
                                                                         cups, monkeypatch):
    reviewed_visit(qtbot, window, visit_service)
    printing = window.current_page()
    rendered = []
    render = packet_pages.render_page
    monkeypatch.setattr(packet_pages, "render_page", lambda *a: rendered.append(a) or render(*a))
    subprocess.run(["cupsreject", "-h", str(cups.socket), cups.queue], check=True)
    try:
        before = cups.jobs("completed") + cups.jobs("not-completed")
        printing.print_to(queue_printer(cups))
        qtbot.waitUntil(lambda: "受け付けませんでした" in window.message_bar.text(), timeout=60000)
    finally:
        subprocess.run(["cupsaccept", "-h", str(cups.socket), cups.queue], check=True)
    assert not printing.printing
    assert rendered == []                                   # told before any page rendered
    assert window.controller.visit.state is VisitState.FORMS_REVIEWED
    assert printing.print_button.isEnabled()                # the clerk can try again
    assert cups.jobs("completed") + cups.jobs("not-completed") == before


def test_a_packet_that_cannot_render_sends_nothing_to_the_queue(qapp, cups, short_packet):
    before = cups.jobs("completed") + cups.jobs("not-completed")
    with pytest.raises(PageRenderError):
        print_packet(queue_printer(cups, QPrinter.ScreenResolution), short_packet[:2000])
    assert cups.jobs("completed") + cups.jobs("not-completed") == before


def test_no_print_system_is_a_domain_error_with_words(short_packet, tmp_path, monkeypatch):
    # libcups reads CUPS_SERVER once per thread: a new thread sees the server that is not there
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd.sock"))
    caught: list[BaseException] = []

    def send():
        try:
            print_queue.send_pdf("MadoguchiPDF", "job", {}, short_packet)
        except BaseException as exc:  # noqa: BLE001 - looked at below
            caught.append(exc)

    thread = threading.Thread(target=send)
    thread.start()
    thread.join(timeout=60)
    [error] = caught
    assert isinstance(error, PrintFailedError) and error.detail == "no_print_system"
    key, text = lookup(error)
    assert key == "print_failed.no_print_system" and "CUPS" in text.message
