"""Life event + facts → procedures, each with the reason shown to the clerk.

The rules are data (forms/rules/<event>.json, plus the city's overrides: forms/library.py); this
module only evaluates them. A rule fires for the visit ("visit"), for the card holder ("holder"),
for every matching person ("person") or for the deceased ("deceased"). Rules that name the same
procedure are merged: their subjects are joined and each reason kept.

Only the rules in force on the visit date (forms/validity.py: `law_date`) are evaluated, and each
procedure's texts are the version in force that day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from domain.errors import DomainError
from forms import library
from forms.address_notation import prefecture
from forms.conditions import compare
from forms.events import EVENT_TITLES, EVENTS, EventCode
from forms.facts import Facts
from forms.people import Person
from forms.validity import law_date

RULES_DIR = Path(__file__).with_name("rules")


class RuleError(DomainError):
    """A rule file is malformed or an event is unknown (`data["why"]`, technical)."""

    code = "rules_invalid"

    def __init__(self, why: str) -> None:
        super().__init__(why=why)


@dataclass(frozen=True)
class Procedure:
    id: str
    title: str
    reasons: tuple[str, ...]
    forms: tuple[str, ...]
    subjects: tuple[str, ...]          # person ids (forms.people) the procedure concerns
    counter: str
    place: str
    bring: tuple[str, ...]
    deadline: str
    variant: Mapping[str, Any] = field(default_factory=dict)
    rule_ids: tuple[str, ...] = ()
    note: str = ""                     # guidance printed on the slip (e.g. 世帯主変更届は不要)

    @property
    def reason(self) -> str:
        return " / ".join(self.reasons)


@dataclass(frozen=True)
class ProcedurePlan:
    event: str
    people: tuple[Person, ...]
    procedures: tuple[Procedure, ...]
    warnings: tuple[str, ...] = ()


def rules_for(event: str, on: dt.date | None = None) -> list[dict]:
    """The event's rules (every version), or only those in force on a day."""
    if event not in EVENTS:
        raise RuleError(f"unknown event {event!r}; expected one of {', '.join(EVENTS)}")
    lib = library.current()
    return lib.rules_for(event) if on is None else lib.rules_on(event, on)


def procedure_catalog(on: dt.date | None = None) -> dict[str, dict]:
    """id → texts (title, counter, forms, bring, deadline, note), the version in force on `on` (default today)."""
    lib = library.current()
    day = on or dt.date.today()
    return {k: lib.procedure(k, day) for k in lib.procedures}


def counters() -> dict[str, dict]:
    return dict(library.current().counters)


def _holds(cond: Mapping, person: Person | None, facts: Mapping[str, Any]) -> bool:
    if "fact" in cond:
        if person is None:
            raise RuleError(f"fact condition {cond} in a visit-scoped rule")
        fact = cond["fact"]
        # a person attribute (together, disability_card …) is tested like a fact
        actual = person.facts[fact] if fact in person.facts else person.get(fact, None)
    else:
        actual = facts.get(cond["key"])
    return compare(actual, cond["op"], cond.get("value"))


def _matches(rule: Mapping, person: Person | None, facts: Mapping[str, Any]) -> bool:
    if not all(_holds(c, person, facts) for c in rule.get("when", ())):
        return False
    alternatives = rule.get("any")
    return not alternatives or any(_holds(c, person, facts) for c in alternatives)


def visit_facts(facts: Facts) -> dict[str, Any]:
    """The facts the rules' `key` conditions test: context and visit facts plus visit.* counts."""
    conditions = facts.conditions()
    people = list(facts.people)
    office_pref = conditions.get("office.prefecture")
    if facts.event == EventCode.MOVE_IN:   # from wherever the card (or the 転出証明書) says, into this town
        old_pref = prefecture(facts.get("visit.old_address") or "") or office_pref
        new_pref = office_pref
    else:                    # from this town to the new address
        old_pref = office_pref
        new_pref = prefecture(facts.get("answers.new_address") or "") or office_pref
    living = [p for p in people if p.role != "deceased"]
    deceased = [p for p in people if p.role == "deceased"]
    conditions.update({
        "visit.same_prefecture": old_pref == new_pref,
        "visit.older_children": sum(1 for p in living if p.facts["child"] and not p.facts.get("newborn")),
        "visit.holder_nhi": bool(people[0].facts["nhi"]),
        # someone died: chosen on the page, or the one death the registry records (a CLI
        # scenario may name nobody) — the same person the forms print as the deceased
        "visit.has_deceased": bool(deceased),
        "visit.deceased_was_head": any(p.facts["head"] for p in deceased),
        "visit.remaining_15plus": sum(1 for p in living if (p.facts["age"] or 0) >= 15),
        # 児童手当 多子加算: children up to 高校生年代 plus 19–22-year-olds the claimant supports
        "visit.jidou_children": sum(1 for p in living if p.facts["child"]),
        "visit.jidou_rank_count": sum(1 for p in living if p.facts["child"] or p.facts.get("older_counted")),
        # the card holder (usually the one filing) lost a spouse: ひとり親, 遺族 procedures
        "visit.deceased_was_spouse": any(
            (p.get("relationship") in ("妻", "夫") and people[0].facts["head"])
            or (p.facts["head"] and people[0].get("relationship") in ("妻", "夫")) for p in deceased),
    })
    return conditions


