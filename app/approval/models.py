"""Immutable views of approval requests for the queue and review pages."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from types import MappingProxyType
from typing import Any, Mapping

from domain.errors import DomainError
from app.approval.machine import ApprovalState


class ApprovalNotFoundError(DomainError):
    """No approval request exists for this visit (it was never submitted)."""

    code = "approval_not_found"


class ApprovalUiAction(str, Enum):
    """What a widget may offer for one visit (allowed_actions)."""
    EDIT = "edit"
    SUBMIT = "submit"
    RESUBMIT = "resubmit"
    APPROVE = "approve"
    REJECT = "reject"
    PRINT_FINAL = "print_final"


@dataclass(frozen=True)
class ApprovalHistoryItem:
    transition: str
    actor_id: int
    at: datetime
    comment: str


@dataclass(frozen=True)
class ApprovalRequest:
    visit_id: str
    state: ApprovalState
    revision: int
    submitted_by: int
    submitted_at: datetime
    decided_by: int | None
    decided_at: datetime | None
    comment: str
    # The caller's snapshot (forms, values, provenance, changes from pre-fill),
    # read-only: approved drafts are frozen.
    snapshot: Mapping[str, Any]
    history: tuple[ApprovalHistoryItem, ...]


@dataclass(frozen=True)
class QueueItem:
    visit_id: str
    revision: int
    submitted_by: int
    submitted_at: datetime
    can_decide: bool   # False for the viewer's own submissions
    resident_name: str = field(default="", repr=False)   # from the (encrypted) snapshot
    resident_name_masked: str = ""                       # 山田 ＊＊: for shared or locked screens
    event: str = ""                                      # life-event code
    event_title: str = ""                                # 転入, 出生 …
    workstation: str = ""                                # the counter that submitted
    submitted_by_name: str = ""
    waiting_seconds: int = 0                             # since this revision was submitted


@dataclass(frozen=True)
class DecisionNotice:
    """A decision on one of the clerk's requests that the clerk has not acknowledged."""
    visit_id: str
    revision: int
    state: ApprovalState          # approved | rejected
    decided_by_name: str
    decided_at: datetime
    comment: str                  # the rejection comment (where the fix is needed)
    event: str = ""
    resident_name_masked: str = ""


@dataclass(frozen=True)
class FieldChange:
    form_id: str
    form_title: str
    key: str
    label: str
    before: Any          # None: the field (or form) did not exist in the old revision
    after: Any           # None: the field (or form) is gone in the new revision


@dataclass(frozen=True)
class SnapshotDiff:
    visit_id: str
    old_revision: int
    new_revision: int
    changes: tuple[FieldChange, ...]
    forms_added: tuple[str, ...] = ()
    forms_removed: tuple[str, ...] = ()
    procedures_added: tuple[str, ...] = ()
    procedures_removed: tuple[str, ...] = ()


def freeze(value: Any) -> Any:
    """Deep read-only copy of JSON data (dicts → mappingproxy, lists → tuples)."""
    if isinstance(value, dict):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value
