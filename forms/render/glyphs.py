"""Which face draws which character: runs of text per font, variation sequences, MJ glyphs, widths.

`shape(text, font)` cuts a text into (face, text) runs: each character (with its variation selector,
if any) goes to the first face in the fallback chain that has it (fonts.FALLBACK). A character no
face has is drawn as 〓 and listed in `missing`. Shaping is cached: captions repeat on every packet.

Variation sequences (IVS) and MJ glyph names are read from the fonts with fontTools (cmap format 14,
glyph order): reportlab reads neither.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from forms import library
from forms.render import fonts
from forms.render.fonts import GETA, MJ

# VS1–VS16 and VS17–VS256 (ideographic variation selectors)
VS_RANGES = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF))
PUA_RANGE = (0xE000, 0xF8FF)       # where registry systems keep a city's 外字


def is_vs(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in VS_RANGES)


def clusters(text: str) -> list[str]:
    """Characters with their variation selectors attached (never split across lines or fonts)."""
    out: list[str] = []
    for ch in text:
        if out and is_vs(ch) and not is_vs(out[-1][-1:]):
            out[-1] += ch
        else:
            out.append(ch)
    return out


@dataclass(frozen=True)
class Shaped:
    runs: tuple[tuple[str, str], ...]      # (font name, text to draw)
    missing: tuple[str, ...]               # characters / sequences no installed face draws (printed 〓 or base glyph)


@lru_cache(maxsize=None)
def _fonttools(font_name: str):
    from fontTools.ttLib import TTFont as FTFont   # only when a variation sequence or MJ name is printed
    path = fonts.font_path(font_name)
    return FTFont(str(path), lazy=True) if path else None


@lru_cache(maxsize=None)
def _variations(font_name: str) -> dict[tuple[int, int], str | None]:
    """(base, selector) → glyph name, or None where the sequence uses the base glyph (default UVS)."""
    ft = _fonttools(font_name)
    if ft is None:
        return {}
    table = next((t for t in ft["cmap"].tables if t.format == 14), None)
    if table is None:
        return {}
    return {(base, vs): glyph for vs, pairs in table.uvsDict.items() for base, glyph in pairs}


@lru_cache(maxsize=None)
def _glyph_id(font_name: str, glyph_name: str) -> int | None:
    ft = _fonttools(font_name)
    if ft is None:
        return None
    try:
        return ft.getGlyphID(glyph_name)
    except KeyError:
        return None


@lru_cache(maxsize=None)
def _advance(font_name: str, glyph_name: str) -> float:
    """Advance width in 1/1000 em (reportlab's unit) from the font's hmtx."""
    ft = _fonttools(font_name)
    return ft["hmtx"].metrics[glyph_name][0] * 1000.0 / ft["head"].unitsPerEm


def mj_glyph_name(mj: str) -> str:
    """MJ文字図形名 "MJ012345" → the IPAmj明朝 glyph name "mj012345"."""
    return mj.strip().lower()


@lru_cache(maxsize=4096)
def mj_char(mj: str) -> str | None:
    """A character drawing the MJ glyph in IPAmj明朝 (None when the face or the glyph is absent)."""
    if not fonts.has_face(MJ):
        return None
    gid = _glyph_id(MJ, mj_glyph_name(mj))
    if gid is None:
        return None
    text = next((chr(c) for c in fonts.face(MJ).face.glyphToChar.get(gid, ()) if c < fonts.ALIAS_START), "\ufffd")
    return fonts.face(MJ).alias(gid, text, _advance(MJ, mj_glyph_name(mj)))


def _variant(cluster: str, chain: tuple[str, ...]) -> tuple[str, str] | None:
    """(font, text to draw) for base + selector, from the first face whose cmap 14 lists the sequence."""
    base, vs = ord(cluster[0]), ord(cluster[1])
    for name in chain:
        if not fonts.has_face(name):
            continue
        table = _variations(name)
        if (base, vs) not in table:
            continue
        glyph = table[(base, vs)]
        if glyph is None:
            return name, cluster[0]
        gid = _glyph_id(name, glyph)
        if gid is not None:
            return name, fonts.face(name).alias(gid, cluster, _advance(name, glyph))
    return None


def _place(cluster: str, chain: tuple[str, ...], gaiji: dict[int, str]) -> tuple[str, str] | None:
    if len(cluster) > 1:
        return _variant(cluster, chain)
    code = ord(cluster)
    if PUA_RANGE[0] <= code <= PUA_RANGE[1] and code in gaiji:
        ch = mj_char(gaiji[code])
        return (MJ, ch) if ch else None
    for name in chain:
        if code in fonts.cmap(name):
            return name, cluster
    return None


@lru_cache(maxsize=8192)
def _shape(text: str, font_name: str, gaiji_key: int) -> Shaped:
    primary = fonts.cmap(font_name)
    if all(ord(c) in primary for c in text):
        return Shaped(((font_name, text),), ())
    chain = fonts.FALLBACK[font_name]
    gaiji = library.current().gaiji
    runs: list[list[str]] = []
    missing: list[str] = []
    for cluster in clusters(text):
        if is_vs(cluster[0]):
            continue          # a selector with nothing to select: invisible, nothing to print
        if cluster == "\n":
            placed = (font_name, cluster)
        else:
            placed = _place(cluster, chain, gaiji)
        if placed is None:
            missing.append(cluster)
            base = cluster[0]
            # a variation the faces lack still prints its base glyph; anything else prints 〓
            base_place = _place(base, chain, {}) if len(cluster) > 1 else None
            placed = base_place or (font_name, GETA)
        if runs and runs[-1][0] == placed[0]:
            runs[-1][1] += placed[1]
        else:
            runs.append([placed[0], placed[1]])
    return Shaped(tuple((f, t) for f, t in runs), tuple(dict.fromkeys(missing)))


def shape(text: str, font_name: str) -> Shaped:
    fonts.register_fonts()
    return _shape(text, font_name, library.generation())


def text_width(text: str, font_name: str, size: float) -> float:
    """Width in points of the text as it will be drawn (fallback faces and aliases included)."""
    runs = shape(text, font_name).runs
    if len(runs) == 1:
        return stringWidth(runs[0][1], runs[0][0], size)
    return sum(stringWidth(t, f, size) for f, t in runs)


@lru_cache(maxsize=8192)
def _cluster_width(cluster: str, font_name: str) -> float:
    return text_width(cluster, font_name, 1000.0)


def cluster_widths(text: str, font_name: str, size: float) -> list[tuple[str, float]]:
    """Each cluster with its width in points: wrapping adds these up instead of re-measuring prefixes."""
    return [(c, _cluster_width(c, font_name) * size / 1000.0) for c in clusters(text)]


def describe(missing: tuple[str, ...]) -> str:
    """'𠮷(U+20BB7)・葛󠄀(U+845B U+E0100)' for the clerk and the log-free warning text."""
    return "・".join(f"{m}({' '.join(f'U+{ord(c):04X}' for c in m)})" for m in missing)
