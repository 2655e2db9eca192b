"""Hand-written fakes of the records lookup, procedure rules and forms ports.

Used by the visit service tests and the widget tests; they follow the Protocols in
app.visit.ports, so a change there breaks these loudly.
"""
from __future__ import annotations

import io
from dataclasses import replace

from app.visit.model import (CardReading, DraftField, FieldIssue, FormDraft, HouseholdMember,
                             ProcedureChoice, Question, ResidentCandidate)

# A synthetic card holder (fictional town 架空市, check digit valid).
CARD = CardReading(name="見本　花子", address="架空県架空市本町一丁目2番3号",
                   birth_date="1985-04-01", sex_code="2", my_number="123456789018")
MOVING_CARD = CardReading(name="転入　一郎", address="旧県旧市元町5番地",
                          birth_date="1980-06-15", sex_code="1", my_number="987654321003")

HANAKO = ResidentCandidate(
    resident_id="R001", name="見本　花子", kana="ミホン　ハナコ",
    address="架空県架空市本町一丁目2番3号", birth_date="1985-04-01", sex_code="2",
    reasons=("氏名一致", "生年月日一致"),
    household=(HouseholdMember("R001", "見本　花子", "世帯主", "1985-04-01"),
               HouseholdMember("R002", "見本　太郎", "子", "2015-09-09")))
NAMESAKE = ResidentCandidate(
    resident_id="R009", name="見本　花子", kana="ミホン　ハナコ", address="架空県架空市北町9番",
    birth_date="1985-04-01", sex_code="2", score=0.7, reasons=("氏名一致", "住所不一致"))


class FakeLookup:
    def __init__(self, by_number: dict | None = None, candidates: list | None = None):
        self.by_number = by_number if by_number is not None else {CARD.my_number: HANAKO}
        self.candidates = candidates if candidates is not None else [HANAKO, NAMESAKE]
        self.calls: list[str] = []

    def by_my_number(self, my_number):
        self.calls.append("my_number")
        hit = self.by_number.get(my_number)
        return list(hit) if isinstance(hit, (list, tuple)) else ([hit] if hit else [])

    def by_four_items(self, name, address, birth_date, sex_code):
        self.calls.append("four_items")
        return [c for c in self.candidates if c.name == name]


PROCS = {
    "tennyu": ProcedureChoice("tennyu", "転入届", "転入のため", ("juminido",)),
    "nhi": ProcedureChoice("nhi", "国民健康保険 資格取得", "勤務先の保険がないため", ("nhi",)),
    "child": ProcedureChoice("child", "児童手当 認定請求", "中学生以下の子がいるため", ("child",)),
    "seal": ProcedureChoice("seal", "印鑑登録", "印鑑登録の希望", ("seal",)),
}


class FakeRules:
    def events(self):
        return [("tennyu", "転入"), ("certificate", "証明書")]

    def questions(self, event):
        if event == "tennyu":
            return [Question("moved_on", "転入した日", "date"),
                    Question("employer_insurance", "勤務先の健康保険に加入していますか", "bool"),
                    Question("members", "一緒に異動する人", "members")]
        return [Question("copies", "必要な通数", "text", default="1")]

    def procedures(self, event, context):
        if event != "tennyu":
            return [replace(PROCS["seal"], reason="証明書の請求")]
        out = [PROCS["tennyu"]]
        if not context.get("answers.employer_insurance"):
            out.append(PROCS["nhi"])
        members = context.get("answers.members") or []
        if any(m.get("birth_date", "") > "2011-01-01" for m in members):
            out.append(PROCS["child"])
        return out

    def catalogue(self):
        return list(PROCS.values())


FORM_FIELDS = {
    "juminido": [("name", "氏名", "resident.name", "card.name"),
                 ("address", "新住所", "resident.address", None),
                 ("old_address", "従前の住所", "card.address", None),
                 ("moved_on", "異動日", "answers.moved_on", None),
                 ("my_number", "個人番号", "card.my_number", None)],
    "nhi": [("name", "氏名", "resident.name", "card.name"), ("today", "届出日", "today", None)],
    "child": [("name", "請求者氏名", "resident.name", "card.name"),
              ("child", "児童氏名", "answers.members.1.name", None)],
    "seal": [("name", "氏名", "resident.name", "card.name")],
}
PROVENANCE = {"card": "card", "resident": "registry", "household": "registry",
              "answers": "answer", "today": "derived"}