def _describe(template: str, subjects: list[Person], facts: Mapping[str, Any]) -> str:
    ages = sorted({p.facts["age"] for p in subjects if p.facts.get("age") is not None})
    return template.format(
        names="・".join(p.name for p in subjects) or "対象者",
        ages="・".join(f"{a}歳" for a in ages) or "対象",
        count=len(subjects),
        kind=facts.get("answers.certificate.kind") or "証明書",
    )


def catalog_procedure(proc_id: str, reasons: tuple[str, ...], subjects: tuple[str, ...],
                      variant: Mapping[str, Any] | None = None, rule_ids: tuple[str, ...] = (),
                      deadline: str | None = None, on: dt.date | None = None) -> Procedure:
    """A Procedure from the catalogue entry in force on `on` (title, forms, counter, what to bring)."""
    lib = library.current()
    spec = lib.procedure(proc_id, on or dt.date.today())
    if spec is None:
        raise RuleError(f"unknown procedure {proc_id!r}")
    desk = lib.counters.get(spec["counter"])
    if desk is None:
        raise RuleError(f"procedure {proc_id} names unknown counter {spec['counter']!r}")
    return Procedure(proc_id, spec["title"], tuple(reasons), tuple(spec.get("forms", ())), tuple(subjects),
                     desk["name"], desk["place"], tuple(spec.get("bring", ())),
                     deadline if deadline is not None else spec.get("deadline", ""),
                     dict(variant or {}), tuple(rule_ids), spec.get("note", ""))


def plan(facts: Facts, event: str | None = None) -> ProcedurePlan:
    """Evaluate the event's rules in force on the visit date against the people and facts."""
    on = law_date(facts.context)
    rules = rules_for(event or facts.event, on)   # a RuleError for an unknown event
    event = EventCode(event or facts.event)
    people = list(facts.people)
    conditions = visit_facts(facts)
    merged: dict[str, dict] = {}
    for rule in rules:
        scope = rule.get("scope", "person")
        if scope == "visit":
            subjects = [p for p in people if p.role != "deceased"] if _matches(rule, None, conditions) else []
        else:
            pool = {"holder": people[:1], "person": [p for p in people if p.role != "deceased"],
                    "deceased": [p for p in people if p.role == "deceased"]}[scope]
            subjects = [p for p in pool if _matches(rule, p, conditions)]
        if not subjects:
            continue
        entry = merged.setdefault(rule["procedure"], {"subjects": [], "reasons": [], "variant": {}, "rules": []})
        entry["subjects"] += [p.pid for p in subjects if p.pid not in entry["subjects"]]
        entry["reasons"].append(_describe(rule["reason"], subjects, conditions))
        entry["variant"].update(rule.get("variant", {}))
        if "deadline" in rule:       # e.g. 転出 is filed in advance, unlike the other 異動届
            entry["deadline"] = rule["deadline"]
        entry["rules"].append(rule["id"])
    procedures = []
    for proc_id, entry in merged.items():
        if library.current().procedure(proc_id, on) is None:
            raise RuleError(f"rule {entry['rules'][0]} names unknown procedure {proc_id!r}")
        procedures.append(catalog_procedure(proc_id, tuple(entry["reasons"]), tuple(entry["subjects"]),
                                            entry["variant"], tuple(entry["rules"]), entry.get("deadline"), on))
    warnings = []
    if not procedures:
        warnings.append(f"{EVENT_TITLES[event]}: 条件に合う手続きがありません（年齢・回答を確認してください）")
    return ProcedurePlan(event, tuple(people), tuple(procedures), tuple(warnings))
