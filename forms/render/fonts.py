"""Embedded Japanese fonts (IPAex, Debian fonts-ipaexfont) and glyph coverage.

A character the font lacks (e.g. the 4-byte 𠮷 or a municipal 外字) would print as an empty box
("tofu"). Instead we print 〓 — the customary substitute mark on Japanese forms — and report it so
the clerk writes the glyph by hand.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from domain.errors import DomainError

MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"
GETA = "〓"
_SEARCH = {
    MINCHO: ("ipaexm.ttf", ("/usr/share/fonts/opentype/ipaexfont-mincho", "/usr/share/fonts/truetype/ipaexfont-mincho")),
    GOTHIC: ("ipaexg.ttf", ("/usr/share/fonts/opentype/ipaexfont-gothic", "/usr/share/fonts/truetype/ipaexfont-gothic")),
}
RESOURCES_FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


class FontMissingError(DomainError):
    """A print font is not installed (`data["font"]`; scripts/setup.sh installs them)."""

    code = "font_missing"


def _find(filename: str, dirs: tuple[str, ...]) -> Path:
    extra = os.environ.get("MADOGUCHI_FONT_DIR")
    for d in ((extra,) if extra else ()) + dirs + (str(RESOURCES_FONTS),):
        path = Path(d) / filename
        if path.is_file():
            return path
    raise FontMissingError(font=filename)


@lru_cache(maxsize=None)
def register_fonts() -> tuple[str, str]:
    """Register both faces with reportlab once per process; returns (mincho, gothic)."""
    for name, (filename, dirs) in _SEARCH.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(_find(filename, dirs))))
    return MINCHO, GOTHIC


@lru_cache(maxsize=None)
def _cmap(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@dataclass(frozen=True)
class Covered:
    text: str
    missing: tuple[str, ...]


def cover(text: str, font_name: str) -> Covered:
    """Replace characters the font cannot draw with 〓; report which ones."""
    cmap = _cmap(font_name)
    if all(ord(c) in cmap or c in "\n" for c in text):
        return Covered(text, ())
    missing = tuple(dict.fromkeys(c for c in text if ord(c) not in cmap and c != "\n"))
    return Covered("".join(GETA if c in missing else c for c in text), missing)
