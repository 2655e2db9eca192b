"""Application logging: a rotating file in the data dir, with redaction.

The rule is that code never logs personal data. The redaction here is
defence in depth only: any run of 12 digits (a My Number, also when grouped
by spaces or hyphens, or in full-width digits) is replaced before a line is
written, including inside tracebacks.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

LOG_FILE_NAME = "madoguchi.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
REDACTED = "[12桁番号削除]"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
# ASCII and full-width digits, optionally separated by one space/hyphen.
_DIGIT = r"[0-9０-９]"
_TWELVE_DIGITS = re.compile(rf"(?<![0-9０-９]){_DIGIT}(?:[ \-　－]?{_DIGIT}){{11}}(?![0-9０-９])")
_LONGER_RUN = re.compile(rf"{_DIGIT}(?:[ \-　－]?{_DIGIT}){{12,}}")


def redact(text: str) -> str:
    # A run longer than 12 digits may embed a My Number as well.
    return _TWELVE_DIGITS.sub(REDACTED, _LONGER_RUN.sub(REDACTED, text))


class MyNumberRedactionFilter(logging.Filter):
    """Rewrites the record's message so no 12-digit run reaches any handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the line
            message = str(record.msg)
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


class RedactingFormatter(logging.Formatter):
    """Also covers exception text and stack info, formatted after filters run."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_dir() -> Path:
    from app.storage.database import data_dir

    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


ENV_LOG_LEVEL = "MADOGUCHI_LOG_LEVEL"


def configure_logging(level: int | None = None, directory: Path | None = None) -> Path:
    """Install the rotating file handler on the root logger; idempotent.

    `level` defaults to MADOGUCHI_LOG_LEVEL (e.g. DEBUG) or INFO. Returns the
    log file path. Called once by the composition root (main.py)."""
    if level is None:
        name = os.environ.get(ENV_LOG_LEVEL, "INFO").upper()
        level = logging.getLevelName(name) if isinstance(logging.getLevelName(name), int) else logging.INFO
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_madoguchi", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                   encoding="utf-8")
    handler._madoguchi = True
    handler.addFilter(MyNumberRedactionFilter())
    handler.setFormatter(RedactingFormatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path
