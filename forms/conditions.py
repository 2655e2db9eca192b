"""The one comparison behind a condition `{"key"|"fact": …, "op": …, "value": …}`, shared by
the procedure rules (forms/rules/*.json) and the questions' `when`/`unless`
(forms/questions/*.json), so the two data files mean the same by the same operator."""
from __future__ import annotations

from typing import Any

OPS = ("set", "unset", "true", "false", "in", "==", "!=", "<", "<=", ">", ">=")


def compare(actual: Any, op: str, expected: Any) -> bool:
    if op == "set":           # answered (a "no" is an answer too)
        return actual is not None and actual != ""
    if op == "unset":         # not asked / not answered
        return actual is None or actual == ""
    if op == "true":
        return bool(actual)
    if op == "false":
        return not actual
    if op == "in":
        return actual in expected
    if op == "==":
        return actual == expected
    if op == "!=":
        return actual != expected
    if op in ("<", "<=", ">", ">="):
        if actual is None:
            return False
        return {"<": actual < expected, "<=": actual <= expected,
                ">": actual > expected, ">=": actual >= expected}[op]
    raise ValueError(f"condition op {op!r}")
