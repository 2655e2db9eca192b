"""How the clerk's own changes survive a recomputation: procedures added or removed with a
reason, typed draft values, and a value typed back to what was pre-filled (undo)."""
from __future__ import annotations

from dataclasses import replace

from app.visit.model import FormDraft, ProcedureChoice


def merge_clerk_changes(suggested: list[ProcedureChoice],
                         previous: tuple[ProcedureChoice, ...]) -> list[ProcedureChoice]:
    """New rule output, with the clerk's earlier additions and removals kept."""
    before = {p.code: p for p in previous}
    merged = []
    for p in suggested:
        old = before.get(p.code)
        merged.append(replace(p, selected=old.selected, clerk_reason=old.clerk_reason)
                      if old is not None and old.clerk_reason else p)
    codes = {p.code for p in merged}
    merged.extend(p for p in previous if p.source == "clerk" and p.code not in codes)
    return merged


def field_value(draft: FormDraft, key: str):
    return next(f.value for f in draft.fields if f.key == key)


def coerce_typed(old, value):
    """Text typed in the editor → the field's own kind (check box, check-box set, text)."""
    if not isinstance(value, str):
        return value
    if isinstance(old, bool):
        return value.strip().lower() in ("true", "1", "はい", "有", "✓", "レ", "yes")
    if isinstance(old, list):
        return [part.strip() for part in value.replace(",", "、").split("、") if part.strip()]
    return value


def unmark_if_prefilled(draft: FormDraft, key: str) -> FormDraft:
    """Typed back to the pre-filled value: it is no longer a clerk edit (undo lands here)."""
    field = next(f for f in draft.fields if f.key == key)
    if field.value == field.prefilled_value and field.prefilled_provenance:
        restored = replace(field, provenance=field.prefilled_provenance)
        return replace(draft, fields=tuple(restored if f.key == key else f for f in draft.fields))
    return draft


def carry_clerk_edits(fresh: FormDraft, old: FormDraft) -> FormDraft:
    edited = {f.key: f.value for f in old.fields if f.provenance == "clerk"}
    fields = tuple(replace(f, value=edited[f.key], provenance="clerk") if f.key in edited else f
                   for f in fresh.fields)
    return replace(fresh, fields=fields)
