"""The visit workflow: states, the transition table and its guards.

Widgets never decide what may happen next: they ask `allowed_actions()` and enable
buttons from the answer. The table is plain data so it can be read and tested
without Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from domain.errors import DomainError


class VisitState(str, Enum):
    CARD_PLACED = "card_placed"            # visit open; waiting for the card / PIN
    PIN_VERIFIED = "pin"                   # card read (or skipped): identify the resident
    IDENTIFIED = "identified"              # clerk confirmed a resident or chose 転入 (new)
    EVENT_ANSWERED = "event_answered"      # life event chosen and its questions answered
    PROCEDURES_CHOSEN = "procedures_chosen"
    FORMS_REVIEWED = "forms_reviewed"
    SUBMITTED = "submitted"                # waiting for a supervisor (決裁)
    APPROVED = "approved"
    PRINTED = "printed"
    CANCELLED = "cancelled"


class VisitAction(str, Enum):
    READ_CARD = "read_card"                # PIN verified and card data read
    SKIP_CARD = "skip_card"                # continue without the card: search records by hand
    CONFIRM_RESIDENT = "confirm_resident"
    NEW_RESIDENT = "new_resident"          # not in the registry: 転入
    ANSWER_EVENT = "answer_event"
    CHOOSE_PROCEDURES = "choose_procedures"
    EDIT_DRAFT = "edit_draft"
    REVIEW_FORMS = "review_forms"
    SUBMIT = "submit"
    APPROVE = "approve"
    REJECT = "reject"
    PRINT = "print"
    BACK = "back"
    CANCEL = "cancel"


S, A = VisitState, VisitAction

# (from, action) -> to.  BACK is handled by STEP_ORDER below.
TRANSITIONS: dict[tuple[VisitState, VisitAction], VisitState] = {
    (S.CARD_PLACED, A.READ_CARD): S.PIN_VERIFIED,
    (S.CARD_PLACED, A.SKIP_CARD): S.PIN_VERIFIED,
    (S.PIN_VERIFIED, A.CONFIRM_RESIDENT): S.IDENTIFIED,
    (S.PIN_VERIFIED, A.NEW_RESIDENT): S.IDENTIFIED,
    (S.IDENTIFIED, A.ANSWER_EVENT): S.EVENT_ANSWERED,
    (S.EVENT_ANSWERED, A.CHOOSE_PROCEDURES): S.PROCEDURES_CHOSEN,
    (S.PROCEDURES_CHOSEN, A.EDIT_DRAFT): S.PROCEDURES_CHOSEN,
    (S.PROCEDURES_CHOSEN, A.REVIEW_FORMS): S.FORMS_REVIEWED,
    (S.FORMS_REVIEWED, A.SUBMIT): S.SUBMITTED,
    (S.FORMS_REVIEWED, A.PRINT): S.PRINTED,
    (S.SUBMITTED, A.APPROVE): S.APPROVED,
    (S.SUBMITTED, A.REJECT): S.PROCEDURES_CHOSEN,   # back to editing with the comment
    (S.APPROVED, A.PRINT): S.PRINTED,
    (S.PRINTED, A.PRINT): S.PRINTED,                # a second copy
}

# The clerk-facing steps, in order; BACK moves one step towards the start.
STEP_ORDER: tuple[VisitState, ...] = (
    S.CARD_PLACED, S.PIN_VERIFIED, S.IDENTIFIED, S.EVENT_ANSWERED,
    S.PROCEDURES_CHOSEN, S.FORMS_REVIEWED,
)
# Once submitted, the drafts belong to the supervisor: no going back, no cancel.
FROZEN = frozenset({S.SUBMITTED, S.APPROVED, S.PRINTED, S.CANCELLED})


@dataclass(frozen=True)
class GuardFacts:
    """What the guards need to know about a visit, computed by the service."""
    has_card_data: bool = False
    has_candidate: bool = False
    selected_procedures: int = 0
    blocking_issues: int = 0
    approval_required: bool = False
    approval_available: bool = False


class WorkflowError(DomainError):
    """An action that the current state or a guard forbids (the page offered what the
    workflow does not allow: a programming error, shown as such)."""

    code = "workflow_refused"
    details = ("guard",)


def _guard(state: VisitState, action: VisitAction, facts: GuardFacts) -> bool:
    if action is A.READ_CARD:
        return facts.has_card_data
    if action is A.CONFIRM_RESIDENT:
        return facts.has_candidate
    if action is A.CHOOSE_PROCEDURES:
        return facts.selected_procedures > 0
    if action is A.REVIEW_FORMS:
        return facts.blocking_issues == 0
    if action is A.SUBMIT:
        return facts.approval_available
    if action is A.PRINT and state is S.FORMS_REVIEWED:
        return not facts.approval_required
    return True


def next_state(state: VisitState, action: VisitAction, facts: GuardFacts) -> VisitState:
    if action is A.BACK:
        if state in FROZEN or state not in STEP_ORDER or state is STEP_ORDER[0]:
            raise WorkflowError(action="back", state=state.value)
        return STEP_ORDER[STEP_ORDER.index(state) - 1]
    if action is A.CANCEL:
        if state in FROZEN:
            raise WorkflowError(action="cancel", state=state.value)
        return S.CANCELLED
    target = TRANSITIONS.get((state, action))
    if target is None:
        raise WorkflowError(action=action.value, state=state.value)
    if not _guard(state, action, facts):
        raise WorkflowError("guard", action=action.value, state=state.value)
    return target


def allowed_actions(state: VisitState, facts: GuardFacts) -> frozenset[VisitAction]:
    allowed = {a for (s, a) in TRANSITIONS if s is state and _guard(state, a, facts)}
    if state in STEP_ORDER and state is not STEP_ORDER[0]:
        allowed.add(A.BACK)
    if state not in FROZEN:
        allowed.add(A.CANCEL)
    return frozenset(allowed)


def step_index(state: VisitState) -> int:
    """Which clerk page shows this state (frozen states show the last page)."""
    if state in STEP_ORDER:
        return STEP_ORDER.index(state)
    return len(STEP_ORDER) - 1
