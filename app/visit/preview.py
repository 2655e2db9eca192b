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


class PreviewUnavailableError(RuntimeError):
    """pdftoppm is missing or failed: the editor shows a notice instead of the page."""


def pdf_page_png(pdf: bytes, *, page: int = 1, dpi: int = 60) -> bytes:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise PreviewUnavailableError("pdftoppm not installed")
    with tempfile.TemporaryDirectory(prefix="madoguchi-preview-") as tmp:
        src = Path(tmp) / "page.pdf"
        src.write_bytes(pdf)
        out = Path(tmp) / "page"
        result = subprocess.run([tool, "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                                 "-singlefile", str(src), str(out)],
                                capture_output=True, timeout=30)
        png = out.with_suffix(".png")
        if result.returncode != 0 or not png.exists():
            raise PreviewUnavailableError(f"pdftoppm exit {result.returncode}")
        return png.read_bytes()
