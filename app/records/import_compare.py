"""Which of a resident's facts an import row changes (labels, never values)."""
from __future__ import annotations

from typing import Any

from app.records.import_existing import as_date
from app.records.import_report import FIELD_LABELS
from app.records.import_row import ImportedRow

# Columns that are derived or bookkeeping: their change follows another column's.
_DERIVED = frozenset({"norm_name", "norm_kana", "norm_alias", "norm_address", "norm_katagaki"})
_DATES = frozenset({"birth_date", "resident_since", "address_since", "residence_expiry", "removal_filed_on",
                    "removed_on", "move_out_filed_on", "move_out_planned_on", "moved_out_on", "foreign_since"})


def changed_fields(row: ImportedRow, old: dict[str, Any], old_linked: dict[str, tuple | None]) -> list[str]:
    """Labels of what differs between the stored resident and the row, in a stable order."""
    labels: dict[str, None] = {}
    for column, value in row.values.items():
        if column in _DERIVED:
            continue
        before = old.get(column)
        if column in _DATES:
            before = as_date(before)
        if column == "adult_ward":
            before = bool(before)
        if (before or None) != (value or None):
            labels[FIELD_LABELS.get(column, column)] = None
    if (old.get("household_no") or None) != row.household_no:
        labels[FIELD_LABELS["household_no"]] = None
    elif row.household_no and old.get("household_order") != row.order:
        labels[FIELD_LABELS["household_order"]] = None
    if old.get("missing_since") is not None:
        labels[FIELD_LABELS["missing_since"]] = None
    for kind in sorted(row.linked.owned):
        if _normal(old_linked.get(kind)) != _normal(getattr(row.linked, kind)):
            labels[FIELD_LABELS[kind]] = None
    return list(labels)


def _normal(value: tuple | None) -> tuple | None:
    return None if value is None else tuple("" if v is None else v for v in value)
