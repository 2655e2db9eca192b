"""The one packet pipeline, used by the counter window, the `packet` command and the bench:

    facts = build_facts(context, event, edits)            # forms.facts
    procedures = plan(facts).procedures                   # made once per visit, kept with it
    drafts = build_drafts(facts, procedures, form_edits)  # one FormDraft per form (and person)
    guide = guide_slip(facts, procedures)
    render_packet(drafts, guide, watermark, out)          # forms.render.packet_pdf

`build_packet(context, event)` runs the first four steps for a scenario file.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Mapping

from forms.draft import FieldValue, FormDraft, Provenance
from forms.events import EventCode
from forms.facts import Facts, build_facts
from forms.people import Person
from forms.prefill import prefill
from forms.procedure_rules import Procedure, ProcedurePlan, plan
from forms.spec import load_spec
from forms.validation import validate
from forms.validity import law_date


@dataclass(frozen=True)
class GuideSlip:
    """What the 手続き案内 page prints: who, when, and one line per procedure."""
    event: str
    visitor_name: str
    date: str
    office_name: str
    procedures: tuple[Procedure, ...]


@dataclass(frozen=True)
class Packet:
    plan: ProcedurePlan
    facts: Facts
    drafts: tuple[FormDraft, ...]
    guide: GuideSlip

    @property
    def procedures(self) -> tuple[Procedure, ...]:
        return self.plan.procedures

    @property
    def people(self) -> tuple[Person, ...]:
        return self.plan.people

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.plan.warnings

    @property
    def issues(self) -> dict[int, tuple]:
        """draft index → validation issues (drafts with none left out)."""
        return {i: d.issues for i, d in enumerate(self.drafts) if d.issues}


def per_subject(spec) -> bool:
    """Forms about one person (no person rows but subject.* bindings) are printed once per person."""
    has_rows = any(f.type == "person_rows" for f in spec.fields)
    return not has_rows and any(k.startswith("subject.") for f in spec.fields for k in f.bind)


def _with_form_edits(draft: FormDraft, edits: Mapping[str, Any]) -> FormDraft:
    """Corrections the clerk meant for this one form: kept in the draft (source form:…)."""
    if not edits:
        return draft
    values = dict(draft.values)
    counts = dict(draft.row_counts)
    for field_id, value in edits.items():
        before = values.get(field_id)
        values[field_id] = FieldValue(value, Provenance.CLERK, f"form:{draft.draft_id}.{field_id}",
                                      before.original if before is not None and before.original else before)
        parts = field_id.split(".")
        if len(parts) == 3 and parts[1].isdigit():
            counts[parts[0]] = max(counts.get(parts[0], 0), int(parts[1]) + 1)
    return replace(draft, values=values, row_counts=counts)


def build_drafts(facts: Facts, procedures: tuple[Procedure, ...] | list[Procedure],
                 form_edits: Mapping[str, Mapping[str, Any]] | None = None) -> tuple[FormDraft, ...]:
    """One validated draft per form of each procedure (per person for one-person forms)."""
    form_edits = form_edits or {}
    on = law_date(facts.context)       # the form version in force on the visit date
    drafts: list[FormDraft] = []
    seen: dict[str, int] = {}
    for proc in procedures:
        subjects = [p for pid in proc.subjects if (p := facts.person(pid)) is not None]
        for form_id in proc.forms:
            spec = load_spec(form_id, on=on)
            groups = [(f"{form_id}#{p.pid}", [p]) for p in subjects] if per_subject(spec) \
                else [(form_id, subjects)]
            for draft_id, people in groups:
                n = seen.get(draft_id, 0)
                seen[draft_id] = n + 1
                unique = draft_id if n == 0 else f"{draft_id}~{n}"
                draft = prefill(spec, facts, proc, people, unique)
                draft = _with_form_edits(draft, form_edits.get(unique, {}))
                drafts.append(draft.with_issues(validate(spec, draft, facts.context)))
    return tuple(drafts)


def guide_slip(facts: Facts, procedures) -> GuideSlip:
    # a proxy gets the slip in their own name
    visitor = facts.get("filer.name") or facts.holder.name
    return GuideSlip(facts.event, visitor, facts.context["today"], facts.get("office.name", ""),
                     tuple(procedures))


def build_packet(context: Mapping[str, Any], event: str | EventCode,
                 edits: Mapping[str, Any] | None = None) -> Packet:
    facts = build_facts(context, event, edits)
    result = plan(facts)
    drafts = build_drafts(facts, result.procedures)
    return Packet(result, facts, drafts, guide_slip(facts, result.procedures))
