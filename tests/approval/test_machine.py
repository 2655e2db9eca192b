"""The approval state machine without a database: table and guards."""
from app.error_catalog import message_of
import itertools

import pytest

from app.approval.machine import (TRANSITIONS, ApprovalRefusedError, ApprovalState as St,
                                  GuardInput, Refusal, Transition as Tr, next_state, refusal_for)
from app.identity.actor import Actor

CLERK = Actor(1, "c", "clerk", "ws")
SUPER = Actor(2, "s", "supervisor", "ws")
OTHER_SUPER = Actor(3, "s2", "supervisor", "ws")
TRAINER = Actor(4, "t", "trainer", "ws")
ADMIN = Actor(5, "a", "administrator", "ws")
SYSTEM = Actor.system("ws")

EXPECTED_TABLE = {
    (St.DRAFT, Tr.SUBMIT): St.SUBMITTED,
    (St.REJECTED, Tr.RESUBMIT): St.SUBMITTED,
    (St.SUBMITTED, Tr.APPROVE): St.APPROVED,
    (St.SUBMITTED, Tr.REJECT): St.REJECTED,
}


def g(state, submitted_by=1, comment="ok", required=False):
    return GuardInput(state, submitted_by, comment, required)


def test_transition_table_is_exactly_the_designed_one():
    assert TRANSITIONS == EXPECTED_TABLE


@pytest.mark.parametrize("state,transition", list(itertools.product(St, Tr)))
def test_every_state_transition_pair(state, transition):
    actor = SUPER if transition in (Tr.APPROVE, Tr.REJECT) else CLERK
    guard = g(state, submitted_by=CLERK.staff_id)
    if (state, transition) in EXPECTED_TABLE:
        assert next_state(actor, transition, guard) is EXPECTED_TABLE[(state, transition)]
    else:
        with pytest.raises(ApprovalRefusedError) as err:
            next_state(actor, transition, guard)
        assert err.value.refusal is Refusal.NOT_ALLOWED_FROM_STATE


def test_approved_is_frozen():
    for transition in Tr:
        assert refusal_for(SUPER, transition, g(St.APPROVED, 1)) is Refusal.NOT_ALLOWED_FROM_STATE


def test_nobody_decides_their_own_submission():
    own = g(St.SUBMITTED, submitted_by=SUPER.staff_id)
    assert refusal_for(SUPER, Tr.APPROVE, own) is Refusal.OWN_SUBMISSION
    assert refusal_for(SUPER, Tr.REJECT, own) is Refusal.OWN_SUBMISSION
    assert refusal_for(OTHER_SUPER, Tr.APPROVE, own) is None


@pytest.mark.parametrize("actor", [CLERK, TRAINER, ADMIN, SYSTEM])
def test_only_supervisors_decide(actor):
    for transition in (Tr.APPROVE, Tr.REJECT):
        assert refusal_for(actor, transition, g(St.SUBMITTED, 99)) is Refusal.ROLE


@pytest.mark.parametrize("actor", [ADMIN, SYSTEM])
def test_administrators_and_the_cli_do_not_submit(actor):
    assert refusal_for(actor, Tr.SUBMIT, g(St.DRAFT, None)) is Refusal.ROLE


@pytest.mark.parametrize("comment", ["", "   ", "\n"])
def test_rejection_needs_a_comment(comment):
    assert refusal_for(SUPER, Tr.REJECT, g(St.SUBMITTED, 1, comment)) is Refusal.COMMENT_REQUIRED
    assert refusal_for(SUPER, Tr.REJECT, g(St.SUBMITTED, 1, "住所の方書が違います")) is None


def test_approval_comment_optional_unless_the_office_requires_it():
    assert refusal_for(SUPER, Tr.APPROVE, g(St.SUBMITTED, 1, "")) is None
    assert refusal_for(SUPER, Tr.APPROVE, g(St.SUBMITTED, 1, "", True)) is Refusal.COMMENT_REQUIRED


def test_comment_unknown_means_could_be_allowed():
    """allowed_actions asks with comment=None: the button is enabled, the
    comment is checked when the supervisor actually decides."""
    assert refusal_for(SUPER, Tr.REJECT, g(St.SUBMITTED, 1, None)) is None


def test_refusals_have_japanese_messages():
    for refusal in Refusal:
        assert message_of(ApprovalRefusedError(refusal, Tr.APPROVE)).endswith("。")
