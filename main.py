"""Madoguchi (窓口): the entry point (`python main.py`, or the `madoguchi` command).

No subcommand starts the counter GUI; a subcommand runs a headless tool from cli/,
which never imports Qt. The objects both run on are built by composition.py, next to
this file: for the GUI, `CounterWiring` decides demo or real mode, the database URL
and the card reader, and run_gui shows the window before it builds the services.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    # Japanese argparse; a bad command line exits 2 with the usage (cli.runner)
    from cli.runner import parse_arguments, run_command

    args = parse_arguments(argv)
    if args.command is None:
        from app.logging_setup import configure_logging
        from composition import CounterWiring
        from widgets.application import run_gui  # Qt only on this path

        # One rotating log file in the data dir; level from MADOGUCHI_LOG_LEVEL.
        configure_logging()
        return run_gui(args, CounterWiring(args))
    # the one top-level handler: logging, then a message and an exit code for every fault
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
