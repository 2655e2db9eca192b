"""Declared settings: workstation file and office settings in the database."""
import json

import pytest

from app.settings.declarations import SETTINGS, Scope, SettingError, setting
from app.settings.workstation import WorkstationSettingsFile, config_dir
from app.staff.errors import PermissionDeniedError


def test_every_setting_is_declared_once_with_a_description():
    keys = [s.key for s in SETTINGS]
    assert len(keys) == len(set(keys))
    assert all(s.description for s in SETTINGS)
    assert {s.key for s in SETTINGS if s.scope is Scope.OFFICE} >= {
        "approval_required_for_print", "login_lockout_threshold", "reveal_seconds"}


def test_workstation_file_lives_in_the_overridden_config_dir(tmp_path):
    assert config_dir() == tmp_path / "config"
    store = WorkstationSettingsFile()
    defaults = store.load()
    assert defaults.idle_lock_seconds == 300 and defaults.language == "ja"
    assert defaults.workstation_name
    saved = store.save("workstation_name", "窓口2")
    store.save("idle_lock_seconds", "600")
    assert saved.workstation_name == "窓口2" and store.load().idle_lock_seconds == 600
    assert json.loads((tmp_path / "config" / "workstation.json").read_text(encoding="utf-8")) == {
        "workstation_name": "窓口2", "idle_lock_seconds": 600}


def test_bad_values_are_refused_on_save_and_ignored_on_load(tmp_path):
    store = WorkstationSettingsFile()
    with pytest.raises(SettingError):
        store.save("idle_lock_seconds", 5)
    with pytest.raises(SettingError):
        store.save("language", "fr")
    with pytest.raises(SettingError):
        store.save("reveal_seconds", 10)  # an office setting
    store.path.write_text('{"idle_lock_seconds": "soon", "language": "en"}', encoding="utf-8")
    loaded = store.load()
    assert loaded.idle_lock_seconds == 300 and loaded.language == "en"
    store.path.write_text("not json", encoding="utf-8")
    assert store.load().language == "ja"


def test_coerce_types():
    assert setting("approval_required_for_print").coerce("off") is False
    with pytest.raises(SettingError):
        setting("login_lockout_threshold").coerce(True)
    with pytest.raises(SettingError):
        setting("approval_required_for_print").coerce("maybe")


def test_office_settings_defaults_and_audited_change(services, people):
    assert services.office.load().approval_required_for_print is True
    assert services.office.get("reveal_seconds") == 30
    with pytest.raises(PermissionDeniedError):
        services.office.set(people["super1"], "approval_required_for_print", False)
    services.office.set(people["admin1"], "approval_required_for_print", False)
    assert services.office.get("approval_required_for_print") is False
    entry = services.audit.entries(action="setting_changed")[-1]
    assert (entry.staff_id, entry.object_ids, entry.details) == (
        people["admin1"].staff_id, "approval_required_for_print", {"value": False})
    with pytest.raises(SettingError):
        services.office.set(people["admin1"], "language", "en")
