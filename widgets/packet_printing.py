"""The one way a packet goes to paper (or to a print-to-file PDF): `print_packet`.

Every page is rendered in process at the printer's resolution (300–600 dpi) and drawn at
100 % on a sheet of its own size (widgets.packet_pages). Where the job goes decides how:

* a print-to-file printer (PdfFormat, e.g. 「ファイルに出力」 in the print dialog): the job
  PDF is made in memory and written 0600 and atomically (app.visit.printing.save_packet);
  Qt's own file output would be created with the usual 0644.
* a CUPS queue (Linux): the job PDF is made in memory and streamed to the queue
  (app.visit.print_queue), with the options the print dialog set, exactly as Qt's CUPS
  engine would pass them. Qt's engine would first spool the job to /tmp, where a killed
  print leaves the pages behind.
* any other printer (Windows GDI, macOS): Qt's native engine, page by page.

Nothing reaches a printer until every page has rendered, so a packet that fails half-way
prints nothing. Safe off the GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPageLayout, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintEngine, QPrinter

from app.visit import print_queue
from app.visit.page_images import page_sizes
from app.visit.printing import PrintFailedError, print_dpi, save_packet
from widgets.packet_pages import page_layout, pages_to_print, paint_packet, paint_pages

# Qt's CUPS engine keeps the print dialog's CUPS options (page set, server-side page
# ranges, the printer's own PPD options) under this private key (qcups_p.h, unchanged
# since Qt 5.0). Other engines answer None: that is how a CUPS printer is recognised.
CUPS_OPTIONS_KEY = QPrintEngine.PrintEnginePropertyKey(0xFE00)

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
    options = queue_options(printer)
    if options is not None and print_queue.available():
        # "queue/instance": CUPS wants the queue; the instance's options are the dialog's
        queue = printer.printerName().split("/", 1)[0]
        print_queue.check_accepting(queue)  # at once, not after seconds of rendering
        data, count = job_pdf(printer, pdf, dpi)
        if count:
            print_queue.send_pdf(queue, printer.docName(), options, data)
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


def queue_options(printer: QPrinter) -> dict[str, str] | None:
    """The CUPS job options for `printer`, built as Qt's CUPS engine builds them (paper,
    copies, collation, sides, orientation, then the dialog's own options); None when the
    printer is not a CUPS queue."""
    engine = printer.printEngine()
    extra = engine.property(CUPS_OPTIONS_KEY) if engine is not None else None
    if extra is None or not printer.printerName():
        return None
    layout = printer.pageLayout()
    options = {"media": layout.pageSize().key()}
    copies = printer.copyCount()
    if copies > 1:
        options["copies"] = str(copies)
        if printer.collateCopies():
            options["Collate"] = "True"
    duplex = printer.duplex()
    if duplex == QPrinter.DuplexNone:
        options["sides"] = "one-sided"
    elif duplex == QPrinter.DuplexShortSide or (
            duplex == QPrinter.DuplexAuto and layout.orientation() == QPageLayout.Landscape):
        options["sides"] = "two-sided-short-edge"
    else:
        options["sides"] = "two-sided-long-edge"
    if layout.orientation() == QPageLayout.Landscape:
        options["landscape"] = ""
    pairs = list(extra)
    for name, value in zip(pairs[0::2], pairs[1::2]):
        options[str(name)] = str(value)
    return options
