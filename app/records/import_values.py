"""Reading one value of an export: full-width digits, dates (western or 和暦), months,
codes with or without leading zeros. Each reader raises ValueError for a value it cannot
read; the row parser turns that into a rejection naming the column.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any, Mapping

from forms.wareki import WarekiError, from_wareki

# Full-width digits and the dashes sites put in 番地 and postcodes → ASCII.
HALF_WIDTH_DIGITS = _HALF = str.maketrans("０１２３４５６７８９－‐―ー−", "0123456789-----")
_EDGE_SPACE = " \t\u3000"
_WAREKI = re.compile(r"^(明治|大正|昭和|平成|令和|[明大昭平令MTSHR])\.?\s*(元|\d{1,2})\s*[年./-]\s*(\d{1,2})"
                     r"\s*[月./-]\s*(\d{1,2})\s*日?$")
_ERA7 = re.compile(r"^([1-5])(\d{2})(\d{2})(\d{2})$")  # era digit + YYMMDD, as older systems write it
_ERA_BY_DIGIT = {"1": "明治", "2": "大正", "3": "昭和", "4": "平成", "5": "令和"}


def text(value: str) -> str:
    """Trim spaces (ASCII and ideographic) at both ends; keep the glyphs as written."""
    return value.strip(_EDGE_SPACE)


def half_digits(value: str) -> str:
    """`１番地２` → `1番地2`: digits for 番地, postcodes and numbers, the rest untouched."""
    return text(value).translate(_HALF)


def postal_code(value: str) -> str:
    """`９９９０００１` / `999-0001` → `999-0001`; anything else → ValueError."""
    digits = unicodedata.normalize("NFKC", text(value)).replace("-", "").replace("〒", "")
    if not digits:
        return ""
    if len(digits) != 7 or not digits.isdigit():
        raise ValueError("postal code")
    return f"{digits[:3]}-{digits[3:]}"


def parse_date(value: str, formats: tuple[str, ...]) -> date | None:
    """Empty → None. `formats` are strptime patterns plus `wareki` (昭和55年3月5日, S55.3.5,
    令和元年5月1日) and `era7` (3550305: era digit + YYMMDD)."""
    raw = text(value)
    if not raw:
        return None
    if not raw.isascii():
        raw = unicodedata.normalize("NFKC", raw)
    if len(raw) == 10 and raw[4] == "-" and raw[7] == "-" and "%Y-%m-%d" in formats:
        try:  # the common case, without strptime's cost (a tenth of the import's time)
            return date.fromisoformat(raw)
        except ValueError:
            pass
    for fmt in formats:
        if fmt == "wareki":
            match = _WAREKI.match(raw)
            if match:
                return _wareki(match.group(1), match.group(2), match.group(3), match.group(4))
        elif fmt == "era7":
            match = _ERA7.match(raw)
            if match:
                return _wareki(_ERA_BY_DIGIT[match.group(1)], match.group(2), match.group(3),
                               match.group(4))
        else:
            try:
                return datetime.strptime(raw, fmt).date()
            except ValueError:
                continue
    raise ValueError("date")


def _wareki(era: str, year: str, month: str, day: str) -> date:
    try:
        return from_wareki(era, year if year == "元" else int(year), int(month), int(day))
    except (WarekiError, ValueError):
        raise ValueError("date") from None


def parse_month(value: str, month_formats: tuple[str, ...], date_formats: tuple[str, ...]) -> date | None:
    """`2016-01` → 2016-01-01 (a full date is accepted too: Madoguchi writes one)."""
    raw = unicodedata.normalize("NFKC", text(value))
    if not raw:
        return None
    for fmt in month_formats:
        try:
            return datetime.strptime(raw, fmt).date().replace(day=1)
        except ValueError:
            continue
    return parse_date(raw, date_formats)


def parse_int(value: str) -> int | None:
    raw = unicodedata.normalize("NFKC", text(value))
    if not raw:
        return None
    if not raw.isdigit():
        raise ValueError("number")
    return int(raw)


class CodeTable:
    """One code table of a profile. Digit codes match with or without leading zeros
    (続柄 `02` and `2`), full-width digits are folded first."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self._table: dict[str, Any] = {}
        for key, meaning in table.items():
            self._table[key] = meaning
            if key.isdigit():
                self._table.setdefault(str(int(key)), meaning)

    def __contains__(self, code: str) -> bool:
        return self._key(code) is not None

    def get(self, code: str) -> Any:
        """The meaning of `code`; KeyError when the table does not have it."""
        if code in self._table:  # the usual case: the code as written
            return self._table[code]
        key = self._key(code)
        if key is None:
            raise KeyError(code)
        return self._table[key]

    def _key(self, code: str) -> str | None:
        raw = unicodedata.normalize("NFKC", text(code))
        if raw in self._table:
            return raw
        if raw.isdigit() and str(int(raw)) in self._table:
            return str(int(raw))
        return None

    def code_for(self, meaning: Any) -> str:
        """The first code with this meaning (for writing a file in the profile's layout)."""
        for key, value in self._table.items():
            if value == meaning:
                return key
        raise KeyError(meaning)
