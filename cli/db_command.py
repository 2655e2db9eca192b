"""`db init`, `db upgrade`, `db seed --residents N [--seed S]`.

Progress goes to stderr; nothing personal is printed (counts and timings only).
"""
from __future__ import annotations

import sys
import time


def register(subparsers) -> None:
    parser = subparsers.add_parser("db", help="データベースの作成・更新・試験データ投入")
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    init = sub.add_parser("init", help="スキーマを作成（既存なら最新まで更新）")
    init.set_defaults(handler=_init)
    upgrade = sub.add_parser("upgrade", help="alembic で全ブランチを最新(heads)まで更新")
    upgrade.set_defaults(handler=_upgrade)
    seed = sub.add_parser("seed", help="架空の住民データを投入（同じ seed なら同じ内容）")
    seed.add_argument("--residents", type=int, required=True, metavar="N", help="住民数")
    seed.add_argument("--seed", type=int, default=1, metavar="S", help="乱数の種 (default 1)")
    seed.add_argument("--quiet", action="store_true", help="進捗を表示しない")
    seed.set_defaults(handler=_seed)
    from cli.db_security import add_roles_parser  # `db roles` (staff/audit area)

    add_roles_parser(sub)


def _engine(args):
    from app.storage.database import make_engine, resolve_database_url

    return make_engine(resolve_database_url(args.db))


def _init(args) -> int:
    from cli.db_security import init_keys

    status = _upgrade(args)
    # The only place key files are created (the staff/audit area's cli.db_security), so
    # that backing them up or copying them to the other counters is part of setup.
    init_keys(args)
    return status


def _upgrade(args) -> int:
    from app.storage.migration_runner import current_heads, upgrade

    engine = _engine(args)
    upgrade(engine)
    print("スキーマを更新しました: " + ", ".join(current_heads(engine)))
    return 0


def _seed(args) -> int:
    from training.seed import seed_population
    from app.storage.migration_runner import upgrade

    if args.residents < 1:
        print("--residents は 1 以上を指定してください", file=sys.stderr)
        return 2
    engine = _engine(args)
    upgrade(engine)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not args.quiet:
            elapsed = time.perf_counter() - started
            print(f"  {done:,}/{total:,} 人 ({done * 100 // total}%) {elapsed:.1f} 秒", file=sys.stderr, flush=True)

    report = seed_population(engine, residents=args.residents, seed=args.seed, progress=progress)
    print(f"住民 {report.residents:,} 人・世帯 {report.households:,} を投入しました "
          f"({report.seconds:.1f} 秒、うち暗号化 {report.crypto_seconds:.1f} 秒、索引作成 {report.index_seconds:.1f} 秒)")
    for table, count in report.rows.items():
        if table not in ("residents", "households"):
            print(f"  {table}: {count:,}")
    return 0
