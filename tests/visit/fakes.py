"""The records lookup and the approval port for the visit service tests.

Only the ports with a database behind them are stood in for: the visit runs on the real
rules and forms. The approval stand-in raises the real refusal (app.approval.machine).
"""
from __future__ import annotations

from app.approval.machine import ApprovalRefusedError, Refusal, Transition
from app.visit.model import CardReading, HouseholdMember, ResidentCandidate

# A synthetic card holder (fictional town 架空市, check digit valid).
CARD = CardReading(name="見本　花子", address="架空県架空市本町一丁目2番3号",
                   birth_date="1985-04-01", sex_code="2", my_number="123456789018")
MOVING_CARD = CardReading(name="転入　一郎", address="旧県旧市元町5番地",
                          birth_date="1980-06-15", sex_code="1", my_number="987654321003")

HANAKO = ResidentCandidate(
    resident_id="R001", name="見本　花子", kana="ミホン　ハナコ",
    address="架空県架空市本町一丁目2番3号", birth_date="1985-04-01", sex_code="2",
    reasons=("氏名一致", "生年月日一致"),
    household=(HouseholdMember("R001", "見本　花子", "世帯主", "1985-04-01", "ミホン　ハナコ", "2"),
               HouseholdMember("R002", "見本　太郎", "子", "2015-09-09", "ミホン　タロウ", "1")))
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


class RecordingAudit:
    def __init__(self):
        self.events: list[tuple[str, str]] = []

    def record(self, action, *, staff_id, object_id, detail=""):
        self.events.append((action, object_id))


class FakeApproval:
    """ApprovalPort: remembers states; refuses self-approval as app.approval does."""

    def __init__(self, required=False, store=None):
        self.is_required = required
        self.store = store
        self.states: dict[str, str] = {}
        self.submitted_by: dict[str, str] = {}
        self.comments: dict[str, str] = {}

    def required(self):
        return self.is_required

    def required_for(self, visit):
        """The real policy on the office's default settings (a certificate alone needs no
        approval), switched off when this stand-in says approval is not required."""
        from dataclasses import fields

        from app.approval.policy import needs_approval
        from app.settings.declarations import default_of
        from app.settings.office import OfficeSettings

        defaults = {f.name: default_of(f.name) for f in fields(OfficeSettings)}
        settings = OfficeSettings(**{**defaults, "approval_required_for_print": self.is_required})
        return needs_approval((p.code for p in visit.selected_procedures), settings)

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
            raise ApprovalRefusedError(Refusal.OWN_SUBMISSION, Transition.APPROVE)
        self.states[visit_id] = "approved"

    def reject(self, visit_id, approver, comment):
        self.states[visit_id] = "rejected"
        self.comments[visit_id] = comment

    def state_of(self, visit_id):
        return self.states.get(visit_id, "draft")

    def rejection_comment(self, visit_id):
        return self.comments.get(visit_id, "")
