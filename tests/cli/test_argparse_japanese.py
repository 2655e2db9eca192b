"""argparse speaks Japanese: the usage, every error it raises, the help headings — for the
top level and every command — and other parsers in the process keep their English."""
from __future__ import annotations

import argparse
import re

import pytest

from cli.argparse_ja import MESSAGES, japanese
from cli.runner import parse_arguments
from tests.cli.bad_inputs import COMMANDS
from tests.cli.fuzz_inputs import ENGLISH


def _parse(argv, capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_:
        parse_arguments(argv)
    captured = capsys.readouterr()
    return exit_.value.code, captured.out + captured.err


@pytest.mark.parametrize("command", ("",) + COMMANDS)
def test_help_of_every_command_is_japanese(command, capsys):
    code, text = _parse([*command.split(), "--help"], capsys)
    assert code == 0 and text.startswith("使い方: madoguchi")
    assert "オプション:" in text and "このヘルプを表示して終了します" in text
    assert not ENGLISH.search(text), text


@pytest.mark.parametrize("argv, named", [
    (["bogus"], "'bogus' は指定できません"),
    (["db"], "次の指定が必要です: ACTION"),
    (["records", "find", "--limit", "x"], "'x' は整数ではありません"),
    (["records", "find", "--limit", "-1"], "1 から 1000 までの整数"),
    (["records", "find", "--sex", "3"], "'3' は指定できません"),
    (["records", "find", "--name"], "値を1つ指定してください"),
    (["--d", "x", "db", "init"], "どのオプションか決まりません"),
    (["users", "add", "tanaka"], "次の指定が必要です: --role"),
    (["users", "add", "tanaka", "--role", "janitor"], "'janitor' は指定できません"),
    (["audit", "export", "--from", "2025-02-30", "--to", "2025-03-01", "--out", "x.csv"], "日付（YYYY-MM-DD）ではありません"),
    (["db", "seed", "--residents", "0"], "1 から 10000000 までの整数"),
    (["card", "read", "--wait", "inf"], "0 から 3600 秒まで"),
    (["db", "init", "--repair"], "使えない引数です: --repair"),
    (["--lang", "fr"], "'fr' は指定できません"),
    (["records", "find", "--name", "見\udcff本"], "UTF-8 として読めない文字"),
])
def test_every_argparse_error_is_japanese_exit_2_with_the_usage(argv, named, capsys):
    code, text = _parse(argv, capsys)
    assert code == 2 and named in text, text
    assert "使い方: madoguchi" in text and "エラー: " in text
    assert not ENGLISH.search(text), text


def test_other_parsers_in_the_process_keep_english(capsys):
    parse_arguments(["db", "init"])
    other = argparse.ArgumentParser(prog="other")
    other.add_argument("--n", type=int)
    with pytest.raises(SystemExit):
        other.parse_args(["--n", "x"])
    assert "usage: other" in capsys.readouterr().err


def test_the_table_translates_every_message_argparse_has_here():
    """A newer Python that words a message differently falls through to English: fail here first."""
    import inspect

    source = inspect.getsource(argparse)
    used = {m.replace("\\n", "\n") for m in re.findall(r"""_\(['"](.+?)['"]\)""", source)}
    untranslated = {m for m in used if m not in MESSAGES and not m.startswith((".", "'", "%r is", "cannot",
                                                                                "conflicting", "invalid conflict",
                                                                                "invalid option string", "dest=",
                                                                                "mutually exclusive",
                                                                                "argument \"-\""))}
    assert not untranslated, untranslated
    with japanese():
        assert argparse._("usage: ") == "使い方: "
    assert argparse._("usage: ") == "usage: "
