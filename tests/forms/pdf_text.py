"""Read back rendered PDFs: text per page with positions (mm from the top-left, like the specs)."""
from __future__ import annotations

import io

from pypdf import PdfReader

PT_PER_MM = 72 / 25.4


def pages_with_positions(pdf: bytes | str) -> list[list[tuple[str, float, float]]]:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    out = []
    for page in reader.pages:
        items: list[tuple[str, float, float]] = []

        def visit(text, cm, tm, font_dict, font_size, items=items):
            if not text.strip():
                return
            x = (tm[4] * cm[0] + cm[4]) / PT_PER_MM
            y = 297 - (tm[5] * cm[3] + cm[5]) / PT_PER_MM
            # pypdf reports one drawString in several chunks at the same origin: join them
            if items and abs(items[-1][1] - x) < 0.01 and abs(items[-1][2] - y) < 0.01:
                items[-1] = (items[-1][0] + text.strip(), x, y)
            else:
                items.append((text.strip(), x, y))
        page.extract_text(visitor_text=visit)
        out.append(items)
    return out


def page_texts(pdf: bytes | str) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return [p.extract_text() for p in reader.pages]


def find(items, text):
    return [(x, y) for t, x, y in items if text in t]
