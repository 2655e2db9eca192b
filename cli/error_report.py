"""The CLI's one formatter for errors: a DomainError becomes its catalogue message, the
next action and the documented exit code (app.error_catalog, docs/exit-codes.md)."""
from __future__ import annotations

import sys
from typing import TextIO

from app.error_catalog import data_of, fill, lookup


def message_for(exc: BaseException) -> tuple[str, str, int]:
    """(message, next action, exit code) for any exception."""
    _key, text = lookup(exc)
    data = data_of(exc)
    return fill(text.message, data), fill(text.next_action, data), text.exit_code


def report(exc: BaseException, stream: TextIO | None = None) -> int:
    """Print the message (and what to do next) to stderr; return the exit code."""
    message, next_action, code = message_for(exc)
    out = stream or sys.stderr
    print(f"エラー: {message}", file=out)
    if next_action:
        print(f"→ {next_action}", file=out)
    return code
