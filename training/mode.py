"""Choosing between the real counter and demo mode (called by main.py).

Demo when asked (--demo), or when nothing is configured: no --db, no
MADOGUCHI_DB, no database file from an earlier run, and no card reader — a
fresh install then opens straight into something a trainer can use.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Mapping


ENV_DB_URL = "MADOGUCHI_DB"  # as app.storage.database (not imported: keeps this module light)
BANNER_JA = "練習モード"
WATERMARK_JA = "見本"


class ModeReason(str, Enum):
    DEMO_FLAG = "demo_flag"
    NOTHING_CONFIGURED = "nothing_configured"
    DATABASE_CONFIGURED = "database_configured"
    READER_PRESENT = "reader_present"


@dataclass(frozen=True)
class ModeChoice:
    is_demo: bool
    reason: ModeReason

    @property
    def banner(self) -> str | None:
        """The permanent banner text, or None outside demo mode."""
        return BANNER_JA if self.is_demo else None

    @property
    def watermark(self) -> str | None:
        """What the renderer stamps on every page, or None outside demo mode."""
        return WATERMARK_JA if self.is_demo else None


def choose_mode(args, env: Mapping[str, str], reader_available: bool) -> ModeChoice:
    if getattr(args, "demo", False):
        return ModeChoice(True, ModeReason.DEMO_FLAG)
    if getattr(args, "db", None) or env.get(ENV_DB_URL) or _default_db_exists():
        return ModeChoice(False, ModeReason.DATABASE_CONFIGURED)
    if reader_available:
        return ModeChoice(False, ModeReason.READER_PRESENT)
    return ModeChoice(True, ModeReason.NOTHING_CONFIGURED)


def _default_db_exists() -> bool:
    from app.storage.database import default_sqlite_url

    return Path(default_sqlite_url().removeprefix("sqlite:///")).exists()
