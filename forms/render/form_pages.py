"""One form draft → its pages: the main sheet, 続紙 for extra person rows, 別紙 for overflowing text.

Layout is planned first (so the packet knows every page count for the "x/y" footers and every
overflow warning), then drawn.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm

from forms.draft import FormDraft
from forms.render import form_fields as ff
from forms.render.canvas_kit import Pen
from forms.render.fonts import GOTHIC, MINCHO
from forms.render.glyphs import describe, shape
from forms.render.text_fit import Fit, fit_text
from forms.spec import FieldSpec, FormSpec

TEXT_TYPES = ("text", "kana", "wareki_date")
CELL_TEXT_TYPES = ("text", "kana", "wareki_date")


@dataclass(frozen=True)
class RenderWarning:
    form_id: str
    field_id: str
    code: str          # overflow / gaiji
    detail: str = ""   # gaiji: the characters no installed face has (written by hand)

    @property
    def codepoints(self) -> str:
        return describe(tuple(self.detail)) if self.code == "gaiji" else ""


@dataclass
class FormLayout:
    spec: FormSpec
    draft: FormDraft
    overlay: bool = False       # values only, for the city's pre-printed stock
    fits: dict[str, Fit] = field(default_factory=dict)
    continuation: list[tuple[str, int, int]] = field(default_factory=list)  # (rows field, first row, end row)
    annex: list[tuple[str, str]] = field(default_factory=list)              # (label, full text)
    warnings: list[RenderWarning] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return 1 + len(self.continuation) + (1 if self.annex else 0)


def _fit(layout: FormLayout, key: str, label: str, text: str, font: str, w: float, h: float, size: float,
         floor: float = 6.0) -> Fit:
    missing = shape(text, font).missing
    if missing:
        layout.warnings.append(RenderWarning(layout.spec.id, key, "gaiji", "".join(missing)))
    fit = fit_text(text, font, w * mm, h * mm, size, floor)
    if fit.overflow:
        layout.warnings.append(RenderWarning(layout.spec.id, key, "overflow", text))
        layout.annex.append((label, text))
    layout.fits[key] = fit
    return fit


def _row_cells(layout: FormLayout, f: FieldSpec, first: int, end: int, row_h: float, overlay: bool = False) -> None:
    for i in range(first, end):
        for col in f.columns:
            if col.type not in CELL_TEXT_TYPES:
                continue
            key = f"{f.id}.{i}.{col.id}"
            text = ff.display_text(col.type, layout.draft.get(key), overlay=overlay)
            if text:
                name_h = row_h * (0.62 if col.kana else 1.0) - 0.6
                _fit(layout, key, f"{f.label}{i + 1} {col.label}", text, MINCHO, col.width - 2.4, name_h, 10.5)
            if col.kana:
                kana = str(layout.draft.get(f"{f.id}.{i}.{col.kana}") or "")
                if kana:
                    _fit(layout, f"{f.id}.{i}.{col.kana}", f"{f.label}{i + 1} フリガナ", kana, MINCHO,
                         col.width - 2.4, row_h * 0.36, 7.0, floor=4.5)


def plan_form(spec: FormSpec, draft: FormDraft, overlay: bool = False) -> FormLayout:
    layout = FormLayout(spec, draft, overlay)
    for f in spec.fields:
        if f.type in TEXT_TYPES:
            text = ff.display_text(f.type, draft.get(f.id), f.extra.get("suffix", ""), overlay)
            if text:
                x, y, w, h = ff.value_area(f)
                _fit(layout, f.id, f.label, text, MINCHO, w - 2.4, h - 1.0, f.size)
        elif f.type == "note":
            _fit(layout, f.id, f.label, f.extra.get("text", ""), GOTHIC, f.box[2] - 2.4, f.box[3] - 0.6, 7.5, 5.0)
        elif f.type == "person_rows":
            count = draft.row_counts.get(f.id, 0)
            row_h = float(f.extra.get("row_h", 12))
            _row_cells(layout, f, 0, min(count, f.rows), row_h, overlay)
            per_page = int(f.extra.get("continuation", {}).get("rows", f.rows))
            for first in range(f.rows, count, per_page):
                end = min(count, first + per_page)
                layout.continuation.append((f.id, first, end))
                _row_cells(layout, f, first, end, row_h)
    return layout


def _header(pen: Pen, spec: FormSpec, office_mayor: str, suffix: str = "") -> None:
    pen.text(105, 15, spec.title + suffix, GOTHIC, 16, "center")
    if spec.subtitle:
        pen.text(105, 20.5, spec.subtitle, GOTHIC, 9, "center")
    pen.text(15, 27.5, f"{office_mayor}　あて", GOTHIC, 10)
    if spec.law:
        pen.text(195, 8, spec.law, GOTHIC, 6.5, "right")


def _draw_field(pen: Pen, layout: FormLayout, f: FieldSpec) -> None:
    draft = layout.draft
    if f.type == "heading":
        return ff.draw_heading(pen, f)
    if f.type == "office":
        return ff.draw_office(pen, f)
    if f.type == "stamp":
        return ff.draw_stamp(pen, f)
    if f.type == "note":
        return ff.draw_note(pen, f, layout.fits[f.id])
    if f.type == "person_rows":
        return _draw_rows(pen, layout, f, f.box, 0, f.rows)
    ff.frame(pen, f)
    area = ff.value_area(f)
    value = draft.get(f.id)
    if f.type == "signature":
        ff.draw_signature(pen, f)
    elif f.type in TEXT_TYPES:
        if f.id in layout.fits:
            with pen.ink():
                pen.fitted(*area, layout.fits[f.id], MINCHO)
        elif f.type == "wareki_date":
            pen.text(area[0] + area[2] - 2, area[1] + area[3] / 2 + 1.3, ff.BLANK_DATE, MINCHO, 9, "right")
    elif f.type == "digits":
        ff.draw_digits(pen, area, f.n or 12, value)
    elif f.type == "checkboxes":
        chosen = value if isinstance(value, (list, tuple)) else ([value] if value else [])
        ff.draw_checks(pen, area, f.options, set(chosen))
    elif f.type == "radio":
        ff.draw_radio(pen, area, f.options, value)


def _draw_rows(pen: Pen, layout: FormLayout, f: FieldSpec, box, first: int, n_rows: int) -> None:
    x, y, w, _ = box
    head_h = float(f.extra.get("header_h", 6))
    row_h = float(f.extra.get("row_h", 12))
    cx = x
    for col in f.columns:
        pen.label(cx, y, col.width, head_h, col.label, size=7)
        cx += col.width
    for r in range(n_rows):
        i = first + r
        ry = y + head_h + r * row_h
        cx = x
        for col in f.columns:
            pen.rect(cx, ry, col.width, row_h)
            key = f"{f.id}.{i}.{col.id}"
            value = layout.draft.get(key)
            if col.type == "rownum":
                pen.text(cx + col.width / 2, ry + row_h / 2 + 1.3, str(i + 1), GOTHIC, 8, "center")
            elif col.type in CELL_TEXT_TYPES:
                if col.kana:
                    kana_h = row_h * 0.36
                    pen.line(cx, ry + kana_h, cx + col.width, ry + kana_h, width=0.2, dash=(0.6, 0.6))
                    kkey = f"{f.id}.{i}.{col.kana}"
                    with pen.ink():
                        if kkey in layout.fits:
                            pen.fitted(cx, ry, col.width, kana_h, layout.fits[kkey], MINCHO)
                        if key in layout.fits:
                            pen.fitted(cx, ry + kana_h, col.width, row_h - kana_h, layout.fits[key], MINCHO)
                elif key in layout.fits:
                    with pen.ink():
                        pen.fitted(cx, ry, col.width, row_h, layout.fits[key], MINCHO)
                elif col.type == "wareki_date":
                    pen.text(cx + col.width - 1.5, ry + row_h / 2 + 1.2, ff.BLANK_DATE, MINCHO, 7.5, "right")
            elif col.type == "radio":
                ff.draw_radio(pen, (cx, ry, col.width, row_h), col.options, value, size=8)
            elif col.type == "digits":
                ff.draw_digits(pen, (cx, ry, col.width, row_h), col.n or 12, value)
            cx += col.width


def draw_form_pages(pen: Pen, layout: FormLayout, office_mayor: str, footer) -> None:
    """Draw every page of one form; `footer(page_in_form)` draws footer/watermark and ends the page."""
    spec = layout.spec
    pen.overlay = layout.overlay          # only the main sheet is the city's stock
    _header(pen, spec, office_mayor)
    for f in spec.fields:
        _draw_field(pen, layout, f)
    footer(1)
    pen.overlay = False                   # 続紙 and 別紙 go on plain paper, in full
    page = 1
    for k, (fid, first, end) in enumerate(layout.continuation, start=1):
        page += 1
        f = spec.field(fid)
        _header(pen, spec, office_mayor, f"（続紙{k}）")
        pen.text(15, 35, f"{f.label}の続き（{first + 1}人目〜{end}人目）", GOTHIC, 10)
        box = f.extra.get("continuation", {}).get("box", f.box)
        _draw_rows(pen, layout, f, box, first, end - first)
        footer(page)
    if layout.annex:
        page += 1
        _header(pen, spec, office_mayor, "（別紙）")
        pen.text(15, 35, "記入欄に入りきらなかった内容", GOTHIC, 10)
        y = 40.0
        for label, text in layout.annex:
            fit = fit_text(text, MINCHO, 132 * mm, 40 * mm, 10, 7)
            h = max(10.0, len(fit.lines) * fit.size * 1.18 / mm + 3)
            pen.label(15, y, 45, h, label)
            pen.rect(60, y, 135, h)
            pen.fitted(60, y, 135, h, fit, MINCHO)
            y += h
        footer(page)
