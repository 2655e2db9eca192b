"""Before printing: every character no installed face can draw, so the clerk knows what to write by hand.

`uncovered(drafts, guide)` walks the text values of the drafts (and the guide slip's name) without
rendering; the window shows the list before the print dialog, the `packet` command prints it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from forms.render.fonts import GOTHIC, MINCHO
from forms.render.glyphs import describe, shape


@dataclass(frozen=True)
class GlyphGap:
    form_id: str          # "guide" for the 手続き案内
    field_id: str
    characters: tuple[str, ...]

    @property
    def codepoints(self) -> str:
        return describe(self.characters)


def _texts(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _texts(v)


def uncovered(drafts: Iterable, guide=None) -> list[GlyphGap]:
    gaps: list[GlyphGap] = []
    if guide is not None:
        missing = shape(guide.visitor_name or "", MINCHO).missing
        if missing:
            gaps.append(GlyphGap("guide", "visitor_name", missing))
        for proc in guide.procedures:
            for text in (proc.title, proc.reason, getattr(proc, "note", ""), *proc.bring):
                missing = shape(text or "", GOTHIC).missing
                if missing:
                    gaps.append(GlyphGap("guide", proc.id, missing))
    for draft in drafts:
        for field_id, fv in draft.values.items():
            missing = tuple(dict.fromkeys(m for t in _texts(fv.value) for m in shape(t, MINCHO).missing))
            if missing:
                gaps.append(GlyphGap(draft.form_id, field_id, missing))
    return gaps
