"""`rules lint`: check the whole set (built-in + the city's overrides) before a counter uses it.

Findings, each with a level (error / warning), a code, where (file and id) and a sentence for the
city's IT staff:
  unknown_key        a key the format does not know (a typo would silently drop data)
  unknown_ref        a rule naming a missing procedure, a procedure naming a missing form, counter or fee
  no_guidance        a procedure with neither a form nor guidance (where to go, what to bring or a note)
  never_fires        a rule that cannot fire: unknown fact or key, contradictory conditions, a fact test in a
                     visit-wide rule, a window outside its procedure's, …
  overlap            two versions of the same rule id, procedure or form in force on the same day
  bad_validity       valid_from / valid_to missing, not a date, or reversed
  form_gap           part of a rule's period has no version of a form it prints (warning)
  unused             a procedure no rule uses (warning: the clerk can still add it by hand)
  bad_spec           a form spec that does not load; unknown binding (warning)
  unknown_glyph      an MJ文字図形名 in gaiji.json that IPAmj明朝 does not have (warning)
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from domain.errors import DomainError
from forms import library
from forms.library import EVENTS, FEE_RE, Library, spec_validity, version_validity
from forms.validity import Validity, ValidityError, validity_of

RULE_KEYS = {"id", "procedure", "scope", "when", "any", "variant", "deadline", "reason", "valid_from", "valid_to",
             "disabled", "_event", "_origin"}
PROCEDURE_KEYS = {"title", "counter", "forms", "bring", "deadline", "note", "valid_from", "valid_to", "versions"}
VERSION_KEYS = PROCEDURE_KEYS - {"versions"}
COUNTER_KEYS = {"name", "place", "phone", "hours"}
FEE_KEYS = {"label", "yen", "unit"}
SCOPES = ("visit", "holder", "person", "deceased")
VALUELESS_OPS = ("true", "false", "set", "unset")
FIELD_EXTRA_KEYS = {"source", "stamps", "checks", "lines", "note", "text", "suffix", "blank_if_same_as", "map", "hint",
                    "continuation", "row_h", "header_h"}


class RulesLintFailed(DomainError):
    """`rules lint` found errors (`data["errors"]`, `data["warnings"]`: counts; the findings were printed)."""

    code = "rules_lint_failed"


@dataclass(frozen=True)
class Finding:
    level: str
    code: str
    where: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"level": self.level, "code": self.code, "where": self.where, "message": self.message}


def _known_facts() -> tuple[set[str], set[str]]:
    """Person facts and visit.* facts, read from the engine itself so the list cannot drift."""
    from forms.context import PERSON_KEYS, build_context
    from forms.facts import FACT_KEYS, build_facts
    from forms.procedure_rules import visit_facts
    ctx = build_context(card={"name": "x", "birth_date": "2000-01-01"}, today="2026-01-01")
    facts = build_facts(ctx, "move_in")
    visit_keys = {k for k in visit_facts(facts) if k.startswith("visit.")} | {k for k in FACT_KEYS if k.startswith("visit.")}
    return set(facts.people[0].facts) | set(PERSON_KEYS), visit_keys


def _answer_keys() -> set[str]:
    from forms import questions
    from forms.scenario import BOOL_ANSWERS, CERT_KEYS, CHOICES, DATE_ANSWERS, TEXT_ANSWERS
    keys = BOOL_ANSWERS | DATE_ANSWERS | TEXT_ANSWERS | set(CHOICES) | {"members", "deceased", "certificate", "proxy"}
    keys |= {f"certificate.{k}" for k in CERT_KEYS} | {"proxy.name", "proxy.address"}
    return keys | questions.answer_keys()


class Linter:
    def __init__(self, lib: Library):
        self.lib = lib
        self.findings: list[Finding] = []
        self.person_facts, self.visit_keys = _known_facts()
        self.answer_keys = _answer_keys()

    def add(self, level: str, code: str, where: str, message: str) -> None:
        self.findings.append(Finding(level, code, where, message))

    def error(self, code: str, where: str, message: str) -> None:
        self.add("error", code, where, message)

    def warn(self, code: str, where: str, message: str) -> None:
        self.add("warning", code, where, message)

    # --- rules ---
    def _key_known(self, key: str) -> bool:
        from forms.context import CONTEXT_KEYS
        head, _, rest = key.partition(".")
        if head == "visit":
            return key in self.visit_keys
        if head == "answers":
            return rest in self.answer_keys
        return key in CONTEXT_KEYS or key == "today"

    def _conditions(self, rule: Mapping, where: str, scope: str) -> bool:
        """Check each condition; False when the rule can never fire."""
        fires = True
        bounds: dict[str, list[Any]] = {}
        for part in ("when", "any"):
            conds = rule.get(part, [])
            if not isinstance(conds, list):
                self.error("unknown_key", where, f"{part} は条件の一覧（[...]）で書いてください")
                return False
            for cond in conds:
                unknown = set(cond) - {"fact", "key", "op", "value"}
                if unknown:
                    self.error("unknown_key", where, f"条件に未知のキー {sorted(unknown)} があります")
                op = cond.get("op")
                from forms.conditions import OPS
                if op not in OPS:
                    self.error("never_fires", where, f"条件の op {op!r} は使えません（{' '.join(OPS)}）")
                    fires = False
                    continue
                if op not in VALUELESS_OPS and "value" not in cond:
                    self.error("never_fires", where, f"op {op} には value が必要です")
                    fires = False
                if op == "in" and not (isinstance(cond.get("value"), list) and cond["value"]):
                    self.error("never_fires", where, "op in の value は空でない一覧にしてください")
                    fires = False
                if ("fact" in cond) == ("key" in cond):
                    self.error("unknown_key", where, "条件には fact か key のどちらか一つを書いてください")
                    fires = False
                    continue
                if "fact" in cond:
                    if scope == "visit":
                        self.error("never_fires", where, f"世帯全体（scope visit）の規則で人の事実 {cond['fact']} は調べられません")
                        fires = False
                    elif cond["fact"] not in self.person_facts:
                        self.error("never_fires", where, f"未知の事実 fact {cond['fact']!r}（人の事実・属性にありません）")
                        fires = False
                elif not self._key_known(cond["key"]):
                    self.error("never_fires", where, f"未知のキー key {cond['key']!r}（文脈・回答・visit.* にありません）")
                    fires = False
                if part == "when":
                    bounds.setdefault(cond.get("fact") or cond.get("key"), []).append((op, cond.get("value")))
        for name, tests in bounds.items():
            if not _satisfiable(tests):
                self.error("never_fires", where, f"{name} の条件が互いに矛盾しています（同時に満たせません）")
                fires = False
        return fires

    def rules(self) -> None:
        for event in EVENTS:
            seen: dict[str, list[Validity]] = {}
            for rule in self.lib.rules_for(event):
                rid = rule.get("id", "?")
                where = f"rules/{event}.json: {rid}"
                unknown = set(rule) - RULE_KEYS
                if unknown:
                    self.error("unknown_key", where, f"未知のキー {sorted(unknown)}")
                for required in ("id", "procedure", "reason"):
                    if not rule.get(required):
                        self.error("unknown_key", where, f"{required} がありません")
                scope = rule.get("scope", "person")
                if scope not in SCOPES:
                    self.error("unknown_key", where, f"scope {scope!r} は {' / '.join(SCOPES)} のどれかです")
                window = self._validity(rule, where, required=True)
                fires = self._conditions(rule, where, scope)
                proc = self.lib.procedures.get(rule.get("procedure"))
                if proc is None:
                    self.error("unknown_ref", where, f"手続き {rule.get('procedure')!r} が procedures.json にありません")
                    continue
                if window is None:
                    continue
                for other in seen.get(rid, []):
                    if other.overlaps(window):
                        self.error("overlap", where, f"同じ id の規則の有効期間が重なっています（{other.text()} と {window.text()}）")
                seen.setdefault(rid, []).append(window)
                try:
                    proc_window = validity_of(proc, f"procedure {rule['procedure']}")
                except ValidityError:
                    continue
                if fires and not proc_window.overlaps(window):
                    self.error("never_fires", where, f"規則の有効期間 {window.text()} が手続きの有効期間 {proc_window.text()} と重なりません")
                self._form_coverage(rule, window.start if window.start > proc_window.start else proc_window.start,
                                    min(window.end, proc_window.end), where)

    def _form_coverage(self, rule: Mapping, start: dt.date, end: dt.date, where: str) -> None:
        """Every day of the rule's period needs a version of each form the procedure prints."""
        for form_id in self.lib.procedures[rule["procedure"]].get("forms", []):
            windows = []
            for raw in self.lib.spec_versions(form_id):
                try:
                    windows.append(spec_validity(raw))
                except ValidityError:
                    pass
            day = start
            while windows and day <= end:
                covering = [w for w in windows if w.covers(day)]
                if not covering:
                    self.warn("form_gap", where, f"様式 {form_id} に {day.isoformat()} に有効な版がありません")
                    break
                furthest = max(w.end for w in covering)
                if furthest >= end:
                    break
                day = furthest + dt.timedelta(days=1)

    def _validity(self, item: Mapping, where: str, *, required: bool, inherit: Validity | None = None) -> Validity | None:
        try:
            return validity_of(item, where, required=required, inherit=inherit)
        except ValidityError as exc:
            text = {"missing": "valid_from と valid_to を書いてください（期限なしは null）",
                    "bad_date": "valid_from / valid_to は YYYY-MM-DD の日付です",
                    "reversed": "valid_from が valid_to より後です"}[exc.detail]
            self.error("bad_validity", where, text)
            return None

    # --- procedures, counters, fees ---
    def procedures(self) -> None:
        used = {r.get("procedure") for e in EVENTS for r in self.lib.rules_for(e)}
        for pid, proc in self.lib.procedures.items():
            where = f"procedures.json: {pid}"
            if not isinstance(proc, dict):
                self.error("unknown_key", where, "手続きはオブジェクト（{...}）で書いてください")
                continue
            unknown = set(proc) - PROCEDURE_KEYS
            if unknown:
                self.error("unknown_key", where, f"未知のキー {sorted(unknown)}")
            base = self._validity(proc, where, required=False)
            windows = []
            for i, version in enumerate(proc.get("versions", [])):
                vwhere = f"{where} versions[{i}]"
                bad = set(version) - VERSION_KEYS
                if bad:
                    self.error("unknown_key", vwhere, f"未知のキー {sorted(bad)}")
                if "valid_from" not in version and "valid_to" not in version:
                    self.error("bad_validity", vwhere, "版には valid_from か valid_to が必要です")
                if base is not None:
                    try:
                        w = version_validity(pid, proc, version)
                    except ValidityError:
                        self.error("bad_validity", vwhere, "valid_from / valid_to が正しくありません")
                        continue
                    for other in windows:
                        if other.overlaps(w):
                            self.error("overlap", vwhere, f"版の有効期間が重なっています（{other.text()} と {w.text()}）")
                    windows.append(w)
            for entry in [proc, *proc.get("versions", [])]:
                self._procedure_texts(entry, where)
            forms = proc.get("forms", [])
            has_guidance = bool(proc.get("counter")) and (proc.get("bring") or proc.get("note") or proc.get("deadline"))
            if not forms and not has_guidance:
                self.error("no_guidance", where, "様式も案内（窓口・持ち物・注意書き）もありません")
            if pid not in used:
                self.warn("unused", where, "どの規則からも使われていません（職員が手で追加するときだけ使われます）")

    def _procedure_texts(self, entry: Mapping, where: str) -> None:
        counter = entry.get("counter")
        if counter is not None and counter not in self.lib.counters:
            self.error("unknown_ref", where, f"窓口 {counter!r} が counters.json にありません")
        for form_id in entry.get("forms", []):
            if not self.lib.spec_versions(form_id):
                self.error("unknown_ref", where, f"様式 {form_id!r} がありません")
        texts = [entry.get("title", ""), entry.get("deadline", ""), entry.get("note", ""), *entry.get("bring", [])]
        for text in texts:
            for fee in FEE_RE.findall(str(text)):
                if fee not in self.lib.fees:
                    self.error("unknown_ref", where, f"手数料 {{fee:{fee}}} が fees.json にありません")

    def counters_and_fees(self) -> None:
        for cid, counter in self.lib.counters.items():
            where = f"counters.json: {cid}"
            unknown = set(counter) - COUNTER_KEYS
            if unknown:
                self.error("unknown_key", where, f"未知のキー {sorted(unknown)}")
            if not counter.get("name") or not counter.get("place"):
                self.error("no_guidance", where, "窓口の name（名前）と place（場所）を書いてください")
        for fid, fee in self.lib.fees.items():
            where = f"fees.json: {fid}"
            unknown = set(fee) - FEE_KEYS
            if unknown:
                self.error("unknown_key", where, f"未知のキー {sorted(unknown)}")
            if not isinstance(fee.get("yen"), int) or fee["yen"] < 0:
                self.error("unknown_key", where, "yen は0以上の整数（円）です")

    # --- specs ---
    def specs(self) -> None:
        from forms.spec import SPEC_KEYS, SpecError, parse_spec
        from forms.spec import _COMMON as FIELD_KEYS
        for form_id in self.lib.form_ids():
            windows: list[tuple[str, Validity]] = []
            for raw in self.lib.spec_versions(form_id):
                where = f"specs/{raw.get('_file', form_id)}"
                unknown = set(raw) - SPEC_KEYS
                if unknown:
                    self.error("unknown_key", where, f"未知のキー {sorted(unknown)}")
                window = self._validity(raw, where, required=True)
                try:
                    spec = parse_spec(raw)
                except SpecError as exc:
                    self.error("bad_spec", where, f"様式を読み込めません（{exc.data.get('why', '')}）")
                    continue
                for f in raw.get("fields", []):
                    bad = set(f) - FIELD_KEYS - FIELD_EXTRA_KEYS
                    if bad:
                        self.warn("unknown_key", f"{where}: {f.get('id')}", f"未知のキー {sorted(bad)}")
                for f in spec.fields:
                    for key in f.bind:
                        if not self._binding_known(key):
                            self.warn("bad_spec", f"{where}: {f.id}", f"未知の参照先 {key!r}（値が入りません）")
                if window is not None:
                    for version, other in windows:
                        if other.overlaps(window):
                            self.error("overlap", where, f"版 {version} と有効期間が重なっています（{other.text()} と {window.text()}）")
                    windows.append((spec.version, window))

    def _binding_known(self, key: str) -> bool:
        from forms.context import PERSON_KEYS
        from forms.prefill import DERIVED
        head, _, rest = key.partition(".")
        if key in ("subjects", "today") or key.startswith("const:") or head == "variant":
            return True
        if head == "derived":
            return rest in DERIVED
        if head in ("holder", "subject", "deceased", "spouse", "head"):
            return rest in PERSON_KEYS or rest in self.person_facts
        return self._key_known(key)

    def gaiji(self) -> None:
        if not self.lib.gaiji:
            return
        from forms.render.glyphs import mj_char
        for code, mj in self.lib.gaiji.items():
            if mj_char(mj) is None:
                self.warn("unknown_glyph", f"gaiji.json: U+{code:04X}", f"{mj} は IPAmj明朝にありません（〓で印刷されます）")


