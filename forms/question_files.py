"""The counter's questions for the forms catalogue, as data: forms/questions/<event>.<topic>.json.

    {"event": "move_in", "questions": [{"key": "dog_registration_no", "text": "犬の登録番号", "kind": "text",
      "choices": [["value", "ラベル"], ...], "required": true, "when": [{"key": "answers.has_dog", "op": "true"}]}]}

Each `key` is an `answers.*` key a rule or a form of this package reads. The window's question loader
(the lead's, app/visit) turns these into pickers; this module only lists the files and their keys, so
`rules lint` knows which answers exist and the tests can check the files against the scenario format.
Consent boxes, the payment-account choice and the 電子証明書 choices are questions with no default.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

QUESTIONS_DIR = Path(__file__).with_name("questions")
KINDS = ("text", "date", "bool", "choice", "person")


@lru_cache(maxsize=None)
def question_files() -> tuple[tuple[str, dict], ...]:
    return tuple((p.name, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(QUESTIONS_DIR.glob("*.json")))


def answer_keys() -> set[str]:
    return {q["key"] for _, data in question_files() for q in data.get("questions", [])}
