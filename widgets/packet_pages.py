"""Packet pages on Qt: a rendered page as a QImage, and the pages painted onto a printer or
a PDF writer.

The pages come from app.visit.page_images (PDFium, in process). Printing renders each page
at the printer's resolution (app.visit.printing.print_dpi: 300–600 dpi), one page in memory
at a time, and draws it over the whole sheet: full-page mode with the PDF page's own size
and no margins, so an A4 form prints at 100 % where it was drawn (never shrunk into the
printable area). Images go out losslessly (no JPEG).

Everything here is safe off the GUI thread (QPainter on a QPrinter, QPdfWriter or QImage
is supported in worker threads): the print page runs it through the background runner.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPaintEngine,
                           QPainter)
from PySide6.QtPrintSupport import QPrinter

from app.visit.page_images import (POINTS_PER_INCH, PageImage, check_pages, page_sizes,
                                   render_page)
from app.visit.printing import PrintFailedError, print_dpi


def page_qimage(page: PageImage) -> QImage:
    """An independent QImage of the page (it owns its pixels)."""
    return _view(page).copy()


def _view(page: PageImage) -> QImage:
    """A QImage over the page's own bytes: valid only while `page` is alive."""
    return QImage(page.pixels, page.width, page.height, page.stride, QImage.Format_RGBX8888)


def render_qimages(pdf: bytes, dpi: float, indices: Sequence[int] | None = None) -> list[QImage]:
    """Several pages as QImages (screen previews; small dpi). Safe off the GUI thread."""
    if indices is None:
        indices = range(len(page_sizes(pdf)))
    return [page_qimage(render_page(pdf, i, dpi)) for i in indices]


def page_layout(size_pt: tuple[float, float]) -> QPageLayout:
    """The PDF page's size as the sheet (A4 is recognised as A4), no margins."""
    width, height = size_pt
    orientation = QPageLayout.Landscape if width > height else QPageLayout.Portrait
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Point, "",
                     QPageSize.FuzzyMatch)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def prepare_printer(printer: QPrinter, pdf: bytes, job_name: str) -> None:
    """Before the print dialog: the sheet the packet needs, full page, a safe job title."""
    sizes = page_sizes(pdf)
    printer.setFullPage(True)  # origin at the sheet's corner, not the printable area's
    if sizes:
        printer.setPageLayout(page_layout(sizes[0]))
    printer.setDocName(job_name)


def is_preview(printer: QPrinter) -> bool:
    """QPrintPreviewDialog asks for pages twice: to show them (into a QPicture) and, when
    the clerk presses its print button, to print them."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Picture


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """0-based page indices, honouring a page range chosen in the print dialog."""
    if printer.printRange() == QPrinter.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or count, count)
        return list(range(first - 1, last))
    return list(range(count))


def paint_packet(printer: QPrinter, pdf: bytes,
                 preview_images: Sequence[QImage] | None = None) -> int:
    """Paint the packet onto `printer` through Qt's own engine; returns the pages painted.

    With `preview_images` (one per page, already rendered) the pages are drawn from them:
    the print preview dialog repaints on every zoom, so it must not render anew. Otherwise
    each page is rendered at print_dpi(printer.resolution()) just before it is drawn (the
    native printers of Windows and macOS; widgets.packet_printing decides)."""
    dpi = print_dpi(printer.resolution())
    # the preview draws what it was given; a print job is checked whole before it starts
    sizes = page_sizes(pdf) if preview_images is not None else check_pages(pdf, dpi)
    indices = pages_to_print(printer, len(sizes))
    if not indices:
        return 0
    printer.setFullPage(True)  # origin at the sheet's corner, not the printable area's
    printer.setPageLayout(page_layout(sizes[indices[0]]))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailedError("printer_not_ready")
    try:
        paint_pages(printer, painter, pdf, sizes, indices, dpi, preview_images)
    except BaseException:
        printer.abort()  # Windows drops the job; Qt's PDF/CUPS engines cannot (see check_pages)
        painter.end()
        raise
    painter.end()
    return len(indices)


def paint_pages(device: QPagedPaintDevice, painter: QPainter, pdf: bytes,
                sizes: Sequence[tuple[float, float]], indices: Sequence[int], dpi: float,
                preview_images: Sequence[QImage] | None = None) -> None:
    """Draw pages `indices` with an active `painter` on `device` (a QPrinter or a
    QPdfWriter whose layout is already that of the first page): each sheet the page's own
    size, the page image over all of it at 100 %, lossless."""
    painter.setRenderHint(QPainter.LosslessImageRendering)  # Flate, never JPEG, in PDF/CUPS
    painter.setRenderHint(QPainter.SmoothPixmapTransform)
    current = sizes[indices[0]]
    for n, index in enumerate(indices):
        if n:
            if sizes[index] != current:
                current = sizes[index]
                device.setPageLayout(page_layout(current))  # from the next page on
            device.newPage()
        # the page's own size in device pixels, not paperRect(): Qt rounds the sheet to
        # whole points (A4 at 96 dpi comes out 0.5 pt short); this is exactly 100 %
        scale = device.resolution() / POINTS_PER_INCH
        target = QRectF(0, 0, sizes[index][0] * scale, sizes[index][1] * scale)
        if preview_images is not None:
            painter.drawImage(target, preview_images[index])
        else:
            page = render_page(pdf, index, dpi)
            painter.drawImage(target, _view(page))
            del page  # one page raster in memory at a time
