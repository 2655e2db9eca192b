"""`rules catalog`: the full life event → procedure → form table, for a city's review meeting.

One row per rule (every version, or only those in force on a day): the event, the condition in
words, the procedure with its counter, what to bring and the deadline (texts as in force on the
rule's first day, or on the chosen day), the forms it prints with their versions, the reason the
clerk reads, the period, and whether the row is built in or the city's own. HTML (printable,
self-contained) or CSV (UTF-8 with BOM, opens in Excel).
"""
from __future__ import annotations

import csv
import datetime as dt
import html
import io
from dataclasses import dataclass
from typing import Any, Mapping

from forms import library
from forms.library import EVENTS, Library, rule_validity
from forms.procedure_rules import EVENT_TITLES

FACT_WORDS = {
    "age": "年齢", "child": "高校生年代までの子", "child_until_chugaku": "中学校修了前の子",
    "older_counted": "18歳年度末後〜22歳年度末の子", "school_age": "小・中学生", "school_grade": "学年",
    "insurance": "健康保険", "nhi": "国保加入", "koki": "後期高齢者医療", "card_held": "マイナンバーカード所持",
    "foreign": "外国人住民", "kaigo_certified": "要介護・要支援認定", "seal_registered": "印鑑登録あり",
    "head": "世帯主", "previous_insurance": "前の健康保険", "newborn": "生まれた子", "together": "同居・別居",
    "disability_card": "障害者手帳",
}
OP_WORDS = {"true": "である", "false": "でない", "set": "の回答あり", "unset": "が未回答", "==": "＝", "!=": "≠",
            "in": "が次のいずれか:", "<": "＜", "<=": "≦", ">": "＞", ">=": "≧"}
SCOPE_WORDS = {"visit": "世帯全体", "holder": "カードの持ち主", "person": "該当する人ごと", "deceased": "亡くなった方"}
COLUMNS = ("届出の種類", "規則ID", "対象", "条件", "手続き", "窓口", "様式（版）", "持ち物", "期限", "理由（職員に表示）",
           "有効開始", "有効終了", "定義元")


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]


def _value(v: Any) -> str:
    if isinstance(v, list):
        return "・".join(str(x) for x in v)
    if isinstance(v, bool):
        return "はい" if v else "いいえ"
    return str(v)


def condition_text(cond: Mapping[str, Any]) -> str:
    name = cond.get("fact") or cond.get("key", "?")
    word = FACT_WORDS.get(name, name)
    op = OP_WORDS.get(cond.get("op", ""), cond.get("op", ""))
    value = f" {_value(cond['value'])}" if "value" in cond else ""
    return f"{word} {op}{value}"


def rule_conditions(rule: Mapping[str, Any]) -> str:
    parts = [condition_text(c) for c in rule.get("when", [])]
    alternatives = [condition_text(c) for c in rule.get("any", [])]
    if alternatives:
        parts.append("（" + " または ".join(alternatives) + "）")
    return " かつ ".join(parts) or "常に"


def _forms(lib: Library, form_ids, day: dt.date) -> str:
    from forms.spec import SpecError, load_spec
    out = []
    for form_id in form_ids:
        try:
            spec = load_spec(form_id, on=day)
            out.append(f"{spec.title}（{form_id}@{spec.version}）")
        except SpecError:   # a gap is shown in the table; `rules lint` explains it
            out.append(f"{form_id}（この日に有効な版なし）")
    return "\n".join(out) or "（案内のみ）"


def rows(on: dt.date | None = None, lib: Library | None = None) -> list[Row]:
    lib = lib or library.current()
    out: list[Row] = []
    for event in EVENTS:
        rules = lib.rules_for(event) if on is None else lib.rules_on(event, on)
        for rule in rules:
            window = rule_validity(rule)
            day = on or max(window.start, dt.date(1900, 1, 1))
            proc = lib.procedure(rule["procedure"], day) or {}
            desk = lib.counters.get(proc.get("counter", ""), {})
            out.append(Row((
                EVENT_TITLES[event], rule["id"], SCOPE_WORDS.get(rule.get("scope", "person"), ""),
                rule_conditions(rule), proc.get("title", rule["procedure"]),
                f"{desk.get('name', '')} {desk.get('place', '')}".strip(),
                _forms(lib, proc.get("forms", ()), day), "\n".join(proc.get("bring", ())),
                rule.get("deadline", proc.get("deadline", "")), rule.get("reason", ""),
                window.as_json()["valid_from"] or "", window.as_json()["valid_to"] or "",
                "市独自" if rule.get("_origin") == "override" else "標準")))
    return out


def to_csv(table: list[Row]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in table:
        writer.writerow(row.cells)
    return "\ufeff" + buf.getvalue()     # BOM: Excel opens UTF-8 Japanese correctly


def to_html(table: list[Row], *, office: str = "", on: dt.date | None = None) -> str:
    title = f"{office}　届出・手続き・様式の一覧" + (f"（{on.isoformat()} 時点）" if on else "（すべての版）")
    head = "".join(f"<th>{html.escape(c)}</th>" for c in COLUMNS)
    body = []
    for row in table:
        cells = "".join(f"<td>{html.escape(c).replace(chr(10), '<br>')}</td>" for c in row.cells)
        css = ' class="city"' if row.cells[-1] == "市独自" else ""
        body.append(f"<tr{css}>{cells}</tr>")
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: "IPAexGothic", "Noto Sans CJK JP", sans-serif; font-size: 9pt; margin: 12mm; }}
h1 {{ font-size: 14pt; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #888; padding: 2px 4px; vertical-align: top; }}
th {{ background: #ddd; position: sticky; top: 0; }}
tr.city td {{ background: #fff6d8; }}
@page {{ size: A3 landscape; margin: 10mm; }}
</style></head><body>
<h1>{html.escape(title)}</h1>
<p>行数 {len(table)}。黄色の行は市独自の定義（上書きフォルダ）です。条件・理由は職員の画面と手続き案内に出る内容です。</p>
<table><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(body)}
</tbody></table></body></html>
"""
