"""VisitService: the visit flow the counter window drives, one call per clerk action.

Every call takes the current VisitRecord, checks the workflow, returns the new
record and saves it — so the clerk's work survives a crash at any step. Calls that
may be slow (lookup, rendering) are run off the GUI thread by the widgets.
"""
from __future__ import annotations

import base64
import re
import secrets
from dataclasses import replace
from datetime import date
from typing import Callable

from domain.errors import DomainError
from app.visit.clerk_changes import (carry_clerk_edits, coerce_typed, field_value,
                                      merge_clerk_changes, unmark_if_prefilled)
from app.visit.context import RegistryContextPort, build_prefill_context
from app.visit.model import (CardReading, FormDraft, HouseholdMember, ProcedureChoice, Question,
                             ResidentCandidate, VisitSummary)
from app.visit.ports import (ApprovalPort, AuditPort, FormsPort, NullAudit, ProcedureRulesPort,
                             ResidentLookupPort, StaffIdentity, VisitStorePort)
from app.visit.record import VisitRecord
from app.visit.workflow import (STEP_ORDER, GuardFacts, VisitAction, VisitState, allowed_actions,
                                next_state)

A, S = VisitAction, VisitState


class VisitRuleError(DomainError):
    """A clerk action the visit rules refuse; `detail` says which rule."""

    code = "visit_rule"
    details = ("not_a_candidate", "member_name_required", "event_required", "reason_required",
               "unknown_procedure", "procedure_required", "not_editable", "comment_required")


