"""Pre-fill: flat context + procedure → FormDraft, every value with its provenance.

Binding keys (a field's `bind` list, first non-empty wins):
  context keys       card.name, resident.address, answers.phone, today …
  holder.<attr>      the card holder (person 0)
  subject.<attr>     the first person the procedure concerns
  deceased.<attr>    the deceased (死亡)
  spouse.<attr>      the head's spouse among the people
  head.<attr>        the head of household among the people
  variant.<key>      what the rule decided (e.g. notice_kind=転入) → derived
  derived.<name>     computed here (see DERIVED) → derived
  const:<text>       a default printed unless an answer overrides it → derived
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

from forms import address_notation, relationship
from forms.context import provenance_of
from forms.draft import FieldValue, FormDraft, Provenance
from forms.people import Person
from forms.procedure_rules import Procedure
from forms.spec import FieldSpec, FormSpec

SEX_TEXT = {"1": "男", "2": "女"}


def _yes_no(v: Any) -> str:
    return "有" if v else "無"


TRANSFORMS: dict[str, Callable[[Any], Any]] = {
    "sex": lambda v: SEX_TEXT.get(str(v), ""),
    "address": lambda v: address_notation.normalize(str(v)),
    "yes_no": _yes_no,
    "attached": lambda v: "添付" if v else "なし",
    "hai_iie": lambda v: "はい" if v else "いいえ",
    "flag": lambda v: None,            # replaced per field: a true flag ticks the single option
    "together": lambda v: v or "同居",
    "custody": lambda v: v or "有",
    "cert": lambda v: v,
}


class Scope:
    """Everything a binding can reach for one draft."""

    def __init__(self, context: Mapping[str, Any], procedure: Procedure, people: tuple[Person, ...],
                 subjects: list[Person]):
        self.context = context
        self.procedure = procedure
        self.people = people
        self.subjects = subjects

    def person(self, role: str) -> Person | None:
        if role == "holder":
            return self.people[0]
        if role == "subject":
            return self.subjects[0] if self.subjects else None
        if role == "deceased":
            return next((p for p in self.people if p.role == "deceased"), None)
        living = [p for p in self.people if p.role != "deceased"]
        if role == "spouse":   # the card holder's spouse: 妻/夫 when the holder heads the household, else the head
            holder_rel = self.people[0].get("relationship")
            if self.people[0].facts.get("head"):
                return next((p for p in living if relationship.is_spouse(p.get("relationship"))), None)
            if relationship.is_spouse(holder_rel):
                return next((p for p in living if p.get("relationship") == relationship.HEAD), None)
            return None
        if role == "head":
            return next((p for p in living if p.get("relationship") == relationship.HEAD), None)
        return None

    def resolve(self, key: str) -> FieldValue | None:
        if key.startswith("const:"):
            return FieldValue(key[6:], Provenance.DERIVED, "default")
        head, _, rest = key.partition(".")
        if head == "variant":
            value = self.procedure.variant.get(rest)
            return None if value in (None, "") else FieldValue(value, Provenance.DERIVED, f"rule:{self.procedure.id}")
        if head == "derived":
            value = DERIVED[rest](self)
            if isinstance(value, FieldValue):     # a derivation that picks a context value keeps its provenance
                return value
            return None if value in (None, "", []) else FieldValue(value, Provenance.DERIVED, key)
        if head in ("holder", "subject", "deceased", "spouse", "head"):
            person = self.person(head)
            if person is None:
                return None
            if rest in person.values:
                return person.values[rest]
            fact = person.facts.get(rest)
            # only a positive fact is printed: "not certified" just means nobody said so
            return FieldValue(fact, Provenance.DERIVED, f"{head}.{rest}") if fact else None
        value = self.context.get(key)
        if value in (None, "", []):
            return None
        if key.endswith("address"):
            # 方書 is kept apart in the records (resident.katagaki, answers.katagaki) but printed with the address
            katagaki = self.context.get(key.rsplit(".", 1)[0] + ".katagaki")
            if katagaki and key.rsplit(".", 1)[1] in ("address", "new_address"):
                value = address_notation.with_katagaki(str(value), str(katagaki))
        return FieldValue(value, provenance_of(key), key)


def _pension_scheme(scope: Scope) -> str | None:
    insurance = scope.people[0].facts.get("insurance")
    return {"nhi": "国民年金", "none": "国民年金", "employee": "厚生年金"}.get(insurance)


def _current_address(scope: Scope) -> Any:
    """世帯変更 does not move anyone: the 住所 box gets the registered (or card) address."""
    if scope.procedure.variant.get("notice_kind") != "世帯変更":
        return None
    for key in ("resident.address", "card.address"):
        fv = scope.resolve(key)
        if fv is not None:
            return fv
    return None


def _legal_rep(scope: Scope) -> Any:
    """法定代理人 on a form about a child under 15 (card application for a newborn): the card holder
    — the parent at the counter — keeping the provenance of the holder's name."""
    subject = scope.person("subject")
    if subject is None or subject.index == 0 or (subject.facts.get("age") is None or subject.facts["age"] >= 15):
        return None
    return scope.people[0].values.get("name")


