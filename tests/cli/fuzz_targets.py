"""What the fuzz runs, one example at a time (tests/cli/test_fuzz.py in CI, bench/fuzz_cli.py
for the long run): each check passes, returns quietly after a DomainError or argparse's
Japanese exit, or raises — which is the finding."""
from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from argon2 import PasswordHasher
from hypothesis import HealthCheck
from hypothesis import strategies as st

import cli.db_command
import cli.runner
from cli.parser import build_parser
from cli.runner import parse_arguments, run_command
from domain.errors import DomainError
from forms.packet import build_packet
from forms.scenario import Scenario, load_scenario, parse_scenario
from tests.cli.fuzz_inputs import ENGLISH, command_actions, command_line, value_pool, world_paths

FUZZ_SETTINGS = dict(deadline=None, database=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                            HealthCheck.filter_too_much])
GOOD = {"event": "certificate", "card": {"name": "見本　花子"}, "today": "2025-04-01",
        "answers": {"certificate": {"kind": "住民票の写し"}}}
# migrations are the slow part of a run: the commands that run them are rarer
RUN_WEIGHTS = {("db", "init"): 1, ("db", "upgrade"): 1, ("db", "seed"): 3}


class UnexpectedFault(AssertionError):
    """What the runner would have shown as 予期しない問題: the finding."""


@contextmanager
def fuzz_world(root: Path) -> Iterator[Path]:
    """A throwaway data folder, database and files; the process works inside the folder so
    nothing a generated command writes lands in the repository; argon2 at test cost; a
    valid --residents stays small; the runner's unexpected branch raises UnexpectedFault."""
    import pytest

    def unexpected(exc, *_args, **_kwargs):
        raise UnexpectedFault(f"{type(exc).__name__}: {exc}") from exc

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MADOGUCHI_DATA_DIR", str(root / "data"))
        mp.setenv("MADOGUCHI_CONFIG_DIR", str(root / "config"))
        mp.chdir(root)
        mp.setattr(cli.db_command, "MAX_SEED_RESIDENTS", 20)
        mp.setattr("app.staff.passwords.PasswordHasher",
                   lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
        good = root / "good.sqlite3"
        for argv in (["db", "init"], ["db", "seed", "--residents", "20", "--quiet"]):
            with contextlib.redirect_stdout(io.StringIO()):
                assert cli.runner.main(["--db", f"sqlite:///{good}", *argv]) == 0
        shutil.copy2(good, root / "newer.sqlite3")
        with sqlite3.connect(root / "newer.sqlite3") as conn:
            conn.execute("INSERT INTO alembic_version VALUES ('0099_future')")
        conn.close()
        (root / "text.sqlite3").write_text("not a database")
        (root / "good.json").write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
        (root / "binary.json").write_bytes(bytes(range(256)))
        (root / "a-folder").mkdir()
        mp.setenv("MADOGUCHI_DB", f"sqlite:///{good}")  # a command line without --db uses it
        mp.setattr(cli.runner, "report_unexpected", unexpected)
        yield root


def check_scenario_object(data) -> None:
    try:
        parsed = parse_scenario(data)
    except DomainError:
        return
    assert isinstance(parsed, Scenario)
    build_packet(parsed.context(), parsed.event)  # what passed the checks, the forms can take


def check_scenario_file(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    with contextlib.suppress(DomainError):
        load_scenario(path)


def _silenced(stdin: bytes = b""):
    stack = contextlib.ExitStack()
    out, err = io.StringIO(), io.StringIO()
    stack.enter_context(contextlib.redirect_stdout(out))
    stack.enter_context(contextlib.redirect_stderr(err))
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    stack.callback(setattr, sys, "stdin", saved)
    return stack, out, err


def parse(argv, parser):
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


def command_lines(root: Path):
    """(parser, strategy of argv for parsing only, strategy of (argv, stdin) for running)."""
    parser = build_parser()
    actions = command_actions(parser)
    paths = world_paths(root)
    values = value_pool(paths | {"db": f"sqlite:///{root / 'good.sqlite3'}"})
    to_parse = st.one_of(command_line(actions, values, values), st.lists(values, max_size=6))
    databases = st.sampled_from(
        [f"sqlite:///{root / n}" for n in ("good.sqlite3", "good.sqlite3", "good.sqlite3", "text.sqlite3",
                                           "newer.sqlite3", "missing/db.sqlite3")]
        + ["postgresql://nobody@127.0.0.1:1/x", "nonsense", "mysql://a@127.0.0.1:1/b",
           "sqlite:///" + "x" * 300 + "/db.sqlite3"])
    to_run = st.tuples(command_line(actions, value_pool(paths), databases, RUN_WEIGHTS), st.binary(max_size=40))
    return parser, to_parse, to_run


def check_command_run(argv: list[str], stdin: bytes, parser) -> None:
    if "init" in argv and "db" in argv:  # db init may create: only where nothing else looks
        argv = [a for a in argv if "missing/" not in a]
    args = parse(argv, parser)
    if args is None or args.command is None:
        return
    stack, _out, _err = _silenced(stdin)
    with stack:
        code = run_command(args)
    assert code in range(10), (argv, code)
