"""Signing in on the command line: `--as NAME`, the password from the first line of
standard input (when it is not a terminal) or asked without echo.

Commands that change staff or office settings, export the audit log, repair it or
rotate keys act as that signed-in person: the audit log records them, and the services
check their stored role like the window's. The sign-in itself is audited (via=cli) and
counts towards the lock-out like a wrong password at a counter. Passwords are never
taken from the command line (shell history, process list).
"""
from __future__ import annotations

import argparse
import getpass
import sys

from domain.errors import DomainError


class SignInRequiredError(DomainError):
    """A command that acts for a person was run without `--as NAME` (`data["command"]`)."""

    code = "cli_sign_in_required"


class PasswordInputError(DomainError):
    code = "password_input"
    details = ("no_stdin_line", "mismatch")


def add_as_argument(parser, *, below_another: bool = False) -> None:
    """`--as NAME`. `below_another`: the parser is an action under a command that has
    `--as` itself (records duplicates decide): it must not reset what was given there."""
    parser.add_argument("--as", dest="as_name", metavar="NAME",
                        default=argparse.SUPPRESS if below_another else None,
                        help="この職員としてサインインして実行する（パスワードは標準入力の1行目、"
                             "端末なら入力欄。記録はこの職員の名前で残ります）")


def read_secret(prompt: str, confirm: bool = False) -> str:
    """One line of stdin when it is not a terminal (each call takes the next line);
    else a prompt without echo (asked twice when `confirm`)."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        secret = line.rstrip("\r\n")
        if not secret:
            raise PasswordInputError("no_stdin_line")
        return secret
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("もう一度: ") != first:
        raise PasswordInputError("mismatch")
    return first


def sign_in(services, args, workstation: str, command: str):
    """The signed-in Actor for `--as NAME`, or SignInRequiredError before anything is read.
    An account that must change its password is refused until `users passwd`."""
    from app.staff.errors import StaffError

    name = getattr(args, "as_name", None)
    if not name:
        raise SignInRequiredError(command=command)
    password = read_secret(f"{name} のパスワード: ")
    result = services.staff.authenticate(name, password, workstation, via="cli")
    if result.must_change_password:
        raise StaffError("must_change_password")
    return result.actor


def workstation_name() -> str:
    from app.settings.workstation import WorkstationSettingsFile

    return WorkstationSettingsFile().load().workstation_name
