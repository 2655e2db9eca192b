"""Per-workstation settings in a JSON file in the platform config dir.

MADOGUCHI_CONFIG_DIR overrides the directory (tests, portable installs).
Unknown keys in the file are kept out of the result; a bad value falls back
to the default rather than stopping the counter from starting.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir

from app.settings.declarations import SETTINGS, Scope, SettingError, default_of, setting

ENV_CONFIG_DIR = "MADOGUCHI_CONFIG_DIR"
FILE_NAME = "workstation.json"
log = logging.getLogger(__name__)


def config_dir() -> Path:
    override = os.environ.get(ENV_CONFIG_DIR)
    path = Path(override) if override else Path(user_config_dir("madoguchi", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class WorkstationSettings:
    workstation_name: str
    reader_name: str
    idle_lock_seconds: int
    language: str
    forms_override_dir: str = ""      # issue 13
    print_offsets: str = "{}"         # issue 13


KEYS = tuple(s.key for s in SETTINGS if s.scope is Scope.WORKSTATION)


class WorkstationSettingsFile:
    def __init__(self, path: Path | None = None):
        self.path = path or config_dir() / FILE_NAME

    def load(self) -> WorkstationSettings:
        raw: dict = {}
        if self.path.exists():
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                log.warning("workstation settings file unreadable; using defaults")
        values = {}
        for key in KEYS:
            try:
                values[key] = setting(key).coerce(raw[key]) if key in raw else default_of(key)
            except SettingError as exc:
                log.warning("ignoring workstation setting: %s", exc)
                values[key] = default_of(key)
        return WorkstationSettings(**values)

    def save(self, key: str, value) -> WorkstationSettings:
        decl = setting(key)
        if decl.scope is not Scope.WORKSTATION:
            raise SettingError("office_only", key=key)
        raw = {}
        if self.path.exists():
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
            except ValueError:
                raw = {}
        raw[key] = decl.coerce(value)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(raw, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.path)
        return self.load()
