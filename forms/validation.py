"""Field-level validation. Returns codes and what is expected, never UI text; the words
(with the expected format) are in ISSUE_TEXT, translated by the window.

Codes: required, format, date_range, check_digit.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Iterator, Mapping

from stdnum.jp import in_

from forms.draft import FieldIssue, FormDraft
from forms.spec import FieldSpec, FormSpec
from forms.wareki import ERAS, parse_iso

REQUIRED, FORMAT, DATE_RANGE, CHECK_DIGIT = "required", "format", "date_range", "check_digit"
EARLIEST = ERAS[-1].start
# An event date (異動日, 死亡日 …) may lie this far back or ahead of the visit (転出 is filed in advance).
EVENT_PAST, EVENT_FUTURE = dt.timedelta(days=366 * 2), dt.timedelta(days=60)
PHONE_RE = re.compile(r"^0\d{1,4}-?\d{1,4}-?\d{3,4}$")
# フリガナ: katakana (incl. ヴ, small kana, ー) and spaces between 氏 and 名
KANA_RE = re.compile(r"^[\u30A1-\u30FA\u30FC\u3000 ・]+$")


# What each code says, with `{expected}` from EXPECTED (or the allowed options).
ISSUE_TEXT = {
    REQUIRED: "必須の項目です。入力してください。",
    FORMAT: "書式が正しくありません（{expected}）。",
    DATE_RANGE: "日付が受付できる範囲にありません（{expected}）。",
    CHECK_DIGIT: "個人番号の検査用数字が合いません（12桁の番号を確かめてください）。",
}
EXPECTED = {
    "my_number": "12桁の数字",
    "digits": "数字",
    "date": "YYYY-MM-DD の日付（例 2026-11-01）",
    "event_date": "受付日の2年前から60日後まで",
    "birth_date": "明治以降、受付日から60日後まで",
    "kana": "カタカナ（氏と名の間は空白）",
    "phone": "0から始まる電話番号（例 0155-12-3456）",
    "positive_int": "1以上の整数",
}


def issue_text(issue: FieldIssue) -> str:
    """The Japanese message for a finding, with what is expected."""
    return ISSUE_TEXT.get(issue.code, issue.code).format(expected=issue.expected or "")


def expected_for(kind: str, n: int = 0, options: tuple[str, ...] = (), validate: str = "") -> str:
    """What a value of this kind must look like, for the message next to the field."""
    if validate in EXPECTED:
        return EXPECTED[validate]
    if kind == "digits":
        return f"{n}桁以内の数字" if n else EXPECTED["digits"]
    if kind == "wareki_date":
        return EXPECTED["date"]
    if kind in ("checkboxes", "radio") and options:
        return "・".join(options) + " のどれか"
    return EXPECTED.get(kind, "")


def check_value(kind: str, value: Any, *, n: int = 0, options: tuple[str, ...] = (),
                validate: str = "", today: dt.date | None = None) -> str | None:
    """One value against its type and rule; returns a code or None."""
    if value in (None, "", []):
        return None
    today = today or dt.date.today()
    if validate == "my_number":
        digits = str(value).replace(" ", "").replace("-", "")
        if not (digits.isdigit() and len(digits) == 12):
            return FORMAT
        return None if in_.is_valid(digits) else CHECK_DIGIT
    if kind == "digits":
        digits = str(value).replace(" ", "").replace("-", "")
        return None if digits.isdigit() and (not n or len(digits) <= n) else FORMAT
    if kind == "wareki_date":
        try:
            day = parse_iso(value)
        except (TypeError, ValueError):
            return FORMAT
        if day < EARLIEST:
            return DATE_RANGE
        if validate == "event_date" and not (today - EVENT_PAST <= day <= today + EVENT_FUTURE):
            return DATE_RANGE
        # expiry dates (在留期間の満了日, 認定の有効期間) lie in the future by nature
        if validate not in ("event_date", "expiry") and day > today + EVENT_FUTURE:
            return DATE_RANGE
        return None
    if kind == "kana":
        return None if KANA_RE.match(str(value)) else FORMAT
    if kind in ("checkboxes", "radio") and options:
        chosen = value if isinstance(value, (list, tuple)) else [value]
        return None if all(c in options for c in chosen) else FORMAT
    if validate == "phone":
        return None if PHONE_RE.match(str(value).replace("(", "-").replace(")", "-")) else FORMAT
    if validate == "positive_int":
        return None if str(value).isdigit() and int(value) > 0 else FORMAT
    return None


def _field_issues(f: FieldSpec, draft: FormDraft, today: dt.date) -> Iterator[FieldIssue]:
    if f.type == "person_rows":
        if f.required and draft.row_counts.get(f.id, 0) == 0:
            yield FieldIssue(f.id, REQUIRED)
        for i in range(draft.row_counts.get(f.id, 0)):
            for col in f.columns:
                value = draft.get(f"{f.id}.{i}.{col.id}")
                code = check_value(col.type, value, n=col.n, options=col.options, validate=col.validate, today=today)
                if code:
                    yield FieldIssue(f"{f.id}.{i}.{col.id}", code,
                                     _expected(code, col.type, col.n, col.options, col.validate))
        return
    value = draft.get(f.id)
    if value in (None, "", []):
        if f.required:
            yield FieldIssue(f.id, REQUIRED)
        return
    code = check_value(f.type, value, n=f.n, options=f.options, validate=f.validate, today=today)
    if code:
        yield FieldIssue(f.id, code, _expected(code, f.type, f.n, f.options, f.validate))


def _expected(code: str, kind: str, n: int, options, validate: str) -> str:
    if code == DATE_RANGE:
        return EXPECTED["event_date"] if validate == "event_date" else EXPECTED["birth_date"]
    return expected_for(kind, n, options, validate) if code == FORMAT else ""


def validate(spec: FormSpec, draft: FormDraft, context: Mapping[str, Any] | None = None) -> list[FieldIssue]:
    """Every finding on one draft (`context["today"]` is the visit date)."""
    today = parse_iso((context or {}).get("today") or dt.date.today())
    issues: list[FieldIssue] = []
    for f in spec.value_fields:
        issues.extend(_field_issues(f, draft, today))
    return issues
