"""`records find --my-number N | --name .. --birth-date .. [--address ..] [--sex 1|2] [--json]`.

Prints ranked candidates with the reasons for a clerk at the terminal. The My
Number is never printed (masked), and nothing here goes to a log file.
"""
from __future__ import annotations

import json
import sys
from datetime import date

from cli.argument_types import int_between


def register(subparsers) -> None:
    parser = subparsers.add_parser("records", help="住民記録の検索")
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
            "name": c.resident.name, "name_kana": c.resident.name_kana,
            "birth_date": c.resident.birth_date.isoformat(), "sex": c.resident.sex_label,
            "address": c.resident.address.full, "status": c.resident.status.value,
            "household_no": c.resident.household_no, "relationship": c.resident.relationship,
            "has_my_number": c.resident.has_my_number,
        } for i, c in enumerate(result.candidates, start=1)],
    }


def _print_table(result) -> None:
    print(f"[{result.method.value}] {result.message}")
    for i, c in enumerate(result.candidates, start=1):
        r = c.resident
        print(f"{i:>2}. 評価 {c.score:>3}  宛名番号 {r.atena_no}  {r.name}（{r.name_kana}）"
              f"  {r.birth_date.isoformat()}  {r.sex_label}  {r.status.value}")
        print(f"      住所: {r.address.full}")
        print(f"      理由: {c.reason_text}")
