"""Fuzzed: the scenario loader and the command line take over 10,000 generated inputs per run
and never raise anything but a DomainError (or argparse's exit with our Japanese message).

In process, no subprocess per example, a throwaway database; about a minute in CI. The
long run is bench/fuzz_cli.py (the same targets, tests/cli/fuzz_targets.py, more examples).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings

from tests.cli.fuzz_inputs import scenario, scenario_bytes
from tests.cli.fuzz_targets import (FUZZ_SETTINGS, check_command_run, check_scenario_file, check_scenario_object,
                                    command_lines, fuzz_world, parse)

# Examples per test; together 10,000 per CI run (each test also counts what it ran).
SCENARIO_OBJECTS, SCENARIO_FILES, COMMAND_LINES, COMMAND_RUNS = 4000, 2500, 2500, 1000


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with fuzz_world(tmp_path_factory.mktemp("fuzz")) as root:
        yield root


def test_the_scenario_checks_take_any_json_value():
    ran = []

    @settings(max_examples=SCENARIO_OBJECTS, **FUZZ_SETTINGS)
    @given(scenario)
    def check(data):
        ran.append(1)
        check_scenario_object(data)

    check()
    assert len(ran) >= SCENARIO_OBJECTS


def test_the_scenario_loader_takes_any_file(tmp_path):
    ran = []

    @settings(max_examples=SCENARIO_FILES, **FUZZ_SETTINGS)
    @given(scenario_bytes())
    def check(content):
        ran.append(1)
        check_scenario_file(tmp_path / "scenario.json", content)

    check()
    assert len(ran) >= SCENARIO_FILES


def test_the_argument_layer_takes_any_command_line(world):
    ran = []
    parser, to_parse, _to_run = command_lines(world)

    @settings(max_examples=COMMAND_LINES, **FUZZ_SETTINGS)
    @given(to_parse)
    def check(argv):
        ran.append(1)
        parse(argv, parser)

    check()
    assert len(ran) >= COMMAND_LINES


def test_every_command_runs_to_a_message_on_any_input(world):
    """parser + runner with each command's arguments against the throwaway database."""
    ran = []
    parser, _to_parse, to_run = command_lines(world)

    @settings(max_examples=COMMAND_RUNS, **FUZZ_SETTINGS)
    @given(to_run)
    def check(case):
        ran.append(1)
        check_command_run(*case, parser)

    check()
    assert len(ran) >= COMMAND_RUNS


def test_the_runs_add_up_to_ten_thousand():
    assert SCENARIO_OBJECTS + SCENARIO_FILES + COMMAND_LINES + COMMAND_RUNS >= 10_000
