"""Pre-fill: the visit's facts + one procedure → one FormDraft, every value with its provenance
and the fact it shows.

Binding keys (a field's `bind` list, first non-empty wins):
  fact keys          card.name, resident.address, answers.phone, today, visit.old_address,
                     visit.new_address, visit.address, visit.date, filer.name, filer.relation …
  holder.<attr>      the card holder (person 0)
  subject.<attr>     the first person the procedure concerns
  deceased.<attr>    the deceased (死亡)
  spouse.<attr>      the head's spouse among the people
  head.<attr>        the head of household among the people
  variant.<key>      what the rule decided (e.g. notice_kind=転入) → derived
  derived.<name>     computed here (see DERIVED) → derived
  const:<text>       a printed default (never for a consent, a payment account or a choice the
                     resident must make) → derived
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

from forms import address_notation, relationship
from forms.draft import FieldValue, FormDraft, Provenance
from forms.facts import Facts
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
    "cert": lambda v: {True: "発行する", False: "発行しない"}.get(v, v),
}

PERSON_ROLES = ("holder", "subject", "deceased", "spouse", "head")


class Scope:
    """Everything a binding can reach for one draft."""

    def __init__(self, facts: Facts, procedure: Procedure, subjects: list[Person]):
        self.facts = facts
        self.procedure = procedure
        self.people = facts.people
        self.subjects = subjects

    def person(self, role: str) -> Person | None:
        if role == "holder":
            return self.people[0]
        if role == "subject":
            return self.subjects[0] if self.subjects else None
        if role == "deceased":
            return self.facts.deceased
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
            return FieldValue(key[6:], Provenance.DERIVED, "")
        head, _, rest = key.partition(".")
        if head == "variant":
            value = self.procedure.variant.get(rest)
            return None if value in (None, "") else FieldValue(value, Provenance.DERIVED, "")
        if head == "derived":
            value = DERIVED[rest](self)
            if isinstance(value, FieldValue):     # a derivation that picks a fact keeps its provenance
                return value
            return None if value in (None, "", []) else FieldValue(value, Provenance.DERIVED, "")
        if head in PERSON_ROLES:
            person = self.person(head)
            if person is None:
                return None
            if rest in person.values:
                return person.values[rest]
            fact = person.facts.get(rest)
            # only a positive fact is printed: "not certified" just means nobody said so
            return FieldValue(fact, Provenance.DERIVED, "") if fact else None
        fv = self.facts.values.get(key)
        if fv is None or fv.value in (None, "", []):
            return None
        if key.endswith("address") and key.count(".") == 1 and not key.startswith(("visit.", "filer.")):
            # 方書 is kept apart in the records (resident.katagaki, answers.katagaki) but printed with the address
            katagaki = self.facts.get(key.rsplit(".", 1)[0] + ".katagaki")
            if katagaki and key.rsplit(".", 1)[1] in ("address", "new_address"):
                return FieldValue(address_notation.with_katagaki(str(fv.value), str(katagaki)),
                                  fv.provenance, fv.source, fv.original)
        return fv


def _pension_scheme(scope: Scope) -> str | None:
    insurance = scope.people[0].facts.get("insurance")
    return {"nhi": "国民年金", "none": "国民年金", "employee": "厚生年金"}.get(insurance)


def _card_presented(scope: Scope) -> list[str] | None:
    """What was shown for the previous address at 転入: the 転出証明書, or the card (特例転入)."""
    if scope.procedure.variant.get("notice_kind") != "転入":
        return None
    proof = scope.facts.get("answers.old_address_proof")
    if proof == "certificate":
        return ["転出証明書"]
    if proof == "special":
        return ["マイナンバーカード提示"]
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
    "card_presented": _card_presented,
    # the card was read at the counter: identity shown with a public photo ID (印鑑登録)
    "id_by_card": lambda s: ["官公署発行の顔写真付き書類"] if s.facts.get("card.my_number") else None,
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
    return FieldValue(value, fv.provenance, fv.source, fv.original)


def _allowed(policy: str, facts: Facts) -> bool:
    """個人番号 marked on_request is filled only when the resident asked for it."""
    return policy != "on_request" or bool(facts.get("answers.print_my_number"))


def _cell(col, person: Person) -> FieldValue | None:
    if col.id in person.values:
        return person.values[col.id]
    if col.id == "card_held":   # the card holder's own card is known; for others blank until asked
        return FieldValue(True, Provenance.DERIVED, f"person.{person.pid}.card_held") \
            if person.facts.get("card_held") else None
    if col.id == "cert":        # 署名用電子証明書: only what the card holder answered, never a default
        return person.values.get("signature_cert")
    if col.id == "foreign_status":
        parts = [person.get("nationality"), person.get("residence_status")]
        src = next((person.values[k] for k in ("nationality", "residence_status") if k in person.values), None)
        text = "・".join(p for p in parts if p)
        return FieldValue(text, src.provenance, src.source) if text and src else None
    if col.transform in ("together", "custody"):
        return FieldValue(None, Provenance.DERIVED, "")
    fact = person.facts.get(col.id)
    if fact and not isinstance(fact, bool):   # a computed fact shown as a column (e.g. school_grade 小4)
        return FieldValue(fact, Provenance.DERIVED, "")
    return None


def _fill_rows(f: FieldSpec, scope: Scope, values: dict, counts: dict, row_people: dict) -> None:
    counts[f.id] = len(scope.subjects)
    row_people[f.id] = tuple(p.pid for p in scope.subjects)
    for i, person in enumerate(scope.subjects):
        for col in f.columns:
            if col.type == "rownum" or not _allowed(col.print_policy, scope.facts):
                continue
            if col.kana and col.kana in person.values:
                values[f"{f.id}.{i}.{col.kana}"] = person.values[col.kana]
            fv = _cell(col, person)
            if fv is not None:
                fv = _apply(col.transform, col.options, fv)
                if fv.value not in (None, ""):
                    values[f"{f.id}.{i}.{col.id}"] = fv


def prefill(spec: FormSpec, facts: Facts, procedure: Procedure,
            subjects: list[Person] | None = None, draft_id: str = "") -> FormDraft:
    """Fill one form for one procedure. `subjects` defaults to the procedure's people."""
    if subjects is None:
        subjects = [p for pid in procedure.subjects if (p := facts.person(pid)) is not None]
    scope = Scope(facts, procedure, subjects)
    values: dict[str, FieldValue] = {}
    counts: dict[str, int] = {}
    row_people: dict[str, tuple[str, ...]] = {}
    for f in spec.value_fields:
        if f.type == "person_rows":
            _fill_rows(f, scope, values, counts, row_people)
            continue
        if not _allowed(f.print_policy, facts):
            continue
        for key in f.bind:
            fv = scope.resolve(key)
            if fv is not None:
                fv = _apply(f.transform, f.options, fv, f.extra.get("map"))
                if f.type == "checkboxes" and isinstance(fv.value, str):  # one box of a set
                    fv = FieldValue([fv.value], fv.provenance, fv.source, fv.original)
                if fv.value not in (None, "", []):
                    values[f.id] = fv
                    break
    for f in spec.value_fields:
        # e.g. 旧住所 at a birth or a 世帯変更: nobody moved, so the box stays empty
        twin = f.extra.get("blank_if_same_as")
        if twin and f.id in values and twin in values and values[f.id].value == values[twin].value:
            del values[f.id]
    return FormDraft(spec.id, spec.title, procedure.id, values, counts, draft_id or spec.id, row_people,
                     spec_version=spec.version)


