"""The law as of the visit date: every rule, procedure version and form version is valid from a day to a day.

Which date governs: the **visit (filing) date** — the context's `today`, printed as 届出日・請求日 — chooses
the rules and form versions in force. The event date (`answers.date`: 転入した日, 死亡日 …) still decides the
people's ages and other facts, as before. A family that moved on 2024-09-28 and files on 2024-10-01 is
served under the 児童手当 law in force on 2024-10-01: that is the claim the office receives that day.

`valid_from` / `valid_to` are ISO dates, both inclusive; `valid_to: null` means "until further notice".
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Mapping

from domain.errors import DomainError

BEGINNING = dt.date(1900, 1, 1)
END = dt.date(9999, 12, 31)


class ValidityError(DomainError):
    """A valid_from / valid_to value is not an ISO date, or the window is reversed (`data["where"]`)."""

    code = "validity_invalid"
    details = ("bad_date", "missing", "reversed")


@dataclass(frozen=True, order=True)
class Validity:
    start: dt.date
    end: dt.date

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, other: "Validity") -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def empty(self) -> bool:
        return self.start > self.end

    def text(self) -> str:
        start = "" if self.start == BEGINNING else self.start.isoformat()
        end = "" if self.end == END else self.end.isoformat()
        return f"{start}〜{end}"

    def as_json(self) -> dict[str, str | None]:
        return {"valid_from": None if self.start == BEGINNING else self.start.isoformat(),
                "valid_to": None if self.end == END else self.end.isoformat()}


def _day(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidityError("bad_date", where=where) from None


def validity_of(item: Mapping[str, Any], where: str, *, required: bool = False,
                inherit: Validity | None = None) -> Validity:
    """The window of a rule / version / spec. `required`: both keys must be present (null allowed for valid_to)."""
    if required and ("valid_from" not in item or "valid_to" not in item):
        raise ValidityError("missing", where=where)
    base = inherit or Validity(BEGINNING, END)
    start = _day(item.get("valid_from"), where) or base.start
    end = _day(item.get("valid_to"), where)
    if end is None:   # null = until further notice; absent = as the base (a procedure's version)
        end = END if "valid_to" in item else base.end
    window = Validity(start, end)
    if window.empty:
        raise ValidityError("reversed", where=where)
    return window


def law_date(context: Mapping[str, Any]) -> dt.date:
    """The date that chooses the law: the visit (filing) date, `today` in the context."""
    value = context.get("today")
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)) if value else dt.date.today()


def parse_on(value: str | dt.date | None) -> dt.date:
    """`--on DATE` and API arguments: an ISO date, a date, or None for today."""
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidityError("bad_date", where="--on") from None
