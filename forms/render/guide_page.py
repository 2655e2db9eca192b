"""The 手続き案内 (guide slip): first page of every packet, for the resident to carry round the counters."""
from __future__ import annotations

from reportlab.lib.units import mm

from forms.render.canvas_kit import HEAD_GRAY, Pen
from forms.render.fonts import GOTHIC, MINCHO
from forms.render.text_fit import fit_text
from forms.wareki import format_wareki

COLS = (("No", 8), ("手続き", 44), ("窓口", 34), ("お持ちいただくもの", 50), ("期限・理由", 44))
ROW_MIN_H = 14.0
TOP, BOTTOM = 52.0, 280.0


def _rows(guide):
    rows = []
    for i, proc in enumerate(guide.procedures, start=1):
        forms = "（申請書あり）" if proc.forms else ""
        note = getattr(proc, "note", "")
        rows.append((str(i), proc.title + forms, f"{proc.counter}\n{proc.place}",
                     "\n".join(f"・{b}" for b in proc.bring) or "—",
                     (proc.deadline + "\n" if proc.deadline else "") + proc.reason + (f"\n※{note}" if note else "")))
    return rows


def _fits(row):
    fits = []
    for (_, w), text in zip(COLS, row):
        size = 9.0 if w < 40 else 8.0
        # wrap at one size (a table reads badly with shrunken cells); shrink only if a cell is huge
        fit = fit_text(text, GOTHIC, (w - 2.4) * mm, 60 * mm, size, size)
        fits.append(fit if not fit.overflow else fit_text(text, GOTHIC, (w - 2.4) * mm, 60 * mm, size, 6.0))
    h = max(ROW_MIN_H, max(len(f.lines) * f.size * 1.18 / mm + 2.5 for f in fits))
    return fits, h


def guide_page_count(guide) -> int:
    pages, y = 1, TOP + 7
    for row in _rows(guide):
        _, h = _fits(row)
        if y + h > BOTTOM:
            pages, y = pages + 1, TOP + 7
        y += h
    return pages


def draw_guide(pen: Pen, guide, event_title: str, footer) -> None:
    """Draws the guide; calls footer(page) at the end of each page."""
    def header():
        pen.text(105, 17, "手続き案内", GOTHIC, 20, "center")
        pen.text(105, 24, f"{guide.office_name}役所 窓口でのお手続き（{event_title}）", GOTHIC, 10, "center")
        pen.rect(15, 30, 180, 16, width=0.8)
        pen.text(18, 36.5, f"{guide.visitor_name} 様", MINCHO, 13)
        pen.text(18, 43, f"受付日 {format_wareki(guide.date)}", MINCHO, 9)
        pen.text(192, 36.5, f"手続きの数 {len(guide.procedures)}件", GOTHIC, 10, "right")
        pen.text(192, 43, "上から順に窓口へお越しください。記入済みの申請書に署名してお出しください。", GOTHIC, 7.5, "right")
        x = 15.0
        for label, w in COLS:
            pen.rect(x, TOP, w, 7, fill_gray=HEAD_GRAY)
            pen.text(x + w / 2, TOP + 4.9, label, GOTHIC, 8.5, "center")
            x += w

    page, y = 1, TOP + 7
    header()
    for row in _rows(guide):
        fits, h = _fits(row)
        if y + h > BOTTOM:
            footer(page)
            page, y = page + 1, TOP + 7
            header()
        x = 15.0
        for (label, w), fit in zip(COLS, fits):
            pen.rect(x, y, w, h)
            pen.fitted(x, y, w, h, fit, GOTHIC, align="center" if label == "No" else "left")
            if label == "No":   # the resident ticks off each counter visited
                pen.checkbox(x + 1.2, y + h - 4.2, 3, False)
            x += w
        y += h
    pen.text(15, min(y + 7, 286), "※ 理由欄は職員が確認した内容です。ご不明な点は受付でおたずねください。", GOTHIC, 7.5)
    footer(page)
