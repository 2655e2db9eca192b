"""The facts of one visit: the single source every form, the guide slip, the preview, the
supervisor's review and the printout are derived from.

`build_facts(context, event, edits)` turns the flat context (card.*, resident.*, household.*,
answers.*, office.*, today — see forms.context) into
- `values`: fact key → FieldValue, each with its true provenance (card / registry / answer /
  derived / clerk). Besides every context key there are the facts several forms share,
  derived once here: `visit.date`, `visit.old_address` (従前の住所), `visit.new_address`,
  `visit.address` (where the people live after the event), `visit.from_abroad`,
  `filer.name`, `filer.address`, `filer.relation`, `filer.phone`;
- `people` (forms.people): the card holder, the registry members and the people the resident
  named, the deceased, each attribute keyed "person.<pid>.<attr>".
`edits` are the clerk's corrections, keyed by fact key: a correction made on any form changes
the fact, so every form that shows it changes with it (forms.packet applies corrections meant
for one form only).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from forms import address_notation
from forms.context import provenance_of
from forms.draft import FieldValue, Provenance
from forms.events import EventCode
from forms.people import HOLDER, Person, event_date, people_of

MOVES = (EventCode.MOVE_IN, EventCode.MOVE_WITHIN, EventCode.MOVE_OUT, EventCode.MARRIAGE,
         EventCode.HOUSEHOLD_CHANGE)
# Who files, seen from the people the notice is about (住基法 26/27; forms-catalog §1.1).
FILER_RELATIONS = ("本人", "世帯主", "同一世帯員", "代理人", "法定代理人", "その他")
PROXIES = ("代理人", "法定代理人", "その他")


@dataclass(frozen=True)
class Facts:
    event: str
    on: dt.date
    values: Mapping[str, FieldValue]
    people: tuple[Person, ...]
    context: Mapping[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        fv = self.values.get(key)
        return default if fv is None or fv.value in (None, "") else fv.value

    def person(self, pid: str) -> Person | None:
        return next((p for p in self.people if p.pid == pid), None)

    @property
    def holder(self) -> Person:
        return self.people[0]

    @property
    def deceased(self) -> Person | None:
        return next((p for p in self.people if p.role == "deceased"), None)

    def conditions(self) -> dict[str, Any]:
        """What the rules' `key` conditions read: the context as given (lists included),
        overlaid with every fact's plain value (clerk corrections included)."""
        out = dict(self.context)
        out.update({k: fv.value for k, fv in self.values.items()})
        return out


def _scalar(value: Any) -> bool:
    return value not in (None, "") and not isinstance(value, (list, dict, tuple))


def _with_katagaki(values: Mapping[str, FieldValue], key: str) -> FieldValue | None:
    fv = values.get(key)
    if fv is None or fv.value in (None, ""):
        return None
    katagaki = values.get(key.rsplit(".", 1)[0] + ".katagaki")
    if katagaki is not None and katagaki.value and key.rsplit(".", 1)[1] in ("address", "new_address", "old_address"):
        return FieldValue(address_notation.with_katagaki(str(fv.value), str(katagaki.value)),
                          fv.provenance, fv.source)
    return fv


def _first(values: Mapping[str, FieldValue], keys: tuple[str, ...], as_key: str) -> FieldValue | None:
    for key in keys:
        fv = _with_katagaki(values, key)
        if fv is not None:
            return FieldValue(fv.value, fv.provenance, as_key)
    return None


def _derived(value: Any, key: str) -> FieldValue:
    return FieldValue(value, Provenance.DERIVED, key)


def _filer_relation(values, people: list[Person], event: str) -> FieldValue:
    """The filer's relation to the people the notice is about. Asked (`answers.filer`) when
    someone other than the card holder files; else derived: at 死亡 the card holder files
    for the deceased as a member of the same household (同一世帯員), otherwise the holder is
    one of the people concerned (本人)."""
    answered = values.get("answers.filer")
    if answered is not None and answered.value:
        return FieldValue(answered.value, answered.provenance, "filer.relation")
    if event == EventCode.DEATH:
        holder = people[0]
        return _derived("世帯主" if holder.facts.get("head") else "同一世帯員", "filer.relation")
    return _derived("本人", "filer.relation")


def _relation_to_deceased(values, people: list[Person], deceased: Person) -> dict[str, FieldValue]:
    """The 喪主's (card holder's) 続柄 to the deceased (葬祭費): the answer, else — when both
    are seen from the same head — the plain cases: the head died (the holder's own 続柄), or
    the holder heads the household and the spouse died (夫/妻 by the holder's sex)."""
    key = "filer.relation_to_deceased"
    answered = values.get("answers.relation_to_deceased")
    if answered is not None and answered.value:
        return {key: FieldValue(answered.value, answered.provenance, key)}
    holder = people[0]
    holder_rel, dead_rel = holder.get("relationship"), deceased.get("relationship")
    if dead_rel == "世帯主" and holder_rel and holder_rel != "世帯主":
        return {key: _derived(holder_rel, key)}
    if holder_rel == "世帯主" and dead_rel in ("妻", "夫"):
        relation = {"1": "夫", "2": "妻"}.get(str(holder.get("sex_code")), "")
        return {key: _derived(relation, key)} if relation else {}
    return {}


