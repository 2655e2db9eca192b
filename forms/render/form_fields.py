"""Drawing one field of a form spec: text boxes, dates, digit cells, check boxes, radio, office blocks."""
from __future__ import annotations

from typing import Any

from forms.render.canvas_kit import HEAD_GRAY, Pen
from forms.render.fonts import GOTHIC, MINCHO
from forms.render.text_fit import Fit
from forms.spec import FieldSpec
from forms.wareki import format_wareki, parse_iso, to_wareki

BLANK_DATE = "　　　年　　月　　日"


def display_text(kind: str, value: Any, suffix: str = "", overlay: bool = False) -> str:
    """The string printed for a value of a text-like field.

    On pre-printed stock a date prints as numbers (令和 8　11　22): the sheet has its own 年・月・日."""
    if value in (None, "", []):
        return ""
    if kind == "wareki_date":
        try:
            if overlay:
                return to_wareki(parse_iso(value)).format_spaced().replace("年", "　").replace("月", "　").replace("日", "")
            return format_wareki(value)
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return "有" if value else "無"
    return f"{value}{suffix}"


def value_area(f: FieldSpec) -> tuple[float, float, float, float]:
    x, y, w, h = f.box
    if f.label_w:
        return x + f.label_w, y, w - f.label_w, h
    return x, y + 3.2, w, h - 3.2       # label printed small along the top edge


def frame(pen: Pen, f: FieldSpec) -> None:
    x, y, w, h = f.box
    pen.rect(x, y, w, h)
    if f.label_w:
        pen.label(x, y, f.label_w, h, f.label)
    elif f.label:
        pen.text(x + 1, y + 2.6, f.label, GOTHIC, 6.5)


def draw_checks(pen: Pen, area, options, chosen, size: float = 8.0) -> None:
    x0, y0, w, h = area
    side = 3.0
    items = [(o, side + 1.0 + pen.width_mm(o, GOTHIC, size) + 3.0) for o in options]
    rows, row, used = [], [], 0.0
    for item in items:
        if row and used + item[1] > w - 2:
            rows.append(row)
            row, used = [], 0.0
        row.append(item)
        used += item[1]
    rows.append(row)
    pitch = h / len(rows)
    for r, row in enumerate(rows):
        cy = y0 + pitch * r + pitch / 2
        x = x0 + 1.5
        for option, width in row:
            pen.checkbox(x, cy - side / 2, side, option in chosen)
            pen.text(x + side + 1.0, cy + size * 0.35 / 2.835, option, GOTHIC, size)
            x += width


def draw_radio(pen: Pen, area, options, chosen, size: float = 8.5) -> None:
    x0, y0, w, h = area
    gap = pen.width_mm("・", GOTHIC, size)
    total = sum(pen.width_mm(o, GOTHIC, size) for o in options) + gap * (len(options) - 1)
    if total > w - 2:
        size = max(5.5, size * (w - 2) / total)
        gap = pen.width_mm("・", GOTHIC, size)
        total = sum(pen.width_mm(o, GOTHIC, size) for o in options) + gap * (len(options) - 1)
    x = x0 + max(1.2, (w - total) / 2)
    cy = y0 + h / 2
    base = cy + size * 0.35 / 2.835
    for i, option in enumerate(options):
        ow = pen.width_mm(option, GOTHIC, size)
        pen.text(x, base, option, GOTHIC, size)
        if option == chosen:
            pen.circle_around(x - 0.9, cy - size * 0.62 / 2.835, ow + 1.8, size * 1.24 / 2.835)
        x += ow
        if i < len(options) - 1:
            pen.text(x, base, "・", GOTHIC, size)
            x += gap


def draw_digits(pen: Pen, area, n: int, value: str) -> None:
    x0, y0, w, h = area
    cell = min(6.0, (w - 2) / n)
    ch = min(h - 1.6, 7.0)
    top = y0 + (h - ch) / 2
    digits = "".join(c for c in str(value or "") if c.isdigit())
    for i in range(n):
        cx = x0 + 1 + cell * i
        pen.rect(cx, top, cell, ch, width=1.0 if n == 12 and i % 4 == 0 and i else 0.4)
        if i < len(digits):
            with pen.ink():
                pen.text(cx + cell / 2, top + ch / 2 + 1.3, digits[i], MINCHO, min(11, cell * 2.0), "center")


def draw_signature(pen: Pen, f: FieldSpec) -> None:
    x, y, w, h = value_area(f)
    pen.line(x + 4, y + h * 0.62, x + w - 4, y + h * 0.62, width=0.5, dash=(1, 1.5))
    note = f.extra.get("note")
    if note:
        pen.text(x + 2, y + h - 1.2, note, GOTHIC, 6.2)


def draw_stamp(pen: Pen, f: FieldSpec) -> None:
    x, y, w, h = f.box
    pen.rect(x, y, w, h)
    pen.text(x + w / 2, y + 3.5, f.label, GOTHIC, 7, "center")
    side = min(w, h) - 8
    pen.rect(x + (w - side) / 2, y + 5 + (h - 5 - side) / 2, side, side, width=0.3)


def draw_office(pen: Pen, f: FieldSpec) -> None:
    """Office-use block, printed blank: stamp cells, check boxes, lines."""
    x, y, w, h = f.box
    pen.rect(x, y, w, h, width=1.0)
    pen.rect(x, y, w, 6, fill_gray=HEAD_GRAY)
    pen.text(x + 2, y + 4.4, f.label, GOTHIC, 9)
    stamps = f.extra.get("stamps", [])
    sw, sh = 20.0, 22.0
    for i, name in enumerate(stamps):
        sx = x + 2 + i * sw
        pen.rect(sx, y + 8, sw, 5, fill_gray=0.95)
        pen.text(sx + sw / 2, y + 11.8, name, GOTHIC, 7, "center")
        pen.rect(sx, y + 13, sw, sh - 5)
    right = x + 4 + max(len(stamps), 1) * sw
    checks = f.extra.get("checks", [])
    cols = 3
    col_w = (x + w - right - 2) / cols
    for i, name in enumerate(checks):
        cx = right + (i % cols) * col_w
        cy = y + 9 + (i // cols) * 6
        pen.checkbox(cx, cy, 3, False)
        pen.text(cx + 4, cy + 2.6, name, GOTHIC, 7)
    lines_y = y + 9 + ((len(checks) + cols - 1) // cols) * 6 + 5
    for i, name in enumerate(f.extra.get("lines", [])):
        ly = lines_y + i * 6.5
        pen.text(right, ly, name, GOTHIC, 7)
        pen.line(right + pen.width_mm(name, GOTHIC, 7) + 1.5, ly + 0.6, x + w - 3, ly + 0.6, width=0.3, dash=(0.8, 0.8))


def draw_heading(pen: Pen, f: FieldSpec) -> None:
    x, y, w, h = f.box
    pen.rect(x, y, w, h, fill_gray=HEAD_GRAY)
    pen.text(x + 2, y + h / 2 + 1.3, f.label, GOTHIC, 9)


def draw_note(pen: Pen, f: FieldSpec, fit: Fit) -> None:
    x, y, w, h = f.box
    pen.fitted(x, y, w, h, fit, GOTHIC)
