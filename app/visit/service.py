"""VisitService: the visit flow the counter window drives, one call per clerk action.

Every call takes the current VisitRecord, checks the workflow, returns the new
record and saves it — so the clerk's work survives a crash at any step. Calls that
may be slow (lookup, rendering) are run off the GUI thread by the widgets.

The forms, the guide slip, the preview and the printout are all derived from the visit's
facts through the one pipeline in forms.packet; the plan of procedures is made when the
event is answered and kept with the visit, and printing renders the reviewed drafts.
"""
from __future__ import annotations

import base64
import re
import secrets
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Callable, Mapping

from domain.errors import DomainError
from forms.events import EVENTS, EventCode
from forms.facts import Facts, build_facts, editable_fact
from forms.packet import build_drafts, guide_slip
from forms.prefill import fact_key_for, fact_value
from forms.procedure_rules import catalog_procedure, plan, procedure_catalog
from forms.questions import AnswerIssue, EventQuestions, check_answers, questions_for
from forms.spec import load_spec

from app.visit.clerk_changes import change_needs_reason, coerce_typed, merge_clerk_changes
from app.visit.context import RegistryContextPort, build_visit_context
from app.visit.model import CardReading, ProcedureChoice, ResidentCandidate, VisitSummary
from app.visit.ports import (ApprovalPort, AuditPort, NullAudit, ResidentLookupPort, StaffIdentity,
                             VisitStorePort)
from app.visit.record import VisitRecord
from app.visit.workflow import (STEP_ORDER, GuardFacts, VisitAction, VisitState, allowed_actions,
                                next_state)

A, S = VisitAction, VisitState


class VisitRuleError(DomainError):
    """A clerk action the visit rules refuse; `detail` says which rule."""

    code = "visit_rule"
    details = ("not_a_candidate", "not_living", "member_name_required", "event_required", "reason_required",
               "unknown_procedure", "procedure_required", "not_editable", "comment_required")


class AnswersIncompleteError(DomainError):
    """The life-event page has answers missing or malformed; `issues` lists them (keys and
    codes only, never the values)."""

    code = "answers_incomplete"

    def __init__(self, issues: list[AnswerIssue]):
        super().__init__(count=len(issues), first=issues[0].key if issues else "")
        self.issues = tuple(issues)


@dataclass(frozen=True)
class EventPreview:
    """What the life-event page shows while the clerk asks: the procedures the answers so far
    lead to (questions only some procedures need appear with them) and what is still missing."""
    procedures: tuple[str, ...]
    issues: tuple[AnswerIssue, ...]
    deceased: str = ""          # 死亡: the member the registry records as deceased
    death_date: str = ""        # …and the date of death the registry records

    known: Mapping[str, Any] = None   # facts the page's question conditions may read

    def issues_key(self, key: str) -> bool:
        return any(i.key == key for i in self.issues)