def _semantic(values: dict[str, FieldValue], people: list[Person], event: str) -> dict[str, FieldValue]:
    out: dict[str, FieldValue] = {}
    deceased = next((p for p in people if p.role == "deceased"), None)
    if "answers.date" in values:
        out["visit.date"] = FieldValue(values["answers.date"].value, values["answers.date"].provenance, "visit.date")
    elif deceased is not None and "death_date" in deceased.values:
        death = deceased.values["death_date"]
        out["visit.date"] = FieldValue(death.value, death.provenance, "visit.date")
    if event == EventCode.DEATH:
        filed = values.get("answers.death_notice_filed")
        recorded = deceased is not None and deceased.facts.get("deceased")
        out["visit.death_notice_filed"] = (FieldValue(bool(filed.value), filed.provenance, "visit.death_notice_filed")
                                           if filed is not None else
                                           FieldValue(bool(recorded), Provenance.REGISTRY if recorded else Provenance.DERIVED,
                                                      "visit.death_notice_filed"))
    if event == EventCode.MOVE_IN:
        old = _first(values, ("answers.old_address", "card.address"), "visit.old_address")
    else:
        old = _first(values, ("resident.address", "card.address"), "visit.old_address")
    if old is not None:
        out["visit.old_address"] = old
    new = _first(values, ("answers.new_address",), "visit.new_address") if event in MOVES else None
    if new is not None:
        out["visit.new_address"] = new
    current = new or _first(values, ("resident.address", "card.address"), "visit.address")
    if current is not None:
        out["visit.address"] = FieldValue(current.value, current.provenance, "visit.address")
    proof = values.get("answers.old_address_proof")
    abroad = values.get("answers.from_abroad")
    if proof is not None:
        out["visit.from_abroad"] = FieldValue(proof.value == "abroad", proof.provenance, "visit.from_abroad")
    elif abroad is not None:
        out["visit.from_abroad"] = FieldValue(bool(abroad.value), abroad.provenance, "visit.from_abroad")
    else:
        out["visit.from_abroad"] = _derived(False, "visit.from_abroad")
    relation = _filer_relation(values, people, event)
    out["filer.relation"] = relation
    proxy = relation.value in PROXIES
    name = values.get("answers.filer_name") if proxy else None
    holder_name = people[0].values.get("name")
    if name is not None and name.value:
        out["filer.name"] = FieldValue(name.value, name.provenance, "filer.name")
    elif holder_name is not None and not proxy:
        out["filer.name"] = FieldValue(holder_name.value, holder_name.provenance, "filer.name")
    address = values.get("answers.filer_address") if proxy else None
    if address is not None and address.value:
        out["filer.address"] = FieldValue(address.value, address.provenance, "filer.address")
    elif current is not None and not proxy:
        out["filer.address"] = FieldValue(current.value, current.provenance, "filer.address")
    if event == EventCode.DEATH and deceased is not None:
        out.update(_relation_to_deceased(values, people, deceased))
    if "answers.phone" in values:
        out["filer.phone"] = FieldValue(values["answers.phone"].value, values["answers.phone"].provenance,
                                        "filer.phone")
    return out


def _overlay(values: dict[str, FieldValue], edits: Mapping[str, Any], keys) -> None:
    for key in keys:
        values[key] = FieldValue(edits[key], Provenance.CLERK, key, values.get(key))


def build_facts(context: Mapping[str, Any], event: str | EventCode,
                edits: Mapping[str, Any] | None = None) -> Facts:
    edits = dict(edits or {})
    event = str(event)
    values: dict[str, FieldValue] = {k: FieldValue(v, provenance_of(k), k)
                                     for k, v in context.items() if _scalar(v)}
    semantic_prefixes = ("person.", "visit.", "filer.")
    base_edits = [k for k in edits if not k.startswith(semantic_prefixes)]
    _overlay(values, edits, base_edits)
    effective = dict(context)
    effective.update({k: edits[k] for k in base_edits})
    people = people_of(effective, edits, event)
    semantic = _semantic(values, people, event)
    values.update(semantic)
    _overlay(values, edits, [k for k in edits if k.startswith(("visit.", "filer."))])
    return Facts(event, event_date(effective), values, tuple(people), effective)


def editable_fact(key: str) -> bool:
    """Whether a value's source is a fact a correction may change for every form (not a
    rule's variant, a constant or a value computed on the form itself)."""
    head = key.split(".", 1)[0].split(":", 1)[0]
    return head in ("person", "visit", "filer", "card", "resident", "household", "answers") and bool(key)


# The facts several forms share (bind keys besides the context's, see forms.context).
FACT_KEYS: dict[str, str] = {
    "visit.date": "the day of the event (異動日・死亡日 …): the answer, else the death the registry records",
    "visit.old_address": "従前の住所: at 転入 the answer, else the card's (old) address; otherwise the registered one",
    "visit.new_address": "the new address (転入・転居・転出先) with its 方書",
    "visit.address": "where the people live after the event: the new address, else the registered one",
    "visit.from_abroad": "転入 from abroad (the way the previous address was shown, or the older flag)",
    "visit.death_notice_filed": "死亡届: the answer, else true when the registry records the death",
    "filer.name": "who files: the card holder, or the proxy named in the answers",
    "filer.address": "the filer's address",
    "filer.relation": "the filer's relation to the people the notice is about (本人・世帯主・同一世帯員・代理人 …)",
    "filer.phone": "the filer's daytime phone",
    "filer.relation_to_deceased": "死亡: the 喪主's 続柄 to the deceased (answered, or the plain cases derived)",
}

__all__ = ["FACT_KEYS", "Facts", "FILER_RELATIONS", "HOLDER", "build_facts", "editable_fact"]
