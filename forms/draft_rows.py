"""A draft as rows of (field, label, value, source): the one shape the clerk's review table,
the supervisor's snapshot and `packet --json` all show, so the three cannot drift.

Every value field of the form appears, person-row cells included (one row per cell that has
a value, plus the columns of each person in the rows); a field with no value has source
"blank". `sensitive` marks the 個人番号 (masked on screen, sealed in storage).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from forms.draft import BLANK, FieldIssue, FormDraft
from forms.spec import FormSpec, load_spec
from forms.validation import issue_text


@dataclass(frozen=True)
class FieldRow:
    key: str            # field id, "movers.1.kana" for a cell
    label: str
    value: Any
    source: str         # card | registry | answer | clerk | derived | blank
    fact: str           # the fact key the value shows ("" when none, "form:…" for one form only)
    prefilled_value: Any = None      # what was pre-filled before a clerk's correction
    prefilled_source: str = ""
    sensitive: bool = False
    issue: FieldIssue | None = None

    @property
    def changed(self) -> bool:
        return self.source == "clerk"

    @property
    def issue_message(self) -> str:
        return issue_text(self.issue) if self.issue is not None else ""


def is_sensitive(spec: FormSpec, field_id: str) -> bool:
    if field_id.endswith("my_number"):
        return True
    try:
        return spec.field(field_id).print_policy == "on_request"
    except KeyError:
        return False


def cell_label(spec: FormSpec, field_id: str) -> str:
    parts = field_id.split(".")
    if len(parts) == 3 and parts[1].isdigit():
        f = spec.field(parts[0])
        col = next((c for c in f.columns if c.id == parts[2]), None)
        if col is None and any(c.kana == parts[2] for c in f.columns):
            return f"{f.label} {int(parts[1]) + 1}: フリガナ"
        return f"{f.label} {int(parts[1]) + 1}: {col.label if col else parts[2]}"
    return spec.field(field_id).label


def _keys(spec: FormSpec, draft: FormDraft) -> list[str]:
    keys: list[str] = []
    for f in spec.value_fields:
        if f.type != "person_rows":
            keys.append(f.id)
            continue
        for i in range(draft.row_counts.get(f.id, 0)):
            for c in f.columns:
                if c.type == "rownum":
                    continue
                if c.kana:
                    keys.append(f"{f.id}.{i}.{c.kana}")
                keys.append(f"{f.id}.{i}.{c.id}")
    # a cell the clerk added outside the spec's columns still shows
    keys.extend(k for k in draft.values if k not in keys)
    return keys


def field_rows(draft: FormDraft) -> list[FieldRow]:
    spec = load_spec(draft.form_id, version=draft.spec_version or None)
    issues = {i.field_id: i for i in draft.issues}
    rows = []
    for key in _keys(spec, draft):
        fv = draft.values.get(key)
        first = (fv.original or fv) if fv is not None else None
        try:
            label = cell_label(spec, key)
        except KeyError:
            label = key
        rows.append(FieldRow(
            key, label, fv.value if fv is not None else None,
            fv.provenance.value if fv is not None else BLANK, fv.source if fv is not None else "",
            first.value if first is not None else None,
            first.provenance.value if first is not None else BLANK,
            is_sensitive(spec, key), issues.get(key)))
    return rows
