"""Printing the packet into a PDF file (「ファイルに出力」, widgets.packet_printing) and through
Qt's own print engine (Windows and macOS printers, the print preview): resolution, 100 %
A4 sheets, page ranges, file mode, and jobs that must not start."""
from __future__ import annotations

import stat

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from app.error_catalog import lookup
from app.visit.page_images import PageRenderError
from app.visit.printing import PacketSaveError, PrintFailedError
from tests.printing.conftest import temp_listing
from tests.printing.pdf_checks import image_difference, printed_pages
from widgets import packet_pages
from widgets.packet_pages import is_preview, paint_packet, prepare_printer, render_qimages
from widgets.packet_printing import print_packet

A4_SHEET = (595.0, 842.0)          # Qt writes the sheet in whole points
A4_PAGE = (595.2756, 841.8898)     # 210 × 297 mm, the forms' own size


def pdf_printer(path, mode=QPrinter.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def assert_a4_at_full_size(page) -> None:
    """One image, its top-left corner on the sheet's, exactly 210 × 297 mm: 100 %."""
    assert page.size_pt == pytest.approx(A4_SHEET, abs=0.5)
    assert len(page.images) == 1
    x0, y0, x1, y1 = page.images[0].box
    assert (x0, y1) == pytest.approx((0, page.size_pt[1]), abs=0.01)
    assert (x1 - x0, y1 - y0) == pytest.approx(A4_PAGE, abs=0.01)


def test_every_page_prints_to_a_file_on_a4_at_600_dpi_exactly_as_rendered(
        qapp, family_packet, tmp_path, private_tmp):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "printed.pdf"
    printer = pdf_printer(out)
    assert printer.resolution() == 1200
    prepare_printer(printer, family_packet, "申請書_2026-11-22_v0042")
    assert print_packet(printer, family_packet) == 8
    assert temp_listing() == []                        # nothing went through the temp dir
    assert stat.S_IMODE(out.stat().st_mode) == 0o600   # it holds the residents' data
    assert [p.name for p in out.parent.iterdir()] == ["printed.pdf"]   # no part file left
    pages = printed_pages(out)
    assert len(pages) == 8
    for index, page in enumerate(pages):
        assert_a4_at_full_size(page)
        image = page.images[0]
        assert (image.width, image.height) == (4961, 7016) and round(image.dpi) == 600
        assert image.encoding == "/FlateDecode"        # lossless, never /DCTDecode (JPEG)
        if index in (0, 1, 7):                         # the very pixels PDFium rendered
            assert image_difference(image, family_packet, index) == 0
    assert image_difference(pages[1].images[0], family_packet, 2) > 3


def test_a_file_printed_over_an_old_one_ends_private_too(qapp, short_packet, tmp_path):
    out = tmp_path / "printed.pdf"
    out.write_bytes(b"an older, world-readable file")
    out.chmod(0o644)
    print_packet(pdf_printer(out, QPrinter.ScreenResolution), short_packet)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert len(printed_pages(out)) == 2


def test_a_printer_that_reports_screen_resolution_still_gets_300_dpi(qapp, short_packet, tmp_path):
    out = tmp_path / "screen.pdf"
    printer = pdf_printer(out, QPrinter.ScreenResolution)
    assert printer.resolution() < 300
    print_packet(printer, short_packet)
    pages = printed_pages(out)
    assert [(p.images[0].width, p.images[0].height) for p in pages] == [(2481, 3508)] * 2
    for index, page in enumerate(pages):
        assert_a4_at_full_size(page)
        assert image_difference(page.images[0], short_packet, index) == 0


def test_a_page_range_chosen_in_the_print_dialog_prints_only_those_pages(qapp, family_packet,
                                                                          tmp_path):
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out, QPrinter.ScreenResolution)
    printer.setPrintRange(QPrinter.PageRange)
    printer.setFromTo(2, 3)
    assert print_packet(printer, family_packet) == 2
    pages = printed_pages(out)
    assert len(pages) == 2
    assert image_difference(pages[0].images[0], family_packet, 1) == 0     # page 2 …
    assert image_difference(pages[1].images[0], family_packet, 2) == 0     # … and page 3


def test_qts_own_engine_prints_the_same_pages(qapp, short_packet, tmp_path):
    """Windows and macOS printers get the pages through Qt's engine (paint_packet): the same
    sheets, images and pixels as the job PDF."""
    out = tmp_path / "native.pdf"
    printer = pdf_printer(out)
    prepare_printer(printer, short_packet, "job")
    assert paint_packet(printer, short_packet) == 2
    pages = printed_pages(out)
    for index, page in enumerate(pages):
        assert_a4_at_full_size(page)
        assert round(page.images[0].dpi) == 600 and page.images[0].encoding == "/FlateDecode"
        assert image_difference(page.images[0], short_packet, index) == 0


def test_the_preview_draws_the_images_made_for_it_and_tells_a_print_apart(qapp, family_packet,
                                                                         monkeypatch):
    images = render_qimages(family_packet, 40)
    monkeypatch.setattr(packet_pages, "render_page",
                        lambda *a: pytest.fail("the preview must not render on the GUI thread"))
    printer = QPrinter(QPrinter.HighResolution)
    prepare_printer(printer, family_packet, "job")
    widget = QPrintPreviewWidget(printer)
    asked: list[bool] = []

    def paint(target):
        asked.append(is_preview(target))
        if is_preview(target):
            paint_packet(target, family_packet, images)

    widget.paintRequested.connect(paint)
    widget.updatePreview()
    assert asked == [True] and widget.pageCount() == 8
    widget.print_()                       # the preview's print button …
    assert asked == [True, False]         # … is told apart, and not drawn on the GUI thread


@pytest.mark.parametrize("via", [print_packet, paint_packet])
def test_a_packet_that_cannot_render_never_starts_a_job(qapp, family_packet, tmp_path, via):
    (tmp_path / "out").mkdir()
    broken = family_packet[: len(family_packet) // 2]
    with pytest.raises(PageRenderError):
        via(pdf_printer(tmp_path / "out" / "never.pdf"), broken)
    assert list((tmp_path / "out").iterdir()) == []


def test_a_file_that_cannot_be_written_is_a_domain_error_with_words(qapp, short_packet, tmp_path):
    printer = pdf_printer(tmp_path / "no such folder" / "x.pdf")
    with pytest.raises(PacketSaveError) as caught:
        print_packet(printer, short_packet)
    key, text = lookup(caught.value)
    assert key == "packet_save_failed" and "保存" in text.message
    assert "no such folder" not in str(caught.value)    # a folder name may be a resident's


def test_a_printer_that_refuses_the_job_is_a_domain_error_with_words(qapp, short_packet, tmp_path):
    printer = pdf_printer(tmp_path / "no such folder" / "x.pdf")
    with pytest.raises(PrintFailedError) as caught:
        paint_packet(printer, short_packet)
    key, text = lookup(caught.value)
    assert key == "print_failed.printer_not_ready" and "プリンター" in text.message


def test_a_print_to_file_without_a_file_name_is_refused(qapp, short_packet):
    with pytest.raises(PrintFailedError) as caught:
        print_packet(pdf_printer(""), short_packet)
    assert caught.value.detail == "printer_not_ready"
