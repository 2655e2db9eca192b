"""Immutable views of approval requests for the queue and review pages."""
from __future__ import annotations

from dataclasses import dataclass
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


def freeze(value: Any) -> Any:
    """Deep read-only copy of JSON data (dicts → mappingproxy, lists → tuples)."""
    if isinstance(value, dict):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value
