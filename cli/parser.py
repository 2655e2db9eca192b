"""The command line: one parser, one sub-parser per command module, all text in Japanese.

Each command module registers itself through `register(subparsers)` and sets
`handler` on its parser; cli.runner calls it inside the one top-level handler.
"""
from __future__ import annotations

import importlib

from cli.argparse_ja import JapaneseArgumentParser

# Modules providing subcommands, in the order shown in --help.
COMMAND_MODULES = (
    "cli.db_command",
    "cli.records_command",
    "cli.visits_command",
    "cli.card_command",
    "cli.packet_command",
    "cli.forms_command",
    "cli.rules_command",
    "cli.users_command",
    "cli.audit_command",
    "cli.settings_command",
    "cli.keys_command",
)


def build_parser() -> JapaneseArgumentParser:
    parser = JapaneseArgumentParser(
        prog="madoguchi",
        description="書かない窓口 — マイナンバーカードから申請書を作成する窓口支援アプリ。"
                    "コマンドなしで起動すると窓口の画面を開きます。",
        epilog="終了コードの意味: docs/exit-codes.md",
    )
    parser.add_argument("--db", metavar="URL",
                        help="データベースの URL（既定: 環境変数 MADOGUCHI_DB、なければデータフォルダの SQLite）")
    parser.add_argument("--demo", action="store_true",
                        help="練習モード: 模擬カードと練習用の別データベースを使います")
    parser.add_argument("--lang", choices=("ja", "en"), default=None, help="画面の言語（既定 ja）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def command_path(args) -> tuple[str, ...]:
    """('db', 'seed'), ('packet',), ('records', 'duplicates', 'decide'): the command and its
    action(s), never an argument's value."""
    if not getattr(args, "command", None):
        return ()
    action = getattr(args, f"{args.command}_command", None)
    if not action:
        return (args.command,)
    below = getattr(args, f"{action.replace('-', '_')}_action", None)  # records duplicates decide
    return (args.command, action, below) if below else (args.command, action)
