"""Plain data of one visit (来庁): what was read, who was identified, what was chosen.

Everything here is JSON-able through `to_plain` / `from_plain` so the visit can be
saved after each step and resumed after a crash. ORM rows never leave storage; the
widgets only ever see these dataclasses.

The My Number is held only in memory (`CardReading.my_number`); its `repr` is masked
and persistence stores it encrypted or not at all (see app.visit.repository).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

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
    member_id: str
    name: str
    relationship: str = ""
    birth_date: str = ""
    kana: str = ""
    sex_code: str = ""

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

    def __repr__(self) -> str:
        return f"ResidentCandidate(resident_id={self.resident_id!r}, score={self.score})"


@dataclass(frozen=True)
class Question:
    """One question a life event's rules need answered; kind: bool | choice | text | date | members."""
    key: str
    text: str
    kind: str = "bool"
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    default: Any = None


@dataclass(frozen=True)
class ProcedureChoice:
    """A procedure in the visit: from the rules (with its reason) or added by the clerk."""
    code: str
    title: str
    reason: str
    form_ids: tuple[str, ...] = ()
    selected: bool = True
    source: str = "rule"  # rule | clerk
    clerk_reason: str = ""  # why the clerk added or removed it (required for a change)
    subjects: tuple[int, ...] = ()  # people of the visit it concerns (0 = the card holder)


@dataclass(frozen=True)
class FieldIssue:
    field_key: str
    code: str
    message: str
    blocking: bool = True


@dataclass(frozen=True)
class DraftField:
    key: str
    label: str
    value: Any  # plain JSON: text, bool (check box) or list of text (check-box set)
    provenance: str  # card | registry | clerk | answer | derived | office | blank
    prefilled_value: Any = ""
    sensitive: bool = False  # e.g. 個人番号: never persisted in clear
    source: str = ""  # context key the value came from, e.g. card.name
    prefilled_provenance: str = ""  # where the pre-filled value came from (restored on undo)


@dataclass(frozen=True)
class FormDraft:
    draft_id: str  # unique in the visit: a per-person form appears once per person
    form_id: str
    title: str
    fields: tuple[DraftField, ...]
    issues: tuple[FieldIssue, ...] = ()
    procedure_id: str = ""
    row_counts: tuple[tuple[str, int], ...] = ()

    def value(self, key: str):
        for f in self.fields:
            if f.key == key:
                return f.value
        raise KeyError(key)

    def with_value(self, key: str, value, provenance: str = "clerk") -> "FormDraft":
        if key not in {f.key for f in self.fields}:
            raise KeyError(key)
        new = tuple(replace(f, value=value, provenance=provenance) if f.key == key else f
                    for f in self.fields)
        return replace(self, fields=new)

    @property
    def blocking_issues(self) -> tuple[FieldIssue, ...]:
        return tuple(i for i in self.issues if i.blocking)


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


def procedure_from_plain(data: dict) -> ProcedureChoice:
    data = dict(data)
    data["form_ids"] = tuple(data.get("form_ids", ()))
    data["subjects"] = tuple(data.get("subjects", ()))
    return ProcedureChoice(**data)


def draft_from_plain(data: dict) -> FormDraft:
    return FormDraft(draft_id=data["draft_id"], form_id=data["form_id"], title=data["title"],
                     fields=_tupled(DraftField, data.get("fields")),
                     issues=_tupled(FieldIssue, data.get("issues")),
                     procedure_id=data.get("procedure_id", ""),
                     row_counts=tuple((k, int(n)) for k, n in data.get("row_counts", ())))


def to_plain(obj) -> Any:
    """Dataclass → JSON-able dict (tuples become lists)."""
    return asdict(obj) if obj is not None else None


__all__ = [n for n in dir() if not n.startswith("_")] + ["fields"]
