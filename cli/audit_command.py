"""`main.py audit verify | anchor | export | repair-head`.

    audit verify [--anchor FILE]       check the keyed chain (and every anchor in FILE)
    audit anchor --out FILE | --syslog append the current head (sequence, hash, time)
    audit export --as NAME --from --to [--out FILE.csv]   supervisors / administrators
    audit repair-head --as NAME [--anchor FILE]           after the head row was deleted

Run `audit anchor` daily and keep the file where the database's owner cannot write
(docs/audit-log.md). Exit codes: 0 ok, 1 the chain (or an anchor) does not verify,
2 bad input, 7 key or database problem, 8 not signed in / not permitted, 9 output.
"""
from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from cli.staff_sign_in import add_as_argument, sign_in, workstation_name

_WHY = {
    "missing": "削除された記録があります",
    "order": "記録の順序が書き換えられています",
    "altered": "記録が書き換えられています（または別の鍵で書かれています）",
    "head_missing": "チェーンの先頭情報（audit_chain_head）が削除されています。"
                    "`audit repair-head --as 管理者 --anchor FILE` で復旧してください",
    "head": "末尾の記録が削除されたか、先頭情報が書き換えられています",
    "anchor": "外部に保存した記録（アンカー）と一致しません。この時点までのログが作り直されています",
    "truncated": "外部に保存した記録（アンカー）より後の記録が消えています",
}
from cli.argument_types import iso_date

# any day whose next day exists (the range ends at midnight after --to; 9999-12-31 has none)
AUDIT_DATE = iso_date(date.min, date.max - timedelta(days=1))


def register(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="監査ログの検証・アンカー・出力")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = sub.add_parser("verify", help="チェーンを検証する（改ざん・削除があれば終了コード1）")
    verify.add_argument("--anchor", type=Path, metavar="FILE",
                        help="`audit anchor` が書いたファイル: その時点までの書き換え・切り詰めも検出")
    anchor = sub.add_parser("anchor", help="現在の先頭（件数・ハッシュ・時刻）をファイルまたは syslog に追記する")
    where = anchor.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE", help="追記するファイル（追記のみ、0600）")
    where.add_argument("--syslog", action="store_true", help="syslog（LOG_AUTH）に送る")
    export = sub.add_parser("export", help="期間（UTCの日付、両端を含む）の監査ログをCSVに出力する（出力自体も記録）")
    export.add_argument("--from", dest="date_from", required=True, type=AUDIT_DATE,
                        metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", required=True, type=AUDIT_DATE,
                        metavar="YYYY-MM-DD")
    export.add_argument("--out", type=Path, metavar="FILE.csv",
                        help="出力先（既定: 監査ログ_開始日_終了日.csv、権限 0600）")
    add_as_argument(export)
    repair = sub.add_parser("repair-head", help="削除されたチェーン先頭情報を記録から作り直す（管理者）")
    repair.add_argument("--anchor", type=Path, metavar="FILE", help="照合するアンカーファイル")
    add_as_argument(repair)
    parser.set_defaults(handler=run)


def run(args) -> int:
    from app.staff_services import StaffServices
    from app.storage.database import resolve_database_url

    if args.audit_command == "export" and args.date_to < args.date_from:
        print("エラー: --to は --from 以降の日付にしてください。", file=sys.stderr)
        return 2
    anchors = _anchors(args)
    services = StaffServices.open(resolve_database_url(args.db))
    try:
        if args.audit_command == "verify":
            return _report(services.audit.verify(anchors))
        if args.audit_command == "anchor":
            return _anchor(services, args)
        if args.audit_command == "repair-head":
            return _repair(services, args, anchors)
        return _export(services, args)
    finally:
        services.close()


def _anchors(args):
    from app.audit.anchor import read_anchors

    path = getattr(args, "anchor", None)
    return read_anchors(path) if path else []


def _report(result) -> int:
    if result.ok:
        anchored = f"、アンカー {result.anchors_checked} 件と一致" if result.anchors_checked else ""
        print(f"監査ログは正常です（{result.entries_checked} 件を検証{anchored}）。")
        return 0
    why = _WHY.get(result.code, result.reason)
    print(f"監査ログの不整合を検出しました: 第 {result.first_broken_seq} 件 — {why}"
          f"（正常に検証できたのは {result.entries_checked} 件）", file=sys.stderr)
    return 1


def _repair(services, args, anchors) -> int:
    """While the head is missing no sign-in can be audited: the password is then checked
    without writing, and the repair records the sign-in together with itself."""
    from app.audit.log import AuditChainError
    from cli.staff_sign_in import SignInRequiredError, read_secret

    if not args.as_name:
        raise SignInRequiredError(command="audit repair-head")
    password = read_secret(f"{args.as_name} のパスワード: ")
    workstation = workstation_name()
    try:
        actor = services.staff.authenticate(args.as_name, password, workstation, via="cli").actor
        unaudited = False
    except AuditChainError as missing:
        if missing.detail != "head_missing":
            raise
        actor = services.staff.verify_credentials(args.as_name, password, workstation)
        unaudited = True
    result = services.audit.repair_head(actor, anchors, record_sign_in=unaudited)
    print("チェーンの先頭情報を作り直しました。")
    return _report(result)


def _anchor(services, args) -> int:
    from app.audit.anchor import append_anchor, send_to_syslog

    result = services.audit.verify()
    if not result.ok:  # never anchor a broken chain: the anchor would vouch for it
        return _report(result)
    anchor = services.audit.head()
    if args.syslog:
        send_to_syslog(anchor)
        print(f"第 {anchor.seq} 件までのアンカーを syslog に送りました。")
    else:
        append_anchor(args.out, anchor)
        print(f"第 {anchor.seq} 件までのアンカーを {args.out} に追記しました。")
    return 0


def _export(services, args) -> int:
    from app.audit.export import default_export_name, export_csv

    actor = sign_in(services, args, workstation_name(), "audit export")
    out = args.out or Path(default_export_name(args.date_from, args.date_to))
    count = export_csv(services.audit, actor, args.date_from, args.date_to, out)
    print(f"{count} 件を {out} に出力しました（権限 0600）。")
    return 0
