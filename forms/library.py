"""The whole set a counter works from: rules, procedure texts, counters, fees, form specs, 外字 table.

Built in under forms/rules and forms/specs; a city adds or replaces any of it in its **override
directory** (the `forms_override_dir` setting) without touching code:

    <dir>/rules/<event>.json    {"rules": [...]}: a rule whose id exists replaces every built-in version of
                                that id; a new id is added; {"id": "...", "disabled": true} removes one
    <dir>/procedures.json       {"<id>": {...}}: keys merged into the built-in entry (new ids added)
    <dir>/counters.json         {"<id>": {"name", "place", ...}}: merged the same way
    <dir>/fees.json             {"<id>": {"label", "yen", "unit"}}: merged; `{fee:<id>}` in a procedure text
    <dir>/specs/<id>.json       a form version (layout, fields): replaces the version with the same
    <dir>/specs/<id>@<v>.json   id + version, or adds one
    <dir>/gaiji.json            {"E001": "MJ012345"}: the city's 外字 code points → MJ文字図形名

`configure(path)` chooses the directory (the CLI and composition root pass the setting); `current()`
is the merged set, read once and cached until `configure` is called again. Docs: docs/forms-overrides.md.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from domain.errors import DomainError
from forms.events import EVENTS
from forms.validity import Validity, ValidityError, validity_of

BUILTIN_RULES = Path(__file__).with_name("rules")
BUILTIN_SPECS = Path(__file__).with_name("specs")
FEE_RE = re.compile(r"\{fee:([a-z0-9_]+)\}")


class OverrideError(DomainError):
    """The city's override directory cannot be used (`data["path"]` relative to it, `data["why"]` technical)."""

    code = "forms_override_invalid"
    details = ("missing_dir", "unreadable", "bad_json", "not_object")


@dataclass(frozen=True)
class SourceFile:
    path: Path
    origin: str        # "builtin" / "override"


@dataclass
class Library:
    rules: dict[str, list[dict]] = field(default_factory=dict)          # event → rules (all versions)
    procedures: dict[str, dict] = field(default_factory=dict)
    counters: dict[str, dict] = field(default_factory=dict)
    fees: dict[str, dict] = field(default_factory=dict)
    specs: dict[str, list[dict]] = field(default_factory=dict)          # form id → raw spec versions
    gaiji: dict[int, str] = field(default_factory=dict)                 # code point → MJ文字図形名
    override_dir: Path | None = None
    origins: dict[str, str] = field(default_factory=dict)               # "rule:<id>", "procedure:<id>" … → origin

    # --- rules ---
    def rules_for(self, event: str) -> list[dict]:
        return self.rules.get(event, [])

    def rules_on(self, event: str, on: dt.date) -> list[dict]:
        return [r for r in self.rules_for(event) if rule_validity(r).covers(on)]

    # --- procedures ---
    def procedure(self, proc_id: str, on: dt.date | None = None) -> dict | None:
        """The procedure's texts in force on a day: the base entry with its matching version merged in."""
        base = self.procedures.get(proc_id)
        if base is None:
            return None
        entry = {k: v for k, v in base.items() if k != "versions"}
        if on is not None:
            for version in base.get("versions", ()):
                if version_validity(proc_id, base, version).covers(on):
                    entry.update({k: v for k, v in version.items() if k not in ("valid_from", "valid_to")})
                    break
        return self.with_fees(entry)

    def with_fees(self, entry: dict) -> dict:
        def fill(text: Any) -> Any:
            if isinstance(text, str):
                return FEE_RE.sub(lambda m: fee_text(self.fees.get(m.group(1))), text)
            if isinstance(text, list):
                return [fill(t) for t in text]
            return text
        return {k: fill(v) for k, v in entry.items()}

    # --- specs ---
    def form_ids(self) -> list[str]:
        return sorted(self.specs)

    def spec_versions(self, form_id: str) -> list[dict]:
        return self.specs.get(form_id, [])


def fee_text(fee: Mapping[str, Any] | None) -> str:
    if not fee:
        return "（手数料は窓口でご確認ください）"
    yen = int(fee.get("yen", 0))
    return "無料" if yen == 0 else f"{yen:,}円"


def rule_validity(rule: Mapping[str, Any]) -> Validity:
    return validity_of(rule, f"rule {rule.get('id', '?')}")


def version_validity(proc_id: str, base: Mapping[str, Any], version: Mapping[str, Any]) -> Validity:
    return validity_of(version, f"procedure {proc_id} version",
                       inherit=validity_of(base, f"procedure {proc_id}"))


