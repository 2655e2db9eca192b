"""Roles and the permission matrix, kept as data.

The matrix is the one place that says who may do what; services ask
`is_permitted(role, action)` and widgets ask the services, never the role.
"""
from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    CLERK = "clerk"                  # 窓口職員
    SUPERVISOR = "supervisor"        # 審査・決裁者
    TRAINER = "trainer"              # 研修担当
    ADMINISTRATOR = "administrator"  # 管理者

    @property
    def label_ja(self) -> str:
        return ROLE_LABELS_JA[self]


ROLE_LABELS_JA = {
    Role.CLERK: "窓口職員",
    Role.SUPERVISOR: "審査者",
    Role.TRAINER: "研修担当",
    Role.ADMINISTRATOR: "管理者",
}


class Action(str, Enum):
    READ_CARD = "read_card"
    VIEW_RECORD = "view_record"
    REVEAL_MY_NUMBER = "reveal_my_number"
    EDIT_DRAFT = "edit_draft"
    SUBMIT = "submit"
    APPROVE = "approve"
    REJECT = "reject"
    VIEW_APPROVAL_QUEUE = "view_approval_queue"
    PRINT_FINAL = "print_final"
    EXPORT_AUDIT = "export_audit"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    USE_TRAINER_PANEL = "use_trainer_panel"
    # records exchange (issue 12)
    IMPORT_RECORDS = "import_records"        # resident export and My Number link in, own export out
    DECIDE_DUPLICATES = "decide_duplicates"  # 名寄せ: review pairs, same / different person
    EXPORT_HANDOVER = "export_handover"      # approved visits to the back office


_C, _S, _T, _A = Role.CLERK, Role.SUPERVISOR, Role.TRAINER, Role.ADMINISTRATOR

# Why these cells: supervisors also serve at the counter, so they hold every
# clerk right; trainers run the counter flow in demo mode (plus the trainer
# panel) but never approve; the administrator manages accounts, settings and
# audit export and deliberately does NOT touch residents' data (separation of
# duties for 特定個人情報).
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.READ_CARD: frozenset({_C, _S, _T}),
    Action.VIEW_RECORD: frozenset({_C, _S, _T}),
    Action.REVEAL_MY_NUMBER: frozenset({_C, _S}),
    Action.EDIT_DRAFT: frozenset({_C, _S, _T}),
    Action.SUBMIT: frozenset({_C, _S, _T}),
    Action.APPROVE: frozenset({_S}),
    Action.REJECT: frozenset({_S}),
    Action.VIEW_APPROVAL_QUEUE: frozenset({_S}),
    Action.PRINT_FINAL: frozenset({_C, _S, _T}),
    Action.EXPORT_AUDIT: frozenset({_S, _A}),
    Action.MANAGE_USERS: frozenset({_A}),
    Action.MANAGE_SETTINGS: frozenset({_A}),
    Action.USE_TRAINER_PANEL: frozenset({_T}),
    # The city's IT staff (administrator) load the records without seeing a resident's
    # values (the import shows 宛名番号 and column names only); 名寄せ shows names and is a
    # supervisor's judgement; the handover goes out from either (My Numbers only in a
    # supervisor's export, see app.records.handover).
    Action.IMPORT_RECORDS: frozenset({_A}),
    Action.DECIDE_DUPLICATES: frozenset({_S}),
    Action.EXPORT_HANDOVER: frozenset({_S, _A}),
}


def is_permitted(role: Role | str, action: Action | str) -> bool:
    return Role(role) in PERMISSIONS[Action(action)]


def permitted_actions(role: Role | str) -> frozenset[Action]:
    role = Role(role)
    return frozenset(a for a, roles in PERMISSIONS.items() if role in roles)
