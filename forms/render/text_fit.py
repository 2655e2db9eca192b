"""Fit text into a box: shrink to a floor, then wrap, then flag overflow — never clip silently."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

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
    """Greedy character wrap (Japanese has no spaces), keeping 禁則 characters off line starts.

    A 禁則 character that would start a line takes the previous character with it (追い出し),
    so no line is ever wider than the box.
    """
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if line and stringWidth(line + ch, font, size) > width:
                if ch in NO_LINE_START and len(line) > 1:
                    lines.append(line[:-1])
                    line = line[-1]
                else:
                    lines.append(line)
                    line = ""
            line += ch
        lines.append(line)
    return lines


def fit_text(text: str, font: str, width: float, height: float, size: float = 10.0,
             floor: float = 6.0, step: float = 0.5) -> Fit:
    """Single line at the largest size ≥ floor; else wrapped lines; else overflow at the floor."""
    text = text or ""
    full = stringWidth(text, font, size)
    if "\n" not in text and full <= width and size * LEADING <= height + 0.01:
        return Fit((text,), size, False)
    if "\n" not in text and full > 0:
        # width scales linearly with size: jump straight to the size that fits, snapped to the step
        s = max(floor, min(size, int(size * width / full / step) * step))
        while s >= floor:
            if stringWidth(text, font, s) <= width and s * LEADING <= height + 0.01:
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
    while last and stringWidth(last + mark, font, floor) > width:
        last = last[:-1]
    shown[-1] = last + mark
    return Fit(tuple(shown), floor, True, shrunk=True)
