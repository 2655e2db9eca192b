"""The linked business records one export row carries: 国保, 後期高齢, 介護, 年金, 児童手当
(and 印鑑登録 in Madoguchi's own layout).

Each kind the profile maps is *owned* by the import: the row's flag says whether the
resident has that record, and the stored records of that kind are replaced by what the
row says. A kind the profile does not map is left untouched (the 122-column layout has no
印鑑登録, so seal registrations entered otherwise survive an import).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.records.import_values import parse_month

if TYPE_CHECKING:
    from app.records.import_row import RowParser

KINDS = ("nhi", "koki", "kaigo", "pension", "child_allowance", "seal")


@dataclass(frozen=True)
class ImportedLinked:
    owned: frozenset[str]  # kinds the profile maps
    nhi: tuple[str, date | None, date | None] | None = None  # 記号番号, 取得日, 喪失日
    koki: tuple[str, date | None] | None = None  # 被保険者番号, 取得日
    kaigo: tuple[str, date | None] | None = None
    pension: tuple[str, str, date | None, date | None] | None = None  # 番号, 種別, 取得日, 喪失日
    child_allowance: tuple[date | None] | None = None  # as 受給者: 認定日 / 受給開始月
    seal: tuple[str, date] | None = None  # 登録番号, 登録日

    def digest_parts(self) -> tuple:
        return (sorted(self.owned), self.nhi, self.koki, self.kaigo, self.pension,
                self.child_allowance, self.seal)


def linked_from(p: "RowParser") -> ImportedLinked:
    owned = {k for k in KINDS if p.mapped(_FLAG[k])}
    nhi = koki = kaigo = pension = allowance = seal = None
    if p._flag("nhi"):
        nhi = (p._digits("nhi_number"), p._date("nhi_acquired_on"), p._date("nhi_lost_on"))
    if p._flag("koki"):
        koki = (p._digits("koki_number"), p._date("koki_acquired_on"))
    if p._flag("kaigo"):
        kaigo = (p._digits("kaigo_number"), p._date("kaigo_acquired_on"))
    if p._flag("pension"):
        category = str(p._code("pension_category")) if p._raw("pension_category") else ""
        pension = (p._digits("pension_number"), category, p._date("pension_acquired_on"),
                   p._date("pension_lost_on"))
    if "child_allowance" in owned and p._raw("child_allowance") \
            and p._code("child_allowance") == "recipient":
        allowance = (_month(p, "child_allowance_start"),)
    if "seal" in owned and p._raw("seal_number"):
        registered = p._date("seal_registered_on")
        if registered is None:
            p.warn("required", "seal_registered_on")
        else:
            seal = (p._digits("seal_number"), registered)
    return ImportedLinked(frozenset(owned), nhi, koki, kaigo, pension, allowance, seal)


def _month(p: "RowParser", field_name: str) -> date | None:
    from app.records.import_errors import RowRejected

    try:
        return parse_month(p._raw(field_name), p.profile.month_formats, p.profile.date_formats)
    except ValueError:
        raise RowRejected("bad_month", p.profile.column(field_name) or "") from None


_FLAG = {"nhi": "nhi", "koki": "koki", "kaigo": "kaigo", "pension": "pension",
         "child_allowance": "child_allowance", "seal": "seal_number"}
