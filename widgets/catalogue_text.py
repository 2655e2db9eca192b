"""The forms catalogue's words on screen (procedure and form titles, field labels, the rules'
reasons) are data (forms/rules, forms/specs), printed in Japanese on the forms; the window
translates them here, from tables resources/translations/build_translations.py adds to the .ts
(like question_widgets.tr_question for the questions).

A reason is filled in by forms.procedure_rules (`{names}` … → the residents' names), so it is
matched back against the rule templates and the English template filled with the same values;
names stay as they are. A text a city's override directory brought in has no English and
shows as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from forms import library
from forms.spec import LAYOUT_TYPES

CATALOGUE_CONTEXT = "FormsCatalogue"
REASONS_CONTEXT = "ProcedureReasons"
QUESTIONS_CONTEXT = "LifeEventQuestions"   # certificate kinds in {kind} are answer labels
REASON_JOIN = " / "                         # forms.procedure_rules.Procedure.reason
CELL_LABEL = re.compile(r"^(?P<field>.+) (?P<row>\d+): (?P<column>.+)$")  # draft_rows.cell_label
AGE = re.compile(r"(\d+)歳")


def tr_catalogue(text: str) -> str:
    return QCoreApplication.translate(CATALOGUE_CONTEXT, text) if text else text


def tr_field_label(label: str) -> str:
    """A field label, or a person-row cell's "氏名 1: フリガナ" in parts."""
    shown = tr_catalogue(label)
    if shown != label:
        return shown
    cell = CELL_LABEL.match(label)
    if cell is None:
        return label
    return f"{tr_catalogue(cell['field'])} {cell['row']}: {tr_catalogue(cell['column'])}"


def tr_reason(reason: str) -> str:
    return REASON_JOIN.join(_tr_one_reason(part) for part in reason.split(REASON_JOIN))


def _tr_one_reason(text: str) -> str:
    for template, pattern in _reason_patterns():
        found = pattern.fullmatch(text)
        if found is None:
            continue
        english = QCoreApplication.translate(REASONS_CONTEXT, template)
        if english == template:
            return text
        values = found.groupdict()
        if "ages" in values:
            values["ages"] = ", ".join(AGE.findall(values["ages"])) or values["ages"]
        if "kind" in values:
            values["kind"] = QCoreApplication.translate(QUESTIONS_CONTEXT, values["kind"])
        try:
            return english.format(**values)
        except (KeyError, IndexError, ValueError):
            return text
    return text


@lru_cache(maxsize=4)
def _patterns_for(generation: int) -> tuple[tuple[str, re.Pattern], ...]:
    del generation  # the cache key: a reconfigured library brings other templates
    out = []
    for template in reason_templates():
        parts = re.split(r"\{(names|ages|kind|count)\}", template)
        regex = "".join(re.escape(p) if i % 2 == 0 else
                        (r"(?P<count>\d+)" if p == "count" else f"(?P<{p}>.+?)")
                        for i, p in enumerate(parts))
        try:
            out.append((template, re.compile(regex, re.DOTALL)))
        except re.error:  # a placeholder twice in one template: not matched back
            continue
    return tuple(out)


def _reason_patterns():
    return _patterns_for(library.generation())


def reason_templates() -> list[str]:
    """Every rule's reason template (all events, all versions), longest first so a
    template never matches a text another, longer one was filled from."""
    lib = library.current()
    found = {rule["reason"] for rules in lib.rules.values() for rule in rules if rule.get("reason")}
    return sorted(found, key=lambda t: (-len(t), t))


def catalogue_strings() -> list[str]:
    """Procedure titles (every version), form titles, field and column labels."""
    lib = library.current()
    texts: list[str] = []
    for entry in lib.procedures.values():
        texts.append(entry.get("title", ""))
        texts += [v["title"] for v in entry.get("versions", ()) if v.get("title")]
    for versions in lib.specs.values():
        for raw in versions:
            texts.append(raw.get("title", ""))
            for f in raw.get("fields", ()):
                if f.get("type") in LAYOUT_TYPES:   # printed only, never a row on screen
                    continue
                texts.append(f.get("label", ""))
                texts += [c.get("label", "") for c in f.get("columns", ())]
    texts.append("フリガナ")  # draft_rows.cell_label names a kana column so
    return [t for t in dict.fromkeys(texts) if t]
