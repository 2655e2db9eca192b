"""The value rules of a scenario file and its one error: each check names the key, never
quotes the value (it may be a name or a birth date). Used by forms.scenario (the keys) and
forms.scenario_file (reading the file)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Mapping

from domain.errors import DomainError
from forms import relationship

SEX_CODES = ("0", "1", "2", "9")
MAX_TEXT, MAX_NOTE, MAX_ITEMS = 500, 5000, 50
# A form prints dates from 明治元年; later than this is a typo (9999-12-31 overflows date arithmetic).
MIN_DATE, MAX_DATE = dt.date(1868, 1, 25), dt.date(2099, 12, 31)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# single-line text: no control character (C0, DEL, C1) and no lone surrogate (a JSON "\\udc00")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# notes may hold line breaks and tabs
_NOTE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


class ScenarioError(DomainError):
    """A scenario file is wrong: `key` names the offending key (dotted path), `detail` the
    problem, `data["expected"]` the allowed values where there is a list. The offending
    value is never quoted: it may be a name or a birth date."""

    code = "scenario_invalid"
    details = ("not_object", "unknown_key", "bad_date", "required", "relationship", "one_of",
               "digits12", "not_bool", "not_list", "positive_int", "sex_code", "resident_id",
               "card_or_resident", "required_for_event", "unreadable", "bad_json",
               "resident_not_found", "too_large", "too_deep", "not_text", "missing_file",
               "no_permission", "is_directory", "not_text_value", "text_too_long", "bad_character",
               "list_of_text", "too_many", "date_range", "bad_number")

    def __init__(self, key: str, problem: str, **data):
        # a key is named in the message: a mistyped one may be anything, keep it short
        super().__init__(problem, key=key if len(key) <= 80 else key[:80] + "…", **data)

    @property
    def key(self) -> str:
        return self.data["key"]


def check_object(value: Any, key: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ScenarioError(key, "not_object")
    return value


def check_known_keys(data: Mapping, allowed: set[str], key: str) -> None:
    for k in data:
        if k not in allowed:
            raise ScenarioError(f"{key}.{k}" if key else k, "unknown_key")


def check_text(value: Any, key: str, limit: int = MAX_TEXT) -> str:
    """A string of printable characters: no number printed as an address, no control
    character or lone surrogate (a JSON "\\udc00") reaching a form or the terminal."""
    if not isinstance(value, str):
        raise ScenarioError(key, "not_text_value")
    if len(value) > limit:
        raise ScenarioError(key, "text_too_long", limit=limit)
    if (_NOTE_CONTROL if limit == MAX_NOTE else _CONTROL).search(value):
        raise ScenarioError(key, "bad_character")
    return value


def check_texts(value: Any, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ScenarioError(key, "list_of_text")
    if len(value) > MAX_ITEMS:
        raise ScenarioError(key, "too_many", limit=MAX_ITEMS)
    return [check_text(v, f"{key}[{i}]") for i, v in enumerate(value)]


def check_bool(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise ScenarioError(key, "not_bool")
    return value


def check_choice(value: Any, key: str, options: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in options:
        raise ScenarioError(key, "one_of", expected=" / ".join(options))
    return value


def check_scalar(value: Any, key: str) -> Any:
    if isinstance(value, str):
        return check_text(value, key)
    if isinstance(value, (bool, int)) and not (isinstance(value, int) and abs(value) > 10 ** 15):
        return value
    raise ScenarioError(key, "not_text_value")


def check_sex_code(value: Any, key: str) -> str:
    if isinstance(value, bool) or str(value) not in SEX_CODES:
        raise ScenarioError(key, "sex_code")
    return value


def check_date(value: Any, key: str) -> str:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ScenarioError(key, "bad_date")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ScenarioError(key, "bad_date") from None
    if not MIN_DATE <= day <= MAX_DATE:
        raise ScenarioError(key, "date_range", low=MIN_DATE.isoformat(), high=MAX_DATE.isoformat())
    return day.isoformat()


def check_digits12(value: Any, key: str) -> None:
    if not (isinstance(value, str) and value.isascii() and value.isdigit() and len(value) == 12):
        raise ScenarioError(key, "digits12")


def check_relationship(value: Any, key: str) -> str:
    try:
        return relationship.normalize(check_text(value, key))
    except relationship.RelationshipError:
        raise ScenarioError(key, "relationship") from None
