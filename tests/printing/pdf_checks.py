"""Looking at printed PDFs: pages, sheet size, where each page image is placed and how big,
its resolution and encoding, and its pixels compared with the packet page it came from."""
from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.visit.page_images import PageImage, render_page


@dataclass(frozen=True)
class PlacedImage:
    name: str
    width: int                  # pixels
    height: int
    encoding: str               # e.g. "/FlateDecode"
    colour: str                 # e.g. "/DeviceRGB"
    box: tuple[float, float, float, float]   # x0, y0, x1, y1 on the sheet, in points
    stream: object              # the image XObject, for its pixels

    @property
    def dpi(self) -> float:
        return self.width / ((self.box[2] - self.box[0]) / 72)

    def pixels(self) -> Image.Image:
        """The image as sent (Flate only, with or without a PNG predictor: anything lossy
        is a failure anyway)."""
        assert self.encoding == "/FlateDecode", self.encoding
        mode = {"/DeviceRGB": "RGB", "/DeviceGray": "L"}[self.colour]
        data = self.stream._data
        parms = self.stream.get("/DecodeParms") or {}
        if int(parms.get("/Predictor", 1)) >= 10:
            # PNG predictors (Ghostscript, i.e. cups-pdf, writes them): the stream is a
            # PNG's image data as it stands, so PIL decodes it, at C speed
            return Image.open(io.BytesIO(_png(self.width, self.height, mode, data))).convert(mode)
        return Image.frombytes(mode, (self.width, self.height), zlib.decompress(data))


@dataclass(frozen=True)
class PrintedPage:
    size_pt: tuple[float, float]
    images: list[PlacedImage]


def _png(width: int, height: int, mode: str, idat: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    colour_type = {"RGB": 2, "L": 0}[mode]
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat)
            + chunk(b"IEND", b""))


def _multiply(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def printed_pages(path: Path) -> list[PrintedPage]:
    reader = PdfReader(path)
    pages = []
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        images, stack, ctm = [], [], (1, 0, 0, 1, 0, 0)
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"q":
                stack.append(ctm)
            elif operator == b"Q":
                ctm = stack.pop()
            elif operator == b"cm":
                ctm = _multiply(tuple(float(v) for v in operands), ctm)
            elif operator == b"Do" and operands[0] in xobjects:
                obj = xobjects[operands[0]].get_object()
                if obj.get("/Subtype") != "/Image":
                    continue
                a, b, c, d, e, f = ctm
                xs, ys = (e, e + a, e + c, e + a + c), (f, f + b, f + d, f + b + d)
                filters = obj.get("/Filter")
                images.append(PlacedImage(
                    str(operands[0]), int(obj["/Width"]), int(obj["/Height"]),
                    "+".join(str(n) for n in (filters if isinstance(filters, list) else [filters])),
                    str(obj.get("/ColorSpace")), (min(xs), min(ys), max(xs), max(ys)), obj))
        box = page.mediabox
        pages.append(PrintedPage((float(box.width), float(box.height)), images))
    return pages


def as_pil(page: PageImage, mode: str = "RGB") -> Image.Image:
    return Image.frombuffer("RGBX", (page.width, page.height), page.pixels, "raw", "RGBX",
                            page.stride, 1).convert(mode)


def image_difference(image: PlacedImage, source_pdf: bytes, index: int) -> float:
    """Mean grey-level difference (0–255) between the image the printer received and the
    packet page `index` rendered in process at the same resolution: 0 when it is exactly
    that page, tens for another page."""
    sent = image.pixels().convert("L")
    page = as_pil(render_page(source_pdf, index, round(image.dpi)), "L")
    if page.size != sent.size:
        page = page.resize(sent.size)
    return ImageStat.Stat(ImageChops.difference(sent, page)).mean[0]
