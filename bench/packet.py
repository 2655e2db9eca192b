"""Packet rendering speed: a family of four moving in (about ten forms), rendered N times.

Prints the median time per packet (pre-fill + layout + PDF) and the ratio to a bare reportlab
script that draws the same strings, with the same fonts, on the same number of pages, in the
same process. Target ratio ≤ 2.0.

    .venv/bin/python bench/packet.py [-n 20]
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from forms.packet import build_packet  # noqa: E402
from forms.render import packet_pdf  # noqa: E402
from forms.scenario import load_scenario  # noqa: E402

SCENARIO = Path(__file__).resolve().parents[1] / "docs" / "examples" / "move-in-family-of-four.json"


class RecordingCanvas(Canvas):
    """Notes every string drawn, so the baseline draws exactly the same text."""
    calls: list = []

    def drawString(self, x, y, text, *a, **k):
        RecordingCanvas.calls.append((self._pageNumber, self._fontname, self._fontsize, x, y, text))
        return super().drawString(x, y, text, *a, **k)

    def drawCentredString(self, x, y, text, *a, **k):
        RecordingCanvas.calls.append((self._pageNumber, self._fontname, self._fontsize, x, y, text))
        return super().drawCentredString(x, y, text, *a, **k)

    def drawRightString(self, x, y, text, *a, **k):
        RecordingCanvas.calls.append((self._pageNumber, self._fontname, self._fontsize, x, y, text))
        return super().drawRightString(x, y, text, *a, **k)


EVENT = "move_in"


def context(path: Path | None = None):
    """The default family of four (plus a 種別変更 and a seal registration), or any scenario file."""
    global EVENT
    scenario = load_scenario(path or SCENARIO)
    EVENT = scenario.event
    if path is not None:
        return scenario.context()
    answers = dict(scenario.answers, previous_insurance="employee", wants_seal_registration=True)
    scenario = type(scenario)(**{**scenario.__dict__, "answers": answers})
    return scenario.context()


def one_packet(ctx) -> tuple[bytes, int, int]:
    packet = build_packet(ctx, EVENT)
    buf = io.BytesIO()
    result = packet_pdf.render_packet(packet.drafts, packet.guide, False, buf, event_title="転入")
    return buf.getvalue(), result.pages, len(result.forms)


def bare(calls, pages: int) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    page = 1
    for p, font, size, x, y, text in calls:
        while page < p:
            c.showPage()
            page += 1
        c.setFont(font, size)
        c.drawString(x, y, text)
    while page <= pages:
        c.showPage()
        page += 1
    c.save()
    return buf.getvalue()


def timed(fn, n: int) -> list[float]:
    # CPU time of this process: the figure stays meaningful on a machine shared with other jobs
    out = []
    for _ in range(n):
        t = time.process_time()
        fn()
        out.append(time.process_time() - t)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20, help="packets to render (default 20)")
    parser.add_argument("--scenario", type=Path, default=None,
                        help="another scenario file (e.g. docs/examples/move-in-family-of-five-2026.json)")
    args = parser.parse_args()
    ctx = context(args.scenario)
    one_packet(ctx)                                 # warm-up: font registration, spec/rule loading
    packet_pdf.Canvas = RecordingCanvas             # record the strings of one packet
    RecordingCanvas.calls = []
    _, pages, forms = one_packet(ctx)
    packet_pdf.Canvas = Canvas
    calls = list(RecordingCanvas.calls)
    bare(calls, pages)
    # interleave the two so background load on a shared machine hits both alike
    packet_times, bare_times = [], []
    for _ in range(args.n):
        packet_times += timed(lambda: one_packet(ctx), 1)
        bare_times += timed(lambda: bare(calls, pages), 1)
    med_packet, med_bare = statistics.median(packet_times), statistics.median(bare_times)
    label = args.scenario.name if args.scenario else "family of four moving in"
    print(f"packet: {label} — {forms} forms, {pages} pages, {len(calls)} strings")
    print(f"median CPU time per packet (pre-fill + layout + PDF): {med_packet * 1000:.1f} ms  (n={args.n})")
    print(f"median bare reportlab (same strings, fonts, pages): {med_bare * 1000:.1f} ms")
    print(f"ratio: {med_packet / med_bare:.2f}  (target ≤ 2.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
