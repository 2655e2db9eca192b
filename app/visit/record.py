"""VisitRecord: the immutable snapshot of one visit that the service passes around.

It holds the facts as they were given — the card read, the confirmed registry resident, the
resident's answers, the people the resident named, the clerk's corrections — and the plan
and drafts derived from them (forms.facts, forms.packet). Nothing personal in its repr.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, Mapping

from forms.draft import FormDraft
from forms.events import EventCode

from app.visit.model import (CardReading, HouseholdMember, ProcedureChoice, ResidentCandidate,
                             candidate_from_plain, card_from_plain, procedure_from_plain,
                             procedure_to_plain, to_plain)
from app.visit.workflow import VisitState


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class VisitRecord:
    visit_id: str
    staff_id: str
    state: VisitState
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    card: CardReading | None = None
    card_present: bool = False
    card_skipped: bool = False
    candidates: tuple[ResidentCandidate, ...] = ()
    resident: ResidentCandidate | None = None
    new_resident: bool = False
    event: EventCode | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)
    concerned_member_ids: tuple[str, ...] = ()
    # people the resident named at the counter (a family moving in, a newborn): person dicts
    # with id "added-N" (forms.people), answers about them
    added_people: tuple[Mapping[str, Any], ...] = ()
    # what the resident answered about the card holder ("holder") and registry members
    # (by 宛名番号): フリガナ, 続柄, card held, 署名用電子証明書 …
    about: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    # the clerk's corrections: fact key → value (every form follows), and per draft
    # field → value for a correction meant for one form only
    fact_edits: Mapping[str, Any] = field(default_factory=dict)
    form_edits: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    procedures: tuple[ProcedureChoice, ...] = ()
    drafts: tuple[FormDraft, ...] = ()
    rejection_comment: str = ""

    def __repr__(self) -> str:  # keep personal data out of logs and tracebacks
        return f"VisitRecord(visit_id={self.visit_id!r}, state={self.state.value!r})"

    def evolve(self, **changes) -> "VisitRecord":
        return replace(self, updated_at=utc_now(), **changes)

    @property
    def identity_confirmed(self) -> bool:
        return self.resident is not None or self.new_resident

    @property
    def selected_procedures(self) -> tuple[ProcedureChoice, ...]:
        return tuple(p for p in self.procedures if p.selected)

    @property
    def household(self) -> tuple[HouseholdMember, ...]:
        """Registry members other than the resident (the deceased included: the 死亡 page
        offers them), in the registry's order."""
        registry = self.resident.household if self.resident else ()
        own = self.resident.resident_id if self.resident else None
        return tuple(m for m in registry if m.member_id != own)

    @property
    def living_household(self) -> tuple[HouseholdMember, ...]:
        return tuple(m for m in self.household if not m.deceased)

    def draft(self, draft_id: str) -> FormDraft:
        for d in self.drafts:
            if d.draft_id == draft_id:
                return d
        raise KeyError(draft_id)

    # --- persistence shape (the My Numbers are sealed by the repository) ---
    def plain_data(self) -> dict:
        card = to_plain(self.card)
        if card is not None:
            card.pop("my_number", None)
        return {
            "card": card, "card_present": self.card_present, "card_skipped": self.card_skipped,
            "candidates": [to_plain(c) for c in self.candidates],
            "resident": to_plain(self.resident), "new_resident": self.new_resident,
            "answers": dict(self.answers), "concerned_member_ids": list(self.concerned_member_ids),
            "added_people": [dict(p) for p in self.added_people],
            "about": {k: dict(v) for k, v in self.about.items()},
            "fact_edits": dict(self.fact_edits),
            "form_edits": {k: dict(v) for k, v in self.form_edits.items()},
            "procedures": [procedure_to_plain(p) for p in self.procedures],
            "rejection_comment": self.rejection_comment,
        }

    @classmethod
    def from_plain(cls, *, visit_id: str, staff_id: str, state: str, created_at: datetime,
                   updated_at: datetime, event: str | None, data: dict, drafts: list[FormDraft],
                   my_number: str | None) -> "VisitRecord":
        card = card_from_plain(data.get("card"))
        if card is not None and my_number:
            card = replace(card, my_number=my_number)
        return cls(
            visit_id=visit_id, staff_id=staff_id, state=VisitState(state),
            created_at=created_at, updated_at=updated_at, card=card,
            # after a restart nothing is on the reader as far as this visit knows
            card_present=False, card_skipped=bool(data.get("card_skipped")),
            candidates=tuple(candidate_from_plain(c) for c in data.get("candidates", ())),
            resident=candidate_from_plain(data.get("resident")),
            new_resident=bool(data.get("new_resident")),
            event=EventCode(event) if event else None,
            answers=dict(data.get("answers") or {}),
            concerned_member_ids=tuple(data.get("concerned_member_ids") or ()),
            added_people=tuple(dict(p) for p in data.get("added_people") or ()),
            about={k: dict(v) for k, v in (data.get("about") or {}).items()},
            fact_edits=dict(data.get("fact_edits") or {}),
            form_edits={k: dict(v) for k, v in (data.get("form_edits") or {}).items()},
            procedures=tuple(procedure_from_plain(p) for p in data.get("procedures", ())),
            drafts=tuple(drafts),
            rejection_comment=data.get("rejection_comment", ""),
        )
