"""Render the pages of a packet or form PDF to images, in process: the one home for
"render a packet page" (preview on screen, print preview, printing).

PDFium (through pypdfium2) reads the PDF from the bytes the visit service already holds:
no subprocess, no temporary file that could hold a My Number, and the same code on a
Windows counter PC (the wheel carries PDFium; no poppler to install). Qt-free, so the CLI,
benches and tests render the same pages the window shows; widgets turn a PageImage into a
QImage (widgets.packet_pages).

PDFium is not thread-safe: every call into it holds one lock, and each call opens and
closes its own document, so a preview rendering on one worker and a print job on another
take turns instead of corrupting each other.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Iterable, Iterator

import pypdfium2 as pdfium

from domain.errors import DomainError

POINTS_PER_INCH = 72.0
MAX_DPI = 1200
# An A4 page at 1200 dpi is 139 Mpx (557 MB as RGBX): anything larger is a mistake, not a page.
MAX_PIXELS = 150_000_000

_PDFIUM = threading.Lock()


class PageRenderError(DomainError):
    """The PDF could not be turned into page images (damaged, no such page, absurd size)."""
    code = "page_render_failed"
    details = ("unreadable", "no_such_page", "too_large")


@dataclass(frozen=True)
class PageImage:
    """One rendered page: `pixels` holds `height` rows of `stride` bytes, four bytes a pixel
    in the order R, G, B, unused (Qt's Format_RGBX8888 on every platform); white paper."""
    index: int
    dpi: float
    width: int
    height: int
    stride: int
    size_pt: tuple[float, float]
    pixels: bytes

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        at = y * self.stride + x * 4
        return self.pixels[at], self.pixels[at + 1], self.pixels[at + 2]


def pixel_size(size_pt: tuple[float, float], dpi: float) -> tuple[int, int]:
    """The pixel size PDFium gives a page of `size_pt` at `dpi` (rounded up, as it does)."""
    scale = dpi / POINTS_PER_INCH
    return _ceil(size_pt[0] * scale), _ceil(size_pt[1] * scale)


def _ceil(value: float) -> int:
    whole = int(value)
    return whole if value - whole < 1e-6 else whole + 1


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height of every page in points (1/72 inch), in order."""
    with _PDFIUM:
        document = _open(pdf)
        try:
            sizes = []
            for index in range(len(document)):
                page = document[index]
                try:
                    sizes.append(tuple(page.get_size()))
                finally:
                    page.close()
            return sizes
        finally:
            document.close()


def render_page(pdf: bytes, index: int, dpi: float) -> PageImage:
    """Page `index` (0-based) at `dpi`, anti-aliased, on white."""
    if not 1 <= dpi <= MAX_DPI:
        raise PageRenderError("too_large", dpi=dpi)
    with _PDFIUM:
        document = _open(pdf)
        try:
            if not 0 <= index < len(document):
                raise PageRenderError("no_such_page", page=index + 1, pages=len(document))
            page = document[index]
            try:
                size = tuple(page.get_size())
                width, height = pixel_size(size, dpi)
                if width * height > MAX_PIXELS:
                    raise PageRenderError("too_large", dpi=dpi, pixels=width * height)
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True,
                                     rev_byteorder=True)
                try:
                    # One copy out of PDFium's buffer, so the bitmap can be freed under the lock.
                    return PageImage(index, float(dpi), bitmap.width, bitmap.height,
                                     bitmap.stride, size, bytes(bitmap.buffer))
                finally:
                    bitmap.close()
            except pdfium.PdfiumError as exc:
                raise PageRenderError("unreadable", reason=str(exc)[:120]) from None
            finally:
                page.close()
        finally:
            document.close()


def check_pages(pdf: bytes, dpi: float) -> list[tuple[float, float]]:
    """Before a print job starts: every page opens, draws (at a glance, 2 dpi) and fits in
    memory at `dpi`. Returns the page sizes. A printer cannot always take back half a job
    (Qt's PDF and CUPS engines cannot abort), so a packet that would fail half-way is
    refused before its first page leaves."""
    if not 1 <= dpi <= MAX_DPI:
        raise PageRenderError("too_large", dpi=dpi)
    with _PDFIUM:
        document = _open(pdf)
        try:
            sizes = []
            for index in range(len(document)):
                page = document[index]
                try:
                    size = tuple(page.get_size())
                    width, height = pixel_size(size, dpi)
                    if width * height > MAX_PIXELS:
                        raise PageRenderError("too_large", dpi=dpi, pixels=width * height)
                    page.render(scale=2 / POINTS_PER_INCH).close()
                    sizes.append(size)
                except pdfium.PdfiumError as exc:
                    raise PageRenderError("unreadable", reason=str(exc)[:120]) from None
                finally:
                    page.close()
            return sizes
        finally:
            document.close()


def render_pages(pdf: bytes, dpi: float, indices: Iterable[int] | None = None) -> Iterator[PageImage]:
    """The pages one at a time (a print job holds one page image in memory, not all of them)."""
    if indices is None:
        indices = range(len(page_sizes(pdf)))
    for index in indices:
        yield render_page(pdf, index, dpi)


def _open(pdf: bytes) -> pdfium.PdfDocument:
    if not isinstance(pdf, (bytes, bytearray)) or not pdf.startswith(b"%PDF"):
        raise PageRenderError("unreadable", reason="not a PDF")
    try:
        return pdfium.PdfDocument(bytes(pdf))  # read from memory (FPDF_LoadMemDocument64)
    except pdfium.PdfiumError as exc:  # PDFium's own words: technical, never the content
        raise PageRenderError("unreadable", reason=str(exc)[:120]) from None
