"""Form drafts: every value carries where it came from (its provenance).

A FormDraft is a plain frozen dataclass the UI can edit without touching
reportlab: `set_value` returns a new draft whose value is marked "clerk" and
keeps the prefilled value in `original`, so a supervisor sees what changed.
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
    OFFICE = "office"      # office-use boxes, printed blank


@dataclass(frozen=True)
class FieldValue:
    value: Any
    provenance: Provenance
    source: str = ""                       # context key, e.g. "card.name"
    original: "FieldValue | None" = None   # the prefilled value a clerk edit replaced

    @property
    def edited(self) -> bool:
        return self.original is not None


@dataclass(frozen=True)
class FormDraft:
    form_id: str
    title: str
    procedure_id: str
    values: Mapping[str, FieldValue] = field(default_factory=dict)
    row_counts: Mapping[str, int] = field(default_factory=dict)   # person-row field → number of rows
    spec_version: str = ""      # the form version filled in (forms.spec.load_spec(form_id, version=…)); "" = current

    def __post_init__(self):
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))
        object.__setattr__(self, "row_counts", MappingProxyType(dict(self.row_counts)))

    def get(self, field_id: str, default: Any = None) -> Any:
        item = self.values.get(field_id)
        return default if item is None else item.value

    def set_value(self, field_id: str, value: Any) -> "FormDraft":
        """A new draft with the clerk's value; the first prefilled value is kept as `original`."""
        old = self.values.get(field_id)
        original = (old.original or old) if old is not None else None
        if original is not None and original.value == value:
            new = original  # typed back to what was prefilled: no longer an edit
        else:
            new = FieldValue(value, Provenance.CLERK, "clerk", original)
        values = dict(self.values)
        values[field_id] = new
        counts = dict(self.row_counts)
        parts = field_id.split(".")
        if len(parts) == 3 and parts[1].isdigit():
            counts[parts[0]] = max(counts.get(parts[0], 0), int(parts[1]) + 1)
        return replace(self, values=values, row_counts=counts)

    def changes(self) -> dict[str, tuple[Any, Any]]:
        """field id → (prefilled value, clerk value) for every clerk edit."""
        return {fid: (fv.original.value if fv.original else None, fv.value)
                for fid, fv in self.values.items() if fv.provenance is Provenance.CLERK}

    def rows(self, field_id: str) -> list[dict[str, FieldValue]]:
        out = []
        for i in range(self.row_counts.get(field_id, 0)):
            prefix = f"{field_id}.{i}."
            out.append({k[len(prefix):]: v for k, v in self.values.items() if k.startswith(prefix)})
        return out
