"""The one way a packet goes to paper (or to a print-to-file PDF): `print_packet`.

Every page is rendered in process at the printer's resolution (300–600 dpi) and drawn at
100 % on a sheet of its own size (widgets.packet_pages). Where the job goes decides how:

* a print-to-file printer (PdfFormat, e.g. 「ファイルに出力」 in the print dialog): the job
  PDF is made in memory and written 0600 and atomically (app.visit.printing.save_packet);
  Qt's own file output would be created with the usual 0644.
* any other printer: Qt's native engine, page by page, every page checked first.

Safe off the GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from app.visit.page_images import page_sizes
from app.visit.printing import PrintFailedError, print_dpi, save_packet
from widgets.packet_pages import page_layout, pages_to_print, paint_packet, paint_pages

CREATOR = "Madoguchi"


def print_packet(printer: QPrinter, pdf: bytes) -> int:
    """Print the packet on `printer`; returns the number of pages sent."""
    dpi = print_dpi(printer.resolution())
    if printer.outputFormat() == QPrinter.PdfFormat:
        target = printer.outputFileName()
        if not target:
            raise PrintFailedError("printer_not_ready", reason="no output file")
        data, count = job_pdf(printer, pdf, dpi)
        if count:
            save_packet(data, target)
        return count
    return paint_packet(printer, pdf)


def job_pdf(printer: QPrinter, pdf: bytes, dpi: float) -> tuple[bytes, int]:
    """The pages the printer asked for (its page range), rendered at `dpi`, as a PDF made
    in memory: one image a page, lossless, at 100 %. Returns the PDF and its page count."""
    sizes = page_sizes(pdf)
    indices = pages_to_print(printer, len(sizes))
    if not indices:
        return b"", 0
    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(int(dpi))
    writer.setTitle(printer.docName())
    writer.setCreator(CREATOR)
    writer.setPageLayout(page_layout(sizes[indices[0]]))
    painter = QPainter()
    if not painter.begin(writer):
        raise PrintFailedError("printer_not_ready", reason="pdf writer")
    try:
        paint_pages(writer, painter, pdf, sizes, indices, dpi)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data()), len(indices)
