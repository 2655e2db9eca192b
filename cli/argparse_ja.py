"""argparse in Japanese: usage, errors and help headings.

argparse looks its messages up through the module's gettext function `_` at the moment it
needs them; `JapaneseArgumentParser` puts a Japanese table in its place while one of its
own methods runs, and takes it away after (other parsers in the process, pytest's own,
keep English). An English message argparse adds later falls through unchanged — the test
in tests/cli/test_argparse_japanese.py walks the faults it knows and looks for English.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import sys
from typing import Iterator

# Type names argparse puts into "invalid %(type)s value": builtins and our converters.
TYPE_NAMES = {
    "int": "整数", "float": "数値", "fromisoformat": "日付（YYYY-MM-DD）", "Path": "ファイルのパス",
    "str": "文字列",
}

MESSAGES = {
    "usage: ": "使い方: ",
    "positional arguments": "引数",
    "options": "オプション",
    "optional arguments": "オプション",
    "subcommands": "サブコマンド",
    "show this help message and exit": "このヘルプを表示して終了します",
    "%(prog)s: error: %(message)s\n": "%(prog)s: エラー: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "次の指定が必要です: %s",
    "unrecognized arguments: %s": "使えない引数です: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r は指定できません（指定できるもの: %(choices)s）",
    "invalid %(type)s value: %(value)r": "%(value)r は%(type)sではありません",
    "expected one argument": "値を1つ指定してください",
    "expected at most one argument": "値は1つまでです",
    "expected at least one argument": "値を1つ以上指定してください",
    "ambiguous option: %(option)s could match %(matches)s": "%(option)s はどのオプションか決まりません（候補: %(matches)s）",
    "not allowed with argument %s": "%s と一緒には指定できません",
    "one of the arguments %s is required": "%s のどれかを指定してください",
    "ignored explicit argument %r": "このオプションは値をとりません（%r）",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' を開けません: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "%(parser_name)r はありません（指定できるもの: %(choices)s）",
    "%r is not callable": "%r は呼び出せません",
    "unexpected option string: %s": "想定していないオプションです: %s",
}
PLURAL = {"expected %s argument": "値を %s 個指定してください"}


class _TypedTemplate(str):
    """'invalid %(type)s value' gets argparse's type name (int, fromisoformat): translate it."""

    def __mod__(self, args):
        if isinstance(args, dict) and "type" in args:
            args = dict(args, type=TYPE_NAMES.get(args["type"], args["type"]))
        return str.__mod__(self, args)


def _gettext(message: str) -> str:
    text = MESSAGES.get(message, message)
    return _TypedTemplate(text) if "%(type)s" in text else text


def _ngettext(singular: str, plural: str, n: int) -> str:
    return PLURAL.get(singular, singular if n == 1 else plural)


@contextlib.contextmanager
def japanese() -> Iterator[None]:
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def _in_japanese(method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        with japanese():
            return method(*args, **kwargs)
    return wrapper


class JapaneseArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own text (and its sub-parsers') is Japanese."""

    __init__ = _in_japanese(argparse.ArgumentParser.__init__)
    add_subparsers = _in_japanese(argparse.ArgumentParser.add_subparsers)
    parse_args = _in_japanese(argparse.ArgumentParser.parse_args)
    parse_known_args = _in_japanese(argparse.ArgumentParser.parse_known_args)
    format_usage = _in_japanese(argparse.ArgumentParser.format_usage)
    format_help = _in_japanese(argparse.ArgumentParser.format_help)
    error = _in_japanese(argparse.ArgumentParser.error)

    def exit(self, status: int = 0, message: str | None = None):
        if message:
            _write(message)
        raise SystemExit(status)


def _write(message: str) -> None:
    # stderr may be a console that cannot show every character: never fail on a message
    stream = sys.stderr
    try:
        stream.write(message)
    except UnicodeEncodeError:
        stream.write(message.encode("ascii", "backslashreplace").decode("ascii"))
