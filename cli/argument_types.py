"""Argument types shared by the commands: each refuses a bad value with a Japanese message
(argparse then exits 2, "bad input", naming the option)."""
from __future__ import annotations

import argparse
import math
from datetime import date


def int_between(low: int, high: int, name: str = ""):
    """An integer in [low, high]: `--limit -1` is refused rather than quietly dropping the best
    candidate, `--residents 10**12` rather than filling the disk."""
    def convert(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} は整数ではありません") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{low} から {high} までの整数で指定してください（{value}）")
        return value
    convert.__name__ = name or "整数"
    return convert


def number_between(low: float, high: float, unit: str):
    """A finite number in [low, high] of `unit` (`nan` and `inf` pass float() but mean nothing)."""
    def convert(text: str) -> float:
        try:
            value = float(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} は数値ではありません") from None
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{low:g} から {high:g} {unit}までで指定してください")
        return value
    convert.__name__ = "数値"
    return convert


def seconds_between(low: float, high: float):
    """Seconds in [low, high] (`nan` and `inf` would wait forever)."""
    convert = number_between(low, high, "秒")
    convert.__name__ = "秒数"
    return convert


def iso_date(low: date = date(1868, 1, 25), high: date = date(2099, 12, 31)):
    """A YYYY-MM-DD date in [low, high] (9999-12-31 would overflow the day after it)."""
    def convert(text: str) -> date:
        try:
            value = date.fromisoformat(text.strip()) if len(text.strip()) == 10 else None
        except ValueError:
            value = None
        if value is None:
            raise argparse.ArgumentTypeError(f"{text!r} は日付（YYYY-MM-DD）ではありません")
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{low.isoformat()} から {high.isoformat()} までの日付で指定してください")
        return value
    convert.__name__ = "日付"
    return convert
