"""Address notation for official forms (forms-catalog §12.4).

Hyphen shorthand ("1-2-3") is informal and is expanded: in 住居表示 areas to
「N丁目N番N号」, in 地番 areas to 「N番地N」. 丁目 numbers are written in kanji
numerals. 方書 (building/room) follows the street part, separated by a space.
"""
from __future__ import annotations

import re
import unicodedata

_KANJI = "〇一二三四五六七八九"
_DASHES = "‐－―ー−‑–—"


def kanji_number(n: int) -> str:
    """1..99 → 一..九十九 (丁目 numbers never exceed this)."""
    if n < 10:
        return _KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KANJI[tens]) + "十" + ("" if ones == 0 else _KANJI[ones])


def _half_digits(text: str) -> str:
    """Full-width digits → ASCII; a dash-like mark between digits → "-".

    Only between digits: ー in a katakana building name (見本ステーション) must stay as it is.
    NFKC is not used because it would also change registry glyphs and kana width.
    """
    text = "".join(chr(ord(ch) - 0xFEE0) if "０" <= ch <= "９" else ch for ch in text)
    return re.sub(f"(?<=\\d)[{_DASHES}](?=\\d)", "-", text)


def _chome_kanji(match: re.Match) -> str:
    return kanji_number(int(match.group(1))) + "丁目"


def normalize(address: str, *, chiban: bool = False) -> str:
    """Expand shorthand and tidy spacing; keeps everything else as the registry wrote it.

    chiban=True means the area uses 地番 (no 住居表示): "123-4" → "123番地4".
    """
    if not address:
        return ""
    text = unicodedata.normalize("NFC", address).strip()
    text = re.sub(r"[ \u3000]+", " ", text)
    text = _half_digits(text)
    # "2丁目3-4" / "2丁目3番4号"
    text = re.sub(r"(\d+)丁目", _chome_kanji, text)
    if chiban:
        text = re.sub(r"(\d+)-(\d+)(?![\d-])", r"\1番地\2", text)
    else:
        text = re.sub(r"(?<![\d丁目])(\d+)-(\d+)-(\d+)", lambda m: f"{kanji_number(int(m.group(1)))}丁目{m.group(2)}番{m.group(3)}号"
                      if int(m.group(1)) < 100 else m.group(0), text)
        text = re.sub(r"丁目(\d+)-(\d+)(?![\d-])", r"丁目\1番\2号", text)
    return text


def with_katagaki(address: str, katagaki: str | None) -> str:
    """住所 + 方書 as printed in one box."""
    address = normalize(address)
    katagaki = (katagaki or "").strip()
    return f"{address} {katagaki}" if katagaki else address


PREFECTURE_RE = re.compile(r"^(東京都|北海道|(?:京都|大阪)府|.{2,3}県)")


def prefecture(address: str) -> str | None:
    """The 都道府県 an address starts with, if it starts with one."""
    match = PREFECTURE_RE.match((address or "").strip())
    return match.group(1) if match else None


def municipality(address: str) -> str | None:
    """都道府県 + 市区町村 (政令市は区まで) prefix, e.g. 架空県見本市 or 架空県見本市中央区."""
    text = (address or "").strip()
    pref = prefecture(text)
    rest = text[len(pref):] if pref else text
    match = re.match(r"^(.+?市.+?区|.+?[市区]|.+?郡.+?[町村]|.+?[町村])", rest)
    if not match:
        return None
    return (pref or "") + match.group(1)
