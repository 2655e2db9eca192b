"""The security half of `db`: key files at `db init`, and `db roles` (PostgreSQL).

Kept here so that cli/db_command.py (the CLI area's file) only calls in.
"""
from __future__ import annotations

import sys


def init_keys(args) -> None:
    """`db init`: create the key files if (and only if) this database has none yet."""
    from app.privacy.key_setup import initialise_keys
    from app.storage.database import make_engine, resolve_database_url

    engine = make_engine(resolve_database_url(args.db))
    try:
        setup = initialise_keys(engine)
    finally:
        engine.dispose()
    for label, path in (("個人番号の暗号鍵", setup.keys.my_number_path),
                        ("監査ログの鍵", setup.keys.audit_path)):
        state = "作成しました" if path in setup.created else "既存のものを確認しました"
        print(f"{label}ファイル: {path}（{state}。権限 0600、データベースとは別に保管）")
    if setup.created:
        print("→ 同じデータベースを使う他の端末には、これらのファイルをコピーしてください。")


def add_roles_parser(sub) -> None:
    roles = sub.add_parser(
        "roles", help="PostgreSQL: 所有者ロールと窓口用ログインロールを分ける（監査ログは追記のみ）")
    roles.add_argument("--login-role", required=True, metavar="NAME",
                       help="窓口端末が接続に使うロール（なければ作成）")
    roles.add_argument("--owner-role", default="madoguchi_owner", metavar="NAME",
                       help="テーブルの所有者ロール（既定 madoguchi_owner、ログイン不可で作成）")
    roles.add_argument("--password-stdin", action="store_true",
                       help="ログインロールのパスワードを標準入力の1行目から設定する")
    roles.set_defaults(handler=run_roles)


def run_roles(args) -> int:
    from app.storage.database import make_engine, resolve_database_url
    from app.storage.pg_roles import apply_roles, login_url

    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n") or None
    url = resolve_database_url(args.db)
    engine = make_engine(url)
    try:
        report = apply_roles(engine, args.login_role, args.owner_role, password)
    finally:
        engine.dispose()
    print(f"所有者ロール {report.owner}: テーブル {len(report.tables)} 件とトリガー関数を所有"
          + (f"（作成: {', '.join(report.created)}）" if report.created else ""))
    print(f"ログインロール {report.login}: 業務テーブルは読み書き、監査ログは参照と追記のみ"
          "（UPDATE・DELETE・TRUNCATE・ALTER・トリガー無効化は不可）")
    print(f"窓口端末の接続先: {login_url(url, report.login)}")
    print("→ `db upgrade` のあとは `db roles` をもう一度実行してください。")
    return 0
