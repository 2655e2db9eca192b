"""The long fuzz run (nightly-style): the CI fuzz's four targets with `--scale` times as many
examples each, and a report of what it found.

Prints, per target, the examples run, the seconds, examples per second and the ratio of
examples to the CI run (tests/cli/test_fuzz.py, the baseline); then each finding — the
falsifying input as hypothesis shrank it — and exits 1 if there was one.

    .venv/bin/python bench/fuzz_cli.py [--scale 10] [--only objects,files,lines,runs] [--seed N]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import given, seed, settings  # noqa: E402

from tests.cli import test_fuzz as ci  # noqa: E402
from tests.cli.fuzz_inputs import scenario, scenario_bytes  # noqa: E402
from tests.cli.fuzz_targets import (FUZZ_SETTINGS, check_command_run, check_scenario_file,  # noqa: E402
                                    check_scenario_object, command_lines, fuzz_world, parse)

TARGETS = {
    "objects": ci.SCENARIO_OBJECTS, "files": ci.SCENARIO_FILES,
    "lines": ci.COMMAND_LINES, "runs": ci.COMMAND_RUNS,
}


def _target(name: str, root: Path, examples: int, count: list[int]):
    if name == "objects":
        strategy, check = scenario, check_scenario_object
    elif name == "files":
        path = root / "scenario.json"
        strategy, check = scenario_bytes(), lambda content: check_scenario_file(path, content)
    else:
        parser, to_parse, to_run = command_lines(root)
        if name == "lines":
            strategy, check = to_parse, lambda argv: parse(argv, parser)
        else:
            strategy, check = to_run, lambda case: check_command_run(*case, parser)

    @settings(max_examples=examples, **FUZZ_SETTINGS)
    @given(strategy)
    def run(example) -> None:
        count.append(1)
        check(example)

    return run


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--scale", type=float, default=10.0, help="examples per target = CI's × scale")
    options.add_argument("--only", default=",".join(TARGETS), help="targets, comma-separated")
    options.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    args = options.parse_args()
    findings: list[tuple[str, str]] = []
    print(f"{'target':<8} {'examples':>9} {'seconds':>8} {'per s':>7} {'× CI':>6}")
    with tempfile.TemporaryDirectory(prefix="madoguchi-fuzz-") as tmp, fuzz_world(Path(tmp)) as root:
        for name in args.only.split(","):
            examples = int(TARGETS[name] * args.scale)
            count: list[int] = []
            test = _target(name, root, examples, count)
            if args.seed is not None:
                test = seed(args.seed)(test)
            started = time.perf_counter()
            try:
                test()
            except BaseException as exc:  # noqa: BLE001 — a finding, reported below
                if isinstance(exc, KeyboardInterrupt):
                    raise
                findings.append((name, "".join(traceback.format_exception_only(type(exc), exc)).strip()))
            seconds = time.perf_counter() - started
            print(f"{name:<8} {len(count):>9,} {seconds:>8.1f} {len(count) / seconds:>7.0f} "
                  f"{len(count) / TARGETS[name]:>6.1f}", flush=True)
    for name, text in findings:
        print(f"\nfinding in {name}:\n{text}")
    print(f"\n{len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
