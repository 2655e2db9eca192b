"""The role matrix, every action × every role, against an expectation table
written out here independently of app.identity.roles."""
import pytest

from app.identity.roles import PERMISSIONS, Action, Role, is_permitted, permitted_actions

C, S, T, A = "clerk", "supervisor", "trainer", "administrator"
EXPECTED = {
    "read_card": {C, S, T},
    "view_record": {C, S, T},
    "reveal_my_number": {C, S},
    "edit_draft": {C, S, T},
    "submit": {C, S, T},
    "approve": {S},
    "reject": {S},
    "view_approval_queue": {S},
    "print_final": {C, S, T},
    "export_audit": {S, A},
    "manage_users": {A},
    "manage_settings": {A},
    "use_trainer_panel": {T},
    "import_records": {A},
    "decide_duplicates": {S},
    "export_handover": {S, A},
}


def test_every_action_has_an_expectation_and_a_matrix_row():
    assert set(EXPECTED) == {a.value for a in Action} == {a.value for a in PERMISSIONS}


@pytest.mark.parametrize("role", [r.value for r in Role])
@pytest.mark.parametrize("action", sorted(EXPECTED))
def test_matrix_cell(action, role):
    assert is_permitted(role, action) is (role in EXPECTED[action])


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_permitted_actions_is_the_row_of_the_matrix(role):
    assert {a.value for a in permitted_actions(role)} == {a for a, rs in EXPECTED.items() if role in rs}


def test_administrator_never_touches_residents_data():
    for action in ("read_card", "view_record", "reveal_my_number", "edit_draft", "approve"):
        assert not is_permitted("administrator", action)


def test_unknown_role_or_action_is_an_error():
    with pytest.raises(ValueError):
        is_permitted("janitor", "read_card")
    with pytest.raises(ValueError):
        is_permitted("clerk", "launch_rockets")
