"""Runs one CLI command inside the one top-level handler: every DomainError ends as its
catalogue message and documented exit code (cli.error_report), never a traceback."""
from __future__ import annotations

from domain.errors import DomainError

from cli.error_report import report


def run_command(args) -> int:
    try:
        return int(args.handler(args) or 0)
    except DomainError as exc:
        return report(exc)
