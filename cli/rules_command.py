"""`rules list | lint | catalog`: the procedure rules in force, checked and printed for review.

    rules list [--on DATE] [--event EVENT] [--json] [--overrides DIR]
    rules lint [--json] [--overrides DIR]             exit 2 when an error is found (warnings alone: 0)
    rules catalog --format html|csv [--on DATE] [--out FILE] [--overrides DIR]

The date chooses the law (forms/validity.py): a rule is listed when valid_from ≤ DATE ≤ valid_to.
"""
from __future__ import annotations

import json

from app.privacy.private_files import write_output
from cli.forms_command import add_overrides_option, configure_library


def register(subparsers) -> None:
    parser = subparsers.add_parser("rules", help="手続きの判定ルールの一覧・点検・一覧表")
    sub = parser.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="その日に有効なルールの一覧")
    listing.add_argument("--on", metavar="YYYY-MM-DD", help="基準日（省略時は今日）")
    listing.add_argument("--event", metavar="EVENT", help="届出の種類（move_in など）")
    listing.add_argument("--json", action="store_true")
    add_overrides_option(listing)
    lint = sub.add_parser("lint", help="ルール・手続き・様式の全体を点検")
    lint.add_argument("--json", action="store_true")
    add_overrides_option(lint)
    catalog = sub.add_parser("catalog", help="届出→手続き→様式の一覧表（会議用）")
    catalog.add_argument("--format", required=True, choices=("html", "csv"))
    catalog.add_argument("--on", metavar="YYYY-MM-DD", help="この日に有効なものだけ（省略時はすべての版）")
    catalog.add_argument("--out", metavar="FILE", help="出力ファイル（省略時は画面）")
    add_overrides_option(catalog)
    parser.set_defaults(handler=run)


def _list(args) -> int:
    from forms.library import EVENTS, current, rule_validity
    from forms.procedure_rules import EVENT_TITLES, RuleError
    from forms.validity import parse_on
    on = parse_on(args.on)
    lib = current()
    if args.event and args.event not in EVENTS:
        raise RuleError(f"unknown event {args.event!r}; expected one of {', '.join(EVENTS)}")
    rows = []
    for event in ([args.event] if args.event else EVENTS):
        for rule in lib.rules_on(event, on):
            proc = lib.procedure(rule["procedure"], on) or {}
            rows.append({"event": event, "id": rule["id"], "procedure": rule["procedure"], "title": proc.get("title", ""),
                         "forms": list(proc.get("forms", [])), **rule_validity(rule).as_json(),
                         "origin": rule.get("_origin", "builtin")})
    if args.json:
        print(json.dumps({"on": on.isoformat(), "count": len(rows), "rules": rows}, ensure_ascii=False, indent=2))
        return 0
    print(f"{on.isoformat()} に有効なルール {len(rows)} 件")
    for r in rows:
        period = f"{r['valid_from'] or ''}〜{r['valid_to'] or ''}"
        forms = ",".join(r["forms"]) or "案内のみ"
        origin = "（市独自）" if r["origin"] == "override" else ""
        print(f"  {EVENT_TITLES[r['event']]:<6} {r['id']:<40} {r['title']}［{forms}］ {period}{origin}")
    return 0


def _lint(args) -> int:
    from forms.rules_lint import RulesLintFailed, lint
    findings = lint()
    errors = sum(1 for f in findings if f.level == "error")
    warnings = len(findings) - errors
    if args.json:
        print(json.dumps({"errors": errors, "warnings": warnings, "findings": [f.as_json() for f in findings]},
                         ensure_ascii=False, indent=2))
    else:
        for f in findings:
            mark = "エラー" if f.level == "error" else "注意"
            print(f"{mark} [{f.code}] {f.where}: {f.message}")
        print(f"点検結果: エラー {errors} 件、注意 {warnings} 件")
    if errors:
        raise RulesLintFailed(errors=errors, warnings=warnings)
    return 0


def _catalog(args) -> int:
    from forms.rules_catalog import rows, to_csv, to_html
    from forms.validity import parse_on
    on = parse_on(args.on) if args.on else None
    table = rows(on)
    text = to_csv(table) if args.format == "csv" else to_html(table, office="架空市", on=on)
    if args.out:
        write_output(args.out, text.encode("utf-8"))
        print(f"{args.out}: {len(table)} 行")
    else:
        print(text, end="")
    return 0


def run(args) -> int:
    configure_library(args)
    return {"list": _list, "lint": _lint, "catalog": _catalog}[args.rules_command](args)
