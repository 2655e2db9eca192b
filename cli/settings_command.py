"""`main.py settings list | set KEY VALUE`: the declared settings.

Office-wide keys go to the database (audited, as the machine's
administrator, like `users`); workstation keys go to this PC's file.
"""
from __future__ import annotations



def register(subparsers) -> None:
    parser = subparsers.add_parser("settings", help="設定の一覧と変更（管理者用）")
    sub = parser.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    sub.add_parser("list", help="すべての設定と現在の値")
    change = sub.add_parser("set", help="設定を変更する")
    change.add_argument("key")
    change.add_argument("value")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from app.settings.declarations import SETTINGS, Scope, setting
    from app.settings.workstation import WorkstationSettingsFile
    from app.identity.actor import Actor
    from app.staff_services import StaffServices
    from app.storage.database import resolve_database_url

    store = WorkstationSettingsFile()
    services = StaffServices.open(resolve_database_url(args.db))
    try:
        if args.settings_command == "list":
            office, station = services.office.load(), store.load()
            for decl in SETTINGS:
                value = getattr(office if decl.scope is Scope.OFFICE else station, decl.key)
                print(f"{decl.key} = {value!r}  [{decl.scope.value}] {decl.description}")
            return 0
        decl = setting(args.key)  # a SettingError ends as exit 2 (cli.runner)
        if decl.scope is Scope.OFFICE:
            actor = Actor.system(store.load().workstation_name)
            services.office.set(actor, args.key, args.value)
        else:
            store.save(args.key, args.value)
        print(f"{args.key} を変更しました。")
        return 0
    finally:
        services.close()
