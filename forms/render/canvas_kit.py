"""Drawing primitives in millimetres from the top-left corner (how the specs give boxes).

Two ways to print a form: `full` (the whole sheet on plain paper) and `overlay` (only the values,
on the city's pre-printed stock). In overlay mode everything drawn is "furniture" — frames,
captions, headings — and skipped, except what is drawn inside `with pen.ink():` (the values, the
ticks, the circles). A per-printer offset (mm) shifts every page so the values meet the boxes.
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache

from reportlab.lib.units import mm

from forms.render.fonts import GOTHIC, MINCHO
from forms.render.glyphs import shape, text_width
from forms.render.text_fit import LEADING, Fit, fit_text

PAGE_H = 297.0
LABEL_GRAY = 0.92
HEAD_GRAY = 0.82
LINE_W = 0.6


@lru_cache(maxsize=2048)
def _label_fit(label: str, w: float, h: float, size: float) -> Fit:
    """Printed captions repeat on every packet: fit each once per process."""
    return fit_text(label, GOTHIC, (w - 1.6) * mm, (h - 0.8) * mm, size, floor=4.5)


class Pen:
    """A thin wrapper over a reportlab canvas that speaks mm, top-left origin."""

    def __init__(self, canvas, *, overlay: bool = False, offset_mm: tuple[float, float] = (0.0, 0.0)):
        self.c = canvas
        self.overlay = overlay
        self.offset_mm = offset_mm
        self._ink = 0
        self.new_page()

    def new_page(self) -> None:
        """Graphics state starts afresh on every page (call after showPage)."""
        self._width: float | None = None
        self._gray: float | None = None
        dx, dy = self.offset_mm
        if dx or dy:   # + moves the print right / down on the sheet
            self.c.translate(dx * mm, -dy * mm)

    @contextmanager
    def ink(self):
        """Marks drawn inside are values: printed in overlay mode too."""
        self._ink += 1
        try:
            yield
        finally:
            self._ink -= 1

    @property
    def drawing(self) -> bool:
        """False for furniture on pre-printed stock."""
        return not self.overlay or self._ink > 0

    # Only emit state operators when the value changes: fewer numbers to format per page.
    def _line_width(self, width: float) -> None:
        if width != self._width:
            self.c.setLineWidth(width)
            self._width = width

    def _fill(self, gray: float) -> None:
        if gray != self._gray:
            self.c.setFillGray(gray)
            self._gray = gray

    def y(self, y_mm: float) -> float:
        return (PAGE_H - y_mm) * mm

    def rect(self, x, y, w, h, fill_gray: float | None = None, stroke: bool = True, width: float = LINE_W):
        if not self.drawing:
            return
        self._line_width(width)
        if fill_gray is not None:
            self._fill(fill_gray)
        self.c.rect(x * mm, self.y(y + h), w * mm, h * mm, stroke=1 if stroke else 0,
                    fill=1 if fill_gray is not None else 0)

    def line(self, x1, y1, x2, y2, width: float = LINE_W, dash: tuple | None = None):
        if not self.drawing:
            return
        c = self.c
        self._line_width(width)
        if dash:
            c.setDash(*dash)
        c.line(x1 * mm, self.y(y1), x2 * mm, self.y(y2))
        if dash:
            c.setDash()

    def text(self, x, y_baseline, s: str, font: str = MINCHO, size: float = 10, align: str = "left"):
        """Draw a string; characters the face lacks come from the fallback faces (glyphs.shape)."""
        if not self.drawing:
            return
        c = self.c
        self._fill(0)
        runs = shape(s, font).runs
        if len(runs) == 1 and runs[0][0] == font:
            c.setFont(font, size)
            if align == "center":
                c.drawCentredString(x * mm, self.y(y_baseline), runs[0][1])
            elif align == "right":
                c.drawRightString(x * mm, self.y(y_baseline), runs[0][1])
            else:
                c.drawString(x * mm, self.y(y_baseline), runs[0][1])
            return
        total = text_width(s, font, size)
        left = x * mm - (total / 2 if align == "center" else total if align == "right" else 0)
        for run_font, run_text in runs:
            c.setFont(run_font, size)
            c.drawString(left, self.y(y_baseline), run_text)
            left += text_width(run_text, run_font, size)

    def fitted(self, x, y, w, h, fit: Fit, font: str = MINCHO, align: str = "left", valign: str = "middle"):
        """Draw pre-fitted lines inside a box with 1 mm padding."""
        line_h = fit.size * LEADING / mm
        block = line_h * len(fit.lines)
        top = y + (h - block) / 2 if valign == "middle" else y + 0.8
        for i, line in enumerate(fit.lines):
            baseline = top + line_h * i + fit.size * 0.88 / mm
            if align == "center":
                self.text(x + w / 2, baseline, line, font, fit.size, "center")
            else:
                self.text(x + 1.2, baseline, line, font, fit.size)

    def label(self, x, y, w, h, label: str, size: float = 7.5, shade: bool = True):
        """A shaded label cell with the label fitted (gothic, like printed form captions)."""
        self.rect(x, y, w, h, fill_gray=LABEL_GRAY if shade else None)
        self.fitted(x + 0.2, y, w - 0.4, h, _label_fit(label, w, h, size), GOTHIC, align="center")

    def checkbox(self, x, y, side: float, checked: bool):
        self.rect(x, y, side, side, width=0.5)
        if checked:
            with self.ink():
                self._tick(x, y, side)

    def _tick(self, x, y, side: float):
        if self.drawing:
            c = self.c
            self._line_width(1.1)
            p = c.beginPath()
            p.moveTo((x + side * 0.18) * mm, self.y(y + side * 0.55))
            p.lineTo((x + side * 0.42) * mm, self.y(y + side * 0.85))
            p.lineTo((x + side * 0.95) * mm, self.y(y - side * 0.1))
            c.drawPath(p, stroke=1, fill=0)

    def circle_around(self, x, y, w, h):
        with self.ink():
            self._line_width(0.8)
            self.c.ellipse(x * mm, self.y(y + h), (x + w) * mm, self.y(y))

    @staticmethod
    def width_mm(s: str, font: str, size: float) -> float:
        return text_width(s, font, size) / mm
