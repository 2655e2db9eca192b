"""Form specifications: one JSON data file per form under forms/specs/.

A spec lists fields; each field has an id, a Japanese label, a type, a box on the A4 page in mm
(x, y from the top-left corner, width, height), where its value comes from (`bind`: context keys
tried in order) and how it is checked (`required`, `validate`). See docs/forms.md for the format.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from domain.errors import DomainError
from forms import library
from forms.validity import BEGINNING, END, Validity, ValidityError, validity_of

SPECS_DIR = Path(__file__).with_name("specs")
SPEC_KEYS = frozenset({"id", "title", "subtitle", "law", "fields", "version", "valid_from", "valid_to", "stock",
                       "_doc", "_origin", "_file"})
STOCKS = ("plain", "preprinted")      # preprinted: the city keeps the paper; print values only (overlay)
FIELD_TYPES = frozenset({"text", "kana", "wareki_date", "digits", "checkboxes", "radio", "person_rows",
                         "signature", "office", "heading", "note", "stamp"})
# Types that hold no value of their own.
LAYOUT_TYPES = frozenset({"signature", "office", "heading", "note", "stamp"})
PAGE_W_MM, PAGE_H_MM = 210.0, 297.0


class SpecError(DomainError):
    """A form spec file is malformed (`data["why"]`: which file, field and key)."""

    code = "spec_invalid"

    def __init__(self, why: str) -> None:
        super().__init__(why=why)


@dataclass(frozen=True)
class ColumnSpec:
    id: str
    label: str
    width: float
    type: str
    options: tuple[str, ...] = ()
    transform: str = ""
    kana: str = ""            # column id whose value is printed small above (ふりがな)
    n: int = 0
    validate: str = ""
    print_policy: str = "always"


@dataclass(frozen=True)
class FieldSpec:
    id: str
    label: str
    type: str
    box: tuple[float, float, float, float]
    bind: tuple[str, ...] = ()
    label_w: float = 0.0
    required: bool = False
    validate: str = ""
    transform: str = ""
    options: tuple[str, ...] = ()
    size: float = 10.0
    n: int = 0
    print_policy: str = "always"      # "on_request": 個人番号 printed only when asked for
    columns: tuple[ColumnSpec, ...] = ()
    rows: int = 0
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def source(self) -> str:
        """Where the value comes from, for docs and the UI: card / registry / answer / derived / office."""
        if self.type == "office":
            return "office"
        if self.bind == ("subjects",):
            return "card/registry/answer"
        kinds = []
        for key in self.bind:
            head = key.split(".", 1)[0].split(":", 1)[0]
            kind = {"card": "card", "resident": "registry", "household": "registry", "answers": "answer",
                    "holder": "card/registry", "subject": "card/registry/answer", "spouse": "registry/answer",
                    "head": "registry/answer", "deceased": "answer"}.get(head, "derived")
            if kind not in kinds:
                kinds.append(kind)
        return "/".join(kinds) or "—"


@dataclass(frozen=True)
class FormSpec:
    id: str
    title: str
    subtitle: str
    law: str
    fields: tuple[FieldSpec, ...]
    version: str = ""
    validity: Validity = Validity(BEGINNING, END)
    stock: str = "plain"
    origin: str = "builtin"

    def field(self, field_id: str) -> FieldSpec:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    @property
    def value_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.type not in LAYOUT_TYPES)


_COMMON = {"id", "label", "type", "box", "bind", "label_w", "required", "validate", "transform", "options",
           "size", "n", "print", "columns", "rows"}


def _column(raw: Mapping, where: str) -> ColumnSpec:
    try:
        return ColumnSpec(raw["id"], raw["label"], float(raw["w"]), raw["type"], tuple(raw.get("options", ())),
                          raw.get("transform", ""), raw.get("kana", ""), int(raw.get("n", 0)),
                          raw.get("validate", ""), raw.get("print", "always"))
    except KeyError as exc:
        raise SpecError(f"{where}: column missing {exc}") from exc


def parse_field(raw: Mapping, form_id: str) -> FieldSpec:
    where = f"{form_id}.{raw.get('id', '?')}"
    if raw.get("type") not in FIELD_TYPES:
        raise SpecError(f"{where}: unknown type {raw.get('type')!r}")
    box = tuple(float(v) for v in raw.get("box", ()))
    if len(box) != 4 or box[0] < 0 or box[1] < 0 or box[0] + box[2] > PAGE_W_MM + 0.01 or box[1] + box[3] > PAGE_H_MM:
        raise SpecError(f"{where}: box {raw.get('box')} is not inside A4")
    bind = raw.get("bind", ())
    bind = (bind,) if isinstance(bind, str) else tuple(bind)
    return FieldSpec(
        raw["id"], raw.get("label", ""), raw["type"], box, bind, float(raw.get("label_w", 0)),
        bool(raw.get("required")), raw.get("validate", ""), raw.get("transform", ""),
        tuple(raw.get("options", ())), float(raw.get("size", 10)), int(raw.get("n", 0)),
        raw.get("print", "always"), tuple(_column(c, where) for c in raw.get("columns", ())),
        int(raw.get("rows", 0)), {k: v for k, v in raw.items() if k not in _COMMON})


def parse_spec(raw: Mapping) -> FormSpec:
    try:
        form_id = raw["id"]
        fields = tuple(parse_field(f, form_id) for f in raw["fields"])
    except KeyError as exc:
        raise SpecError(f"spec missing key {exc}") from exc
    ids = [f.id for f in fields]
    if len(ids) != len(set(ids)):
        raise SpecError(f"{form_id}: duplicate field ids")
    stock = raw.get("stock", "plain")
    if stock not in STOCKS:
        raise SpecError(f"{form_id}: stock must be one of {', '.join(STOCKS)}")
    try:
        window = validity_of(raw, f"spec {form_id}")
    except ValidityError as exc:
        raise SpecError(f"{form_id}: valid_from/valid_to ({exc.detail})") from None
    return FormSpec(form_id, raw.get("title", form_id), raw.get("subtitle", ""), raw.get("law", ""), fields,
                    str(raw.get("version", "")), window, stock, raw.get("_origin", "builtin"))


_parsed: dict[tuple[str, str], FormSpec] = {}


def clear_cache() -> None:
    _parsed.clear()


def _parsed_version(raw: Mapping) -> FormSpec:
    key = (raw["id"], str(raw.get("version", "")))
    spec = _parsed.get(key)
    if spec is None:
        spec = _parsed[key] = parse_spec(raw)
    return spec


def spec_versions(form_id: str) -> list[FormSpec]:
    """Every version of a form, oldest first."""
    raws = library.current().spec_versions(form_id)
    if not raws:
        raise SpecError(f"no form spec {form_id!r}")
    return [_parsed_version(r) for r in raws]


def load_spec(form_id: str, on: dt.date | str | None = None, version: str | None = None) -> FormSpec:
    """The form as printed on a day (the visit date), or a named version.

    Without either: the version in force today, else the newest one."""
    versions = spec_versions(form_id)
    if version:
        for spec in versions:
            if spec.version == version:
                return spec
        raise SpecError(f"no version {version!r} of form spec {form_id!r}")
    day = dt.date.fromisoformat(on) if isinstance(on, str) else (on or dt.date.today())
    for spec in reversed(versions):
        if spec.validity.covers(day):
            return spec
    if on is not None:
        raise SpecError(f"form spec {form_id!r} has no version in force on {day.isoformat()}")
    return versions[-1]


def all_form_ids() -> list[str]:
    return library.current().form_ids()
