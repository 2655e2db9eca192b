"""`db init | upgrade | check [--repair] | seed --residents N [--seed S]`.

Only `db init` creates a database (and its folder); `db upgrade` migrates an existing one;
no other command migrates. Every action opens the database through
app.storage.opening with the access it needs — a new action adds a parser and a handler
that calls `_open(args, Access.…)`. Progress goes to stderr; nothing personal is printed
(counts, timings, index and table names only).
"""
from __future__ import annotations

import sys
import time

from cli.argument_types import int_between

MAX_SEED_RESIDENTS = 10_000_000  # a large city; more is a typo, not a plan


def register(subparsers) -> None:
    parser = subparsers.add_parser("db", help="データベースの作成・更新・点検・試験データ投入")
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    init = sub.add_parser("init", help="データベースを作成する（既存なら最新まで更新）。作成するのはこのコマンドだけです")
    init.set_defaults(handler=_init)
    upgrade = sub.add_parser("upgrade", help="既存のデータベースを最新のスキーマに更新する")
    upgrade.set_defaults(handler=_upgrade)
    check = sub.add_parser("check", help="データベースを点検する（SQLite は integrity_check、索引、連番）")
    check.add_argument("--repair", action="store_true",
                       help="直せるもの（消えた索引、遅れた連番）を直す")
    check.set_defaults(handler=_check)
    seed = sub.add_parser("seed", help="架空の住民データを投入（同じ seed なら同じ内容）")
    seed.add_argument("--residents", type=int_between(1, MAX_SEED_RESIDENTS), required=True, metavar="N",
                      help=f"住民数（1〜{MAX_SEED_RESIDENTS:,}）")
    seed.add_argument("--seed", type=int_between(0, 2**31 - 1), default=1, metavar="S", help="乱数の種（既定 1）")
    seed.add_argument("--quiet", action="store_true", help="進捗を表示しない")
    seed.set_defaults(handler=_seed)
    from cli.db_security import add_roles_parser  # `db roles` (staff/audit area)

    add_roles_parser(sub)


def _open(args, access):
    from app.storage.opening import open_database

    return open_database(args.db, access)


def _init(args) -> int:
    from app.storage.opening import Access
    from cli.db_security import init_keys

    _migrate(args, Access.CREATE)
    # The only place key files are created (cli.db_security), so that backing them up or
    # copying them to the other counters of a shared PostgreSQL is part of setup.
    init_keys(args)
    return 0


def _upgrade(args) -> int:
    from app.storage.opening import Access

    _migrate(args, Access.UPGRADE)
    return 0


def _migrate(args, access) -> None:
    from app.storage.migration_runner import current_heads, upgrade

    engine = _open(args, access)
    try:
        upgrade(engine)
        print("スキーマを更新しました: " + ", ".join(current_heads(engine)))
    finally:
        engine.dispose()


def _check(args) -> int:
    from app.storage import health
    from app.storage.opening import Access, open_with_state

    engine, state = open_with_state(args.db, Access.CHECK)
    try:
        report = health.check(engine)
        repaired = health.repair(engine, report) if args.repair and report.repairable else []
    finally:
        engine.dispose()
    problems = _print_schema(state) + _print_findings(report, repaired)
    if problems:
        print(f"点検の結果: 問題 {problems} 件（終了コード 7）", file=sys.stderr)
        return 7
    print("点検の結果: 問題はありません。" + (f"（{len(repaired)} 件を修復しました）" if repaired else ""))
    return 0


def _print_schema(state) -> int:
    if state.unknown:
        print(f"スキーマ: この版より新しい（{', '.join(sorted(state.unknown))}）— 新しい版の Madoguchi で使ってください")
        return 1
    if state.empty:
        print("スキーマ: まだ初期化されていません — `madoguchi db init` を実行してください")
        return 1
    if state.outdated:
        print(f"スキーマ: 古い（{', '.join(sorted(state.applied))}）— `madoguchi db upgrade` で更新してください")
        return 1
    print(f"スキーマ: 最新（{', '.join(sorted(state.applied))}）")
    return 0


_FINDING_TEXT = {
    "integrity": "整合性: {subject}",
    "index_missing": "索引がありません: {subject}",
    "sequence_behind": "連番が表の最大の id より後ろにありません: {subject}",
}


def _print_findings(report, repaired) -> int:
    fixed = {(f.code, f.subject) for f in repaired}
    left = 0
    for finding in report.findings:
        done = (finding.code, finding.subject) in fixed
        left += not done
        print(("修復済み — " if done else "") + _FINDING_TEXT[finding.code].format(subject=finding.subject))
    hidden = report.integrity_problems - sum(f.code == "integrity" for f in report.findings)
    if hidden > 0:
        print(("修復済み — " if report.indexes_only and repaired else "") + f"整合性: ほか {hidden} 件")
        left += 0 if report.indexes_only and repaired else hidden
    if left and report.integrity_problems and not report.indexes_only:
        print("→ ファイルが壊れています。使うのをやめ、バックアップから戻してください。")
    elif left:
        print("→ `madoguchi db check --repair` で直せます（索引を作り直します）。")
    if not report.integrity_problems and not report.findings:
        print("整合性・索引・連番: 問題ありません")
    return left


def _seed(args) -> int:
    from app.storage.opening import Access
    from training.seed import seed_population

    engine = _open(args, Access.WRITE)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not args.quiet:
            elapsed = time.perf_counter() - started
            print(f"  {done:,}/{total:,} 人 ({done * 100 // total}%) {elapsed:.1f} 秒", file=sys.stderr, flush=True)

    try:
        report = seed_population(engine, residents=args.residents, seed=args.seed, progress=progress)
    except KeyboardInterrupt:
        print("投入を中断しました。次の `madoguchi db seed` か `madoguchi db check --repair` で"
              "索引と連番を元に戻します。", file=sys.stderr)
        raise
    finally:
        engine.dispose()
    print(f"住民 {report.residents:,} 人・世帯 {report.households:,} を投入しました "
          f"({report.seconds:.1f} 秒、うち暗号化 {report.crypto_seconds:.1f} 秒、索引作成 {report.index_seconds:.1f} 秒)")
    for table, count in report.rows.items():
        if table not in ("residents", "households"):
            print(f"  {table}: {count:,}")
    return 0
