"""The approval snapshot turned into rows a supervisor reads (no Qt here).

The snapshot is JSON written by whoever submits the visit. Two spellings are
accepted because two areas produce it: the visit drafts (`form_id`, `label`,
`prefilled_value`) and the approval tests (`id`, `prefilled`, `changed`).
A value counts as changed when the snapshot says so, or when a non-empty
pre-filled value differs from the final one; a blank that the clerk filled in
is clerk input, not a change.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence
from app.visit.model import mask_my_number
from widgets.provenance_labels import PROVENANCE_LABELS

SENSITIVE_KEYS = ("my_number", "kojin_bango", "individual_number")


# A 個人番号 in a snapshot is shown masked: the review is not an audited reveal.
mask = mask_my_number


@dataclass(frozen=True)
class FieldRow:
    key: str
    label: str
    value: str
    provenance: str          # code, e.g. "card"
    prefilled: str
    changed: bool
    sensitive: bool

    @property
    def provenance_label(self) -> str:
        return PROVENANCE_LABELS.get(self.provenance, self.provenance or "—")

    @property
    def shown_value(self) -> str:
        return mask(self.value) if self.sensitive else self.value

    @property
    def shown_prefilled(self) -> str:
        return mask(self.prefilled) if self.sensitive else self.prefilled


@dataclass(frozen=True)
class FormRows:
    form_id: str
    title: str
    rows: tuple[FieldRow, ...]

    @property
    def changed_count(self) -> int:
        return sum(r.changed for r in self.rows)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, (list, tuple)):
        return "、".join(_text(v) for v in value)
    return str(value)


def field_row(data: Mapping[str, Any]) -> FieldRow:
    key = str(data.get("key", ""))
    value = _text(data.get("value"))
    prefilled = _text(data.get("prefilled", data.get("prefilled_value", "")))
    if "changed" in data:
        changed = bool(data["changed"])
    else:
        changed = bool(prefilled) and prefilled != value
    sensitive = bool(data.get("sensitive")) or any(k in key for k in SENSITIVE_KEYS)
    return FieldRow(key, _text(data.get("label")) or key, value,
                    str(data.get("provenance") or ""), prefilled, changed, sensitive)


def form_rows(snapshot: Mapping[str, Any]) -> list[FormRows]:
    forms: Sequence[Mapping[str, Any]] = snapshot.get("forms") or ()
    result = []
    for i, form in enumerate(forms):
        form_id = str(form.get("form_id") or form.get("id") or f"form{i + 1}")
        title = _text(form.get("title")) or form_id
        result.append(FormRows(form_id, title, tuple(field_row(f) for f in form.get("fields") or ())))
    return result


@dataclass(frozen=True)
class ProcedureRow:
    title: str
    reason: str
    added_by_clerk: bool
    clerk_reason: str


def procedure_rows(snapshot: Mapping[str, Any]) -> list[ProcedureRow]:
    """The procedures the packet was made for; those the clerk added by hand are
    flagged with the clerk's reason, as a change from what the rules produced."""
    rows = []
    for p in snapshot.get("procedures") or ():
        if p.get("selected", True) is False:
            continue
        rows.append(ProcedureRow(_text(p.get("title")) or _text(p.get("code")), _text(p.get("reason")),
                                 p.get("source") == "clerk", _text(p.get("clerk_reason"))))
    return rows
