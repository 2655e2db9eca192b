"""What the back office receives for one approved visit (the handover export's records).

Built from the approval snapshot by app.records.snapshot_reading (the one place that
knows the snapshot's shape); written by handover_json / handover_csv.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime


@dataclass(frozen=True)
class HandoverPerson:
    role: str  # in this procedure: 異動者, 被保険者, 死亡者, 届出人 …
    full_name: str
    full_name_kana: str = ""
    date_of_birth: str = ""  # YYYY-MM-DD as on the approved form
    sex: str = ""  # 男 / 女 as on the form
    relationship: str = ""  # 続柄 (to the head of household)
    date_of_death: str = ""
    address: str = ""  # a person's own address on the form (届出人), else ""
    atena_no: str | None = None  # found in the registry household (None: new to the register)
    my_number: str | None = field(default=None, repr=False)  # only in a permitted export

    def with_my_number(self, digits: str | None) -> "HandoverPerson":
        return replace(self, my_number=digits)

    def __repr__(self) -> str:  # no personal data in logs or tracebacks
        return f"HandoverPerson(role={self.role!r}, atena_no={self.atena_no!r})"


@dataclass(frozen=True)
class HandoverFact:
    key: str  # the form field key
    name: str  # the export name (camelCase; core data model name where one exists)
    label: str  # the form's label
    value: object  # text, bool or list of text, as approved
    changed_by_clerk: bool = False


@dataclass(frozen=True)
class HandoverForm:
    form_id: str
    draft_id: str
    title: str
    facts: tuple[HandoverFact, ...]


@dataclass(frozen=True)
class HandoverProcedure:
    code: str
    title: str
    section_id: str
    section_name: str
    forms: tuple[HandoverForm, ...]
    persons: tuple[HandoverPerson, ...]
    needs_my_number: bool  # one of its forms carries the 個人番号 (printed always)


@dataclass(frozen=True)
class HandoverApproval:
    state: str
    revision: int
    submitted_by: int | None
    decided_by: int | None
    decided_at: datetime | None


@dataclass(frozen=True)
class HandoverVisit:
    visit_id: str
    event: str
    event_title: str
    approval: HandoverApproval
    procedures: tuple[HandoverProcedure, ...]
    resident_atena_no: str | None = None

    def __repr__(self) -> str:
        return f"HandoverVisit(visit_id={self.visit_id!r})"
