"""`main.py settings list | set KEY VALUE [--as NAME]`: the declared settings.

Office-wide keys go to the database and need a signed-in administrator (`--as NAME`,
password on the first line of stdin or asked without echo); the change is audited with
that person. Workstation keys go to this PC's file (protected by the PC's own account),
validated the same way (e.g. workstation_name: printable, never a 12-digit run).
"""
from __future__ import annotations

from cli.staff_sign_in import add_as_argument, sign_in


def register(subparsers) -> None:
    parser = subparsers.add_parser("settings", help="設定の一覧と変更（庁舎全体の設定は管理者のみ）")
    sub = parser.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    sub.add_parser("list", help="すべての設定と現在の値")
    change = sub.add_parser("set", help="設定を変更する（庁舎全体の設定は --as 管理者）")
    change.add_argument("key")
    change.add_argument("value")
    add_as_argument(change)
    parser.set_defaults(handler=run)


def run(args) -> int:
    from app.settings.declarations import SETTINGS, Scope, setting
    from app.settings.workstation import WorkstationSettingsFile
    from app.staff_services import StaffServices
    from app.storage.database import resolve_database_url

    store = WorkstationSettingsFile()
    if args.settings_command == "set":
        decl = setting(args.key)  # a SettingError ends as exit 2 (cli.runner)
        if decl.scope is Scope.WORKSTATION:
            store.save(args.key, args.value)
            print(f"{args.key} を変更しました。")
            return 0
    services = StaffServices.open(resolve_database_url(args.db))
    try:
        if args.settings_command == "list":
            office, station = services.office.load(), store.load()
            for decl in SETTINGS:
                value = getattr(office if decl.scope is Scope.OFFICE else station, decl.key)
                print(f"{decl.key} = {value!r}  [{decl.scope.value}] {decl.description}")
            return 0
        setting(args.key).coerce(args.value)  # a bad value is refused before the password is asked
        actor = sign_in(services, args, store.load().workstation_name, "settings set")
        services.office.set(actor, args.key, args.value)
        print(f"{args.key} を変更しました。")
        return 0
    finally:
        services.close()