class VisitService:
    def __init__(self, repository: VisitStorePort, lookup: ResidentLookupPort, *,
                 audit: AuditPort | None = None, approval: ApprovalPort | None = None,
                 registry: RegistryContextPort | None = None,
                 today: Callable[[], date] = date.today,
                 office: Mapping[str, Any] | None = None,
                 authorize: Callable[[str], object] | None = None) -> None:
        # The authorisation hook: `authorize(action)` (an app.identity.roles.Action value)
        # raises PermissionDeniedError unless the signed-in person's STORED account may
        # do it now (app.visit.staff_adapter.CounterAuthorization.require).
        self._authorize = authorize or (lambda action: None)
        self._repo = repository
        self._lookup = lookup
        self._audit = audit or NullAudit()
        self._approval = approval
        self._registry = registry
        self._today = today
        self._office = dict(office or {})

    # --- workflow ---
    def guard_facts(self, visit: VisitRecord) -> GuardFacts:
        return GuardFacts(
            has_card_data=visit.card is not None,
            has_candidate=bool(visit.candidates),
            selected_procedures=len(visit.selected_procedures),
            blocking_issues=sum(len(d.issues) for d in visit.drafts),
            # per visit: a 住民票の写し alone needs no approval (office setting
            # approval_exempt_procedures), so it prints without 決裁待ち
            approval_required=self._approval is not None and self._approval.required_for(visit),
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
        """A new visit starts clean: no event chosen, no answers, nothing of the last resident."""
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
        if not chosen.living:  # 死亡・転出・消除: never the person standing at the counter
            raise VisitRuleError("not_living")
        self._audit.record("record_viewed", staff_id=visit.staff_id,
                           object_id=chosen.audit_id or resident_id)
        return self._move(visit, A.CONFIRM_RESIDENT, resident=chosen, new_resident=False)

    def choose_new_resident(self, visit: VisitRecord) -> VisitRecord:
        """Not in the registry: the 転入 path, pre-filled from the card."""
        return self._move(visit, A.NEW_RESIDENT, resident=None, new_resident=True)

    # --- life event ---
    def events(self) -> list[EventCode]:
        return list(EVENTS)

    def questions(self, event: str | EventCode) -> EventQuestions:
        return questions_for(event)

    def _draft_visit(self, visit: VisitRecord, event, answers, concerned, added, about) -> VisitRecord:
        return visit.evolve(event=EventCode(event), answers=dict(answers),
                            concerned_member_ids=tuple(concerned),
                            added_people=tuple(_person_entry(p, i) for i, p in enumerate(added)),
                            about={k: dict(v) for k, v in (about or {}).items()})

    def preview_event(self, visit: VisitRecord, event: str | EventCode, answers: Mapping[str, Any],
                      concerned: tuple[str, ...] = (), added: tuple[Mapping[str, Any], ...] = (),
                      about: Mapping[str, Mapping[str, Any]] | None = None) -> EventPreview:
        """The procedures these answers lead to and the problems left (pure: nothing saved)."""
        draft = self._draft_visit(visit, event, answers, concerned, added, about)
        facts = self.facts(draft)
        procedures = tuple(p.id for p in plan(facts).procedures)
        issues = self._answer_issues(draft, facts, set(procedures))
        deceased = facts.deceased
        recorded = deceased is not None and deceased.facts.get("deceased")
        death_date = deceased.values.get("death_date") if recorded else None
        known = {k: fv.value for k, fv in facts.values.items()
                 if k == "today" or k.startswith(("card.", "resident.", "office."))}
        known.update({"deceased.recorded": bool(recorded),
                      "answers.foreign_resident": bool(facts.holder.facts.get("foreign"))})
        return EventPreview(procedures, tuple(issues), deceased.pid if recorded else "",
                            str(death_date.value) if death_date is not None
                            and death_date.provenance.value == "registry" else "", known)

    def _answer_issues(self, visit: VisitRecord, facts: Facts, procedures: set[str]) -> list[AnswerIssue]:
        spec = questions_for(visit.event)
        people: list[dict] = []
        if spec.person_questions:
            # the card holder's card is known once it was read
            holder = {"id": "holder", **({"card_held": True} if visit.card is not None else {}),
                      **visit.about.get("holder", {})}
            if spec.members == "added" and not visit.new_resident:
                people = [dict(p) for p in visit.added_people]
            elif visit.new_resident:
                people = [holder] + [dict(p) for p in visit.added_people]
            else:
                people = [holder] + [{"id": pid, **visit.about.get(pid, {})} for pid in visit.concerned_member_ids] \
                    + [dict(p) for p in visit.added_people]
        known = {k: v.value for k, v in facts.values.items()}
        known["answers.foreign_resident"] = bool(facts.holder.facts.get("foreign"))
        deceased = facts.deceased
        if deceased is not None:
            known["deceased.recorded"] = bool(deceased.facts.get("deceased"))
            known["deceased.death_date"] = deceased.get("death_date")
        return check_answers(visit.event, visit.answers, people, today=self._today(), facts=known,
                             procedures=procedures)

    def answer_event(self, visit: VisitRecord, event: str | EventCode, answers: Mapping[str, Any],
                     concerned_member_ids: tuple[str, ...] = (),
                     added: tuple[Mapping[str, Any], ...] = (),
                     about: Mapping[str, Mapping[str, Any]] | None = None) -> VisitRecord:
        """The life event and its answers: checked (AnswersIncompleteError names what is
        missing), then the plan of procedures is made and kept with the visit."""
        try:
            event = EventCode(event)
        except ValueError:
            raise VisitRuleError("event_required") from None
        changed = self._draft_visit(visit, event, answers, concerned_member_ids, added, about)
        facts = self.facts(changed)
        planned = plan(facts).procedures
        issues = self._answer_issues(changed, facts, {p.id for p in planned})
        if issues:
            raise AnswersIncompleteError(issues)
        suggested = [ProcedureChoice(p) for p in planned]
        procedures = merge_clerk_changes(suggested, visit.procedures)
        return self._move(changed, A.ANSWER_EVENT, procedures=tuple(procedures))

    # --- procedures ---
    def catalogue(self) -> list[ProcedureChoice]:
        return [ProcedureChoice(catalog_procedure(code, (), ("holder",)), source="clerk")
                for code in procedure_catalog()]

    def add_procedure(self, visit: VisitRecord, code: str, reason: str) -> VisitRecord:
        if not reason.strip():
            raise VisitRuleError("reason_required")
        if code in {p.code for p in visit.procedures}:
            return self.set_procedure_selected(visit, code, True, reason)
        if code not in procedure_catalog():
            raise VisitRuleError("unknown_procedure", procedure=code)
        added = ProcedureChoice(catalog_procedure(code, (reason.strip(),), ("holder",)),
                                selected=True, source="clerk", clerk_reason=reason.strip())
        return self._keep(visit, procedures=visit.procedures + (added,))

    @staticmethod
    def change_needs_reason(visit: VisitRecord, code: str, selected: bool) -> bool:
        """Ticking a rule's procedure back on needs no reason; any departure from the rules does."""
        return change_needs_reason(visit.procedures, code, selected)

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
        """Build (or refresh) one pre-filled draft per form of the kept plan."""
        if not visit.selected_procedures:
            raise VisitRuleError("procedure_required")
        return self._move(visit, A.CHOOSE_PROCEDURES, drafts=self._build_drafts(visit))

    def context(self, visit: VisitRecord) -> dict:
        """The flat context (registry read fresh for the confirmed resident)."""
        registry = None
        if self._registry is not None and visit.resident is not None:
            registry = self._registry.registry(visit.resident.resident_id)
        return build_visit_context(visit, self._today(), registry, self._office)

    def facts(self, visit: VisitRecord) -> Facts:
        return build_facts(self.context(visit), visit.event or "", visit.fact_edits)

    def _build_drafts(self, visit: VisitRecord, facts: Facts | None = None):
        facts = facts or self.facts(visit)
        return build_drafts(facts, [p.procedure for p in visit.selected_procedures], visit.form_edits)

    # --- drafts ---
    def edit_draft(self, visit: VisitRecord, draft_id: str, key: str, value,
                   this_form_only: bool = False) -> VisitRecord:
        """A clerk's correction. It changes the fact the field shows, so every form showing
        that fact changes too; `this_form_only` (or a field that shows no fact) keeps it on
        this one form. Typing the pre-filled value back removes the correction."""
        if visit.state is not S.PROCEDURES_CHOSEN:
            raise VisitRuleError("not_editable")
        draft = visit.draft(draft_id)
        spec = load_spec(draft.form_id, version=draft.spec_version or None)
        current = draft.values.get(key)
        value = coerce_typed(current.value if current is not None else None, value)
        fact = fact_key_for(spec, draft, key)
        invertible, fact_val = fact_value(spec, key, value) if fact else (False, None)
        fact_edits, form_edits = dict(visit.fact_edits), {k: dict(v) for k, v in visit.form_edits.items()}
        if fact and not fact.startswith("form:") and editable_fact(fact) and invertible and not this_form_only:
            form_edits.get(draft_id, {}).pop(key, None)
            fact_edits[fact] = fact_val
            base = build_facts(self.context(visit), visit.event or "",
                               {k: v for k, v in fact_edits.items() if k != fact})
            if _same_value(_fact_value_of(base, fact), fact_val):
                del fact_edits[fact]  # back to what was pre-filled (undo lands here)
        else:
            own = form_edits.setdefault(draft_id, {})
            own[key] = value
            original = current.original if current is not None and current.original else current
            if original is not None and original.value == value:
                del own[key]
        changed = visit.evolve(fact_edits=fact_edits, form_edits={k: v for k, v in form_edits.items() if v})
        self._audit.record("draft_edited", staff_id=visit.staff_id, object_id=visit.visit_id,
                           detail=f"{draft.form_id}.{key}")
        return self._move(changed, A.EDIT_DRAFT, drafts=self._build_drafts(changed))

    def review_forms(self, visit: VisitRecord) -> VisitRecord:
        return self._move(visit, A.REVIEW_FORMS)

    def render_form_preview(self, visit: VisitRecord, draft_id: str,
                            watermark: str | None = None) -> bytes:
        from forms.render.packet_pdf import render_form_pdf  # reportlab: loaded on first use

        return render_form_pdf(visit.draft(draft_id), watermark=bool(watermark))

    def render_packet(self, visit: VisitRecord, watermark: str | None = None) -> bytes:
        """The packet as reviewed: the guide slip from the kept plan, then the kept drafts."""
        import io

        from forms.render.packet_pdf import render_packet  # reportlab: loaded on first use

        facts = self.facts(visit)
        procedures = [p.procedure for p in visit.selected_procedures]
        buf = io.BytesIO()
        render_packet(list(visit.drafts), guide_slip(facts, procedures), bool(watermark), buf,
                      office_mayor=facts.get("office.mayor", ""),
                      event_title=EventCode(visit.event).title if visit.event else "")
        return buf.getvalue()

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

    def check_print(self, visit: VisitRecord) -> None:
        """The one print gate: the signed-in person's right, the visit's state and the
        STORED approval state (a rejected or undecided request never prints, whatever
        this record says). Asked before the final copy goes to a printer or a file, and
        again by mark_printed."""
        self._authorize("print_final")
        next_state(visit.state, A.PRINT, self.guard_facts(visit))  # refused before anything is recorded
        if self._approval is not None:
            self._approval.check_print(visit)

    def mark_printed(self, visit: VisitRecord) -> VisitRecord:
        """The print gate again, then the state; the audit entry is written with the save
        (AuditAdapter)."""
        self.check_print(visit)
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


def _same_value(a, b) -> bool:
    empty = (None, "", [])
    return (a in empty and b in empty) or a == b


def _fact_value_of(facts: Facts, key: str):
    if key.startswith("person."):
        _, pid, attr = key.split(".", 2)
        person = facts.person(pid)
        return person.get(attr, None) if person is not None else None
    return facts.get(key)


def _person_entry(person: Mapping[str, Any], index: int) -> dict[str, Any]:
    """A person the resident named, with a stable id (forms.people)."""
    entry = {k: v for k, v in person.items() if v not in (None, "")}
    entry.setdefault("id", f"added-{index + 1}")
    return entry


_DIGIT_RUN = re.compile(r"\d(?:[\s-]?\d){11}")


def new_visit_id() -> str:
    """Random, and never 12 digits in a row: the audit log refuses anything that could be
    a My Number, and the visit id is written there."""
    while True:
        candidate = "v" + base64.b32encode(secrets.token_bytes(20)).decode("ascii").lower()
        if not _DIGIT_RUN.search(candidate):
            return candidate