DERIVED: dict[str, Callable[[Scope], Any]] = {
    "legal_rep": _legal_rep,
    "current_address": _current_address,
    "card_presented": lambda s: ["マイナンバーカード提示"] if s.procedure.variant.get("notice_kind") == "転入"
    and any(p.facts.get("card_held") for p in s.subjects) else None,
    "pension_scheme": _pension_scheme,
    "has_spouse": lambda s: s.person("spouse") is not None,
    "funeral_scheme": lambda s: "後期高齢者医療" if (d := s.person("deceased")) and d.facts.get("koki") else "国民健康保険",
}


def _apply(spec_transform: str, options: tuple[str, ...], fv: FieldValue,
           mapping: Mapping[str, Any] | None = None) -> FieldValue:
    if not spec_transform:
        return fv
    if spec_transform == "flag":
        value = list(options[:1]) if fv.value else []
    elif spec_transform == "map":      # an answer → the option it ticks (spec "map": {answer: option})
        mapping = mapping or {}
        value = mapping.get(str(fv.value), mapping.get("*", ""))
    else:
        value = TRANSFORMS[spec_transform](fv.value)
    return FieldValue(value, fv.provenance, fv.source)


def _allowed(policy: str, context: Mapping[str, Any]) -> bool:
    """個人番号 marked on_request is filled only when the resident asked for it."""
    return policy != "on_request" or bool(context.get("answers.print_my_number"))


def _cell(col, person: Person) -> FieldValue | None:
    if col.id in person.values:
        return person.values[col.id]
    if col.id == "card_held":   # the card holder's own card is known; for others blank until asked
        return FieldValue(True, Provenance.DERIVED, "fact:card_held") if person.facts.get("card_held") else None
    if col.id == "foreign_status":
        parts = [person.get("nationality"), person.get("residence_status")]
        src = next((person.values[k] for k in ("nationality", "residence_status") if k in person.values), None)
        text = "・".join(p for p in parts if p)
        return FieldValue(text, src.provenance, src.source) if text and src else None
    if col.transform in ("together", "custody"):
        return FieldValue(None, Provenance.DERIVED, "default")
    if col.transform == "cert":
        return FieldValue("発行する", Provenance.DERIVED, "default")
    fact = person.facts.get(col.id)
    if fact and not isinstance(fact, bool):   # a computed fact shown as a column (e.g. school_grade 小4)
        return FieldValue(fact, Provenance.DERIVED, f"fact:{col.id}")
    return None


def _fill_rows(f: FieldSpec, scope: Scope, values: dict, counts: dict) -> None:
    counts[f.id] = len(scope.subjects)
    for i, person in enumerate(scope.subjects):
        for col in f.columns:
            if col.type == "rownum" or not _allowed(col.print_policy, scope.context):
                continue
            if col.kana and col.kana in person.values:
                values[f"{f.id}.{i}.{col.kana}"] = person.values[col.kana]
            fv = _cell(col, person)
            if fv is not None:
                fv = _apply(col.transform, col.options, fv)
                if fv.value not in (None, ""):
                    values[f"{f.id}.{i}.{col.id}"] = fv


def prefill(spec: FormSpec, context: Mapping[str, Any], procedure: Procedure, people: tuple[Person, ...],
            subjects: list[Person] | None = None) -> FormDraft:
    """Fill one form for one procedure. `subjects` defaults to the procedure's people."""
    if subjects is None:
        subjects = [people[i] for i in procedure.subjects]
    scope = Scope(context, procedure, people, subjects)
    values: dict[str, FieldValue] = {}
    counts: dict[str, int] = {}
    for f in spec.value_fields:
        if f.type == "person_rows":
            _fill_rows(f, scope, values, counts)
            continue
        if not _allowed(f.print_policy, context):
            continue
        for key in f.bind:
            fv = scope.resolve(key)
            if fv is not None:
                fv = _apply(f.transform, f.options, fv, f.extra.get("map"))
                if fv.value not in (None, "", []):
                    values[f.id] = fv
                    break
    for f in spec.value_fields:
        # e.g. 旧住所 at a birth or a 世帯変更: nobody moved, so the box stays empty
        twin = f.extra.get("blank_if_same_as")
        if twin and f.id in values and twin in values and values[f.id].value == values[twin].value:
            del values[f.id]
    return FormDraft(spec.id, spec.title, procedure.id, values, counts, spec.version)
