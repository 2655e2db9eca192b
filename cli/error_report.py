"""The CLI's one formatter for errors: a DomainError becomes its catalogue message, the
next action and the documented exit code (app.error_catalog, docs/exit-codes.md); an
unexpected fault becomes one line naming the log that holds its technical detail."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from app.error_catalog import CATALOG, data_of, fill, lookup


def message_for(exc: BaseException) -> tuple[str, str, int]:
    """(message, next action, exit code) for any exception."""
    _key, text = lookup(exc)
    data = data_of(exc)
    return fill(text.message, data), fill(text.next_action, data), text.exit_code


def _print(lines: list[str], stream: TextIO | None) -> None:
    out = stream or sys.stderr
    for line in lines:
        try:
            print(line, file=out)
        except UnicodeEncodeError:  # a console that cannot show a character of a path
            print(line.encode("ascii", "backslashreplace").decode("ascii"), file=out)
        except OSError:
            return  # stderr closed: the exit code still tells


def _entry(key: str, data: dict, stream: TextIO | None) -> int:
    text = CATALOG[key]
    lines = [f"エラー: {fill(text.message, data)}"]
    if text.next_action:
        lines.append(f"→ {fill(text.next_action, data)}")
    _print(lines, stream)
    return text.exit_code


def report(exc: BaseException, stream: TextIO | None = None) -> int:
    """Print the message (and what to do next) to stderr; return the exit code."""
    message, next_action, code = message_for(exc)
    _print([f"エラー: {message}"] + ([f"→ {next_action}"] if next_action else []), stream)
    return code


def report_unexpected(exc: BaseException, log_file: Path | None, command: tuple[str, ...] = (),
                      options: tuple[str, ...] = (), stream: TextIO | None = None) -> int:
    """One line with an incident number and where the technical detail went."""
    from cli.fault_log import new_incident_id, record_incident, technical_detail

    incident = new_incident_id()
    try:
        detail = technical_detail(exc, incident, command, options)
    except Exception:  # noqa: BLE001 — an exception whose str() fails must still be reported
        detail = f"unexpected fault {incident}: {type(exc).__name__} (no further detail could be formatted)"
    written = record_incident(detail, log_file)
    key = "cli_unexpected" if written else "cli_unexpected.not_recorded"
    return _entry(key, {"incident": incident, "log": str(written or "")}, stream)


def report_interrupted(stream: TextIO | None = None) -> int:
    return _entry("cli_interrupted", {}, stream)
