"""Every command, as a subprocess, against the bad inputs of tests/cli/bad_inputs.py: no
traceback ever, the documented exit code, and a message naming the problem."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from cli.parser import build_parser
from tests.cli.bad_inputs import COMMANDS, REFUSED_PG, World, build_world, cases_for, commands
from tests.cli.fuzz_inputs import command_actions
from tests.support.read_only_medium import read_only_copy

pytestmark = pytest.mark.slow  # ~220 subprocesses, two at a time (about a minute on two free cores)

# Python's own words for a crash; none may reach a person.
CRASH_MARKERS = ("Traceback", "Exception ignored", "Error:", "most recent call last")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-inputs")
    world = build_world(root)
    with read_only_copy(root / "good.sqlite3", root / "cdrom") as copy:
        world.read_only_db = f"sqlite:///{copy}"
        yield world


def _every_command_path() -> set[str]:
    return {" ".join(path) for path in command_actions(build_parser())}


def test_the_list_covers_every_command(tmp_path):
    listed = set(commands(World(tmp_path)))
    assert _every_command_path() == listed == set(COMMANDS), "add the new command to tests/cli/bad_inputs.py"


def _judge(world: World, case) -> str | None:
    code, out, err = world.run(case.argv, stdin=case.stdin, stdout_full=case.stdout_full)
    shown = out + err
    crash = [m for m in CRASH_MARKERS if m in err]
    if crash:
        return f"{case.name}: crash text {crash} in stderr:\n{err[-1500:]}"
    if code not in case.exit_codes:
        return f"{case.name}: exit {code}, expected {sorted(case.exit_codes)}\n{err[-800:]}"
    if code != 0 and not shown.strip():
        return f"{case.name}: exit {code} without a message"
    missing = [n for n in case.names if n not in shown]
    if missing:
        return f"{case.name}: message does not name {missing}:\n{shown[-800:]}"
    return None


@pytest.mark.parametrize("command", COMMANDS)
def test_bad_inputs_end_in_a_message_and_an_exit_code(world, command):
    cases = cases_for(world, command)
    with ThreadPoolExecutor(max_workers=2) as pool:
        problems = [p for p in pool.map(lambda c: _judge(world, c), cases) if p]
    assert not problems, "\n\n".join(problems)


def test_the_before_stop_probes(world):
    """The five probes the project's before-stop hook runs."""
    p = world.path
    probes = [
        (("packet", "--scenario", str(p("binary.json")), "--out", str(p("o.pdf"))), 2, "UTF-8"),
        (("packet", "--scenario", str(p("bom.json")), "--out", str(p("o.pdf"))), 2, "card.name"),
        (("--db", f"sqlite:///{p('notes.txt')}", "records", "find", "--name", "見本", "--birth-date", "1980-01-01"),
         7, "データベースのファイルではありません"),
        (("--db", REFUSED_PG, "records", "find", "--name", "見本", "--birth-date", "1980-01-01"), 7, "127.0.0.1:1"),
        (("packet", "--scenario", str(p("good.json")), "--out", str(p("missing-folder/o.pdf"))), 9,
         "フォルダがありません"),
    ]
    for argv, expected, named in probes:
        code, _out, err = world.run(argv)
        assert (code, "Traceback" in err) == (expected, False), (argv, err)
        assert named in err and err.startswith("エラー: "), (argv, err)
