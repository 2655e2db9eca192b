"""Reading a scenario file within limits, before any JSON parsing: at most MAX_BYTES
(`--scenario /dev/zero` ends at once), UTF-8 with or without a BOM (Windows Notepad writes
one) or UTF-16 with its BOM, nesting at most MAX_DEPTH (json would recurse until Python
gives up), no NaN/Infinity and no number too long to convert."""
from __future__ import annotations

import errno
import json
import re
from pathlib import Path
from typing import Any

from forms.scenario_values import ScenarioError

MAX_BYTES = 1024 * 1024  # one visit is a few kilobytes
MAX_DEPTH = 12           # the format nests 4 levels
_FILE_ERRORS = {errno.ENOENT: "missing_file", errno.ENOTDIR: "missing_file", errno.EACCES: "no_permission",
                errno.EPERM: "no_permission", errno.EISDIR: "is_directory"}
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def _read_limited(path: str | Path) -> bytes:
    """At most MAX_BYTES: `--scenario /dev/zero` ends at once, not when memory runs out."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        detail = _FILE_ERRORS.get(exc.errno or 0, "unreadable")
        if detail == "no_permission" and _is_dir(path):  # Windows says EACCES for a folder
            detail = "is_directory"
        raise ScenarioError("(file)", detail, reason=errno.errorcode.get(exc.errno or 0, "")) from None
    if len(raw) > MAX_BYTES:
        raise ScenarioError("(file)", "too_large", limit_kb=MAX_BYTES // 1024)
    return raw


def _is_dir(path) -> bool:
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):
        return False


def _decode(raw: bytes) -> str:
    """UTF-8 (a BOM, as Windows Notepad writes it, is accepted) or UTF-16 with its BOM."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ScenarioError("(file)", "not_text", offset=exc.start + 1) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioError("(file)", "not_text", offset=exc.start + 1) from None


def _check_depth(text: str) -> None:
    """Nesting beyond MAX_DEPTH is refused before json recurses into it."""
    depth = 0
    for bracket in _BRACKETS.finditer(_STRING.sub('""', text)):
        depth += 1 if bracket.group() in "[{" else -1
        if depth > MAX_DEPTH:
            raise ScenarioError("(json)", "too_deep", limit=MAX_DEPTH)


def _no_constant(name: str):
    raise ValueError(name)  # NaN, Infinity: not JSON, and no form field takes one


def read_scenario_json(path: str | Path) -> Any:
    text = _decode(_read_limited(path))
    _check_depth(text)
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ScenarioError("(json)", "bad_json", line=exc.lineno, column=exc.colno) from None
    except (ValueError, RecursionError):  # NaN, a 5000-digit number
        raise ScenarioError("(json)", "bad_number") from None
