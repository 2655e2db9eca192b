"""Fit text into a box: shrink to a floor, then wrap, then flag overflow — never clip silently.

Widths are those of the text as drawn (forms/render/glyphs.py): a 外字 printed from IPAmj明朝 or a
variation sequence counts with its own glyph's width, and is never split from its selector.
"""
from __future__ import annotations

from dataclasses import dataclass

from forms.render.glyphs import cluster_widths, text_width

LEADING = 1.18
# 行頭禁則: these never start a line.
NO_LINE_START = set("、。，．）」』】〕・ーぁぃぅぇぉっゃゅょァィゥェォッャュョ々")


@dataclass(frozen=True)
class Fit:
    lines: tuple[str, ...]
    size: float
    overflow: bool          # True: the text did not fit even wrapped at the floor size
    shrunk: bool = False


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrap by character (Japanese has no spaces), keeping 禁則 characters off line starts.

    A 禁則 character that would start a line takes the previous character with it (追い出し),
    so no line is ever wider than the box.
    """
    lines: list[str] = []
    for para in text.split("\n"):
        line: list[tuple[str, float]] = []
        used = 0.0
        for ch, w in cluster_widths(para, font, size):
            if line and used + w > width:
                if ch in NO_LINE_START and len(line) > 1:
                    carried = line.pop()
                    lines.append("".join(c for c, _ in line))
                    line, used = [carried], carried[1]
                else:
                    lines.append("".join(c for c, _ in line))
                    line, used = [], 0.0
            line.append((ch, w))
            used += w
        lines.append("".join(c for c, _ in line))
    return lines


def fit_text(text: str, font: str, width: float, height: float, size: float = 10.0,
             floor: float = 6.0, step: float = 0.5) -> Fit:
    """Single line at the largest size ≥ floor; else wrapped lines; else overflow at the floor."""
    text = text or ""
    full = text_width(text, font, size)
    if "\n" not in text and full <= width and size * LEADING <= height + 0.01:
        return Fit((text,), size, False)
    if "\n" not in text and full > 0:
        # width scales linearly with size: jump straight to the size that fits, snapped to the step
        s = max(floor, min(size, int(size * width / full / step) * step))
        while s >= floor:
            if text_width(text, font, s) <= width and s * LEADING <= height + 0.01:
                return Fit((text,), s, False, shrunk=s < size)
            s -= step
    s = size
    while s >= floor:
        lines = wrap(text, font, s, width)
        if len(lines) * s * LEADING <= height + 0.01:
            return Fit(tuple(lines), s, False, shrunk=s < size)
        s -= step
    lines = wrap(text, font, floor, width)
    keep = max(1, int((height + 0.01) // (floor * LEADING)))
    shown = lines[:keep]
    mark = "…(別紙)"
    last = shown[-1]
    while last and text_width(last + mark, font, floor) > width:
        last = last[:-1]
    shown[-1] = last + mark
    return Fit(tuple(shown), floor, True, shrunk=True)
