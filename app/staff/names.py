"""Staff names that cannot imitate one another.

A name is NFKC-normalised (full-width ａｄｍｉｎ becomes admin) and then must consist of
ASCII letters, digits and `._-`, or Japanese kana and kanji. That refuses invisible
characters (U+200B and the other format characters), bidirectional controls (U+202E
RLO …), control characters, spaces, and letters of other scripts that look Latin
(Cyrillic а, Greek ο). Two names whose *skeletons* are equal — case folded, separators
dropped, and characters people confuse on screen mapped together (0/o, 1/l/i, rn/m,
カ/力, ロ/口, ー/一 …) — are refused as look-alikes of each other.
"""
from __future__ import annotations

import re
import unicodedata

from app.staff.errors import StaffError

MAX_LENGTH = 64

_ALLOWED = re.compile(
    r"^[A-Za-z0-9._\-"
    r"\u3041-\u3096\u309d\u309e"     # hiragana (and its iteration marks)
    r"\u30a1-\u30fa\u30fc-\u30fe"     # katakana, ー, iteration marks
    r"\u3005"                          # 々
    r"\u3400-\u4dbf\u4e00-\u9fff"     # kanji
    r"]+$")

# Characters (after NFKC and case folding) that read alike at a counter.
_LOOK_ALIKE = str.maketrans({
    "0": "o", "1": "l", "i": "l", "|": "l",
    "\u529b": "\u30ab",  # 力 → カ
    "\u53e3": "\u30ed",  # 口 → ロ
    "\u5de5": "\u30a8",  # 工 → エ
    "\u4e8c": "\u30cb",  # 二 → ニ
    "\u516b": "\u30cf",  # 八 → ハ
    "\u5915": "\u30bf",  # 夕 → タ
    "\u535c": "\u30c8",  # 卜 → ト
    "\u4e00": "\u30fc",  # 一 → ー
    "\u3078": "\u30d8",  # へ → ヘ
    "\u3079": "\u30d9",  # べ → ベ
    "\u307a": "\u30da",  # ぺ → ペ
})
_DIGRAPHS = (("rn", "m"), ("vv", "w"), ("cl", "d"))


def normalize_name(name: str) -> str:
    """The stored form of a typed name (also used to look a name up at sign-in)."""
    return unicodedata.normalize("NFKC", name or "")


def check_new_name(name: str) -> str:
    """The normalised name, or StaffError("invalid_name", reason=…)."""
    normal = normalize_name(name)
    if not normal or len(normal) > MAX_LENGTH:
        raise StaffError("invalid_name", reason="length")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp") for ch in normal):
        raise StaffError("invalid_name", reason="invisible")
    if not _ALLOWED.match(normal):
        raise StaffError("invalid_name", reason="character")
    return normal


def skeleton(name: str) -> str:
    """What a name looks like at a glance; equal skeletons are look-alikes."""
    text = normalize_name(name).casefold()
    text = re.sub(r"[._\-]", "", text).translate(_LOOK_ALIKE)
    for pair, single in _DIGRAPHS:
        text = text.replace(pair, single)
    return text
