"""What supervisors and clerks read about requests: the queue, the decisions a clerk has
not yet seen, one request, and the diff between two submitted revisions.

The snapshot is stored encrypted; the queue decrypts it for the resident's name (a few
dozen requests at most) so the list shows who is waiting, for what, at which counter.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app.approval.machine import ApprovalState
from app.approval.models import (ApprovalHistoryItem, ApprovalNotFoundError, ApprovalRequest,
                                 DecisionNotice, FieldChange, QueueItem, SnapshotDiff, freeze)
from app.storage.write_transaction import write_transaction
from app.identity.actor import Actor
from app.identity.authorization import AuthorizationService
from app.identity.roles import Action
from app.privacy.masking import mask_name
from app.settings.office import OfficeSettingsService
from app.storage.tables.approval import ApprovalEventRow, ApprovalRequestRow, ApprovalSnapshotRow
from app.storage.tables.staff import StaffAccountRow


class SnapshotCodec(Protocol):
    """How the snapshot text is stored; the privacy layer encrypts it
    (a snapshot may hold a 個人番号 field value)."""

    def encode(self, text: str) -> str: ...
    def decode(self, stored: str) -> str: ...


class PlainSnapshotCodec:
    def encode(self, text: str) -> str:
        return text

    def decode(self, stored: str) -> str:
        return stored


class ApprovalInbox:
    def __init__(self, session_factory: sessionmaker[Session], office: OfficeSettingsService,
                 codec: SnapshotCodec, authorization: AuthorizationService):
        self._sessions = session_factory
        self._office = office
        self._codec = codec
        self._authz = authorization

    # -- one request -------------------------------------------------------------
    def get(self, visit_id: str, actor: Actor | None = None) -> ApprovalRequest | None:
        """The request with its snapshot; pass the viewer to have the right checked."""
        if actor is not None:
            self._authz.require(actor, Action.VIEW_RECORD)
        with self._sessions() as session:
            row = session.get(ApprovalRequestRow, str(visit_id))
            return self._view(session, row) if row else None

    def state_of(self, visit_id: str) -> ApprovalState:
        with self._sessions() as session:
            row = session.get(ApprovalRequestRow, str(visit_id))
            return ApprovalState(row.state) if row else ApprovalState.DRAFT

    # -- the supervisors' queue ----------------------------------------------------
    def queue(self, actor: Actor, now: datetime | None = None) -> list[QueueItem]:
        """Submitted requests, oldest first: resident (and masked form), event, counter,
        who submitted, how long it has waited."""
        self._authz.require(actor, Action.VIEW_APPROVAL_QUEUE)
        from forms.procedure_rules import EVENT_TITLES

        now = now or datetime.now(timezone.utc)
        with self._sessions() as session:
            rows = session.execute(
                select(ApprovalRequestRow, StaffAccountRow.name)
                .join(StaffAccountRow, StaffAccountRow.id == ApprovalRequestRow.submitted_by)
                .where(ApprovalRequestRow.state == ApprovalState.SUBMITTED.value)
                .order_by(ApprovalRequestRow.submitted_at, ApprovalRequestRow.visit_id)).all()
            items = []
            for r, submitter in rows:
                name = _resident_name(self._snapshot(r.snapshot_json))
                items.append(QueueItem(
                    r.visit_id, r.revision, r.submitted_by, r.submitted_at,
                    can_decide=r.submitted_by != actor.staff_id, resident_name=name,
                    resident_name_masked=mask_name(name), event=r.event,
                    event_title=EVENT_TITLES.get(r.event, r.event), workstation=r.workstation,
                    submitted_by_name=submitter,
                    waiting_seconds=max(0, int((now - _aware(r.submitted_at)).total_seconds()))))
            return items

    # -- what changed since the clerk last looked ---------------------------------
    def unseen_decisions(self, actor: Actor) -> list[DecisionNotice]:
        """Decisions on this clerk's requests not yet acknowledged (mark_seen), oldest
        first — also those taken while the clerk was signed out. Poll every few seconds."""
        actor = self._authz.require(actor, Action.SUBMIT)
        decided = (ApprovalState.APPROVED.value, ApprovalState.REJECTED.value)
        with self._sessions() as session:
            rows = session.execute(
                select(ApprovalRequestRow, StaffAccountRow.name)
                .join(StaffAccountRow, StaffAccountRow.id == ApprovalRequestRow.decided_by)
                .where(ApprovalRequestRow.submitted_by == actor.staff_id,
                       ApprovalRequestRow.state.in_(decided),
                       ApprovalRequestRow.decision_seen_at.is_(None))
                .order_by(ApprovalRequestRow.decided_at)).all()
            return [DecisionNotice(r.visit_id, r.revision, ApprovalState(r.state), decider,
                                   _aware(r.decided_at), r.comment, r.event,
                                   mask_name(_resident_name(self._snapshot(r.snapshot_json))))
                    for r, decider in rows]

    def mark_seen(self, actor: Actor, visit_id: str, revision: int) -> None:
        """The clerk was told about this decision (only the submitter can acknowledge)."""
        actor = self._authz.require(actor, Action.SUBMIT)
        with write_transaction(self._sessions) as session:
            session.execute(update(ApprovalRequestRow)
                            .where(ApprovalRequestRow.visit_id == str(visit_id),
                                   ApprovalRequestRow.revision == revision,
                                   ApprovalRequestRow.submitted_by == actor.staff_id,
                                   ApprovalRequestRow.decided_at.is_not(None))
                            .values(decision_seen_at=datetime.now(timezone.utc)))

    # -- revisions ------------------------------------------------------------------
    def snapshot_of(self, actor: Actor, visit_id: str, revision: int) -> Any:
        """A submitted revision's snapshot (read-only)."""
        self._authz.require(actor, Action.VIEW_RECORD)
        with self._sessions() as session:
            row = session.get(ApprovalSnapshotRow, (str(visit_id), revision))
            if row is None:
                raise ApprovalNotFoundError(revision=revision)
            return freeze(self._snapshot(row.snapshot_json))

    def diff(self, actor: Actor, visit_id: str, old_revision: int | None = None,
             new_revision: int | None = None) -> SnapshotDiff:
        """What changed between two submissions (default: the latest against the one
        before). Sensitive values are compared in the masked form they were frozen in."""
        self._authz.require(actor, Action.VIEW_RECORD)
        with self._sessions() as session:
            request = self._row(session, visit_id)
            new_revision = new_revision or request.revision
            old_revision = old_revision or max(new_revision - 1, 1)
            old, new = (session.get(ApprovalSnapshotRow, (str(visit_id), rev))
                        for rev in (old_revision, new_revision))
            if old is None or new is None:
                raise ApprovalNotFoundError(revision=old_revision if old is None else new_revision)
            return diff_snapshots(str(visit_id), old_revision, new_revision,
                                  self._snapshot(old.snapshot_json), self._snapshot(new.snapshot_json))

    # -- internals ------------------------------------------------------------------
    @staticmethod
    def _row(session: Session, visit_id: str, lock: bool = False) -> ApprovalRequestRow:
        row = session.get(ApprovalRequestRow, str(visit_id), with_for_update=lock)
        if row is None:
            raise ApprovalNotFoundError()
        return row

    def _snapshot(self, stored: str) -> dict:
        return json.loads(self._codec.decode(stored))

    def _snapshot_procedures(self, row: ApprovalRequestRow | None) -> list[str] | None:
        if row is None:
            return None
        return procedure_codes(self._snapshot(row.snapshot_json))

    def _view(self, session: Session, row: ApprovalRequestRow) -> ApprovalRequest:
        events = session.execute(select(ApprovalEventRow)
                                 .where(ApprovalEventRow.visit_id == row.visit_id)
                                 .order_by(ApprovalEventRow.id)).scalars()
        history = tuple(ApprovalHistoryItem(e.transition, e.actor_id, e.at, e.comment) for e in events)
        return ApprovalRequest(row.visit_id, ApprovalState(row.state), row.revision, row.submitted_by,
                               row.submitted_at, row.decided_by, row.decided_at, row.comment,
                               freeze(self._snapshot(row.snapshot_json)), history)


