"""The command line: one parser, one sub-parser per command module.

Each command module registers itself through `register(subparsers)` and sets
`handler` on its parser; cli.runner calls it inside the one top-level handler.
"""
from __future__ import annotations

import argparse
import importlib

# Modules providing subcommands, in the order shown in --help.
COMMAND_MODULES = (
    "cli.db_command",
    "cli.records_command",
    "cli.visits_command",
    "cli.card_command",
    "cli.packet_command",
    "cli.users_command",
    "cli.audit_command",
    "cli.settings_command",
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
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser
