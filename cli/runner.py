"""The one top-level handler of the command line: every command ends in a message, never
a traceback (docs/exit-codes.md).

- Arguments are parsed in Japanese (cli.argparse_ja); a bad one exits 2 with usage.
- A DomainError ends as its catalogue message and exit code (cli.error_report).
- A driver or file-system fault a person can act on (a refused server, a locked database,
  a full disk under --out) is turned into its DomainError first (`known_fault`).
- Anything else is unexpected: one line with an incident number and the path of the log
  that holds the technical detail without personal data (cli.fault_log), exit 1.
- Ctrl-C ends with exit 130 and says so.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from domain.errors import DomainError

from cli.error_report import report, report_interrupted, report_unexpected
from cli.parser import build_parser, command_path
from cli.stdio import flush_quietly, guarded_streams

# Commands that still open the database themselves through StaffServices.open (which would
# create a missing file and migrate): their database is checked here first, as opening it
# through app.storage.opening would. Commands that call open_database themselves are not
# listed; a command that uses no database is not either.
DATABASE_CHECKED_FIRST = {
    ("users", "list"): "READ", ("users", "add"): "WRITE", ("users", "disable"): "WRITE",
    ("users", "reset-password"): "WRITE", ("users", "bootstrap"): "WRITE",
    ("audit", "verify"): "READ", ("audit", "export"): "WRITE",  # an export is itself audited
    ("settings", "list"): "READ", ("settings", "set"): "WRITE",
    ("users", "enable"): "WRITE", ("users", "passwd"): "WRITE", ("users", "set-role"): "WRITE",
    ("audit", "anchor"): "READ", ("audit", "repair-head"): "WRITE",
    ("keys", "status"): "READ", ("keys", "rotate"): "WRITE", ("db", "roles"): "WRITE",
    # the records exchange: every run signs a member in and is audited (a write)
    ("records", "import"): "WRITE", ("records", "import-mynumbers"): "WRITE", ("records", "export"): "WRITE",
    ("records", "duplicates"): "WRITE", ("records", "duplicates", "decide"): "WRITE",
    ("records", "duplicates", "undo"): "WRITE", ("records", "duplicates", "decisions"): "WRITE",  # sign-in is audited
    ("visits", "export"): "WRITE",
}


def main(argv: list[str] | None = None) -> int:
    """The whole command line (`madoguchi COMMAND …`)."""
    return run_command(parse_arguments(argv))


def parse_arguments(argv: list[str] | None = None, parser=None):
    """Parsed arguments; a bad command line exits 2 with a Japanese message and the usage.
    `parser`: one already built (the fuzz test parses thousands of command lines)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = parser or build_parser()
    for position, value in enumerate(argv, start=1):
        if not _is_text(value):
            parser.error(f"{position} 番目の引数に UTF-8 として読めない文字があります")
    try:
        args = parser.parse_args(argv)
    except SystemExit:
        flush_quietly(sys.stdout)  # `-h > /dev/full` must not end in Python's own complaint
        raise
    args.given_options = tuple(sorted({v.split("=", 1)[0] for v in argv if v.startswith("--")}))
    return args


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes arrive as lone surrogates
        return False
    return "\x00" not in value


def run_command(args) -> int:
    log_file = _configure_logging()
    # a log file that cannot be written (a full disk) must not print logging's own traceback
    raise_logging_errors, logging.raiseExceptions = logging.raiseExceptions, False
    try:
        with guarded_streams() as stdout:
            return _run(args, stdout, log_file)
    finally:
        logging.raiseExceptions = raise_logging_errors


def _run(args, stdout, log_file: Path | None) -> int:
    try:
        code = execute(args)
        if stdout is not None:
            stdout.flush()  # a full disk under `> file` is found here, not at exit
        return code
    except DomainError as exc:
        logging.getLogger("madoguchi.cli").info("%s ended: %s", " ".join(command_path(args)), exc.full_code)
        return report(exc)
    except KeyboardInterrupt:
        return report_interrupted()
    except Exception as exc:  # noqa: BLE001 — the one place that catches everything
        return report_unexpected(exc, log_file, command_path(args), getattr(args, "given_options", ()))


def execute(args) -> int:
    """Run the command; a known fault leaves as its DomainError, anything else as itself
    (the fuzz test calls this directly: only DomainErrors may come out)."""
    out = getattr(args, "out", None)
    if out is not None:
        from app.privacy.private_files import check_output_path

        check_output_path(out)
    try:
        _check_database_first(args)
        return int(args.handler(args) or 0)
    except DomainError:
        raise
    except Exception as exc:
        fault = known_fault(exc, out)
        if fault is None:
            raise
        raise fault from exc


def known_fault(exc: BaseException, out=None) -> DomainError | None:
    """The DomainError for a fault of the surroundings, or None when it is a bug."""
    if isinstance(exc, OSError):
        from app.privacy.private_files import DISK_FULL, from_os_error

        named_out = out is not None and exc.filename is not None and str(exc.filename) == str(out)
        if exc.errno in DISK_FULL or named_out:
            return from_os_error(exc, out)
        return None
    if (type(exc).__module__ or "").startswith(("sqlalchemy", "psycopg", "sqlite3")):  # wrapped or raw
        from app.storage.faults import as_domain_error

        return as_domain_error(exc)
    return None


def _check_database_first(args) -> None:
    access = DATABASE_CHECKED_FIRST.get(command_path(args))
    if access is None:
        return
    from app.storage.opening import Access, open_database

    open_database(getattr(args, "db", None), Access[access]).dispose()


def _configure_logging() -> Path | None:
    """The application log; without it (no writable data folder) the CLI still works and an
    unexpected fault is recorded in the temporary folder instead."""
    from app.logging_setup import configure_logging

    try:
        return configure_logging()
    except OSError:
        return None
