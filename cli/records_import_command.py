"""`records profiles | import | import-mynumbers | export` (registered by cli.records_command).

Exit codes: 0 every row went in (or --check: the header matches); 2 some rows were not
imported (they are listed with line, column and reason, on the terminal and in the report
file) or the file/profile cannot be used; 1 interrupted (the committed batches stay; the
same command continues after the last one); 7 database; 8 not permitted. Nothing printed
here holds a name, an address, a date of birth or a My Number.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from cli.progress_bar import ProgressBar
from cli.records_actor import cli_actor, open_records_services
from cli.staff_sign_in import add_as_argument

SHOWN_ISSUES = 30  # on the terminal; the report file has all of them
SHOWN_CHANGES = 20


def add_parsers(sub) -> None:
    profiles = sub.add_parser("profiles", help="取り込みプロファイルの一覧")
    profiles.set_defaults(handler=_profiles)
    imp = sub.add_parser("import", help="基幹系の住民データ（CSV）を取り込む")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--profile", required=True, help="プロファイル名（records profiles）または JSON ファイル")
    imp.add_argument("--mode", choices=("delta", "snapshot"), default="delta",
                     help="delta: ファイルの行だけ反映 / snapshot: 全件データ（ファイルにない住民を報告）")
    imp.add_argument("--dry-run", action="store_true", help="試行: 件数と変更を表示し、データベースは変えない")
    imp.add_argument("--check", action="store_true", help="見出し行だけを確かめる（足りない列・知らない列）")
    imp.add_argument("--confirm-missing", action="store_true",
                     help="snapshot: ファイルにない住民を「全件データになし」として記録する（削除はしない）")
    imp.add_argument("--report", type=Path, metavar="PATH", help="報告ファイル（既定: データディレクトリの reports/）")
    add_as_argument(imp)
    imp.set_defaults(handler=_import)
    mn = sub.add_parser("import-mynumbers", help="宛名番号と個人番号の対応（統合宛名）を取り込む")
    mn.add_argument("file", type=Path, metavar="FILE")
    mn.add_argument("--dry-run", action="store_true", help="試行: 件数だけ表示し、データベースは変えない")
    add_as_argument(mn)
    mn.set_defaults(handler=_import_my_numbers)
    exp = sub.add_parser("export", help="住民記録を Madoguchi の形式で書き出す（別の Madoguchi へ移すとき）")
    exp.add_argument("--out", type=Path, required=True, metavar="FILE")
    exp.add_argument("--profile", default="madoguchi")
    add_as_argument(exp)
    exp.set_defaults(handler=_export)


def _profiles(args) -> int:
    """The profiles this workstation can use (files only: no database is opened)."""
    from app.records.import_errors import ImportProfileError
    from app.records.import_profile import ProfileCatalog
    from cli.records_actor import profile_dirs

    for item in ProfileCatalog(profile_dirs()).all():
        if isinstance(item, ImportProfileError):
            from cli.error_report import message_for

            print(f"{item.data.get('profile', '?'):<16} （使えません: {message_for(item)[0]}）")
            continue
        print(f"{item.name:<16} {item.title}　列 {len(item.known_columns())}　文字コード {item.encoding}"
              + ("　書き出し可" if item.exportable else ""))
        print(f"{'':<16} {item.path}")
    return 0

def _import(args) -> int:
    from app.records.import_service import ImportRequest

    services = open_records_services(args)
    try:
        if args.check:
            return _check(services, args)
        bar = ProgressBar("取り込み" if not args.dry_run else "試行")
        request = ImportRequest(args.file, args.profile, args.mode, args.dry_run, args.confirm_missing)
        try:
            report = services.imports.run(cli_actor(args), request, progress=lambda p: bar.update(
                p.fraction, f"{p.rows:,} 行"))
        except KeyboardInterrupt:
            bar.done()
            print("中断しました。取り込み済みのバッチはそのままです。同じコマンドで続きから再開します。", file=sys.stderr)
            return 1
        bar.done()
        report.report_path = _write_report(report, args)
        _print_report(report)
        return 0 if report.all_rows_in else 2
    finally:
        services.close()


def _check(services, args) -> int:
    result = services.imports.check(args.profile, args.file)
    c = result.check
    print(f"プロファイル: {result.profile.name}　文字コード: {result.encoding}")
    if c.ok:
        print("見出し行はプロファイルと一致しています。")
    for title, cols in (("足りない列", c.missing), ("プロファイルにない列", c.unknown), ("重複した列", c.duplicated),
                        ("（任意の列でファイルにないもの）", c.optional_missing)):
        if cols:
            print(f"{title}: {len(cols)}")
            for col in cols:
                print(f"  {col}")
    return 0 if c.ok else 2


def _write_report(report, args) -> Path:
    from app.records.import_report import write_report
    from app.storage.database import data_dir

    path = args.report or data_dir() / "reports" / (
        f"import-{datetime.now().strftime('%Y%m%d-%H%M%S')}-{args.file.stem}.txt")
    return write_report(report, path, args.file.name)


def _print_report(report) -> None:
    title = "試行（データベースは変更していません）" if report.dry_run else "取り込み結果"
    print(f"{title}: {report.summary()}")
    if report.resumed_from_line:
        print(f"前回の中断位置（{report.resumed_from_line} 行目まで取り込み済み）から再開しました。")
    if report.unknown_columns:
        print("プロファイルにない列（取り込んでいません）: " + "、".join(report.unknown_columns))
    if report.errors:
        print(f"取り込めなかった行: {len(report.errors)}")
        for issue in report.errors[:SHOWN_ISSUES]:
            print(f"  {issue.line} 行目 [{issue.column or '-'}] {issue.text}")
    if report.warning_total:
        print(f"警告（行は取り込み済み）: {report.warning_total}")
        for issue in report.warnings[:SHOWN_ISSUES // 3]:
            print(f"  {issue.line} 行目 [{issue.column or '-'}] {issue.text}")
    if report.mode == "snapshot":
        line = f"ファイルにない住民: {len(report.missing)} 人"
        if report.marked_missing:
            line += f"（{report.marked_missing} 人を記録しました）"
        elif report.missing:
            line += "（記録していません。--confirm-missing で「全件データになし」として記録します）"
        print(line)
    # a dry run lists every kind of change; an import lists what changed in existing records
    shown = [c for c in report.changes if report.dry_run or c.kind != "new"][:SHOWN_CHANGES]
    if shown:
        print("変更（先頭）:" if len(shown) == SHOWN_CHANGES else "変更:")
        for c in shown:
            print(f"  {c.line} 行目 宛名番号 {c.atena_no} {c.kind_label} {'・'.join(c.fields)}")
    print(f"報告ファイル: {report.report_path}")


def _import_my_numbers(args) -> int:
    services = open_records_services(args)
    bar = ProgressBar("個人番号の取り込み" if not args.dry_run else "試行")
    try:
        report = services.my_numbers.run(cli_actor(args), args.file, args.dry_run, progress=bar.update)
    finally:
        bar.done()
        services.close()
    c = report.counts
    print(("試行（データベースは変更していません）: " if report.dry_run else "取り込み結果: ")
          + f"登録 {c['linked']:,} / 変更なし {c['unchanged']:,} / 取り込めない行 {c['rejected']:,}")
    for issue in report.issues[:SHOWN_ISSUES]:  # line numbers only: never a number or a 宛名番号
        print(f"  {issue.line} 行目 {issue.text}")
    if len(report.issues) > SHOWN_ISSUES:
        print(f"  …ほか {len(report.issues) - SHOWN_ISSUES} 行")
    print("個人番号のファイルは、取り込み後に安全な方法で削除してください。")
    return 0 if report.all_rows_in else 2


def _export(args) -> int:
    services = open_records_services(args)
    bar = ProgressBar("書き出し")
    try:
        profile = services.catalog.load(args.profile)
        rows = services.exports.export(cli_actor(args), profile, args.out, progress=bar.update)
    finally:
        bar.done()
        services.close()
    print(f"{rows:,} 人を書き出しました（{args.profile} 形式、所有者だけが読めるファイル）: {args.out}")
    return 0
