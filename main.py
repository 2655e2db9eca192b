"""Madoguchi (窓口): the entry point (`python main.py`, or the `madoguchi` command).

No subcommand starts the counter GUI; a subcommand runs a headless tool from cli/,
which never imports Qt. The objects both run on are built by composition.py, next to
this file: for the GUI, `CounterWiring` decides demo or real mode, the database URL
and the card reader, and run_gui shows the window before it builds the services.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from cli.parser import build_parser

    args = build_parser().parse_args(argv)
    from app.logging_setup import configure_logging

    # One rotating log file in the data dir; level from MADOGUCHI_LOG_LEVEL.
    configure_logging()
    if args.command is None:
        from composition import CounterWiring
        from widgets.application import run_gui  # Qt only on this path

        return run_gui(args, CounterWiring(args))
    from cli.runner import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
