"""`main.py audit verify | export`: check the hash chain, export for an inspection."""
from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from cli.argument_types import iso_date

# any day whose next day exists (the range ends at midnight after --to; 9999-12-31 has none)
AUDIT_DATE = iso_date(date.min, date.max - timedelta(days=1))


def register(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="監査ログの検証と出力")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    sub.add_parser("verify", help="ハッシュチェーンを検証する（改ざん・削除があれば終了コード1）")
    export = sub.add_parser("export", help="期間（UTCの日付、両端を含む）の監査ログをCSVに出力する（出力自体も記録）")
    export.add_argument("--from", dest="date_from", required=True, type=AUDIT_DATE,
                        metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", required=True, type=AUDIT_DATE,
                        metavar="YYYY-MM-DD")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from app.staff_services import StaffServices
    from app.storage.database import resolve_database_url

    services = StaffServices.open(resolve_database_url(args.db))
    try:
        if args.audit_command == "verify":
            return _verify(services)
        return _export(services, args)
    finally:
        services.close()


def _verify(services) -> int:
    result = services.audit.verify()
    if result.ok:
        print(f"監査ログは正常です（{result.entries_checked} 件を検証）。")
        return 0
    print(f"監査ログの不整合を検出しました: 第 {result.first_broken_seq} 件 — {result.reason}"
          f"（正常に検証できたのは {result.entries_checked} 件）", file=sys.stderr)
    return 1


def _export(services, args) -> int:
    from app.audit.export import export_csv
    from app.settings.workstation import WorkstationSettingsFile
    from app.identity.actor import Actor

    if args.date_to < args.date_from:
        print("エラー: --to は --from 以降の日付にしてください。", file=sys.stderr)
        return 2
    actor = Actor.system(WorkstationSettingsFile().load().workstation_name)
    count = export_csv(services.audit, actor, args.date_from, args.date_to, args.out)
    print(f"{count} 件を {args.out} に出力しました。")
    return 0
