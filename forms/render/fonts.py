"""Embedded Japanese fonts and 外字: every character printed with the first font that has it.

Faces: IPAex Mincho (values) and IPAex Gothic (captions) from Debian fonts-ipaexfont, and IPAmj明朝
(Debian fonts-ipamj-mincho, 58,000+ MJ glyphs) for what IPAex lacks — 𠮷, rare 異体字, MJ characters.
A text is cut into runs, each drawn in the face that has its glyphs (forms/render/glyphs.py).

Ideographic variation sequences (base + VS17…VS256, e.g. 葛󠄀) print the variant glyph the font's
cmap format 14 names; a city's own 外字 code points (private use area) print the MJ glyph its
table names (library: gaiji.json). Both are drawn through an alias code point mapped to the glyph,
and the PDF's ToUnicode map gives the original characters back (copy/paste and search still work).

Only a character no installed face has prints as 〓 — and is listed before printing, so the clerk
knows what to write by hand.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from domain.errors import DomainError

MINCHO, GOTHIC, MJ = "IPAexMincho", "IPAexGothic", "IPAmjMincho"
GETA = "〓"
_SEARCH = {
    MINCHO: ("ipaexm.ttf", ("/usr/share/fonts/opentype/ipaexfont-mincho", "/usr/share/fonts/truetype/ipaexfont-mincho")),
    GOTHIC: ("ipaexg.ttf", ("/usr/share/fonts/opentype/ipaexfont-gothic", "/usr/share/fonts/truetype/ipaexfont-gothic")),
    MJ: ("ipamjm.ttf", ("/usr/share/fonts/truetype/ipamj", "/usr/share/fonts/opentype/ipamj")),
}
# Where a face lacks a glyph, the next face is tried (captions fall back to the Mincho faces).
FALLBACK = {MINCHO: (MINCHO, MJ), GOTHIC: (GOTHIC, MINCHO, MJ), MJ: (MJ, MINCHO)}
RESOURCES_FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
ALIAS_START = 0xF0000          # supplementary private use area A: never in a name, free for glyph aliases


class FontMissingError(DomainError):
    """A print font is not installed (`data["font"]`; scripts/setup.sh installs them)."""

    code = "font_missing"


def font_path(name: str) -> Path | None:
    filename, dirs = _SEARCH[name]
    extra = os.environ.get("MADOGUCHI_FONT_DIR")
    for d in ((extra,) if extra else ()) + dirs + (str(RESOURCES_FONTS),):
        path = Path(d) / filename
        if path.is_file():
            return path
    return None


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int], aliases: dict[int, str]) -> str:
    """ToUnicode CMap for one subset: alias codes map back to the text they stand for, and code points
    above U+FFFF are written as UTF-16 surrogate pairs (a 4-hex-digit table would lose 𠮷)."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
             f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
             "<00> <%02X>" % (len(subset) - 1), "endcodespacerange", f"{len(subset)} beginbfchar"]
    lines += ["<%02X> <%s>" % (i, _utf16_hex(aliases.get(code) or chr(code))) for i, code in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class Face(TTFont):
    """reportlab's TTFont with glyph aliases and a ToUnicode map that survives 4-byte characters."""

    def __init__(self, name: str, path: str):
        super().__init__(name, path)
        self.aliases: dict[int, str] = {}      # alias code → the text it prints (for ToUnicode)
        self._alias_of: dict[int, int] = {}    # glyph id → alias code
        self._next_alias = ALIAS_START

    def alias(self, glyph_id: int, text: str, width: float) -> str:
        """A code point drawing `glyph_id` (advance `width` in 1/1000 em) in this face, allocated once per glyph."""
        code = self._alias_of.get(glyph_id)
        if code is None:
            code = self._next_alias
            self._next_alias += 1
            face = self.face
            face.charToGlyph[code] = glyph_id
            face.glyphToChar.setdefault(glyph_id, []).append(code)
            face.charWidths[code] = width
            self._alias_of[glyph_id] = code
            self.aliases[code] = text
        return chr(code)

    def addObjects(self, doc):   # noqa: N802 — reportlab's name; same as TTFont.addObjects but for the ToUnicode map
        state = self._assignState(doc)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_name = (b"".join((bytes("%6.6d" % n, "ASCII").translate(bytes.maketrans(b"0123456789", b"ABCDEFGIJK")),
                                   b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = "Font %s subset %d" % (self.fontName, n)
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap = pdfdoc.PDFStream()
            cmap.content = to_unicode_cmap(base_name, subset, self.aliases)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]


@lru_cache(maxsize=None)
def register_fonts() -> tuple[str, str]:
    """Register the two IPAex faces with reportlab once per process; returns (mincho, gothic)."""
    for name in (MINCHO, GOTHIC):
        if name not in pdfmetrics.getRegisteredFontNames():
            path = font_path(name)
            if path is None:
                raise FontMissingError(font=_SEARCH[name][0])
            pdfmetrics.registerFont(Face(name, str(path)))
    return MINCHO, GOTHIC


@lru_cache(maxsize=None)
def has_face(name: str) -> bool:
    """IPAmj明朝 is loaded only when a character needs it (46 MB); without it those characters print as 〓."""
    if name in (MINCHO, GOTHIC):
        register_fonts()
        return True
    path = font_path(name)
    if path is None:
        return False
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(Face(name, str(path)))
    return True


def face(name: str) -> Face:
    return pdfmetrics.getFont(name)


@lru_cache(maxsize=None)
def cmap(font_name: str) -> frozenset[int]:
    if not has_face(font_name):
        return frozenset()
    return frozenset(c for c in face(font_name).face.charToGlyph if c < ALIAS_START)


@dataclass(frozen=True)
class Covered:
    text: str
    missing: tuple[str, ...]


def cover(text: str, font_name: str) -> Covered:
    """The characters of `text` that no installed face can draw (kept for callers that only need the list)."""
    from forms.render.glyphs import shape
    shaped = shape(text, font_name)
    return Covered(text, shaped.missing)
