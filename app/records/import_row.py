"""One row of a site's export → the resident's columns, household and linked records.

RowParser is built once per file (profile + header) and turns each row into an ImportedRow
or raises RowRejected naming the file's column. Rules the issue and the reference fix:
- a date with its `…_不詳フラグ` = 1 is unknown: stored as NULL, its name kept in
  `unknown_dates`, the placeholder the core system wrote is dropped;
- 転入前住所 pattern A (split columns) and B (everything in 町字) become one line;
- foreign residents: the ローマ字 name is the name, the export's 氏名 is kept beside it;
- 死亡・転出・消除 keep their status with the 消除 dates; a filed but unconfirmed 転出 keeps
  the status 住民 with its 転出届出年月日 / 転出予定年月日.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import re

import jaconv
from forms.wareki import WarekiError, era_of

from app.records.import_errors import RowRejected
from app.records.import_linked import ImportedLinked, linked_from
from app.records.import_profile import CODED, LENIENT_CODES, REQUIRED_VALUES, ImportProfile
from app.records.import_values import (HALF_WIDTH_DIGITS as _HALF, CodeTable, half_digits, parse_date, parse_int,
                                       postal_code, text)

_EDGE = " \t\u3000"
from app.records.resident import (Address, ForeignResidentInfo, MoveOut, NewResident, Removal,
                                  ResidentStatus)
from app.records.row_mapping import resident_columns
from app.storage.tables.records import HouseholdRow, ResidentRow

_LIMITS = {c.name: c.type.length for c in ResidentRow.__table__.columns
           if getattr(c.type, "length", None)}
_LIMIT_ITEMS = ()  # set below, from the columns resident_columns() fills
_HOUSEHOLD_LIMIT = HouseholdRow.__table__.c.household_no.type.length
# Resident column → the logical field its value came from (to name the file's column).
_SOURCE = {"name": "name", "name_kana": "name_kana", "prefecture": "address_prefecture",
           "city": "address_city", "town": "address_town", "banchi": "address_banchi",
           "katagaki": "address_katagaki", "honseki": "honseki", "hittosha": "hittosha",
           "nationality": "nationality", "residence_status": "residence_status_code",
           "residence_card_no": "residence_card_no", "alias_name": "alias_name",
           "alias_kana": "alias_kana", "relationship": "relationship", "juminhyo_code": "juminhyo_code",
           "atena_no": "atena_no", "previous_address": "previous_town",
           "move_out_destination": "destination_town", "removal_reason": "removal_reason",
           "name_alt": "name", "former_surname": "former_surname"}


@dataclass
class ImportedRow:
    line: int
    values: dict[str, Any]  # resident columns (row_mapping.resident_columns) without household
    household_no: str | None
    head_name: str
    order: int
    linked: ImportedLinked
    warnings: list[RowRejected] = field(default_factory=list)

    @property
    def atena_no(self) -> str:
        return self.values["atena_no"]


class RowSkipped(Exception):
    """A history row (最新フラグ) or a row the core system marked deleted: not imported, counted."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RowParser:
    def __init__(self, profile: ImportProfile, header: list[str]) -> None:
        self.profile = profile
        self._index = {name: i for i, name in enumerate(header)}
        self._width = len(header)
        # logical field → position in the row, computed once (the parser runs per row)
        self._at = {f: self._index[c] for f, c in profile.fields.items() if c in self._index}
        self._at_items = tuple(self._at.items())
        self._first_look = tuple((f, i) for f, i in self._at_items
                                 if f in ("atena_no", "current_flag", "deleted_flag"))
        self._flag_at = {f: self._index[c] for f, c in profile.unknown_flags.items() if c in self._index}
        self._codes = {k: CodeTable(v) for k, v in profile.codes.items()}
        self._dates = profile.date_formats

    # ----- one row -----------------------------------------------------------------------
    def atena_and_skip(self, fields: list[str]) -> tuple[str, str | None]:
        """Cheap first look (no parsing): the 宛名番号 and whether the row is a history or
        deleted row. A row of the wrong width gives ("", None): parse() rejects it."""
        if len(fields) != self._width:
            return "", None
        self._row = fields
        self._v = {f: fields[i] for f, i in self._first_look}
        try:
            self._skip_if_not_current()
        except RowSkipped as skipped:
            return self._digits("atena_no"), skipped.reason
        return self._digits("atena_no"), None

    def parse(self, fields: list[str], line: int) -> ImportedRow:
        if len(fields) != self._width:
            raise RowRejected("column_count", "", expected=self._width, found=len(fields))
        self._row, self._warnings = fields, []
        # every mapped value once, trimmed: the helpers below read this dict
        self._v = {f: fields[i].strip(_EDGE) for f, i in self._at_items}
        self._skip_if_not_current()
        for f in REQUIRED_VALUES:
            if self.profile.column(f) and not self._raw(f):
                raise RowRejected("required", self.profile.column(f))
        atena = self._digits("atena_no")
        status = ResidentStatus(self._code("status")) if self.mapped("status") else ResidentStatus.RESIDENT
        foreign = self._code("kind") == "外国人" if self.profile.column("kind") else bool(self._raw("name_roman"))
        unknown: set[str] = set()
        birth = self._date("birth_date", unknown)
        if birth is None and "birth_date" not in unknown:
            raise RowRejected("required", self.profile.column("birth_date") or "")
        self._check_era(birth)
        name, kana, other_name = self._names(foreign)
        household_no = self._digits("household_no") or None
        relationship = self._raw("relationship")
        if not relationship and self.profile.column("relationship_code") and self._raw("relationship_code"):
            relationship = self._code("relationship_code")
        if household_no and not relationship:
            raise RowRejected("required", self.profile.column("relationship") or
                              self.profile.column("relationship_code") or "")
        new = NewResident(
            atena_no=atena, name=name, name_kana=kana, birth_date=birth,
            sex_code=str(self._code("sex")), address=self._address(), relationship=relationship,
            status=status, juminhyo_code=self._digits("juminhyo_code") or None,
            former_surname=self._raw("former_surname") or None,
            former_surname_kana=_kana(self._raw("former_surname_kana")) or None,
            resident_since=self._date("resident_since", unknown),
            address_since=self._date("address_since", unknown),
            honseki=self._honseki(), hittosha=self._raw("hittosha") or None,
            foreign=self._foreign(other_name, unknown) if foreign else None,
            adult_ward=bool(self._flag("adult_ward")),
            previous_address=self._one_line("previous") or None,
            previous_postal_code=self._postal("previous_postal_code") or None,
            removal=self._removal(status, unknown), move_out=self._move_out())
        new = _with_unknown(new, unknown)
        values = resident_columns(new)
        self._check_lengths(values, household_no)
        order = self._int("household_order") or 1
        linked = linked_from(self)
        return ImportedRow(line, values, household_no, self._raw("head_name"), order, linked,
                           self._warnings)

    # ----- helpers used by import_linked too -----------------------------------------------
    def _raw(self, field_name: str) -> str:
        return self._v.get(field_name, "")

    def _digits(self, field_name: str) -> str:
        """The value with full-width digits made ASCII (番地, numbers, codes)."""
        return self._v.get(field_name, "").translate(_HALF)

    def mapped(self, field_name: str) -> bool:
        return field_name in self._at

    def _code(self, field_name: str) -> Any:
        table_name = CODED[field_name]
        raw = self._raw(field_name)
        table = self._codes.get(table_name)
        if table is None:  # a lenient table the profile leaves out: the column holds words
            return text(raw)
        try:
            return table.get(raw)
        except KeyError:
            if table_name in LENIENT_CODES:
                self.warn("unknown_code_kept", field_name)
                return text(raw)
            raise RowRejected("bad_code", self.profile.column(field_name) or "") from None

    def _flag(self, field_name: str) -> bool | None:
        if not self._v.get(field_name):
            return None
        return bool(self._code(field_name))

    def _date(self, field_name: str, unknown: set[str] | None = None) -> date | None:
        at = self._flag_at.get(field_name)
        if unknown is not None and at is not None:
            flag = half_digits(self._row[at])
            if flag not in ("", "0", "1"):
                raise RowRejected("bad_flag", self.profile.unknown_flags[field_name])
            if flag == "1":
                unknown.add(field_name)
                return None
        raw = self._v.get(field_name)
        if not raw:  # most dates of most rows are empty
            return None
        try:
            return parse_date(raw, self._dates)
        except ValueError:
            raise RowRejected("bad_date", self.profile.column(field_name) or "") from None

    def _int(self, field_name: str) -> int | None:
        try:
            return parse_int(self._raw(field_name))
        except ValueError:
            raise RowRejected("bad_number", self.profile.column(field_name) or "") from None

    def _postal(self, field_name: str) -> str:
        try:
            return postal_code(self._raw(field_name))
        except ValueError:
            self.warn("bad_number", field_name)  # kept out, the row is still usable
            return ""

    def warn(self, detail: str, field_name: str) -> None:
        self._warnings.append(RowRejected(detail, self.profile.column(field_name) or field_name))

    # ----- parts ---------------------------------------------------------------------------
    def _skip_if_not_current(self) -> None:
        if self.mapped("current_flag") and self._digits("current_flag") not in self.profile.current_values:
            raise RowSkipped("history_row")
        if self.mapped("deleted_flag") and self._digits("deleted_flag") in self.profile.deleted_values:
            raise RowSkipped("deleted_row")

    def _check_era(self, birth: date | None) -> None:
        if birth is None or not self.mapped("birth_era") or not self._raw("birth_era"):
            return
        try:
            if era_of(birth).name != self._code("birth_era"):
                self.warn("era_mismatch", "birth_era")
        except WarekiError:
            self.warn("era_mismatch", "birth_era")

    def _names(self, foreign: bool) -> tuple[str, str, str | None]:
        full = self._raw("name")
        if not full:
            parts = [self._raw("surname"), self._raw("given_name")]
            full = "\u3000".join(p for p in parts if p)
        kana = _kana(self._raw("name_kana"))
        if not kana:
            kana = "\u3000".join(p for p in (_kana(self._raw("surname_kana")), _kana(self._raw("given_kana"))) if p)
        roman = self._raw("name_roman")
        if foreign and roman:
            return roman, kana, (full if full and full != roman else None)
        if not full:
            raise RowRejected("required", self.profile.column("name") or self.profile.column("surname") or "")
        return full, kana, None

    def _address(self) -> Address:
        return Address(prefecture=self._raw("address_prefecture"), city=self._raw("address_city"),
                       town=self._raw("address_town"), banchi=self._digits("address_banchi"),
                       katagaki=self._raw("address_katagaki"), postal_code=self._postal("postal_code"))

    def _one_line(self, prefix: str) -> str:
        """転入前住所 / 転出先住所: pattern A (split) and B (all in 町字) give the same line."""
        v = self._v
        parts = [v.get(f"{prefix}_prefecture"), v.get(f"{prefix}_city"), v.get(f"{prefix}_town"),
                 v.get(f"{prefix}_banchi")]
        katagaki = v.get(f"{prefix}_katagaki")
        if not any(parts) and not katagaki:
            return ""
        line = "".join(p.translate(_HALF) for p in parts if p)
        return f"{line}\u3000{katagaki}" if line and katagaki else line

    def _honseki(self) -> str | None:
        base, number = self._raw("honseki"), self._digits("honseki_banchi")
        if number and not half_digits(base).endswith(number):
            base += number
        return base or None

    def _foreign(self, other_name: str | None, unknown: set[str]) -> ForeignResidentInfo:
        nationality = self._raw("nationality")
        if not nationality and self.mapped("nationality_code") and self._raw("nationality_code"):
            nationality = str(self._code("nationality_code"))
        status = self._raw("residence_status")
        if not status and self.mapped("residence_status_code") and self._raw("residence_status_code"):
            status = str(self._code("residence_status_code"))
        return ForeignResidentInfo(
            nationality=nationality, residence_status=status,
            residence_expiry=self._date("residence_expiry"),
            residence_card_no=self._digits("residence_card_no") or None,
            alias_name=self._raw("alias_name") or None, alias_kana=_kana(self._raw("alias_kana")) or None,
            other_name=other_name, foreign_since=self._date("foreign_since", unknown))

    def _removal(self, status: ResidentStatus, unknown: set[str]) -> Removal | None:
        reason = str(self._code("removal_reason")) if self.mapped("removal_reason") and \
            self._raw("removal_reason") else None
        filed, removed = self._date("removal_filed_on"), self._date("removed_on", unknown)
        if not (reason or filed or removed):
            return None
        return Removal(reason or None, filed, removed)

    def _move_out(self) -> MoveOut | None:
        filed, planned = self._date("move_out_filed_on"), self._date("move_out_planned_on")
        confirmed, destination = self._date("moved_out_on"), self._one_line("destination")
        if not (filed or planned or confirmed or destination):
            return None
        return MoveOut(filed, planned, confirmed, destination)

    def _check_lengths(self, values: dict[str, Any], household_no: str | None) -> None:
        for column, limit in _LIMIT_ITEMS:
            value = values[column]
            if value is not None and len(value) > limit:
                source = self.profile.column(_SOURCE.get(column, column)) or column
                raise RowRejected("too_long", source, limit=limit)
        if household_no and len(household_no) > _HOUSEHOLD_LIMIT:
            raise RowRejected("too_long", self.profile.column("household_no") or "", limit=_HOUSEHOLD_LIMIT)


_HALF_WIDTH = re.compile(r"[\uff61-\uff9f ]")


def _kana(value: str) -> str:
    """Old systems export half-width katakana: stored full-width, as the card prints it."""
    raw = text(value)
    if not raw or not _HALF_WIDTH.search(raw):
        return raw
    return jaconv.h2z(raw, kana=True, ascii=False, digit=False).replace(" ", "\u3000")


def _with_unknown(new: NewResident, unknown: set[str]) -> NewResident:
    from dataclasses import replace

    return replace(new, unknown_dates=frozenset(unknown)) if unknown else new


def _limit_items() -> tuple[tuple[str, int], ...]:
    from app.records.resident import Address

    sample = resident_columns(NewResident("", "", "", None, "1", Address("", "", "", "")))
    return tuple((c, n) for c, n in _LIMITS.items() if c in sample and isinstance(sample[c], (str, type(None))))


_LIMIT_ITEMS = _limit_items()
