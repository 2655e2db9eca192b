"""`visits export --since DATE [--until DATE] [--section NAME] --format json|csv --out FILE`:
what the back office keys in, for every visit approved in the period (app.records.handover_service).

JSON follows resources/handover/handover-v1.schema.json; CSV is one row per person and
procedure for RPA tools. My Numbers only for sections that need them and only when the
exporting member may see them (the CLI's system actor may not). Exit codes: 0 written,
2 bad option, 8 not permitted, 9 the file cannot be written.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("visits", help="来庁記録（決裁済み）の引き継ぎデータ")
    sub = parser.add_subparsers(dest="visits_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="決裁済みの来庁を担当課への引き継ぎデータとして書き出す")
    export.add_argument("--since", required=True, metavar="YYYY-MM-DD", help="この日以降に決裁された来庁")
    export.add_argument("--until", metavar="YYYY-MM-DD", help="この日より前に決裁された来庁（既定: 今まで）")
    export.add_argument("--section", metavar="NAME",
                        help="担当の id か名前（forms/rules/counters.json: hoken、kodomo、保険年金課 など）")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    from cli.staff_sign_in import add_as_argument

    add_as_argument(export)
    export.set_defaults(handler=_export)


def _day(text: str | None):
    from app.records.import_errors import HandoverExportError

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise HandoverExportError("bad_date") from None


def _export(args) -> int:
    from cli.records_actor import cli_actor, open_records_services

    since, until = _day(args.since), _day(args.until)
    services = open_records_services(args)
    try:
        result = services.handover.export(cli_actor(args), since, args.out, args.format, args.section, until)
    finally:
        services.close()
    numbers = f"、個人番号 {result.my_numbers} 件" if result.my_numbers else "（個人番号は含みません）"
    print(f"決裁済みの来庁 {result.visits} 件・手続き {result.procedures} 件・対象者 {result.persons} 人を"
          f"書き出しました{numbers}: {result.path}")
    return 0
