"""Packet PDF for one visit (手続き案内 first, then every form) and single-form PDFs for the UI preview."""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from forms.draft import FormDraft
from forms.render.canvas_kit import Pen
from forms.render.fonts import GOTHIC, register_fonts
from forms.render.form_pages import FormLayout, RenderWarning, draw_form_pages, plan_form
from forms.render.guide_page import draw_guide, guide_page_count
from forms.spec import load_spec

WATERMARK = "見本"


@dataclass(frozen=True)
class FormPages:
    form_id: str
    title: str
    first_page: int     # 1-based page number in the packet
    pages: int


@dataclass(frozen=True)
class RenderResult:
    pages: int
    forms: tuple[FormPages, ...]
    warnings: tuple[RenderWarning, ...]


def _watermark(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFillColorRGB(0.85, 0.2, 0.2, alpha=0.18)
    canvas.translate(A4[0] / 2, A4[1] / 2)
    canvas.rotate(35)
    canvas.setFont(GOTHIC, 150)
    canvas.drawCentredString(0, -50, WATERMARK)
    canvas.restoreState()


class _Footer:
    def __init__(self, canvas: Canvas, pen: Pen, total: int, watermark: bool, office: str):
        self.canvas, self.pen, self.total, self.watermark, self.office = canvas, pen, total, watermark, office
        self.page = 0

    def for_form(self, form_id: str, form_pages: int):
        def end(page_in_form: int) -> None:
            self.page += 1
            self.pen.line(15, 287, 195, 287, width=0.3)
            self.pen.text(15, 291, f"様式 {form_id}", GOTHIC, 7.5)
            self.pen.text(105, 291, f"{page_in_form} / {form_pages} ページ", GOTHIC, 7.5, "center")
            self.pen.text(195, 291, f"{self.office}　全体 {self.page} / {self.total}", GOTHIC, 7.5, "right")
            if self.watermark:
                _watermark(self.canvas)
            self.canvas.showPage()
            self.pen.new_page()
        return end


def _canvas(out) -> Canvas:
    register_fonts()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setAuthor("Madoguchi")
    return canvas


PRINT_MODES = ("auto", "full", "overlay")


def _overlay(mode: str, spec) -> bool:
    """full: the whole sheet; overlay: values only; auto: overlay where the city keeps pre-printed stock."""
    if mode not in PRINT_MODES:
        raise ValueError(mode)
    return mode == "overlay" or (mode == "auto" and spec.stock == "preprinted")


def render_packet(drafts: Sequence[FormDraft], guide, watermark: bool, out: str | Path | BinaryIO,
                  *, office_mayor: str = "", event_title: str = "", mode: str = "auto",
                  offset_mm: tuple[float, float] = (0.0, 0.0)) -> RenderResult:
    """One PDF per visit: the guide slip (when given, always in full), then each draft's pages.

    `mode` chooses full / overlay printing (see _overlay); `offset_mm` is this printer's calibration."""
    register_fonts()  # the guide is measured before any form is planned (an event with no form)
    specs = [load_spec(d.form_id, version=getattr(d, "spec_version", "") or None) for d in drafts]
    layouts: list[FormLayout] = [plan_form(spec, d, _overlay(mode, spec)) for spec, d in zip(specs, drafts)]
    guide_pages = guide_page_count(guide) if guide is not None else 0
    total = guide_pages + sum(layout.page_count for layout in layouts)
    office = getattr(guide, "office_name", "") or "架空市"
    mayor = office_mayor or f"{office}長"
    canvas = _canvas(str(out) if isinstance(out, Path) else out)
    pen = Pen(canvas, offset_mm=offset_mm)
    footer = _Footer(canvas, pen, total, watermark, office)
    if guide is not None:
        draw_guide(pen, guide, event_title, footer.for_form("guide", guide_pages))
    forms, warnings = [], []
    for layout in layouts:
        first = footer.page + 1
        draw_form_pages(pen, layout, mayor, footer.for_form(layout.spec.id, layout.page_count))
        forms.append(FormPages(layout.spec.id, layout.spec.title, first, layout.page_count))
        warnings.extend(layout.warnings)
    canvas.save()
    return RenderResult(total, tuple(forms), tuple(warnings))


def render_form_pdf(draft: FormDraft, *, watermark: bool = False, office_mayor: str = "架空市長",
                    mode: str = "full") -> bytes:
    """A single form as PDF bytes — the UI's live preview converts page 1 to an image with Qt."""
    buf = io.BytesIO()
    render_packet([draft], None, watermark, buf, office_mayor=office_mayor, mode=mode)
    return buf.getvalue()