class FakeForms:
    def __init__(self):
        self.rendered: list[str] = []

    def build_drafts(self, event, context, procedures):
        forms = dict.fromkeys(f for p in procedures for f in p.form_ids)
        return [self._prefill(form_id, context) for form_id in forms]

    def _prefill(self, form_id, context):
        fields = []
        for key, label, source, fallback in FORM_FIELDS[form_id]:
            src = source if _lookup(context, source) else fallback
            value = str(_lookup(context, src) or "") if src else ""
            prov = PROVENANCE[src.split(".")[0]] if src and value else "blank"
            fields.append(DraftField(key, label, value, prov, prefilled_value=value,
                                     sensitive=key == "my_number", source=src or "",
                                     prefilled_provenance=prov))
        return FormDraft(form_id, form_id, PROCS_BY_FORM[form_id], tuple(fields))

    def validate(self, draft, context):
        return [FieldIssue(f.key, "required", f"{f.label}を入力してください")
                for f in draft.fields if not f.value and f.key in ("name", "address", "moved_on")]

    def render_form(self, draft, *, watermark=None):
        self.rendered.append(draft.form_id)
        return _pdf([draft.title] + [f"{f.label}: {f.value}" for f in draft.fields], watermark)

    def render_packet(self, event, context, guide, drafts, *, watermark=None):
        self.rendered.append("packet")
        lines = ["手続き案内"] + [p.title for p in guide]
        for d in drafts:
            lines += [d.title] + [f"{f.label}: {f.value}" for f in d.fields]
        return _pdf(lines, watermark)


def _lookup(context, key):
    """'answers.members.1.name' reaches into the members list, like forms' person rows."""
    if not key:
        return None
    if key in context:
        return context[key]
    parts = key.split(".")
    if parts[:2] == ["answers", "members"] and len(parts) == 4:
        members = context.get("answers.members") or []
        i = int(parts[2])
        return members[i].get(parts[3]) if i < len(members) else None
    return None


PROCS_BY_FORM = {"juminido": "住民異動届", "nhi": "国民健康保険異動届", "child": "児童手当認定請求書",
                 "seal": "印鑑登録申請書"}


def _pdf(lines, watermark):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("HeiseiKakuGo-W5", 12)
    y = 800
    for line in lines:
        c.drawString(50, y, line)
        y -= 18
    if watermark:
        c.drawString(400, 800, watermark)
    c.showPage()
    c.save()
    return buf.getvalue()


class RecordingAudit:
    def __init__(self):
        self.events: list[tuple[str, str]] = []

    def record(self, action, *, staff_id, object_id, detail=""):
        self.events.append((action, object_id))


class FakeApproval:
    """ApprovalPort: remembers states; refuses self-approval like app.approval does."""

    def __init__(self, required=False, store=None):
        self.is_required = required
        self.store = store
        self.states: dict[str, str] = {}
        self.submitted_by: dict[str, str] = {}
        self.comments: dict[str, str] = {}

    def required(self):
        return self.is_required

    def submit(self, visit):
        """Like ApprovalAdapter: the visit is saved with the request."""
        if self.store is not None:
            self.store.save(visit)
        self.states[visit.visit_id] = "submitted"
        self.submitted_by[visit.visit_id] = visit.staff_id

    def check_print(self, visit):
        """The print gate reads the stored state, like ApprovalService.check_final_print."""
        if self.is_required and self.states.get(visit.visit_id) != "approved":
            raise PermissionError("not approved")

    def approve(self, visit_id, approver, comment=""):
        if approver.staff_id == self.submitted_by[visit_id]:
            raise PermissionError("no self-approval")
        self.states[visit_id] = "approved"

    def reject(self, visit_id, approver, comment):
        self.states[visit_id] = "rejected"
        self.comments[visit_id] = comment

    def state_of(self, visit_id):
        return self.states.get(visit_id, "draft")

    def rejection_comment(self, visit_id):
        return self.comments.get(visit_id, "")
