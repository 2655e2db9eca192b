"""`main.py keys rotate --as NAME [--batch N]`, `keys status`.

`keys rotate` creates a new My Number key and re-encrypts every protected column in
batches; interrupted (power cut, Ctrl+C), it is finished by running it again. Stop every
counter first, and afterwards copy the new key file to every workstation (a counter
with the old key refuses to start and names the file). docs/keys.md.
"""
from __future__ import annotations

import sys

from cli.staff_sign_in import add_as_argument, sign_in, workstation_name


def register(subparsers) -> None:
    parser = subparsers.add_parser("keys", help="暗号鍵の確認と切り替え（管理者）")
    sub = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    rotate = sub.add_parser("rotate", help="新しい鍵に切り替え、保護された列をすべて再暗号化する"
                                           "（中断しても再実行で続きから）")
    rotate.add_argument("--batch", type=int, default=500, metavar="N",
                        help="1 回のトランザクションで再暗号化する行数（既定 500）")
    add_as_argument(rotate)
    sub.add_parser("status", help="この端末の鍵ファイルがデータベースの鍵と一致するか確認する")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from app.staff_services import StaffServices
    from app.storage.database import resolve_database_url

    url = resolve_database_url(args.db)
    if args.keys_command == "status":
        services = StaffServices.open(url)  # raises KeyFileError / KeyMismatchError (exit 7)
        try:
            print(f"個人番号の鍵: {services.keys.my_number_path}（一致）")
            print(f"監査ログの鍵: {services.keys.audit_path}（一致）")
            return 0
        finally:
            services.close()
    if args.batch < 1:
        print("--batch は 1 以上を指定してください", file=sys.stderr)
        return 2
    services = StaffServices.open(url, key_rotation=True)
    try:
        from app.staff.key_rotation import rotate_keys

        actor = sign_in(services, args, workstation_name(), "keys rotate")

        def progress(name: str, done: int) -> None:
            print(f"  {name}: {done:,} 件", file=sys.stderr, flush=True)

        report = rotate_keys(services, actor, batch_size=args.batch, progress=progress)
        total = sum(report.rows.values())
        print(f"鍵を切り替えました（再暗号化 {total:,} 件{'、中断からの再開' if report.resumed else ''}）。")
        if report.retired_key:
            print(f"古い鍵は {report.retired_key} に移しました（切り替え前のバックアップ用に保管）。")
        print(f"新しい鍵ファイル {services.keys.my_number_path} を、このデータベースを使う"
              "すべての端末にコピーしてください。")
        return 0
    finally:
        services.close()
