"""Lookup keys for names, kana and addresses.

The card and the registry write the same person differently: full- vs
half-width, ideographic spaces, 旧字体/異体字 (髙橋 vs 高橋), hiragana vs katakana,
「一丁目2番3号」 vs 「1-2-3」. These functions map both sides onto one key; the
registry side is precomputed into the `norm_*` columns at write time.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jaconv

from app.records.variant_kanji import VARIANT_TO_STANDARD

_FOLD = str.maketrans(VARIANT_TO_STANDARD)
_SEPARATORS = re.compile(r"[\s\u3000・･,.，．'’\-‐]+")
_HYPHENS = re.escape("‐‑‒–—―−－ｰ-ー─━")
_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                 "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_NUMBER_BEFORE_UNIT = re.compile(r"([〇零一二三四五六七八九十百千]+)(?=丁目|番地|番|号|地割)")
_DIGIT_HYPHEN_DIGIT = re.compile(rf"(?<=\d)\s*[{_HYPHENS}]\s*(?=\d)")
_BANCHI_BLOCK = re.compile(r"\d+(?:\s*(?:丁目|番地の|番地|番|の|-)\s*\d+)*(?:\s*(?:丁目|番地|番|号))?")
_PREFECTURE = re.compile(r"^(東京都|北海道|京都府|大阪府|[^\d\s]{2,3}県)")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


def fold_variants(text: str) -> str:
    """旧字体/異体字 → 新字体 (髙→高, 﨑→崎, 邊/邉→辺, 齋/齊→斎, 𠮷→吉 …)."""
    return text.translate(_FOLD)


@lru_cache(maxsize=262144)
def normalize_name(name: str) -> str:
    """氏名 key: NFKC, no spaces/dots, 旧字→新字, hiragana→katakana, Latin upper-case."""
    text = _SEPARATORS.sub("", nfkc(name))
    return jaconv.hira2kata(fold_variants(text)).upper()


@lru_cache(maxsize=262144)
def normalize_kana(kana: str) -> str:
    """振り仮名 key: half-width → full-width katakana, hiragana → katakana, no spaces."""
    text = _SEPARATORS.sub("", nfkc(kana))
    return jaconv.hira2kata(text).upper()


def kanji_to_int(text: str) -> int:
    """一 → 1, 十二 → 12, 二十三 → 23, 百五 → 105, 一〇二 → 102 (positional form)."""
    if all(ch in _KANJI_DIGITS for ch in text):
        return int("".join(str(_KANJI_DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in _KANJI_DIGITS:
            current = _KANJI_DIGITS[ch]
        else:
            total += (current or 1) * _KANJI_UNITS[ch]
            current = 0
    return total + current


def _arabic_numbers(text: str) -> str:
    text = _KANJI_NUMBER_BEFORE_UNIT.sub(lambda m: str(kanji_to_int(m.group(1))), text)
    return _DIGIT_HYPHEN_DIGIT.sub("-", text)


def _banchi_key(block: str) -> str:
    block = re.sub(r"\s+", "", block)
    block = re.sub(r"(丁目|番地の|番地|番|の)(?=\d)", "-", block)
    return re.sub(r"(丁目|番地|番|号)$", "", block)


def _address_text(text: str) -> str:
    text = nfkc(text).replace("ヶ", "ケ").replace("ヵ", "カ")
    return _arabic_numbers(fold_variants(text))


@lru_cache(maxsize=262144)
def split_address(address: str) -> tuple[str, str]:
    """Card/typed address → (canonical key without 方書, 方書 key).

    「架空県見本市本町一丁目2番3号　メゾン見本504号室」 → ("架空県見本市本町1-2-3", "メゾン見本504").
    The 方書 is whatever follows the first 丁目/番地/号 block.
    """
    text = _address_text(address)
    match = _BANCHI_BLOCK.search(text)
    if match is None:
        return _SEPARATORS.sub("", text), ""
    base = re.sub(r"\s+", "", text[: match.start()]) + _banchi_key(match.group(0))
    return base, normalize_katagaki(text[match.end():])


@lru_cache(maxsize=262144)
def normalize_katagaki(katagaki: str) -> str:
    """方書 key: NFKC, no spaces/separators, 旧字→新字, 「504号室」 == 「504号」 == 「504」."""
    text = _arabic_numbers(fold_variants(nfkc(katagaki)))
    text = re.sub(r"(?<=\d)(号室|号)", "", text)
    return re.sub(rf"[\s\u3000・･{_HYPHENS}]+", "", text).lstrip("-")


def address_key(prefecture: str, city: str, town: str, banchi: str) -> str:
    """Registry side of split_address (without 方書)."""
    base, _ = split_address(f"{prefecture}{city}{town}{banchi}")
    return base


def has_prefecture(address: str) -> bool:
    return bool(_PREFECTURE.match(nfkc(address).strip()))


def prefecture_of(address: str) -> str:
    match = _PREFECTURE.match(nfkc(address).strip())
    return match.group(1) if match else ""


def folded_characters(query: str, registered: str) -> list[tuple[str, str]]:
    """Pairs (variant, standard) that differ between two names but fold equal,
    for the clerk's reason text (e.g. [("髙", "高")])."""
    a = _SEPARATORS.sub("", nfkc(query))
    b = _SEPARATORS.sub("", nfkc(registered))
    if len(a) != len(b):
        return []
    pairs = []
    for x, y in zip(a, b):
        if x != y and fold_variants(x) == fold_variants(y):
            variant, standard = (x, y) if fold_variants(x) != x else (y, x)
            pairs.append((variant, fold_variants(standard)))
    return pairs
