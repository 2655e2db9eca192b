"""Form drafts: every value carries where it came from (its provenance) and which fact it
shows (its `source`, a fact key such as "person.holder.name" or "visit.old_address").

The one draft type of Madoguchi: the counter window, the supervisor's review, the stored
visit and the `packet` command all hold these. A draft is a *view* of the visit's facts
(forms.facts): a clerk's correction changes the fact, and every draft is derived again;
only a correction marked "this form only" lives in the draft itself (source "form:…").
Person rows are flattened into ids like "movers.1.name".
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from types import MappingProxyType
from typing import Any, Mapping


class Provenance(str, Enum):
    CARD = "card"          # read from the My Number card
    REGISTRY = "registry"  # 住民記録 or a linked business system
    ANSWER = "answer"      # what the resident told the clerk
    DERIVED = "derived"    # computed: today's date, ages, check boxes implied by the event
    CLERK = "clerk"        # typed over by the clerk after pre-fill


BLANK = "blank"  # what `packet --json` and the review table say of a field with no value


@dataclass(frozen=True)
class FieldValue:
    value: Any
    provenance: Provenance
    source: str = ""                       # the fact key, e.g. "person.holder.name"
    original: "FieldValue | None" = None   # the pre-filled value a clerk's correction replaced

    @property
    def edited(self) -> bool:
        return self.original is not None


@dataclass(frozen=True)
class FieldIssue:
    """A validation finding: a code (never UI text) and, for format problems, what is
    expected (a machine hint the message shows, e.g. "kana" or the allowed options)."""
    field_id: str     # "movers.2.my_number" for a cell
    code: str
    expected: str = ""


@dataclass(frozen=True)
class FormDraft:
    form_id: str
    title: str
    procedure_id: str
    values: Mapping[str, FieldValue] = field(default_factory=dict)
    row_counts: Mapping[str, int] = field(default_factory=dict)   # person-row field → number of rows
    draft_id: str = ""   # unique in the visit: the form id, or form_id#person for per-person forms
    row_people: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # rows field → person ids
    issues: tuple[FieldIssue, ...] = ()
    spec_version: str = ""      # the form version filled in (forms.spec.load_spec(form_id, version=…)); "" = current

    def __post_init__(self):
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))
        object.__setattr__(self, "row_counts", MappingProxyType(dict(self.row_counts)))
        object.__setattr__(self, "row_people", MappingProxyType(
            {k: tuple(v) for k, v in self.row_people.items()}))
        if not self.draft_id:
            object.__setattr__(self, "draft_id", self.form_id)

    def get(self, field_id: str, default: Any = None) -> Any:
        item = self.values.get(field_id)
        return default if item is None else item.value

    def changes(self) -> dict[str, tuple[Any, Any]]:
        """field id → (pre-filled value, clerk value) for every clerk correction."""
        return {fid: (fv.original.value if fv.original else None, fv.value)
                for fid, fv in self.values.items() if fv.provenance is Provenance.CLERK}

    def rows(self, field_id: str) -> list[dict[str, FieldValue]]:
        out = []
        for i in range(self.row_counts.get(field_id, 0)):
            prefix = f"{field_id}.{i}."
            out.append({k[len(prefix):]: v for k, v in self.values.items() if k.startswith(prefix)})
        return out

    @property
    def blocking_issues(self) -> tuple[FieldIssue, ...]:
        return self.issues

    def with_issues(self, issues) -> "FormDraft":
        return replace(self, issues=tuple(issues))


# --- plain JSON (the visit's storage and the approval snapshot) ---

def _value_plain(fv: FieldValue | None) -> dict | None:
    if fv is None:
        return None
    return {"value": fv.value, "provenance": fv.provenance.value, "source": fv.source,
            "original": _value_plain(fv.original)}


def _value_unplain(data: Mapping | None) -> FieldValue | None:
    if not data:
        return None
    return FieldValue(data["value"], Provenance(data["provenance"]), data.get("source", ""),
                      _value_unplain(data.get("original")))


def draft_to_plain(draft: FormDraft) -> dict:
    return {"form_id": draft.form_id, "title": draft.title, "procedure_id": draft.procedure_id,
            "draft_id": draft.draft_id,
            "values": {k: _value_plain(v) for k, v in draft.values.items()},
            "row_counts": dict(draft.row_counts),
            "row_people": {k: list(v) for k, v in draft.row_people.items()},
            "issues": [[i.field_id, i.code, i.expected] for i in draft.issues],
            "spec_version": draft.spec_version}


def draft_from_plain(data: Mapping) -> FormDraft:
    return FormDraft(data["form_id"], data["title"], data.get("procedure_id", ""),
                     {k: _value_unplain(v) for k, v in (data.get("values") or {}).items()},
                     {k: int(n) for k, n in (data.get("row_counts") or {}).items()},
                     data.get("draft_id", ""),
                     {k: tuple(v) for k, v in (data.get("row_people") or {}).items()},
                     tuple(FieldIssue(*i) for i in data.get("issues") or ()),
                     data.get("spec_version", ""))


def map_values(draft: FormDraft, fn) -> FormDraft:
    """A copy with `fn(field_id, FieldValue) -> FieldValue` applied to every value (the
    storage seals and opens the 個人番号 values this way)."""
    return replace(draft, values={k: fn(k, v) for k, v in draft.values.items()})