def procedure_codes(snapshot: dict) -> list[str] | None:
    """The selected procedure codes frozen in a snapshot (None when it lists none)."""
    procedures = snapshot.get("procedures") if isinstance(snapshot, dict) else None
    if not procedures:
        return None
    return [p.get("code", "") for p in procedures if isinstance(p, dict) and p.get("selected", True)]


def diff_snapshots(visit_id: str, old_revision: int, new_revision: int, old: dict,
                   new: dict) -> SnapshotDiff:
    old_forms, new_forms = _forms(old), _forms(new)
    changes = []
    for form_id, (title, fields) in new_forms.items():
        before_fields = old_forms.get(form_id, ("", {}))[1]
        for key, (label, value) in fields.items():
            before = before_fields.get(key, (label, None))[1]
            if before != value:
                changes.append(FieldChange(form_id, title, key, label, before, value))
        for key, (label, value) in before_fields.items():
            if key not in fields:
                changes.append(FieldChange(form_id, title, key, label, value, None))
    old_codes, new_codes = set(procedure_codes(old) or ()), set(procedure_codes(new) or ())
    return SnapshotDiff(visit_id, old_revision, new_revision, tuple(changes),
                        tuple(f for f in new_forms if f not in old_forms),
                        tuple(f for f in old_forms if f not in new_forms),
                        tuple(sorted(new_codes - old_codes)), tuple(sorted(old_codes - new_codes)))


def _forms(snapshot: dict) -> dict[str, tuple[str, dict[str, tuple[str, Any]]]]:
    out = {}
    for form in snapshot.get("forms", ()) if isinstance(snapshot, dict) else ():
        form_id = form.get("draft_id") or form.get("form_id") or form.get("id") or ""
        out[form_id] = (form.get("title", ""),
                        {f.get("key", ""): (f.get("label", ""), f.get("value"))
                         for f in form.get("fields", ())})
    return out


def _resident_name(snapshot: dict) -> str:
    resident = snapshot.get("resident") if isinstance(snapshot, dict) else None
    return (resident or {}).get("name", "") if isinstance(resident, dict) else ""


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes even for timezone=True columns.
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
