"""`main.py users …`: staff accounts for the administrator of this machine.

Like PostgreSQL's `createuser`, whoever can run this against the database
acts as its administrator; each change is audited with the system actor and
this workstation's name. Passwords: first line of stdin when it is not a
TTY, else asked twice without echo. Never taken from the command line
(it would land in the shell history and the process list).
"""
from __future__ import annotations

import getpass
import sys
from domain.errors import DomainError


def register(subparsers) -> None:
    parser = subparsers.add_parser("users", help="職員アカウントの管理（管理者用）")
    sub = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="職員を追加する")
    add.add_argument("name")
    add.add_argument("--role", required=True,
                     choices=("clerk", "supervisor", "trainer", "administrator"))
    sub.add_parser("list", help="職員の一覧")
    disable = sub.add_parser("disable", help="職員を無効にする")
    disable.add_argument("name")
    reset = sub.add_parser("reset-password", help="パスワードを再設定しロックを解除する")
    reset.add_argument("name")
    boot = sub.add_parser("bootstrap", help="初回: 管理者がいなければ作成する")
    boot.add_argument("name", nargs="?", default="admin")
    boot.add_argument("--generate", action="store_true",
                      help="一回限りのパスワードを生成して表示する（初回ログインで変更）")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from app.settings.workstation import WorkstationSettingsFile
    from app.identity.actor import Actor
    from app.staff_services import StaffServices
    from app.storage.database import resolve_database_url

    services = StaffServices.open(resolve_database_url(args.db))
    workstation = WorkstationSettingsFile().load().workstation_name
    actor = Actor.system(workstation)
    try:  # refusals end as their catalogue message and exit code (cli.runner)
        return _ACTIONS[args.users_command](services, actor, args)
    finally:
        services.close()


class PasswordInputError(DomainError):
    code = "password_input"
    details = ("no_stdin_line", "mismatch")


def read_password(prompt: str = "パスワード: ") -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise PasswordInputError("no_stdin_line")
        return password
    first = getpass.getpass(prompt)
    second = getpass.getpass("もう一度: ")
    if first != second:
        raise PasswordInputError("mismatch")
    return first


def _add(services, actor, args) -> int:
    member = services.staff.add(actor, args.name, args.role, read_password())
    print(f"職員 {member.name}（{member.role.label_ja}）を追加しました。")
    return 0


def _list(services, actor, args) -> int:
    members = services.staff.list()
    if not members:
        print("職員は登録されていません。`users bootstrap` で管理者を作成してください。")
        return 0
    print(f"{'name':<20} {'role':<14} status")
    for m in members:
        status = "無効" if m.disabled else "ロック中" if m.locked else "有効"
        if m.must_change_password:
            status += "（要パスワード変更）"
        print(f"{m.name:<20} {m.role.value:<14} {status}")
    return 0


def _disable(services, actor, args) -> int:
    member = services.staff.disable(actor, args.name)
    print(f"職員 {member.name} を無効にしました。")
    return 0


def _reset(services, actor, args) -> int:
    member = services.staff.reset_password(actor, args.name, read_password("新しいパスワード: "))
    print(f"職員 {member.name} のパスワードを再設定しました（次回ログイン時に変更が必要です）。")
    return 0


def _bootstrap(services, actor, args) -> int:
    if not services.staff.needs_bootstrap():
        print("管理者はすでに登録されています。")
        return 0
    password = None if args.generate or not sys.stdin.isatty() else read_password()
    result = services.staff.bootstrap_administrator(actor.workstation, args.name, password)
    if result.one_time_password:
        print(f"管理者 {result.member.name} を作成しました。一回限りのパスワード（初回ログインで変更）:")
        print(result.one_time_password)
    else:
        print(f"管理者 {result.member.name} を作成しました。")
    return 0


_ACTIONS = {"add": _add, "list": _list, "disable": _disable, "reset-password": _reset,
            "bootstrap": _bootstrap}
