"""How the clerk's own changes survive a recomputation: procedures added or removed with a
reason, and text typed in the editor turned into the field's own kind."""
from __future__ import annotations

from dataclasses import replace

from app.visit.model import ProcedureChoice


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


def change_needs_reason(procedures: tuple[ProcedureChoice, ...], code: str, selected: bool) -> bool:
    """Ticking a rule's procedure back on needs no reason; any departure from the rules does.
    (Pure: the window asks it as the clerk ticks, without a round trip to the service.)"""
    current = next(p for p in procedures if p.code == code)
    return not (current.source == "rule" and selected)


def coerce_typed(old, value):
    """Text typed in the editor → the field's own kind (check box, check-box set, text)."""
    if not isinstance(value, str):
        return value
    if isinstance(old, bool):
        return value.strip().lower() in ("true", "1", "はい", "有", "✓", "レ", "yes")
    if isinstance(old, list):
        return [part.strip() for part in value.replace(",", "、").split("、") if part.strip()]
    return value