def fact_key_for(spec: FormSpec, draft: FormDraft, field_id: str) -> str:
    """The fact a correction of this field changes: the source of its value, else (for a
    blank field) the first fact the field binds to; "" when it shows no fact (a rule's
    variant, a computed box) — such a field can only be corrected on this form."""
    fv = draft.values.get(field_id)
    if fv is not None and fv.source:
        return fv.source
    parts = field_id.split(".")
    if len(parts) == 3 and parts[1].isdigit():
        people = draft.row_people.get(parts[0], ())
        index = int(parts[1])
        return f"person.{people[index]}.{parts[2]}" if index < len(people) else ""
    f = spec.field(field_id)
    for key in f.bind:
        head, _, rest = key.partition(".")
        if head in ("subject", "holder") and rest:
            pid = "holder" if head == "holder" else (draft.draft_id.split("#", 1)[1].split("~")[0]
                                                      if "#" in draft.draft_id else "")
            return f"person.{pid}.{rest}" if pid else ""
        if head in ("answers", "visit", "filer", "resident", "card") and rest:
            return key
    return ""


# How a printed value turns back into the fact it shows (a clerk's correction is stored as
# the fact: 男 → "1", 有 → True). A transform not listed here cannot be undone: such a
# field is corrected on its form only.
INVERSE: dict[str, dict[Any, Any]] = {
    "sex": {"男": "1", "女": "2"},
    "yes_no": {"有": True, "無": False},
    "cert": {"発行する": True, "発行しない": False},
    "hai_iie": {"はい": True, "いいえ": False},
    "attached": {"添付": True, "なし": False},
}
IDENTITY = ("", "address", "together", "custody")


def fact_value(spec: FormSpec, field_id: str, value: Any) -> tuple[bool, Any]:
    """(True, the fact's value) for a value typed into this field; (False, None) when the
    field's transform cannot be inverted."""
    parts = field_id.split(".")
    if len(parts) == 3 and parts[1].isdigit():
        f = spec.field(parts[0])
        col = next((c for c in f.columns if c.id == parts[2]), None)
        kind, transform = (col.type, col.transform) if col else ("text", "")
    else:
        f = spec.field(field_id)
        kind, transform = f.type, f.transform
    if transform == "flag":
        return True, bool(value)
    if kind == "checkboxes" and isinstance(value, list) and len(value) == 1:
        value = value[0]
    if transform in INVERSE:
        mapping = INVERSE[transform]
        return (True, mapping[value]) if value in mapping else (False, None)
    if transform in IDENTITY:
        return True, value
    return False, None
