"""`main.py users …`: staff accounts.

Changing accounts needs a signed-in administrator: `--as NAME`, whose password is the
first line of standard input (or asked without echo on a terminal); the new or reset
password is the next line (asked twice on a terminal). Every change is audited with
that administrator as the actor. `users bootstrap` creates the first administrator
and works only while no enabled administrator exists.
"""
from __future__ import annotations

import sys

from cli.staff_sign_in import (PasswordInputError, add_as_argument, read_secret,  # noqa: F401
                               sign_in, workstation_name)

ROLES = ("clerk", "supervisor", "trainer", "administrator")


def register(subparsers) -> None:
    parser = subparsers.add_parser("users", help="職員アカウントの管理（管理者用）")
    sub = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="職員を追加する（--as 管理者、標準入力: 管理者のパスワード、新しいパスワード）")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    sub.add_parser("list", help="職員の一覧")
    for action, text in (("disable", "職員を無効にする（すぐに権限を失います）"),
                         ("enable", "無効にした職員を有効に戻す")):
        p = sub.add_parser(action, help=text + "（--as 管理者）")
        p.add_argument("name")
    role = sub.add_parser("set-role", help="職員の役割を変える（すぐに反映）（--as 管理者）")
    role.add_argument("name")
    role.add_argument("--role", required=True, choices=ROLES)
    reset = sub.add_parser("reset-password", help="パスワードを再設定しロックを解除する（--as 管理者）")
    reset.add_argument("name")
    sub.add_parser("passwd", help="自分のパスワードを変える（--as 自分、標準入力: 今のパスワード、新しいパスワード）")
    boot = sub.add_parser("bootstrap", help="初回: 管理者がいないときだけ作成する")
    boot.add_argument("name", nargs="?", default="admin")
    boot.add_argument("--generate", action="store_true",
                      help="一回限りのパスワードを生成して表示する（初回ログインで変更）")
    for p in (add, *[sub.choices[a] for a in ("disable", "enable", "set-role", "reset-password",
                                               "passwd")]):
        add_as_argument(p)
    parser.set_defaults(handler=run)


def run(args) -> int:
    from app.staff_services import StaffServices
    from app.storage.database import resolve_database_url

    services = StaffServices.open(resolve_database_url(args.db))
    try:  # refusals end as their catalogue message and exit code (cli.runner)
        return _ACTIONS[args.users_command](services, workstation_name(), args)
    finally:
        services.close()


def read_password(prompt: str = "パスワード: ") -> str:
    return read_secret(prompt, confirm=True)


def _admin(services, workstation, args):
    return sign_in(services, args, workstation, f"users {args.users_command}")


def _add(services, workstation, args) -> int:
    actor = _admin(services, workstation, args)
    member = services.staff.add(actor, args.name, args.role, read_password("新しい職員のパスワード: "))
    print(f"職員 {member.name}（{member.role.label_ja}）を追加しました。")
    return 0


def _list(services, workstation, args) -> int:
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


def _disable(services, workstation, args) -> int:
    member = services.staff.disable(_admin(services, workstation, args), args.name)
    print(f"職員 {member.name} を無効にしました。")
    return 0


def _enable(services, workstation, args) -> int:
    member = services.staff.enable(_admin(services, workstation, args), args.name)
    print(f"職員 {member.name} を有効にしました。")
    return 0


def _set_role(services, workstation, args) -> int:
    member = services.staff.change_role(_admin(services, workstation, args), args.name, args.role)
    print(f"職員 {member.name} の役割を {member.role.label_ja} にしました。")
    return 0


def _reset(services, workstation, args) -> int:
    actor = _admin(services, workstation, args)
    member = services.staff.reset_password(actor, args.name, read_password("新しいパスワード: "))
    print(f"職員 {member.name} のパスワードを再設定しました（次回ログイン時に変更が必要です）。")
    return 0


def _passwd(services, workstation, args) -> int:
    from cli.staff_sign_in import SignInRequiredError

    if not args.as_name:
        raise SignInRequiredError(command="users passwd")
    current = read_secret(f"{args.as_name} の今のパスワード: ")
    # A forced change (one-time or reset password) is allowed here: that is its purpose.
    result = services.staff.authenticate(args.as_name, current, workstation, via="cli")
    services.staff.change_password(result.actor, current, read_password("新しいパスワード: "))
    print(f"{result.member.name} のパスワードを変更しました。")
    return 0


def _bootstrap(services, workstation, args) -> int:
    from app.staff.errors import StaffError

    if not services.staff.needs_bootstrap():
        raise StaffError("administrator_exists")
    password = None if args.generate or not sys.stdin.isatty() else read_password()
    result = services.staff.bootstrap_administrator(workstation, args.name, password)
    if result.one_time_password:
        print(f"管理者 {result.member.name} を作成しました。一回限りのパスワード（初回ログインで変更）:")
        print(result.one_time_password)
    else:
        print(f"管理者 {result.member.name} を作成しました。")
    return 0


_ACTIONS = {"add": _add, "list": _list, "disable": _disable, "enable": _enable,
            "set-role": _set_role, "reset-password": _reset, "passwd": _passwd,
            "bootstrap": _bootstrap}
