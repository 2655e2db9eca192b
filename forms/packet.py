"""The public API for the app and the UI: one visit → procedures + drafts → packet PDF.

    packet = build_packet(context, "move_in")
    packet.procedures          # with reasons for the clerk
    packet.drafts              # FormDraft per form (editable, with provenance)
    render_packet(packet.drafts, packet.guide, watermark=True, out="visit.pdf")
    pdf_bytes = render_form_pdf(packet.drafts[0])     # live preview of one form
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from forms.draft import FormDraft
from forms.people import Person
from forms.procedure_rules import Procedure, ProcedurePlan, plan
from forms.spec import load_spec
from forms.prefill import prefill
from forms.validation import FieldIssue, validate
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
    drafts: tuple[FormDraft, ...]
    guide: GuideSlip
    issues: Mapping[int, tuple[FieldIssue, ...]]    # draft index → validation issues

    @property
    def procedures(self) -> tuple[Procedure, ...]:
        return self.plan.procedures

    @property
    def people(self) -> tuple[Person, ...]:
        return self.plan.people

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.plan.warnings


def per_subject(spec) -> bool:
    """Forms about one person (no person rows but subject.* bindings) are printed once per person."""
    has_rows = any(f.type == "person_rows" for f in spec.fields)
    return not has_rows and any(k.startswith("subject.") for f in spec.fields for k in f.bind)


def build_packet(context: Mapping[str, Any], event: str) -> Packet:
    result = plan(context, event)
    on = law_date(context)       # the form version in force on the visit date
    drafts: list[FormDraft] = []
    for proc in result.procedures:
        for form_id in proc.forms:
            spec = load_spec(form_id, on=on)
            if per_subject(spec):
                for i in proc.subjects:
                    drafts.append(prefill(spec, context, proc, result.people, [result.people[i]]))
            else:
                drafts.append(prefill(spec, context, proc, result.people))
    issues = {i: tuple(validate(load_spec(d.form_id, version=d.spec_version), d, context))
              for i, d in enumerate(drafts)}
    visitor = context.get("answers.filer_name") or result.people[0].name   # a proxy gets the slip in their name
    guide = GuideSlip(event, visitor, context["today"], context.get("office.name", ""),
                      result.procedures)
    return Packet(result, tuple(drafts), guide, {i: v for i, v in issues.items() if v})
