"""和暦 (Japanese era) dates for printing on forms.

Boundaries follow forms-catalog §12.1. Showa→Heisei and Heisei→Reiwa changed on
the *next* day (1989-01-08, 2019-05-01); Meiji→Taisho and Taisho→Showa changed on
the same day, which we assign to the new era as most software does.
The first year of an era is printed 元年, never 1年.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from domain.errors import DomainError


@dataclass(frozen=True)
class Era:
    name: str        # 令和
    short: str       # 令
    letter: str      # R
    code: int        # de-facto numeric code 1..5
    start: dt.date   # first day of the era


ERAS: tuple[Era, ...] = (
    Era("令和", "令", "R", 5, dt.date(2019, 5, 1)),
    Era("平成", "平", "H", 4, dt.date(1989, 1, 8)),
    Era("昭和", "昭", "S", 3, dt.date(1926, 12, 25)),
    Era("大正", "大", "T", 2, dt.date(1912, 7, 30)),
    Era("明治", "明", "M", 1, dt.date(1868, 1, 25)),
)


class WarekiError(DomainError):
    """A date no era can print: "before_meiji", or a 和暦 that does not exist
    ("unknown_era", "outside_era"). The date itself is never quoted (it may be a birth date)."""

    code = "wareki_invalid"
    details = ("before_meiji", "unknown_era", "outside_era")


@dataclass(frozen=True)
class WarekiDate:
    era: Era
    year: int
    month: int
    day: int

    @property
    def year_text(self) -> str:
        return "元" if self.year == 1 else str(self.year)

    def format(self) -> str:
        """令和元年5月1日"""
        return f"{self.era.name}{self.year_text}年{self.month}月{self.day}日"

    def format_spaced(self) -> str:
        """Aligned for boxes: 令和 7年 4月 1日"""
        return f"{self.era.name}{self.year_text:>2}年{self.month:>2}月{self.day:>2}日"


def era_of(day: dt.date) -> Era:
    for era in ERAS:
        if day >= era.start:
            return era
    raise WarekiError("before_meiji")


def to_wareki(day: dt.date) -> WarekiDate:
    era = era_of(day)
    return WarekiDate(era, day.year - era.start.year + 1, day.month, day.day)


def parse_iso(value: str | dt.date) -> dt.date:
    """Accept YYYY-MM-DD or the card's compact YYYYMMDD."""
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if len(text) == 8 and text.isdigit():
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    return dt.date.fromisoformat(text)


def format_wareki(value: str | dt.date | None) -> str:
    """ISO date (or date) → 和暦 text; empty string for no value."""
    if value in (None, ""):
        return ""
    return to_wareki(parse_iso(value)).format()


def from_wareki(era_name: str, year: int | str, month: int, day: int) -> dt.date:
    """Inverse: ('令和', '元', 5, 1) → 2019-05-01. Rejects dates outside the era."""
    era = next((e for e in ERAS if era_name in (e.name, e.short, e.letter)), None)
    if era is None:
        raise WarekiError("unknown_era")
    y = 1 if year in ("元", 1) else int(year)
    day_ = dt.date(era.start.year + y - 1, month, day)
    if era_of(day_) is not era:
        raise WarekiError("outside_era", era=era.name)
    return day_


def age_on(birth: dt.date, on: dt.date) -> int:
    """Completed years on a date (a 29 Feb birthday ages on 1 Mar in common years)."""
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def year_end_after(birth: dt.date, years: int) -> dt.date:
    """The first 31 March after reaching `years` (年度末). Legally an age is reached the day *before*
    the birthday, so a child born on 1 April reaches it on 31 March and leaves on that very day —
    the same cut-off as the school year."""
    try:
        birthday = birth.replace(year=birth.year + years)
    except ValueError:  # 29 February
        birthday = dt.date(birth.year + years, 3, 1)
    reached = birthday - dt.timedelta(days=1)
    march = dt.date(reached.year, 3, 31)
    return march if reached <= march else dt.date(reached.year + 1, 3, 31)


def koukousei_end(birth: dt.date) -> dt.date:
    """End of 高校生年代: the first 31 March after reaching 18 (児童手当 since 2024-10, §5)."""
    return year_end_after(birth, 18)


def chugaku_end(birth: dt.date) -> dt.date:
    """End of 中学校修了前: the first 31 March after reaching 15 (児童手当 until 2024-09)."""
    return year_end_after(birth, 15)


def school_grade(birth: dt.date, on: dt.date) -> str:
    """学年 of a school-age child on a day: 小1–小6, 中1–中3; "" outside 学齢."""
    start = year_end_after(birth, 6) + dt.timedelta(days=1)     # the 1 April 小1 starts
    if on < start:
        return ""
    years = on.year - start.year - (1 if (on.month, on.day) < (4, 1) else 0)
    if years < 6:
        return f"小{years + 1}"
    if years < 9:
        return f"中{years - 5}"
    return ""


def school_age(birth: dt.date, on: dt.date) -> bool:
    """学齢 (小1–中3): from the first 1 April after reaching 6 to the first 31 March after reaching 15."""
    def first_april_after(years: int) -> dt.date:
        try:
            bd = birth.replace(year=birth.year + years)
        except ValueError:
            bd = dt.date(birth.year + years, 3, 1)
        reached = bd - dt.timedelta(days=1)
        april = dt.date(reached.year, 4, 1)
        return april if reached < april else dt.date(reached.year + 1, 4, 1)
    return first_april_after(6) <= on < first_april_after(15)