def spec_validity(raw: Mapping[str, Any]) -> Validity:
    return validity_of(raw, f"spec {raw.get('id', '?')}@{raw.get('version', '?')}")


# --- loading ---

_override_dir: Path | None = None
_current: Library | None = None
_generation = 0          # bumped on configure: caches keyed on it (shaped text, parsed specs) start afresh


def _read(path: Path, base: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise OverrideError("unreadable", path=str(path.relative_to(base)), why="") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise OverrideError("bad_json", path=str(path.relative_to(base)), why=f"{exc.lineno}:{exc.colno}") from None


def _object(data: Any, path: Path, base: Path) -> dict:
    if not isinstance(data, dict):
        raise OverrideError("not_object", path=str(path.relative_to(base)), why="")
    return data


def _entries(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _load_rules(lib: Library, folder: Path, origin: str) -> None:
    for event in EVENTS:
        path = folder / f"{event}.json"
        if not path.is_file():
            continue
        data = _object(_read(path, folder.parent), path, folder.parent)
        incoming = data.get("rules", [])
        replaced = {r.get("id") for r in incoming}
        kept = [r for r in lib.rules.get(event, []) if r.get("id") not in replaced]
        added = []
        for rule in incoming:
            lib.origins[f"rule:{rule.get('id')}"] = origin
            if not rule.get("disabled"):
                added.append(dict(rule, _event=event, _origin=origin))
        lib.rules[event] = kept + added


def _merge_entries(target: dict[str, dict], data: Mapping[str, Any], kind: str, lib: Library, origin: str) -> None:
    for key, value in _entries(data).items():
        if isinstance(value, dict) and key in target:
            target[key] = {**target[key], **value}
        else:
            target[key] = value
        lib.origins[f"{kind}:{key}"] = origin


def _load_specs(lib: Library, folder: Path, origin: str) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.json")):
        raw = _object(_read(path, folder.parent), path, folder.parent)
        form_id = raw.get("id") or path.stem.split("@", 1)[0]
        version = str(raw.get("version", ""))
        raw = dict(raw, id=form_id, version=version, _origin=origin, _file=path.name)
        versions = [v for v in lib.specs.get(form_id, []) if v.get("version") != version]
        versions.append(raw)
        lib.specs[form_id] = sorted(versions, key=_spec_start)
        lib.origins[f"spec:{form_id}@{version}"] = origin


def _spec_start(raw: Mapping[str, Any]) -> dt.date:
    try:
        return spec_validity(raw).start
    except ValidityError:
        return dt.date.min


def _load_gaiji(lib: Library, path: Path, base: Path) -> None:
    data = _object(_read(path, base), path, base)
    for code, mj in _entries(data).items():
        try:
            lib.gaiji[int(str(code).upper().removeprefix("U+"), 16)] = str(mj)
        except ValueError:
            raise OverrideError("bad_json", path=path.name, why=f"code {code}") from None


def load(override_dir: Path | None = None) -> Library:
    """Read the built-in set, then the city's overrides on top."""
    lib = Library(override_dir=override_dir)
    _load_rules(lib, BUILTIN_RULES, "builtin")
    for name, target, kind in (("procedures", lib.procedures, "procedure"), ("counters", lib.counters, "counter"),
                               ("fees", lib.fees, "fee")):
        path = BUILTIN_RULES / f"{name}.json"
        if path.is_file():
            _merge_entries(target, _read(path, BUILTIN_RULES), kind, lib, "builtin")
    _load_specs(lib, BUILTIN_SPECS, "builtin")
    if override_dir is None:
        return lib
    base = Path(override_dir)
    if not base.is_dir():
        raise OverrideError("missing_dir", path=".", why="")
    _load_rules(lib, base / "rules", "override")
    for name, target, kind in (("procedures", lib.procedures, "procedure"), ("counters", lib.counters, "counter"),
                               ("fees", lib.fees, "fee")):
        path = base / f"{name}.json"
        if path.is_file():
            _merge_entries(target, _object(_read(path, base), path, base), kind, lib, "override")
    _load_specs(lib, base / "specs", "override")
    if (base / "gaiji.json").is_file():
        _load_gaiji(lib, base / "gaiji.json", base)
    return lib


def configure(override_dir: str | Path | None) -> Library:
    """Choose the city's override directory (None or "" = built-in only) and load the merged set."""
    global _override_dir, _current, _generation
    _override_dir = Path(override_dir) if override_dir else None
    _current = None
    _generation += 1
    from forms import spec as _spec   # parsed specs are cached per library
    _spec.clear_cache()
    return current()


def generation() -> int:
    return _generation


def current() -> Library:
    global _current
    if _current is None:
        _current = load(_override_dir)
    return _current
