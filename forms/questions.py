"""The questions asked at the counter, as data (forms/questions/*.json), and the checks an
answer must pass before the clerk leaves the page.

A file holds questions for one event (or "*" for every event) and/or a named set of
questions asked of each person ("person_set"). Each question:
  key, text, kind (text | address | date | phone | kana | digits | count | choice | person |
  relationship | relationship_free | my_number | residence_card), required, choices
  [[value, label], …] (a picker, never free text that must match a hidden word list),
  when / unless (conditions in the rules' shape on answers.*, person.* or deceased.*),
  needed_by (procedure ids: asked only once the visit's procedures include one of them),
  default (only where no consent, payment or choice of the resident's is implied),
  default_from (a fact that stands in when the answer is left empty: it keeps its own
  provenance), hint, validate (event_date | birth_date | future_date), sensitive.
An event file also says which person set applies ("person_questions") and whose rows the
members list shows ("members": added | registry | registry_optional | none).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from stdnum.jp import in_

from forms import relationship
from forms.conditions import compare
from forms.events import EventCode
from forms.validation import EVENT_FUTURE, EVENT_PAST, KANA_RE, PHONE_RE
from forms.wareki import ERAS

QUESTIONS_DIR = Path(__file__).with_name("questions")
RESIDENCE_CARD_RE = re.compile(r"^[A-Z]{2}\d{8}[A-Z]{2}$")
REQUIRED, FORMAT, DATE_RANGE, CHECK_DIGIT, CHOICE = "required", "format", "date_range", "check_digit", "choice"


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    kind: str = "text"
    choices: tuple[tuple[Any, str], ...] = ()
    required: bool = False
    when: tuple[Mapping[str, Any], ...] = ()
    unless: tuple[Mapping[str, Any], ...] = ()
    needed_by: tuple[str, ...] = ()
    default: Any = None
    default_from: str = ""
    hint: str = ""
    validate: str = ""
    sensitive: bool = False
    holder: str = ""           # "card": the card holder's value comes from the card (not asked)
    optional_label: str = ""   # what an unanswered optional choice means (e.g. カードの方が届出)
    any: tuple[Mapping[str, Any], ...] = ()   # asked when at least one of these holds (rules' shape)


@dataclass(frozen=True)
class EventQuestions:
    event: str
    questions: tuple[Question, ...]
    person_questions: tuple[Question, ...] = ()
    members: str = "registry"   # whose rows the members list shows (see module doc)


@dataclass(frozen=True)
class AnswerIssue:
    key: str            # "date", or "members.2.kana" for a person's answer
    code: str
    expected: str = ""


def _question(raw: Mapping[str, Any]) -> Question:
    kind = raw.get("kind", "text")
    choices = tuple((c[0], c[1]) for c in raw.get("choices", ()))
    if kind == "bool":   # a yes/no picker: no default, the resident answers
        kind, choices = "choice", YES_NO
    return Question(
        raw["key"], raw["text"], kind, choices, bool(raw.get("required")),
        tuple(raw.get("when", ())), tuple(raw.get("unless", ())), tuple(raw.get("needed_by", ())),
            raw.get("default"), raw.get("default_from", ""), raw.get("hint", ""), raw.get("validate", ""),
        bool(raw.get("sensitive")), raw.get("holder", ""), raw.get("optional_label", ""),
        tuple(raw.get("any", ())))


# Kinds of question (see the module doc); "bool" is a yes/no picker, "members" the people list.
KINDS = ("text", "address", "date", "phone", "kana", "digits", "count", "choice", "bool", "person",
         "relationship", "relationship_free", "my_number", "residence_card")
YES_NO = ((True, "はい"), (False, "いいえ"))


def _file_order(path: Path) -> tuple:
    # an event's own file first (<event>.json), then its topic files (<event>.<topic>.json)
    return (path.name.split(".")[0], path.name.count("."), path.name)


@lru_cache(maxsize=None)
def question_files() -> tuple[tuple[str, dict], ...]:
    """(file name, contents) of every question file, in the order the page asks them."""
    return tuple((p.name, json.loads(p.read_text(encoding="utf-8")))
                 for p in sorted(QUESTIONS_DIR.glob("*.json"), key=_file_order))


def _files() -> tuple[dict, ...]:
    return tuple(data for _, data in question_files())


def answer_keys() -> set[str]:
    """Every `answers.*` key some question asks."""
    return {q["key"] for data in _files() for q in data.get("questions", ())}


@lru_cache(maxsize=None)
def person_sets() -> dict[str, tuple[Question, ...]]:
    sets: dict[str, list[Question]] = {}
    for data in _files():
        if "person_set" in data:
            sets.setdefault(data["person_set"], []).extend(_question(q) for q in data["person_questions"])
    return {name: tuple(qs) for name, qs in sets.items()}


@lru_cache(maxsize=None)
def questions_for(event: str | EventCode) -> EventQuestions:
    event = EventCode(event)
    common: list[Question] = []
    own: list[Question] = []
    person_set, members = "", "registry"
    for data in _files():
        if data.get("event") == "*" and "questions" in data:
            common.extend(_question(q) for q in data["questions"])
        elif data.get("event") == event.value:
            own.extend(_question(q) for q in data.get("questions", ()))
            if isinstance(data.get("person_questions"), str):
                person_set = data["person_questions"]
            members = data.get("members", members)
    seen: set[str] = set()
    unique = []
    for q in own:   # the event's own file first: a topic file never asks a key twice
        if q.key not in seen:
            seen.add(q.key)
            unique.append(q)
    merged = unique + [q for q in common if q.key not in seen]
    return EventQuestions(event.value, tuple(merged), person_sets().get(person_set, ()), members)


# --- conditions ------------------------------------------------------------------

def _holds(cond: Mapping[str, Any], values: Mapping[str, Any]) -> bool:
    return compare(values.get(cond["key"]), cond["op"], cond.get("value"))


def asked(q: Question, values: Mapping[str, Any], procedures: set[str] | None = None) -> bool:
    """Whether the question is on the page: its conditions hold and, for a question only a
    procedure needs, that procedure is among the visit's (None: not known yet → asked)."""
    if q.when and not all(_holds(c, values) for c in q.when):
        return False
    if q.unless and all(_holds(c, values) for c in q.unless):
        return False
    if q.any and not any(_holds(c, values) for c in q.any):
        return False
    if q.needed_by and procedures is not None and not (set(q.needed_by) & procedures):
        return False
    return True


