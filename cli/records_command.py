"""`records find --my-number N | --name .. --birth-date .. [--address ..] [--sex 1|2] [--json]`.

Prints ranked candidates with the reasons for a clerk at the terminal. The My
Number is never printed (masked), and nothing here goes to a log file. A 不詳 birth date
prints as 不詳; deceased and moved-out records carry their status and dates; records
confirmed as one person (名寄せ) show the other 宛名番号.

The records exchange actions live in their own modules: cli.records_import_command
(`profiles`, `import`, `import-mynumbers`, `export`) and cli.records_duplicates_command
(`duplicates`).
"""
from __future__ import annotations

import json
import sys
from datetime import date

from cli.argument_types import int_between


def register(subparsers) -> None:
    from cli import records_duplicates_command, records_import_command

    parser = subparsers.add_parser("records", help="住民記録の検索・取り込み・名寄せ")
    sub = parser.add_subparsers(dest="records_command", metavar="ACTION", required=True)
    find = sub.add_parser("find", help="個人番号または基本4情報で住民を検索（候補を理由つきで表示）")
    find.add_argument("--my-number", metavar="N", help="個人番号 12 桁")
    find.add_argument("--name", help="氏名")
    find.add_argument("--birth-date", metavar="YYYY-MM-DD", help="生年月日")
    find.add_argument("--address", default="", help="住所（方書を含めてよい）")
    find.add_argument("--sex", choices=("1", "2"), help="性別コード 1=男 2=女")
    find.add_argument("--limit", type=int_between(1, 1000), default=10, help="表示する候補の最大数（1〜1000、既定 10）")
    find.add_argument("--json", action="store_true", help="JSON で出力")
    find.set_defaults(handler=_find)
    records_import_command.add_parsers(sub)
    records_duplicates_command.add_parser(sub)


def _find(args) -> int:
    from app.privacy import MyNumber, MyNumberCipher
    from app.records import BasicInfo, LookupService, ResidentRepository
    from training.seed.address_master import HOME_LOCALITY
    from app.storage.database import make_session_factory
    from app.storage.opening import Access, open_database

    engine = open_database(args.db, Access.READ)  # read-only: never creates or migrates
    repo = ResidentRepository(make_session_factory(engine), MyNumberCipher.for_data_dir())
    service = LookupService(repo, home_locality=HOME_LOCALITY)
    if args.my_number:
        result = service.by_my_number(MyNumber(args.my_number))  # invalid: exit 2 (cli.runner)
    elif args.name:
        try:
            birth = date.fromisoformat(args.birth_date) if args.birth_date else None
        except ValueError:
            print("生年月日は YYYY-MM-DD で指定してください", file=sys.stderr)
            return 2
        result = service.by_basic_info(BasicInfo(args.name, birth, args.address, args.sex), limit=args.limit)
    else:
        print("--my-number か --name（と --birth-date）を指定してください", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(_as_json(result), ensure_ascii=False, indent=2))
    else:
        _print_table(result)
    return 0 if result.candidates else 1


def _as_json(result) -> dict:
    return {
        "method": result.method.value, "ambiguous": result.ambiguous, "message": result.message,
        "candidates": [{
            "rank": i, "score": c.score, "reasons": list(c.reasons), "atena_no": c.resident.atena_no,
            "other_atena_nos": list(c.other_atena_nos),
            "name": c.resident.name, "name_kana": c.resident.name_kana,
            "birth_date": c.resident.birth_date.isoformat() if c.resident.birth_date else None,
            "birth_date_unknown": c.resident.birth_date is None, "sex": c.resident.sex_label,
            "address": c.resident.address.full, "status": c.resident.status.value,
            "living": c.living, "status_dates": _status_dates(c.resident),
            "household_no": c.resident.household_no, "relationship": c.resident.relationship,
            "has_my_number": c.resident.has_my_number,
        } for i, c in enumerate(result.candidates, start=1)],
    }


def _print_table(result) -> None:
    print(f"[{result.method.value}] {result.message}")
    for i, c in enumerate(result.candidates, start=1):
        r = c.resident
        born = r.birth_date.isoformat() if r.birth_date else "生年月日不詳"
        others = f"（同一人: {'・'.join(c.other_atena_nos)}）" if c.other_atena_nos else ""
        print(f"{i:>2}. 評価 {c.score:>3}  宛名番号 {r.atena_no}{others}  {r.name}（{r.name_kana}）"
              f"  {born}  {r.sex_label}  {r.status.value}")
        dates = _status_dates(r)
        if dates:
            print("      " + "　".join(f"{k}: {v}" for k, v in dates.items()))
        print(f"      住所: {r.address.full}")
        print(f"      理由: {c.reason_text}")


def _status_dates(r) -> dict:
    """消除 / 転出 dates, for the おくやみ and 転出 checks at the terminal."""
    out = {}
    if r.removal is not None:
        if r.removal.removed_on:
            out["消除の異動日" if r.status.value != "死亡" else "死亡日"] = r.removal.removed_on.isoformat()
        if r.removal.reason:
            out["消除の事由"] = r.removal.reason
    if r.move_out is not None:
        if r.move_out.confirmed_on:
            out["転出日（確定）"] = r.move_out.confirmed_on.isoformat()
        elif r.move_out.planned_on:
            out["転出予定日"] = r.move_out.planned_on.isoformat()
    if r.missing_since is not None:
        out["全件データになし"] = r.missing_since.isoformat()
    return out