def _satisfiable(tests: Iterable[tuple[str, Any]]) -> bool:
    """Can one value pass every test at once? (numbers, equality, true/false, set/unset)."""
    tests = list(tests)
    ops = {op for op, _ in tests}
    if {"true", "false"} <= ops or {"set", "unset"} <= ops:
        return False
    equals = {repr(v) for op, v in tests if op == "=="}
    if len(equals) > 1:
        return False
    lo, hi = float("-inf"), float("inf")
    lo_strict = hi_strict = False
    for op, v in tests:
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            continue
        if op in (">", ">=") and (v > lo or (v == lo and op == ">")):
            lo, lo_strict = v, op == ">"
        if op in ("<", "<=") and (v < hi or (v == hi and op == "<")):
            hi, hi_strict = v, op == "<"
    if lo > hi or (lo == hi and (lo_strict or hi_strict)):
        return False
    for op, v in tests:
        if op == "==" and isinstance(v, (int, float)) and not isinstance(v, bool) and not (lo <= v <= hi):
            return False
        if op == "in" and isinstance(v, list) and equals and not any(repr(x) in equals for x in v):
            return False
    return True


def lint(lib: Library | None = None) -> list[Finding]:
    linter = Linter(lib or library.current())
    linter.rules()
    linter.procedures()
    linter.counters_and_fees()
    linter.specs()
    linter.gaiji()
    return sorted(linter.findings, key=lambda f: (f.level != "error", f.where))