def flatten_answers(answers: Mapping[str, Any], prefix: str = "answers") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in answers.items():
        full = f"{prefix}.{key}"
        out[full] = value
        if isinstance(value, Mapping):
            out.update(flatten_answers(value, full))
    return out


def answer_of(answers: Mapping[str, Any], key: str) -> Any:
    """`certificate.kind` reads answers["certificate"]["kind"] or answers["certificate.kind"]."""
    if key in answers:
        return answers[key]
    value: Any = answers
    for part in key.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


# --- checks ----------------------------------------------------------------------

def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def check_answer(q: Question, value: Any, today: dt.date) -> AnswerIssue | None:
    if value in (None, "", []):
        return AnswerIssue(q.key, REQUIRED) if q.required else None
    kind = q.kind
    if q.choices and kind in ("choice",):
        return None if value in [c[0] for c in q.choices] else AnswerIssue(q.key, CHOICE)
    if kind == "date":
        day = _date(value)
        if day is None:
            return AnswerIssue(q.key, FORMAT, "date")
        if day < ERAS[-1].start:
            return AnswerIssue(q.key, DATE_RANGE, "birth_date")
        if q.validate == "event_date" and not (today - EVENT_PAST <= day <= today + EVENT_FUTURE):
            return AnswerIssue(q.key, DATE_RANGE, "event_date")
        if q.validate == "birth_date" and day > today + EVENT_FUTURE:
            return AnswerIssue(q.key, DATE_RANGE, "birth_date")
        if q.validate == "future_date" and day < today:
            return AnswerIssue(q.key, DATE_RANGE, "future_date")
        return None
    text = str(value).strip()
    if kind == "kana":
        return None if KANA_RE.match(text) else AnswerIssue(q.key, FORMAT, "kana")
    if kind == "phone":
        return None if PHONE_RE.match(text.replace("(", "-").replace(")", "-")) else AnswerIssue(q.key, FORMAT, "phone")
    if kind in ("digits",):
        return None if text.replace("-", "").isdigit() else AnswerIssue(q.key, FORMAT, "digits")
    if kind == "count":
        return None if text.isdigit() and 1 <= int(text) <= 99 else AnswerIssue(q.key, FORMAT, "positive_int")
    if kind == "my_number":
        digits = text.replace(" ", "").replace("-", "")
        if not (digits.isdigit() and len(digits) == 12):
            return AnswerIssue(q.key, FORMAT, "my_number")
        return None if in_.is_valid(digits) else AnswerIssue(q.key, CHECK_DIGIT)
    if kind == "residence_card":
        return None if RESIDENCE_CARD_RE.match(text.upper()) else AnswerIssue(q.key, FORMAT, "residence_card")
    if kind == "relationship":
        try:
            relationship.normalize(text)
        except relationship.RelationshipError:
            return AnswerIssue(q.key, FORMAT, "relationship")
    return None


