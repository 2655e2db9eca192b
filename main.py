"""Madoguchi (窓口): the composition root.

No subcommand starts the counter GUI; subcommands are headless tools and never
import Qt. Each subcommand lives in its own module under app/cli and registers
its parser through `register(subparsers)`.
"""
from __future__ import annotations

import argparse
import importlib
import sys

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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from app.logging_setup import configure_logging

    # One rotating log file in the data dir; level from MADOGUCHI_LOG_LEVEL.
    configure_logging()
    if args.command is None:
        from widgets.application import run_gui  # Qt only on this path

        return run_gui(args)
    return int(args.handler(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