class VisitService:
    def __init__(self, repository: VisitStorePort, lookup: ResidentLookupPort,
                 rules: ProcedureRulesPort, forms: FormsPort, *, audit: AuditPort | None = None,
                 approval: ApprovalPort | None = None,
                 registry: RegistryContextPort | None = None,
                 today: Callable[[], date] = date.today,
                 authorize: Callable[[str], object] | None = None) -> None:
        # The authorisation hook: `authorize(action)` (an app.identity.roles.Action value)
        # raises PermissionDeniedError unless the signed-in person's STORED account may
        # do it now (app.visit.staff_adapter.CounterAuthorization.require).
        self._authorize = authorize or (lambda action: None)
        self._repo = repository
        self._lookup = lookup
        self._rules = rules
        self._forms = forms
        self._audit = audit or NullAudit()
        self._approval = approval
        self._registry = registry
        self._today = today

    # --- workflow ---
    def guard_facts(self, visit: VisitRecord) -> GuardFacts:
        return GuardFacts(
            has_card_data=visit.card is not None,
            has_candidate=bool(visit.candidates),
            selected_procedures=len(visit.selected_procedures),
            blocking_issues=sum(len(d.blocking_issues) for d in visit.drafts),
            approval_required=self._approval is not None and self._approval.required(),
            approval_available=self._approval is not None)

    def allowed_actions(self, visit: VisitRecord) -> frozenset[VisitAction]:
        return allowed_actions(visit.state, self.guard_facts(visit))

    def _move(self, visit: VisitRecord, action: VisitAction, **changes) -> VisitRecord:
        changed = visit.evolve(**changes)
        target = next_state(visit.state, action, self.guard_facts(changed))
        result = replace(changed, state=target)
        self._repo.save(result)
        return result

    def _keep(self, visit: VisitRecord, **changes) -> VisitRecord:
        result = visit.evolve(**changes)
        self._repo.save(result)
        return result

    # --- start, card, identification ---
    def start_visit(self, staff_id: str) -> VisitRecord:
        visit = VisitRecord(visit_id=new_visit_id(), staff_id=staff_id, state=S.CARD_PLACED)
        self._repo.save(visit)
        self._audit.record("visit_started", staff_id=staff_id, object_id=visit.visit_id)
        return visit

    def apply_card_read(self, visit: VisitRecord, reading: CardReading) -> VisitRecord:
        """Card data arrived (PIN verified): identify by My Number, else by the 4 items."""
        self._audit.record("card_read", staff_id=visit.staff_id, object_id=visit.visit_id)
        candidates = self._identify(reading)
        return self._move(visit, A.READ_CARD, card=reading, card_present=True,
                          card_skipped=False, candidates=tuple(candidates))

    def _identify(self, reading: CardReading) -> list[ResidentCandidate]:
        if reading.my_number:
            hits = self._lookup.by_my_number(reading.my_number)
            if hits:
                return [replace(hit, matched_by_my_number=True) for hit in hits]
        return list(self._lookup.by_four_items(reading.name, reading.address,
                                               reading.birth_date, reading.sex_code))

    def skip_card(self, visit: VisitRecord) -> VisitRecord:
        """Continue without the card (no card, locked PIN): the clerk searches by hand."""
        return self._move(visit, A.SKIP_CARD, card=None, card_skipped=True, candidates=())

    def search(self, visit: VisitRecord, name: str, address: str, birth_date: str,
               sex_code: str) -> VisitRecord:
        found = self._lookup.by_four_items(name, address, birth_date, sex_code)
        return self._keep(visit, candidates=tuple(found))

    def card_removed(self, visit: VisitRecord) -> VisitRecord:
        """The card left the reader: its data goes unless the identity is already confirmed."""
        if visit.identity_confirmed or visit.state not in STEP_ORDER[:2]:
            return self._keep(visit, card_present=False)
        return self._keep(visit, state=S.CARD_PLACED, card=None, card_present=False,
                          candidates=() if not visit.card_skipped else visit.candidates)

    def confirm_resident(self, visit: VisitRecord, resident_id: str) -> VisitRecord:
        chosen = next((c for c in visit.candidates if c.resident_id == resident_id), None)
        if chosen is None:
            raise VisitRuleError("not_a_candidate")
        self._audit.record("record_viewed", staff_id=visit.staff_id,
                           object_id=chosen.audit_id or resident_id)
        return self._move(visit, A.CONFIRM_RESIDENT, resident=chosen, new_resident=False)

    def choose_new_resident(self, visit: VisitRecord) -> VisitRecord:
        """Not in the registry: the 転入 path, pre-filled from the card."""
        return self._move(visit, A.NEW_RESIDENT, resident=None, new_resident=True)

    # --- life event ---
    def events(self) -> list[tuple[str, str]]:
        return self._rules.events()

    def questions(self, event: str) -> list[Question]:
        return self._rules.questions(event)

    def add_member(self, visit: VisitRecord, name: str, relationship: str, birth_date: str,
                   sex_code: str = "", kana: str = "") -> VisitRecord:
        if not name.strip():
            raise VisitRuleError("member_name_required")
        member = HouseholdMember(member_id=f"added-{len(visit.added_members) + 1}", name=name,
                                 relationship=relationship, birth_date=birth_date,
                                 sex_code=sex_code, kana=kana)
        return self._keep(visit, added_members=visit.added_members + (member,),
                          concerned_member_ids=visit.concerned_member_ids + (member.member_id,))

    def answer_event(self, visit: VisitRecord, event: str, answers: dict,
                     concerned_member_ids: tuple[str, ...] = ()) -> VisitRecord:
        if event not in {code for code, _ in self._rules.events()}:
            raise VisitRuleError("event_required")
        changed = visit.evolve(event=event, answers=dict(answers),
                               concerned_member_ids=tuple(concerned_member_ids))
        suggested = self._rules.procedures(event, self.context(changed))
        procedures = merge_clerk_changes(suggested, visit.procedures)
        return self._move(changed, A.ANSWER_EVENT, procedures=tuple(procedures))

    # --- procedures ---
    def catalogue(self) -> list[ProcedureChoice]:
        return self._rules.catalogue()

    def add_procedure(self, visit: VisitRecord, code: str, reason: str) -> VisitRecord:
        if not reason.strip():
            raise VisitRuleError("reason_required")
        existing = {p.code for p in visit.procedures}
        if code in existing:
            return self.set_procedure_selected(visit, code, True, reason)
        template = next((p for p in self._rules.catalogue() if p.code == code), None)
        if template is None:
            raise VisitRuleError("unknown_procedure", procedure=code)
        added = replace(template, selected=True, source="clerk", clerk_reason=reason.strip(),
                        reason=reason.strip(), subjects=template.subjects or (0,))
        return self._keep(visit, procedures=visit.procedures + (added,))

    @staticmethod
    def change_needs_reason(visit: VisitRecord, code: str, selected: bool) -> bool:
        """Ticking a rule's procedure back on needs no reason; any departure from the rules does."""
        current = next(p for p in visit.procedures if p.code == code)
        return not (current.source == "rule" and selected)

    def set_procedure_selected(self, visit: VisitRecord, code: str, selected: bool,
                               reason: str) -> VisitRecord:
        current = next(p for p in visit.procedures if p.code == code)
        back_to_rule = not self.change_needs_reason(visit, code, selected)
        if not back_to_rule and not reason.strip():
            raise VisitRuleError("reason_required")
        updated = replace(current, selected=selected,
                          clerk_reason="" if back_to_rule else reason.strip())
        return self._keep(visit, procedures=tuple(updated if p.code == code else p
                                                  for p in visit.procedures))

    def choose_procedures(self, visit: VisitRecord) -> VisitRecord:
        """Build (or refresh) one pre-filled draft per form; the clerk's edits are kept."""
        if not visit.selected_procedures:
            raise VisitRuleError("procedure_required")
        drafts = self._build_drafts(visit)
        return self._move(visit, A.CHOOSE_PROCEDURES, drafts=tuple(drafts))

    def context(self, visit: VisitRecord) -> dict:
        """The flat pre-fill context (registry read fresh for the confirmed resident)."""
        registry = None
        if self._registry is not None and visit.resident is not None:
            registry = self._registry.registry(visit.resident.resident_id)
        return build_prefill_context(visit, self._today(), registry)

    def _build_drafts(self, visit: VisitRecord) -> list[FormDraft]:
        context = self.context(visit)
        old = {d.draft_id: d for d in visit.drafts}
        drafts = []
        for draft in self._forms.build_drafts(visit.event, context, list(visit.selected_procedures)):
            if draft.draft_id in old:
                draft = carry_clerk_edits(draft, old[draft.draft_id])
            drafts.append(self._validated(draft, context))
        return drafts

    # --- drafts ---
    def edit_draft(self, visit: VisitRecord, draft_id: str, key: str, value) -> VisitRecord:
        if visit.state is not S.PROCEDURES_CHOSEN:
            raise VisitRuleError("not_editable")
        current = visit.draft(draft_id)
        draft = current.with_value(key, coerce_typed(field_value(current, key), value),
                                   provenance="clerk")
        draft = self._validated(unmark_if_prefilled(draft, key), self.context(visit))
        self._audit.record("draft_edited", staff_id=visit.staff_id, object_id=visit.visit_id,
                           detail=f"{current.form_id}.{key}")
        return self._move(visit, A.EDIT_DRAFT, drafts=tuple(
            draft if d.draft_id == draft_id else d for d in visit.drafts))

    def _validated(self, draft: FormDraft, context: dict) -> FormDraft:
        return replace(draft, issues=tuple(self._forms.validate(draft, context)))

    def review_forms(self, visit: VisitRecord) -> VisitRecord:
        return self._move(visit, A.REVIEW_FORMS)

    def render_form_preview(self, visit: VisitRecord, draft_id: str,
                            watermark: str | None = None) -> bytes:
        return self._forms.render_form(visit.draft(draft_id), watermark=watermark)

    def render_packet(self, visit: VisitRecord, watermark: str | None = None) -> bytes:
        return self._forms.render_packet(visit.event, self.context(visit),
                                         list(visit.selected_procedures), list(visit.drafts),
                                         watermark=watermark)

    # --- approval and printing ---
    def submit(self, visit: VisitRecord) -> VisitRecord:
        """The approval port saves the visit in its submitted state together with the
        approval request and the audit entry (one transaction, ApprovalAdapter.submit):
        a crash can no longer leave a visit 提出済み in no queue."""
        self._authorize("submit")
        changed = visit.evolve()
        result = replace(changed, state=next_state(visit.state, A.SUBMIT,
                                                   self.guard_facts(changed)))
        self._approval.submit(result)
        return result

    def approve(self, visit: VisitRecord, approver: StaffIdentity, comment: str = "") -> VisitRecord:
        """A supervisor approves at this window (the approval service refuses self-approval)."""
        self._approval.approve(visit.visit_id, approver, comment)
        return self._move(visit, A.APPROVE)

    def reject(self, visit: VisitRecord, approver: StaffIdentity, comment: str) -> VisitRecord:
        if not comment.strip():
            raise VisitRuleError("comment_required")
        self._approval.reject(visit.visit_id, approver, comment.strip())
        return self._move(visit, A.REJECT, rejection_comment=comment.strip())

    def refresh_approval(self, visit: VisitRecord) -> VisitRecord:
        """A decision taken elsewhere (the supervisor's queue) moves this visit on."""
        if self._approval is None or visit.state is not S.SUBMITTED:
            return visit
        state = self._approval.state_of(visit.visit_id)
        if state == "approved":
            return self._move(visit, A.APPROVE)
        if state == "rejected":
            return self._move(visit, A.REJECT,
                              rejection_comment=self._approval.rejection_comment(visit.visit_id))
        return visit

    def mark_printed(self, visit: VisitRecord) -> VisitRecord:
        """The one print gate first: the STORED approval state (a rejected or undecided
        request never prints, whatever this record says); the audit entry is written with
        the save (AuditAdapter)."""
        self._authorize("print_final")
        next_state(visit.state, A.PRINT, self.guard_facts(visit))  # refused before anything is recorded
        if self._approval is not None:
            self._approval.check_print(visit)
        self._audit.record("printed", staff_id=visit.staff_id, object_id=visit.visit_id)
        return self._move(visit, A.PRINT)

    # --- navigation, resumption ---
    def back(self, visit: VisitRecord) -> VisitRecord:
        return self._move(visit, A.BACK)

    def cancel(self, visit: VisitRecord) -> VisitRecord:
        return self._move(visit, A.CANCEL)

    def open_visits(self, staff_id: str | None = None) -> list[VisitSummary]:
        return self._repo.list_open(staff_id)

    def resume(self, visit_id: str) -> VisitRecord:
        return self.refresh_approval(self._repo.get(visit_id))


_DIGIT_RUN = re.compile(r"\d(?:[\s-]?\d){11}")


def new_visit_id() -> str:
    """Random, and never 12 digits in a row: the audit log refuses anything that could be
    a My Number, and the visit id is written there."""
    while True:
        candidate = "v" + base64.b32encode(secrets.token_bytes(20)).decode("ascii").lower()
        if not _DIGIT_RUN.search(candidate):
            return candidate
