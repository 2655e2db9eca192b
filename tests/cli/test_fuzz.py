"""Fuzzed: the scenario loader and the command line take over 10,000 generated inputs per run
and never raise anything but a DomainError (or argparse's exit with our Japanese message).

In process, no subprocess per example, a throwaway database; about a minute in CI. The
long run is bench/fuzz_cli.py (same strategies, more examples, a report of what it found).
"""
from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cli.db_command
import cli.runner
from cli.parser import build_parser
from cli.runner import parse_arguments, run_command
from domain.errors import DomainError
from forms.packet import build_packet
from forms.scenario import Scenario, load_scenario, parse_scenario
from tests.cli.fuzz_inputs import command_actions, command_line, scenario, scenario_bytes, value_pool, world_paths
from tests.cli.test_argparse_japanese import ENGLISH

# Examples per test; together over 10,000 per CI run (each test also counts what it ran).
SCENARIO_OBJECTS, SCENARIO_FILES, COMMAND_LINES, COMMAND_RUNS = 4000, 2500, 2500, 1000
FUZZ = dict(deadline=None, database=None, derandomize=False,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
GOOD = {"event": "certificate", "card": {"name": "見本　花子"}, "today": "2025-04-01",
        "answers": {"certificate": {"kind": "住民票の写し"}}}


class UnexpectedFault(AssertionError):
    """What the runner would have shown as 予期しない問題: the fuzz fails on it."""


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A throwaway data folder, database and files; the process works inside the folder so
    that nothing a generated command writes lands in the repository."""
    root = tmp_path_factory.mktemp("fuzz")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MADOGUCHI_DATA_DIR", str(root / "data"))
        mp.setenv("MADOGUCHI_CONFIG_DIR", str(root / "config"))
        mp.delenv("MADOGUCHI_DB", raising=False)
        mp.chdir(root)
        mp.setattr(cli.db_command, "MAX_SEED_RESIDENTS", 20)  # a valid --residents stays small
        mp.setattr("app.staff.passwords.PasswordHasher",     # argon2 at test cost
                   lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
        good = root / "good.sqlite3"
        for argv in (["db", "init"], ["db", "seed", "--residents", "20", "--quiet"]):
            assert cli.runner.main(["--db", f"sqlite:///{good}", *argv]) == 0
        shutil.copy2(good, root / "newer.sqlite3")
        with sqlite3.connect(root / "newer.sqlite3") as conn:
            conn.execute("INSERT INTO alembic_version VALUES ('0099_future')")
        conn.close()
        (root / "text.sqlite3").write_text("not a database")
        (root / "empty.sqlite3").touch()
        (root / "good.json").write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
        (root / "binary.json").write_bytes(bytes(range(256)))
        (root / "a-folder").mkdir()
        (root / "data").mkdir(exist_ok=True)
        yield root


def _count(box: list[int]) -> None:
    box[0] += 1


def test_the_scenario_checks_take_any_json_value():
    ran = [0]

    @settings(max_examples=SCENARIO_OBJECTS, **FUZZ)
    @given(scenario)
    def check(data):
        _count(ran)
        try:
            parsed = parse_scenario(data)
        except DomainError:
            return
        assert isinstance(parsed, Scenario)
        build_packet(parsed.context(), parsed.event)  # what passed the checks, the forms can take

    check()
    assert ran[0] >= SCENARIO_OBJECTS


def test_the_scenario_loader_takes_any_file(tmp_path):
    ran = [0]
    path = tmp_path / "scenario.json"

    @settings(max_examples=SCENARIO_FILES, **FUZZ)
    @given(scenario_bytes())
    def check(content):
        _count(ran)
        path.write_bytes(content)
        with contextlib.suppress(DomainError):
            load_scenario(path)

    check()
    assert ran[0] >= SCENARIO_FILES


def _silenced(stdin: bytes = b""):
    stack = contextlib.ExitStack()
    out, err = io.StringIO(), io.StringIO()
    stack.enter_context(contextlib.redirect_stdout(out))
    stack.enter_context(contextlib.redirect_stderr(err))
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    stack.callback(setattr, sys, "stdin", saved)
    return stack, out, err


def _parse(argv, parser):
    """The parsed arguments, or None after argparse's exit — which must be ours, in Japanese."""
    stack, out, err = _silenced()
    with stack:
        try:
            return parse_arguments(argv, parser)
        except SystemExit as exit_:
            shown = out.getvalue() + err.getvalue()
            assert exit_.code in (0, 2), (argv, exit_.code)
            assert ("エラー: " in shown) if exit_.code else ("使い方: " in shown), (argv, shown)
            assert not ENGLISH.search(shown), (argv, shown)
            return None


def test_the_argument_layer_takes_any_command_line(world):
    ran = [0]
    parser = build_parser()
    actions = command_actions(parser)
    paths = world_paths(world)
    values = value_pool(paths | {"db": f"sqlite:///{world / 'good.sqlite3'}"})

    @settings(max_examples=COMMAND_LINES, **FUZZ)
    @given(st.one_of(command_line(actions, values, values), st.lists(values, max_size=6)))
    def check(argv):
        _count(ran)
        _parse(argv, parser)

    check()
    assert ran[0] >= COMMAND_LINES


def test_every_command_runs_to_a_message_on_any_input(world, monkeypatch):
    """parser + runner with each command's arguments against the throwaway database; the
    runner's unexpected-fault branch is made to fail the test."""
    ran = [0]

    def unexpected(exc, *_args, **_kwargs):
        raise UnexpectedFault(f"{type(exc).__name__}: {exc}") from exc

    monkeypatch.setattr(cli.runner, "report_unexpected", unexpected)
    parser = build_parser()
    actions = command_actions(parser)
    paths = world_paths(world)
    databases = st.sampled_from([f"sqlite:///{world / n}" for n in
                                 ("good.sqlite3", "good.sqlite3", "good.sqlite3", "text.sqlite3", "newer.sqlite3",
                                  "missing/db.sqlite3")]
                                + ["postgresql://nobody@127.0.0.1:1/x", "nonsense", "mysql://a@127.0.0.1:1/b"])
    values = value_pool(paths)
    # migrations are the slow part: the commands that run them are rarer
    weights = {("db", "init"): 1, ("db", "upgrade"): 1, ("db", "seed"): 3}

    @settings(max_examples=COMMAND_RUNS, **FUZZ)
    @given(command_line(actions, values, databases, weights), st.binary(max_size=40))
    def check(argv, stdin):
        _count(ran)
        if "init" in argv and "db" in argv:  # db init may create: only where nothing else looks
            argv = [a for a in argv if "missing/" not in a]
        args = _parse(argv, parser)
        if args is None or args.command is None:
            return
        stack, _out, _err = _silenced(stdin)
        with stack:
            code = run_command(args)
        assert code in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (argv, code)

    check()
    assert ran[0] >= COMMAND_RUNS


def test_the_runs_add_up_to_ten_thousand():
    assert SCENARIO_OBJECTS + SCENARIO_FILES + COMMAND_LINES + COMMAND_RUNS >= 10_000
