"""The visit workflow table and guards, without Qt or a database."""
import pytest

from app.visit.workflow import (STEP_ORDER, TRANSITIONS, GuardFacts, VisitAction, VisitState,
                                WorkflowError, allowed_actions, next_state, step_index)

A, S = VisitAction, VisitState


def test_happy_path_reaches_printed():
    facts = GuardFacts(has_card_data=True, has_candidate=True,
                       selected_procedures=2)
    state = S.CARD_PLACED
    for action in (A.READ_CARD, A.CONFIRM_RESIDENT, A.ANSWER_EVENT, A.CHOOSE_PROCEDURES,
                   A.REVIEW_FORMS, A.PRINT):
        state = next_state(state, action, facts)
    assert state is S.PRINTED


@pytest.mark.parametrize("action,facts", [
    (A.READ_CARD, GuardFacts(has_card_data=False)),
])
def test_read_card_needs_card_data(action, facts):
    with pytest.raises(WorkflowError):
        next_state(S.CARD_PLACED, action, facts)
    assert action not in allowed_actions(S.CARD_PLACED, facts)


def test_review_blocked_by_validation_errors():
    facts = GuardFacts(blocking_issues=1)
    assert A.REVIEW_FORMS not in allowed_actions(S.PROCEDURES_CHOSEN, facts)
    assert A.REVIEW_FORMS in allowed_actions(S.PROCEDURES_CHOSEN, GuardFacts())


def test_print_needs_approval_when_the_office_requires_it():
    required = GuardFacts(approval_required=True, approval_available=True)
    assert A.PRINT not in allowed_actions(S.FORMS_REVIEWED, required)
    assert A.SUBMIT in allowed_actions(S.FORMS_REVIEWED, required)
    approved = next_state(next_state(S.FORMS_REVIEWED, A.SUBMIT, required), A.APPROVE, required)
    assert A.PRINT in allowed_actions(approved, required)


def test_submit_needs_an_approval_service():
    assert A.SUBMIT not in allowed_actions(S.FORMS_REVIEWED, GuardFacts())


def test_back_walks_the_steps_and_stops_at_submission():
    assert next_state(S.IDENTIFIED, A.BACK, GuardFacts()) is S.PIN_VERIFIED
    assert A.BACK not in allowed_actions(S.CARD_PLACED, GuardFacts())
    for frozen in (S.SUBMITTED, S.APPROVED, S.PRINTED):
        assert A.BACK not in allowed_actions(frozen, GuardFacts())
        assert A.CANCEL not in allowed_actions(frozen, GuardFacts())
        with pytest.raises(WorkflowError):
            next_state(frozen, A.BACK, GuardFacts())


def test_every_transition_target_has_a_page():
    for target in TRANSITIONS.values():
        assert 0 <= step_index(target) < len(STEP_ORDER)
