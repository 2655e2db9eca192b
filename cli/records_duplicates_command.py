"""`records duplicates [--min-score S] [--page N] [--rescan] [--all] [--json]` — 名寄せ proposals,
best first, with the reasons; and the supervisor's decisions:

    records duplicates decide 宛名番号A 宛名番号B same|different
    records duplicates undo 宛名番号A 宛名番号B
    records duplicates decisions [--all]

The first run (or --rescan) makes the full pass with a progress bar; later runs page through
its proposals. Exit codes: 0 ok (also when nothing is proposed), 2 bad input, 8 not permitted.
"""
from __future__ import annotations

import json

from cli.progress_bar import ProgressBar
from cli.records_actor import cli_actor, open_records_services
from cli.staff_sign_in import add_as_argument

VERDICT_WORDS = {"same": "同一人", "different": "別人"}


def add_parser(sub) -> None:
    dup = sub.add_parser("duplicates", help="名寄せ: 同一人の可能性がある宛名の組を表示・判定する")
    dup.add_argument("--min-score", type=int, default=None, metavar="S",
                     help="この評価以上の組を表示（既定: 提案の閾値 app.records.duplicate_scoring）")
    dup.add_argument("--page", type=int, default=1, metavar="N")
    dup.add_argument("--page-size", type=int, default=20, metavar="K")
    dup.add_argument("--rescan", action="store_true", help="全件の照合をやり直す")
    dup.add_argument("--all", action="store_true", help="判定済みの組も表示する")
    dup.add_argument("--json", action="store_true")
    add_as_argument(dup)
    dup.set_defaults(handler=_list)
    act = dup.add_subparsers(dest="duplicates_action", metavar="ACTION")
    decide = act.add_parser("decide", help="判定を記録する（same=同一人 / different=別人）")
    decide.add_argument("atena_a")
    decide.add_argument("atena_b")
    decide.add_argument("verdict", choices=("same", "different"))
    add_as_argument(decide, below_another=True)
    decide.set_defaults(handler=_decide)
    undo = act.add_parser("undo", help="判定を取り消す（記録は残ります）")
    undo.add_argument("atena_a")
    undo.add_argument("atena_b")
    add_as_argument(undo, below_another=True)
    undo.set_defaults(handler=_undo)
    listing = act.add_parser("decisions", help="記録された判定の一覧")
    listing.add_argument("--all", action="store_true", help="取り消した判定も表示する")
    add_as_argument(listing, below_another=True)
    listing.set_defaults(handler=_decisions)


def _list(args) -> int:
    from app.records.duplicate_scoring import DEFAULT_MIN_SCORE

    if args.min_score is None:
        args.min_score = DEFAULT_MIN_SCORE
    services = open_records_services(args)
    actor = cli_actor(args)
    try:
        if args.rescan or services.duplicates.last_scan() is None:
            bar = ProgressBar("名寄せ照合")
            result = services.duplicates.scan(actor, progress=lambda p: bar.update(
                p.fraction, f"{p.done:,}/{p.total:,} 人・候補 {p.pairs:,} 組"))
            bar.done()
            print(f"照合しました: {result.residents:,} 人、候補 {result.pairs:,} 組（{result.seconds:.0f} 秒）")
        page = services.duplicates.page(actor, args.min_score, args.page, args.page_size, args.all)
    finally:
        services.close()
    if args.json:
        print(json.dumps(_as_json(page), ensure_ascii=False, indent=2))
        return 0
    when = page.scanned_at.astimezone().strftime("%Y-%m-%d %H:%M") if page.scanned_at else "-"
    print(f"名寄せ候補（評価 {args.min_score} 以上{'・判定済みを含む' if args.all else '・未判定'}）: "
          f"{page.total:,} 組　{page.page}/{page.pages} ページ　照合 {when}")
    for i, pair in enumerate(page.pairs, start=(page.page - 1) * args.page_size + 1):
        verdict = f"［判定: {VERDICT_WORDS[pair.verdict]}］" if pair.verdict else ""
        print(f"{i:>4}. 評価 {pair.score:>3} {verdict}")
        for r in (pair.a, pair.b):
            born = r.birth_date.isoformat() if r.birth_date else "不詳"
            print(f"      宛名番号 {r.atena_no}  {r.name}（{r.name_kana}）  {born}  {r.sex_label}  "
                  f"{r.status.value}{'  個人番号あり' if r.has_my_number else ''}")
            print(f"        住所: {r.address.full}")
        print(f"      理由: {'、'.join(pair.reasons)}")
    if page.pages > page.page:
        print(f"次のページ: records duplicates --page {page.page + 1}")
    return 0


def _as_json(page) -> dict:
    def person(r):
        return {"atena_no": r.atena_no, "name": r.name, "name_kana": r.name_kana,
                "birth_date": r.birth_date.isoformat() if r.birth_date else None, "sex": r.sex_label,
                "status": r.status.value, "address": r.address.full, "has_my_number": r.has_my_number}

    return {"page": page.page, "pages": page.pages, "total": page.total,
            "scanned_at": page.scanned_at.isoformat() if page.scanned_at else None,
            "pairs": [{"score": p.score, "reasons": list(p.reasons), "verdict": p.verdict,
                       "a": person(p.a), "b": person(p.b)} for p in page.pairs]}


def _decide(args) -> int:
    services = open_records_services(args)
    try:
        d = services.duplicates.decide(cli_actor(args), args.atena_a, args.atena_b, args.verdict)
    finally:
        services.close()
    print(f"宛名番号 {d.atena_a} と {d.atena_b} を「{VERDICT_WORDS[d.verdict]}」と記録しました。"
          f"取り消すとき: records duplicates undo {d.atena_a} {d.atena_b}")
    return 0


def _undo(args) -> int:
    services = open_records_services(args)
    try:
        d = services.duplicates.revoke(cli_actor(args), args.atena_a, args.atena_b)
    finally:
        services.close()
    print(f"宛名番号 {d.atena_a} と {d.atena_b} の判定（{VERDICT_WORDS[d.verdict]}）を取り消しました。")
    return 0


def _decisions(args) -> int:
    services = open_records_services(args)
    try:
        decisions = services.duplicates.decisions(cli_actor(args), include_revoked=args.all)
    finally:
        services.close()
    if not decisions:
        print("記録された判定はありません。")
    for d in decisions:
        who = f"職員 #{d.decided_by}" if d.decided_by is not None else d.decided_role
        revoked = f"　取り消し {d.revoked_at.astimezone().strftime('%Y-%m-%d %H:%M')}" if d.revoked_at else ""
        print(f"{d.atena_a} - {d.atena_b}  {VERDICT_WORDS[d.verdict]}  {who}  "
              f"{d.decided_at.astimezone().strftime('%Y-%m-%d %H:%M')}{revoked}")
    return 0
