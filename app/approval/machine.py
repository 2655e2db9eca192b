"""States, the transition table and its guards.

    draft ──submit──► submitted ──approve──► approved (frozen)
                          │
                          └──reject──► rejected ──resubmit──► submitted

"resubmitted" is the `resubmit` transition, not a separate state: the request
goes back to `submitted` with its revision number raised, so the queue needs
one state to look at. Guards take plain values so they test without a DB.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from domain.errors import DomainError
from app.identity.actor import Actor
from app.identity.roles import Action, is_permitted


class ApprovalState(str, Enum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"


class Transition(str, Enum):
    SUBMIT = "submit"
    RESUBMIT = "resubmit"
    APPROVE = "approve"
    REJECT = "reject"


# (from state, transition) -> to state. Anything absent is refused; approved
# has no outgoing transition, which is what "frozen" means.
TRANSITIONS: dict[tuple[ApprovalState, Transition], ApprovalState] = {
    (ApprovalState.DRAFT, Transition.SUBMIT): ApprovalState.SUBMITTED,
    (ApprovalState.REJECTED, Transition.RESUBMIT): ApprovalState.SUBMITTED,
    (ApprovalState.SUBMITTED, Transition.APPROVE): ApprovalState.APPROVED,
    (ApprovalState.SUBMITTED, Transition.REJECT): ApprovalState.REJECTED,
}

# The role permission each transition needs.
REQUIRED_PERMISSION = {
    Transition.SUBMIT: Action.SUBMIT,
    Transition.RESUBMIT: Action.SUBMIT,
    Transition.APPROVE: Action.APPROVE,
    Transition.REJECT: Action.REJECT,
}

# States in which the clerk may still edit the drafts.
EDITABLE_STATES = frozenset({ApprovalState.DRAFT, ApprovalState.REJECTED})


class Refusal(str, Enum):
    """Why a transition is refused — a code the UI maps to Japanese text."""
    NOT_ALLOWED_FROM_STATE = "not_allowed_from_state"
    ROLE = "role"
    OWN_SUBMISSION = "own_submission"
    COMMENT_REQUIRED = "comment_required"


class ApprovalRefusedError(DomainError):
    """A guard refused the transition; the refusal is the detail."""

    code = "approval_refused"
    details = tuple(r.value for r in Refusal)

    def __init__(self, refusal: Refusal, transition: Transition):
        super().__init__(refusal.value, transition=transition.value)
        self.refusal = refusal
        self.transition = transition


@dataclass(frozen=True)
class GuardInput:
    state: ApprovalState
    submitted_by: int | None   # None while still a draft
    comment: str | None        # None when asking "could this be allowed?"
    approval_comment_required: bool


def refusal_for(actor: Actor, transition: Transition, g: GuardInput) -> Refusal | None:
    """The first guard that fails, or None when the transition is allowed.

    With `comment=None` the comment guard is skipped: that is how
    allowed_actions asks whether a button should be enabled at all.
    """
    if (g.state, transition) not in TRANSITIONS:
        return Refusal.NOT_ALLOWED_FROM_STATE
    if actor.is_system or not is_permitted(actor.role, REQUIRED_PERMISSION[transition]):
        return Refusal.ROLE
    if transition in (Transition.APPROVE, Transition.REJECT) and actor.staff_id == g.submitted_by:
        return Refusal.OWN_SUBMISSION
    if g.comment is not None and _needs_comment(transition, g) and not g.comment.strip():
        return Refusal.COMMENT_REQUIRED
    return None


def _needs_comment(transition: Transition, g: GuardInput) -> bool:
    return transition is Transition.REJECT or (
        transition is Transition.APPROVE and g.approval_comment_required)


def next_state(actor: Actor, transition: Transition, g: GuardInput) -> ApprovalState:
    refusal = refusal_for(actor, transition, g)
    if refusal is not None:
        raise ApprovalRefusedError(refusal, transition)
    return TRANSITIONS[(g.state, transition)]
