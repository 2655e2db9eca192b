"""Plain data of one visit (来庁): what was read, who was identified, what was chosen.

Everything here is JSON-able through `to_plain` / `from_plain` so the visit can be
saved after each step and resumed after a crash. ORM rows never leave storage; the
widgets only ever see these dataclasses. The drafts are forms.draft.FormDraft, the one
draft type of the project.

The My Number is held only in memory (`CardReading.my_number`); its `repr` is masked
and persistence stores it encrypted or not at all (see app.visit.repository).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from forms.procedure_rules import Procedure

# Re-exported: widgets mask numbers through the visit model they already use.
from app.privacy.my_number import mask_digits as mask_my_number  # noqa: F401


@dataclass(frozen=True)
class CardReading:
    """The basic 4 items (+ My Number) read from the card's 券面事項入力補助AP."""
    name: str
    address: str
    birth_date: str  # ISO YYYY-MM-DD
    sex_code: str
    my_number: str | None = field(default=None, repr=False)

    def __repr__(self) -> str:  # never show personal data in logs or tracebacks
        return f"CardReading(my_number={mask_my_number(self.my_number)!r}, …)"


@dataclass(frozen=True)
class HouseholdMember:
    """A registry household member as the counter shows them (pickers, members list)."""
    member_id: str               # the 宛名番号: the person's id in the visit's facts
    name: str
    relationship: str = ""
    birth_date: str = ""
    kana: str = ""
    sex_code: str = ""
    deceased: bool = False       # the registry records this person's death
    death_date: str = ""

    def __repr__(self) -> str:
        return f"HouseholdMember(member_id={self.member_id!r}, …)"


@dataclass(frozen=True)
class ResidentCandidate:
    """A registry record offered to the clerk, with why it was offered."""
    resident_id: str
    name: str
    address: str
    birth_date: str
    sex_code: str
    kana: str = ""
    score: float = 1.0
    reasons: tuple[str, ...] = ()
    household: tuple[HouseholdMember, ...] = ()
    matched_by_my_number: bool = False
    audit_id: str = ""  # the records' internal id, for the audit log (never a long number)
    # one of several equally good matches (a tie, or one My Number on two records):
    # the clerk must choose explicitly, nothing is preselected
    ambiguous: bool = False
    # 死亡・転出・消除 (or no longer in the core system's export): shown with its status so the
    # clerk understands the match, never taken for the person at the counter
    living: bool = True
    status: str = ""

    def __repr__(self) -> str:
        return f"ResidentCandidate(resident_id={self.resident_id!r}, score={self.score})"


@dataclass(frozen=True)
class ProcedureChoice:
    """A procedure of the visit's plan: from the rules (with its reasons, subjects and the
    variant the rule decided) or added by the clerk; kept with the visit so printing renders
    what was reviewed, never a fresh plan."""
    procedure: Procedure
    selected: bool = True
    source: str = "rule"  # rule | clerk
    clerk_reason: str = ""  # why the clerk added or removed it (required for a change)

    @property
    def code(self) -> str:
        return self.procedure.id

    @property
    def title(self) -> str:
        return self.procedure.title

    @property
    def reason(self) -> str:
        return self.clerk_reason if self.source == "clerk" else self.procedure.reason

    @property
    def form_ids(self) -> tuple[str, ...]:
        return self.procedure.forms


@dataclass(frozen=True)
class VisitSummary:
    """One line of the 'open visits' list offered for resumption."""
    visit_id: str
    state: str
    staff_id: str
    updated_at: str
    label: str  # event label and step; no personal data


def _tupled(cls, items):
    return tuple(cls(**i) for i in items or ())


def card_from_plain(data: dict | None) -> CardReading | None:
    return CardReading(**data) if data else None


def candidate_from_plain(data: dict | None) -> ResidentCandidate | None:
    if not data:
        return None
    data = dict(data)
    data["reasons"] = tuple(data.get("reasons", ()))
    data["household"] = _tupled(HouseholdMember, data.get("household"))
    return ResidentCandidate(**data)


def procedure_to_plain(choice: ProcedureChoice) -> dict[str, Any]:
    return {"procedure": asdict(choice.procedure), "selected": choice.selected,
            "source": choice.source, "clerk_reason": choice.clerk_reason}


def procedure_from_plain(data: dict) -> ProcedureChoice:
    p = dict(data["procedure"])
    for key in ("reasons", "forms", "subjects", "bring", "rule_ids"):
        p[key] = tuple(p.get(key, ()))
    return ProcedureChoice(Procedure(**p), bool(data.get("selected", True)), data.get("source", "rule"),
                           data.get("clerk_reason", ""))


def to_plain(obj) -> Any:
    """Dataclass → JSON-able dict (tuples become lists)."""
    return asdict(obj) if obj is not None else None
