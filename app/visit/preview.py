"""Rasterise a rendered PDF page to PNG for the form editor's live preview.

PySide6-Essentials has no QtPdf, so the page is rasterised by poppler's `pdftoppm`
(installed by scripts/setup.sh). Widgets must not spawn processes themselves; they
call this through the background runner.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from domain.errors import DomainError


class PreviewUnavailableError(DomainError):
    code = "preview_unavailable"

    """pdftoppm is missing or failed: the editor shows a notice instead of the page."""


def pdf_page_png(pdf: bytes, *, page: int = 1, dpi: int = 60) -> bytes:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise PreviewUnavailableError(why="pdftoppm not installed")
    with tempfile.TemporaryDirectory(prefix="madoguchi-preview-") as tmp:
        src = Path(tmp) / "page.pdf"
        src.write_bytes(pdf)
        out = Path(tmp) / "page"
        result = subprocess.run([tool, "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                                 "-singlefile", str(src), str(out)],
                                capture_output=True, timeout=30)
        png = out.with_suffix(".png")
        if result.returncode != 0 or not png.exists():
            raise PreviewUnavailableError(why=f"pdftoppm exit {result.returncode}")
        return png.read_bytes()


def pdf_pages_png(pdf: bytes, *, dpi: int = 150) -> list[bytes]:
    """Every page as PNG, in order (for painting the packet onto a QPrinter)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise PreviewUnavailableError(why="pdftoppm not installed")
    with tempfile.TemporaryDirectory(prefix="madoguchi-print-") as tmp:
        src = Path(tmp) / "packet.pdf"
        src.write_bytes(pdf)
        result = subprocess.run([tool, "-r", str(dpi), "-png", str(src), str(Path(tmp) / "p")],
                                capture_output=True, timeout=120)
        pages = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        if result.returncode != 0 or not pages:
            raise PreviewUnavailableError(why=f"pdftoppm exit {result.returncode}")
        return [p.read_bytes() for p in pages]
