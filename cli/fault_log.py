"""The technical record of an unexpected fault: enough for IT staff, nothing personal.

What is written: the exception's type; its message only where Python's message names
code (an attribute, a type), otherwise with quoted values, digits and non-ASCII text
masked; for a database error the SQL statement text, the driver's error class and code,
never the parameters (names, birth dates, the My Number hash) nor PostgreSQL's DETAIL
line (which quotes key values); the frames of our own code (file, line, function) — no
local variables, no library frames; the command and option names, never their values.
The log handler also masks any 12-digit run (app.logging_setup).
"""
from __future__ import annotations

import logging
import platform
import re
import secrets
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_OUR_TOP_LEVEL = ("app", "cardreader", "cli", "domain", "forms", "training", "widgets", "main.py",
                  "composition.py")
# Exceptions whose messages Python builds from code (names of types and attributes).
_CODE_MESSAGES = (AttributeError, TypeError, NameError, ImportError, NotImplementedError,
                  RecursionError, ZeroDivisionError, OverflowError, MemoryError)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_DIGITS = re.compile(r"\d{2,}")
_SQL_MAX = 600

log = logging.getLogger("madoguchi.cli")


def new_incident_id() -> str:
    return secrets.token_hex(4)


def safe_message(exc: BaseException) -> str:
    text = str(exc)
    if not isinstance(exc, _CODE_MESSAGES):
        text = _QUOTED.sub("'…'", text)
        text = _DIGITS.sub("N", text)
    text = _NON_ASCII.sub("…", text)
    return text.splitlines()[0][:300] if text else ""


def _database_part(exc: BaseException) -> list[str]:
    statement = getattr(exc, "statement", None)
    orig = getattr(exc, "orig", None)
    if statement is None and orig is None:
        return []
    lines = []
    if orig is not None:
        code = getattr(orig, "sqlite_errorname", None) or getattr(orig, "sqlstate", None) or ""
        primary = getattr(getattr(orig, "diag", None), "message_primary", None)
        if primary is None and getattr(orig, "sqlite_errorname", None):
            primary = str(orig)  # SQLite names the table/constraint, never a value
        lines.append(f"  driver: {type(orig).__module__}.{type(orig).__name__} {code}".rstrip())
        if primary:
            lines.append(f"  driver message: {_NON_ASCII.sub('…', primary.splitlines()[0])[:300]}")
    if statement:
        sql = " ".join(str(statement).split())
        lines.append(f"  SQL (parameters not recorded): {sql[:_SQL_MAX]}")
    return lines


def _our_frames(tb) -> list[str]:
    lines = []
    for frame in traceback.extract_tb(tb):
        try:
            relative = Path(frame.filename).resolve().relative_to(ROOT)
        except ValueError:
            continue
        if relative.parts and relative.parts[0] in _OUR_TOP_LEVEL:
            lines.append(f"    {relative.as_posix()}:{frame.lineno} in {frame.name}")
    return lines


def _chain(exc: BaseException) -> list[BaseException]:
    chain, seen = [], set()
    while exc is not None and id(exc) not in seen and len(chain) < 5:
        chain.append(exc)
        seen.add(id(exc))
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return chain


def technical_detail(exc: BaseException, incident: str, command: tuple[str, ...] = (),
                     options: tuple[str, ...] = ()) -> str:
    lines = [f"unexpected fault {incident}: madoguchi {' '.join(command) or '(no command)'}"
             + (f" with {' '.join(options)}" if options else "")]
    for depth, part in enumerate(_chain(exc)):
        name = f"{type(part).__module__}.{type(part).__qualname__}".replace("builtins.", "")
        lines.append(("caused by " if depth else "") + f"{name}: {safe_message(part)}")
        lines += _database_part(part)
        frames = _our_frames(part.__traceback__)
        if frames:
            lines.append("  our frames (innermost last):")
            lines += frames
    lines.append(f"  python {platform.python_version()} on {sys.platform}")
    return "\n".join(lines)


def record_incident(detail: str, log_file: Path | None) -> Path | None:
    """Write the detail to the application log (when it is set up) or else to a private
    file in the temporary folder; returns where it went, None when nowhere could be written."""
    if log_file is not None:
        log.error("%s", detail)
        for handler in logging.getLogger().handlers:
            handler.flush()
        return log_file
    try:
        folder = Path(tempfile.gettempdir()) / "madoguchi-logs"
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / "madoguchi-cli.log"
        from app.logging_setup import redact

        with open(path, "a", encoding="utf-8", opener=lambda p, f: _private_open(p, f)) as fh:
            fh.write(redact(detail) + "\n")
        return path
    except OSError:
        return None


def _private_open(path, flags):
    import os

    return os.open(path, flags, 0o600)
