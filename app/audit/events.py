"""Audit actions and the rule that keeps personal data out of the log.

Entries hold ids and codes only. A detail value is an int, a bool, None or a
short ASCII code; any 12-digit run (a My Number, even split by spaces or
hyphens, or in full-width digits) is refused outright.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from domain.errors import DomainError
from app.privacy.my_number import contains_twelve_digit_run  # noqa: F401  (re-exported)


class AuditAction(str, Enum):
    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    SIGN_IN_FAILED = "sign_in_failed"
    ACCOUNT_LOCKED = "account_locked"
    SCREEN_LOCKED = "screen_locked"
    SCREEN_UNLOCKED = "screen_unlocked"
    VISIT_STARTED = "visit_started"
    CARD_READ = "card_read"
    MY_NUMBER_REVEALED = "my_number_revealed"
    RECORD_VIEWED = "record_viewed"
    DRAFT_EDITED = "draft_edited"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    PRINTED = "printed"
    EXPORTED = "exported"
    USER_CREATED = "user_created"
    USER_DISABLED = "user_disabled"
    PASSWORD_CHANGED = "password_changed"
    PASSWORD_RESET = "password_reset"
    SETTING_CHANGED = "setting_changed"
    DEMO_RESET = "demo_reset"
    USER_ENABLED = "user_enabled"
    ROLE_CHANGED = "role_changed"
    SENT_BACK = "sent_back"                    # a stuck visit returned to its clerk
    CHAIN_HEAD_REPAIRED = "chain_head_repaired"
    KEYS_ROTATED = "keys_rotated"
    # records exchange (issue 12): counts, file digests and ids only, never names
    RECORDS_IMPORTED = "records_imported"
    RECORDS_MARKED_MISSING = "records_marked_missing"
    MY_NUMBERS_IMPORTED = "my_numbers_imported"
    RECORDS_EXPORTED = "records_exported"
    DUPLICATE_DECIDED = "duplicate_decided"
    DUPLICATE_DECISION_REVOKED = "duplicate_decision_revoked"
    HANDOVER_EXPORTED = "handover_exported"


class AuditDetailError(DomainError):
    """A caller tried to put personal data (or free text) in the log: a programming error
    caught before anything is written. `data["what"]` names the field."""

    code = "audit_detail_refused"
    details = ("digit_run", "not_a_code", "not_an_id")


_CODE = re.compile(r"^[A-Za-z0-9_.:@/+-]{0,64}$")


def check_code(value: str, what: str) -> str:
    if contains_twelve_digit_run(value):
        raise AuditDetailError("digit_run", what=what)
    if not _CODE.match(value):
        raise AuditDetailError("not_a_code", what=what)
    return value


def check_details(details: dict) -> dict:
    clean = {}
    for key, value in details.items():
        check_code(str(key), "detail key")
        if isinstance(value, bool) or value is None:
            clean[key] = value
        elif isinstance(value, int):
            check_code(str(value), f"detail {key}")
            clean[key] = value
        elif isinstance(value, str):
            clean[key] = check_code(value, f"detail {key}")
        else:
            raise AuditDetailError("not_an_id", what=f"detail {key}", type=type(value).__name__)
    return clean


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    occurred_at: str      # ISO 8601 UTC, e.g. 2026-11-22T05:01:02.123456Z
    staff_id: int | None
    role: str
    workstation: str
    action: str
    object_type: str
    object_ids: str       # comma-separated ids
    details: dict
    prev_hash: str
    entry_hash: str