def check_answers(event: str | EventCode, answers: Mapping[str, Any],
                  people: list[Mapping[str, Any]] = (), *, today: dt.date,
                  facts: Mapping[str, Any] | None = None,
                  procedures: set[str] | None = None,
                  holder_known: Mapping[str, Any] | None = None) -> list[AnswerIssue]:
    """Every problem with the answers of the page, in page order. `people`: the person entries
    the page collected (row 0 is the card holder when the person set covers the holder);
    `facts`: values conditions and `default_from` may read (card.*, deceased.*)."""
    spec = questions_for(event)
    values = dict(facts or {})
    values.update(flatten_answers(answers))
    issues: list[AnswerIssue] = []
    for q in spec.questions:
        if q.kind == "members" or not asked(q, values, procedures):
            continue
        value = answer_of(answers, q.key)
        if value in (None, "") and q.default_from and values.get(q.default_from) not in (None, ""):
            continue  # the fact stands in, with its own provenance
        issue = check_answer(q, value, today)
        if issue is not None:
            issues.append(issue)
    for i, person in enumerate(people):
        person_values = dict(values)
        person_values.update({f"person.{k}": v for k, v in person.items()})
        is_holder = person.get("id") == "holder"
        for q in spec.person_questions:
            if is_holder and q.holder == "card":
                continue
            if not asked(q, person_values, procedures):
                continue
            value = person.get(q.key)
            if value in (None, "") and q.default_from and values.get(q.default_from) not in (None, ""):
                continue
            issue = check_answer(q, value, today)
            if issue is not None:
                issues.append(AnswerIssue(f"members.{i}.{q.key}", issue.code, issue.expected))
    return issues


ANSWER_TEXT = {
    REQUIRED: "回答が必要です。",
    FORMAT: "書式が正しくありません（{expected}）。",
    DATE_RANGE: "日付が受付できる範囲にありません（{expected}）。",
    CHECK_DIGIT: "個人番号の検査用数字が合いません。番号を確かめてください。",
    CHOICE: "一覧から選んでください。",
}
EXPECTED_TEXT = {
    "date": "YYYY-MM-DD の日付（例 2026-11-01）", "event_date": "受付日の2年前から60日後まで",
    "birth_date": "明治以降、受付日から60日後まで", "future_date": "今日以降の日付",
    "kana": "カタカナ（氏と名の間は空白）", "phone": "0から始まる電話番号（例 0155-12-3456）",
    "digits": "数字", "positive_int": "1〜99の整数", "my_number": "12桁の数字",
    "residence_card": "英字2桁＋数字8桁＋英字2桁（例 AB12345678CD）",
    "relationship": "世帯主から見た続柄（妻、子、妻の父 など）",
}


def answer_issue_text(issue: AnswerIssue) -> str:
    return ANSWER_TEXT[issue.code].format(expected=EXPECTED_TEXT.get(issue.expected, issue.expected))


__all__ = ["AnswerIssue", "EventQuestions", "KINDS", "Question", "answer_issue_text", "answer_keys", "asked",
           "check_answers", "person_sets", "question_files", "questions_for"]
