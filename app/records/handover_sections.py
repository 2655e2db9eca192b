"""Back-office sections (the 窓口 of forms/rules/counters.json) and which need the My Number.

A procedure's section is its counter in the procedure catalogue. A procedure needs the
My Number when one of its forms carries a 個人番号 that is printed whenever the form is
(print "always"/"required": 国保, 児童手当, 国民年金, 葬祭費 — forms/specs; 介護・後期 print it
only on request, so their sections do not get it); that section then receives the number in a
permitted export.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from forms.procedure_rules import counters, procedure_catalog
from forms.spec import load_spec

from app.records.import_errors import HandoverExportError


@dataclass(frozen=True)
class Section:
    id: str
    name: str


def sections() -> list[Section]:
    return [Section(k, v["name"]) for k, v in counters().items()]


def section_of(procedure_code: str) -> Section:
    spec = procedure_catalog().get(procedure_code, {})
    counter = spec.get("counter", "")
    return Section(counter, counters().get(counter, {}).get("name", counter))


def find_section(name: str) -> Section:
    """By id (`hoken`) or by name (`保険年金課 国保・年金係`, or its first word `保険年金課`)."""
    for s in sections():
        if name in (s.id, s.name):
            return s
    matches = [s for s in sections() if s.name.split()[0] == name]
    if len(matches) == 1:
        return matches[0]
    raise HandoverExportError("unknown_section", section=name)


@lru_cache(maxsize=64)
def form_needs_my_number(form_id: str) -> bool:
    try:
        spec = load_spec(form_id)
    except Exception:  # noqa: BLE001 — an unknown form id cannot ask for a number
        return False
    for f in spec.fields:
        if f.validate == "my_number" and f.print_policy != "on_request":
            return True
        if any(c.validate == "my_number" and c.print_policy != "on_request" for c in f.columns):
            return True
    return False
