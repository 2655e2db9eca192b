"""Calibration page for overlay printing on pre-printed stock.

Printed on plain paper with the printer's current offset applied: cross marks at known positions
(mm from the top-left corner of A4) and rulers. Lay the sheet on a pre-printed form against the
light, or measure how far each cross lands from the printed position, and save the difference as
this printer's offset (`forms offsets --printer NAME --dx … --dy …`). Print again: the crosses
must now sit on the nominal positions.
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from forms.render.canvas_kit import Pen
from forms.render.fonts import GOTHIC, register_fonts

MARKS = ((20.0, 20.0), (190.0, 20.0), (105.0, 148.5), (20.0, 277.0), (190.0, 277.0))


def _cross(pen: Pen, x: float, y: float) -> None:
    pen.line(x - 6, y, x + 6, y, width=0.3)
    pen.line(x, y - 6, x, y + 6, width=0.3)
    pen.rect(x - 2, y - 2, 4, 4, width=0.2)
    pen.text(x + 2.5, y - 2.5, f"({x:g}, {y:g})", GOTHIC, 6)


def _ruler(pen: Pen, x0: float, y0: float, length: float, horizontal: bool) -> None:
    for i in range(int(length) + 1):
        tick = 4.0 if i % 10 == 0 else 2.5 if i % 5 == 0 else 1.5
        if horizontal:
            pen.line(x0 + i, y0, x0 + i, y0 + tick, width=0.15)
            if i % 10 == 0:
                pen.text(x0 + i, y0 + 7, str(int(x0 + i)), GOTHIC, 5.5, "center")
        else:
            pen.line(x0, y0 + i, x0 + tick, y0 + i, width=0.15)
            if i % 10 == 0:
                pen.text(x0 + 5.5, y0 + i + 1.5, str(int(y0 + i)), GOTHIC, 5.5)


def render_calibration(out: str | Path | BinaryIO, *, printer: str = "", offset_mm: tuple[float, float] = (0.0, 0.0)) -> None:
    register_fonts()
    canvas = Canvas(str(out) if isinstance(out, Path) else out, pagesize=A4, pageCompression=1)
    canvas.setAuthor("Madoguchi")
    pen = Pen(canvas, offset_mm=offset_mm)
    pen.text(105, 40, "重ね印刷（プレ印刷用紙）の位置合わせ", GOTHIC, 16, "center")
    pen.text(105, 48, f"プリンター: {printer or '（未指定）'}　現在の補正 横 {offset_mm[0]:+.1f} mm　縦 {offset_mm[1]:+.1f} mm",
             GOTHIC, 9, "center")
    lines = ("1. この用紙を普通紙に印刷し、各＋印が（　）内の位置（用紙の左上からの mm）にあるか定規で測ります。",
             "2. ずれた分を補正として保存します（右・下へずらすときは＋、左・上へは−）:",
             "   python main.py forms offsets --printer プリンター名 --dx 横のずれ --dy 縦のずれ",
             "3. もう一度この用紙を印刷し、＋印が正しい位置に来ることを確かめてから申請書を印刷します。")
    for i, line in enumerate(lines):
        pen.text(30, 60 + i * 6, line, GOTHIC, 8)
    for x, y in MARKS:
        _cross(pen, x, y)
    _ruler(pen, 30, 100, 150, horizontal=True)
    _ruler(pen, 100, 160, 100, horizontal=False)
    canvas.showPage()
    canvas.save()
