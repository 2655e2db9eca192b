"""A progress bar on stderr for long commands (import, 名寄せ). On a terminal it redraws one
line; in a log or a pipe it prints a line every 10 %, so a cron job's output stays short."""
from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    def __init__(self, label: str, stream: TextIO | None = None, width: int = 30) -> None:
        self._label, self._out, self._width = label, stream or sys.stderr, width
        self._tty = hasattr(self._out, "isatty") and self._out.isatty()
        self._last_tenth = -1
        self._start = time.monotonic()

    def update(self, fraction: float, detail: str = "") -> None:
        fraction = max(0.0, min(1.0, fraction))
        elapsed = time.monotonic() - self._start
        if self._tty:
            filled = int(self._width * fraction)
            bar = "#" * filled + "-" * (self._width - filled)
            self._out.write(f"\r{self._label} [{bar}] {fraction * 100:5.1f}%  {detail}  {elapsed:5.0f}秒 ")
            self._out.flush()
            return
        tenth = int(fraction * 10)
        if tenth > self._last_tenth:
            self._last_tenth = tenth
            print(f"{self._label} {tenth * 10:3d}%  {detail}  {elapsed:.0f}秒", file=self._out, flush=True)

    def done(self) -> None:
        if self._tty:
            self._out.write("\n")
            self._out.flush()
