"""Madoguchi (窓口): the composition root.

No subcommand starts the counter GUI; subcommands are headless tools and never
import Qt. Each subcommand lives in its own module under app/cli and registers
its parser through `register(subparsers)`.

For the GUI this module makes the decisions (architecture.md §2): demo or real
mode (app.demo.mode.choose_mode), the database URL, and the card reader (the
in-process simulator, or PC/SC through cardreader.pcsc). run_gui gets them as
`CounterWiring`: it shows the window first and calls `build_services` off the GUI
thread, so asking pcscd for readers, sqlalchemy and the demo reset cost no time
before the window is on screen.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from dataclasses import dataclass
from typing import Mapping

log = logging.getLogger("madoguchi")

# Modules providing subcommands, in the order shown in --help.
CLI_MODULES = (
    "app.cli.db_command",
    "app.cli.records_command",
    "app.cli.card_command",
    "app.cli.packet_command",
    "app.cli.users_command",
    "app.cli.audit_command",
    "app.cli.settings_command",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="madoguchi",
        description="書かない窓口 — マイナンバーカードから申請書を作成する窓口支援アプリ",
    )
    parser.add_argument("--db", metavar="URL",
                        help="database URL (default: MADOGUCHI_DB, else SQLite in the user data dir)")
    parser.add_argument("--demo", action="store_true",
                        help="練習モード: simulated card and a separate demo database")
    parser.add_argument("--lang", choices=("ja", "en"), default=None, help="UI language (default ja)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in CLI_MODULES:
        importlib.import_module(name).register(sub)
    return parser


@dataclass(frozen=True)
class CounterPlan:
    """What the counter runs on: decided here, built by app.visit.composition."""
    demo: bool
    database_url: str
    reason: str  # app.demo.mode.ModeReason value, for the log


class CounterWiring:
    """The counter GUI's choices, handed to run_gui. Nothing here imports Qt; every
    method is called off the GUI thread."""

    def __init__(self, args, env: Mapping[str, str] | None = None) -> None:
        self.db = getattr(args, "db", None)
        self.demo_asked = bool(getattr(args, "demo", False))
        self.env = os.environ if env is None else env

    def plan(self) -> CounterPlan:
        """Demo when asked, or when nothing is configured (no --db, no MADOGUCHI_DB, no
        database from an earlier run, no reader); the demo database is its own file."""
        from types import SimpleNamespace

        from app.demo.mode import ENV_DB_URL, choose_mode
        from app.storage.database import demo_sqlite_url, resolve_database_url

        choice = choose_mode(SimpleNamespace(db=self.db, demo=self.demo_asked), self.env,
                             reader_available=reader_available())
        # the same environment choose_mode looked at (MADOGUCHI_DB), so the two agree
        url = demo_sqlite_url() if choice.is_demo else \
            resolve_database_url(self.db or self.env.get(ENV_DB_URL))
        return CounterPlan(choice.is_demo, url, choice.reason.value)

    def card_source(self, demo: bool):
        """The reader/status source for widgets.card_bridge.CardBridge."""
        return simulated_card_source() if demo else pcsc_card_source()

    def build_services(self):
        """Every non-Qt object of the counter (database, migrations, demo reset, records,
        forms, staff, the card source)."""
        from app.visit.composition import build_counter_services

        plan = self.plan()
        log.info("counter mode: %s (%s)", "demo" if plan.demo else "real", plan.reason)
        return build_counter_services(plan.database_url, plan.demo,
                                      card_source=self.card_source(plan.demo))


def simulated_card_source():
    from app.visit.composition import simulated_card_source as simulated

    return simulated()


def pcsc_card_source():
    """The real reader through pcscd, or None when PC/SC support is not installed (the
    counter then works without a card: manual entry)."""
    try:
        from cardreader import pcsc  # the only place outside the CLI that picks the driver
    except ImportError:
        log.warning("PC/SC support not available")
        return None
    from app.visit.composition import CardSource

    return CardSource(pcsc.PcscStatusSource(), pcsc.PcscTransport)


def reader_available() -> bool:
    try:
        from cardreader import pcsc

        return bool(pcsc.list_readers())
    except Exception:  # noqa: BLE001 — no pcscd, no library: simply no reader
        return False


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from app.logging_setup import configure_logging

    # One rotating log file in the data dir; level from MADOGUCHI_LOG_LEVEL.
    configure_logging()
    if args.command is None:
        from widgets.application import run_gui  # Qt only on this path

        return run_gui(args, CounterWiring(args))
    return int(args.handler(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
