"""Binds the visit's rules and forms ports to the forms package (forms/): procedure plan,
pre-fill with provenance, validation codes, PDF rendering.

The visit keeps its own plain draft shape (app.visit.model.FormDraft: a list of fields
with label, value and provenance, JSON-able for the database); this module converts
to and from forms.draft.FormDraft at the boundary.
"""
from __future__ import annotations

import io
from dataclasses import replace

from forms.draft import FieldValue, Provenance
from forms.draft import FormDraft as FormsDraft
from forms.packet import GuideSlip
from forms.prefill import prefill
from forms.procedure_rules import (EVENT_TITLES, EVENTS, Procedure, counters, plan,
                                   procedure_catalog)
from forms.spec import load_spec
from forms.validation import validate

from app.visit.model import DraftField, FieldIssue, FormDraft, ProcedureChoice, Question
from app.visit.questions import questions_for

ISSUE_MESSAGES = {"required": "必須の項目です。入力してください。",
                  "format": "書式が正しくありません。",
                  "date_range": "日付が受付できる範囲にありません。",
                  "check_digit": "個人番号の検査用数字が合いません。"}


class FormsAdapter:
    """ProcedureRulesPort + FormsPort over forms/."""

    # --- rules ---
    def events(self) -> list[tuple[str, str]]:
        return [(e, EVENT_TITLES[e]) for e in EVENTS]

    def questions(self, event: str) -> list[Question]:
        return questions_for(event)

    def procedures(self, event: str, context: dict) -> list[ProcedureChoice]:
        return [ProcedureChoice(code=p.id, title=p.title, reason=p.reason, form_ids=p.forms,
                                subjects=p.subjects) for p in plan(context, event).procedures]

    def catalogue(self) -> list[ProcedureChoice]:
        return [ProcedureChoice(code=code, title=spec["title"], reason="",
                                form_ids=tuple(spec["forms"]), subjects=(0,))
                for code, spec in procedure_catalog().items()]

    # --- drafts ---
    def _procedures(self, event: str, context: dict, chosen: list[ProcedureChoice]):
        result = plan(context, event)
        planned = {p.id: p for p in result.procedures}
        catalog, desks = procedure_catalog(), counters()
        out = []
        for choice in chosen:
            proc = planned.get(choice.code)
            if proc is None:  # added by the clerk: the clerk's reason stands in for a rule's
                spec = catalog[choice.code]
                desk = desks[spec["counter"]]
                proc = Procedure(choice.code, spec["title"], (choice.clerk_reason or choice.reason,),
                                 tuple(spec["forms"]), choice.subjects or (0,), desk["name"],
                                 desk["place"], tuple(spec["bring"]), spec.get("deadline", ""))
            out.append(proc)
        return result.people, out

    def build_drafts(self, event: str, context: dict,
                     procedures: list[ProcedureChoice]) -> list[FormDraft]:
        people, procs = self._procedures(event, context, procedures)
        drafts: list[FormDraft] = []
        for proc in procs:
            for form_id in proc.forms:
                spec = load_spec(form_id)
                if _per_subject(spec):
                    for i in proc.subjects:
                        fd = prefill(spec, context, proc, people, [people[i]])
                        drafts.append(to_visit_draft(fd, f"{form_id}#{i}"))
                else:
                    drafts.append(to_visit_draft(prefill(spec, context, proc, people), form_id))
        return _unique_ids(drafts)

    def validate(self, draft: FormDraft, context: dict) -> list[FieldIssue]:
        return [FieldIssue(i.field_id, i.code, ISSUE_MESSAGES.get(i.code, i.code))
                for i in validate(load_spec(draft.form_id), to_forms_draft(draft), context)]

    def render_form(self, draft: FormDraft, *, watermark: str | None = None) -> bytes:
        from forms.render.packet_pdf import render_form_pdf  # reportlab: loaded on first use

        return render_form_pdf(to_forms_draft(draft), watermark=bool(watermark))

    def render_packet(self, event: str, context: dict, procedures: list[ProcedureChoice],
                      drafts: list[FormDraft], *, watermark: str | None = None) -> bytes:
        from forms.render.packet_pdf import render_packet  # reportlab: loaded on first use

        people, procs = self._procedures(event, context, procedures)
        guide = GuideSlip(event, people[0].name if people else "", context["today"],
                          context.get("office.name", ""), tuple(procs))
        buf = io.BytesIO()
        render_packet([to_forms_draft(d) for d in drafts], guide, bool(watermark), buf,
                      event_title=EVENT_TITLES.get(event, ""))
        return buf.getvalue()


def _per_subject(spec) -> bool:
    # Same test as forms.packet.build_packet: a one-person form bound to subject.* keys is
    # printed once per person the procedure concerns.
    has_rows = any(f.type == "person_rows" for f in spec.fields)
    return not has_rows and any(k.startswith("subject.") for f in spec.fields for k in f.bind)


def _unique_ids(drafts: list[FormDraft]) -> list[FormDraft]:
    seen: dict[str, int] = {}
    out = []
    for d in drafts:
        n = seen.get(d.draft_id, 0)
        seen[d.draft_id] = n + 1
        out.append(d if n == 0 else replace(d, draft_id=f"{d.draft_id}~{n}"))
    return out


def _label(spec, field_id: str) -> str:
    parts = field_id.split(".")
    if len(parts) == 3 and parts[1].isdigit():
        f = spec.field(parts[0])
        col = next((c for c in f.columns if c.id == parts[2]), None)
        return f"{f.label} {int(parts[1]) + 1}: {col.label if col else parts[2]}"
    return spec.field(field_id).label


def _sensitive(spec, field_id: str) -> bool:
    if field_id.endswith("my_number"):
        return True
    try:
        return spec.field(field_id).print_policy == "on_request"
    except (KeyError, ValueError):
        return False


def to_visit_draft(fd: FormsDraft, draft_id: str) -> FormDraft:
    spec = load_spec(fd.form_id)
    fields = []
    for field_id, fv in fd.values.items():
        first = fv.original or fv
        fields.append(DraftField(key=field_id, label=_label(spec, field_id), value=fv.value,
                                 provenance=fv.provenance.value, prefilled_value=first.value,
                                 sensitive=_sensitive(spec, field_id), source=fv.source,
                                 prefilled_provenance=first.provenance.value))
    present = set(fd.values)
    for f in spec.value_fields:
        if f.type != "person_rows" and f.id not in present:
            fields.append(DraftField(key=f.id, label=f.label, value="", provenance="blank",
                                     sensitive=_sensitive(spec, f.id)))
    return FormDraft(draft_id=draft_id, form_id=fd.form_id, title=fd.title, fields=tuple(fields),
                     procedure_id=fd.procedure_id, row_counts=tuple(fd.row_counts.items()))


def to_forms_draft(draft: FormDraft) -> FormsDraft:
    values = {}
    for f in draft.fields:
        if f.provenance == "blank" and f.value in ("", None, []):
            continue
        original = None
        if f.provenance == "clerk" and f.prefilled_provenance not in ("", "blank"):
            original = FieldValue(f.prefilled_value, Provenance(f.prefilled_provenance), f.source)
        prov = Provenance(f.provenance) if f.provenance != "blank" else Provenance.CLERK
        values[f.key] = FieldValue(f.value, prov, f.source if prov is not Provenance.CLERK
                                   else "clerk", original)
    return FormsDraft(draft.form_id, draft.title, draft.procedure_id, values,
                      dict(draft.row_counts))
