"""composition.py (beside main.py) is the composition root: it decides demo or real mode, the database URL and the
card reader, and hands run_gui a wiring whose build_services() builds the non-Qt objects."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import composition
import main
from app.storage.database import demo_sqlite_url

ROOT = Path(__file__).resolve().parents[2]


def _args(db=None, demo=False):
    return SimpleNamespace(db=db, demo=demo, lang=None)


@pytest.fixture
def no_reader(monkeypatch):
    monkeypatch.setattr(composition, "reader_available", lambda: False)


def test_nothing_configured_plans_demo_on_the_demo_file(no_reader):
    plan = composition.CounterWiring(_args(), env={}).plan()
    assert plan.demo and plan.reason == "nothing_configured"
    assert plan.database_url == demo_sqlite_url()


def test_demo_flag_wins_over_a_database_and_never_uses_it(no_reader, tmp_path):
    plan = composition.CounterWiring(_args(db=f"sqlite:///{tmp_path / 'office.sqlite3'}", demo=True),
                              env={}).plan()
    assert plan.demo and plan.reason == "demo_flag"
    assert plan.database_url == demo_sqlite_url()


def test_db_option_or_environment_chooses_the_real_counter(no_reader, tmp_path):
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    plan = composition.CounterWiring(_args(db=url), env={}).plan()
    assert (plan.demo, plan.database_url, plan.reason) == (False, url, "database_configured")
    from_env = composition.CounterWiring(_args(), env={"MADOGUCHI_DB": "postgresql://u@h/db"}).plan()
    assert not from_env.demo and from_env.database_url == "postgresql+psycopg://u@h/db"


def test_reader_present_chooses_the_real_counter(monkeypatch):
    monkeypatch.setattr(composition, "reader_available", lambda: True)
    plan = composition.CounterWiring(_args(), env={}).plan()
    assert not plan.demo and plan.reason == "reader_present"


def test_card_source_is_the_simulator_in_demo_and_pcsc_otherwise():
    wiring = composition.CounterWiring(_args(), env={})
    demo = wiring.card_source(True)
    assert type(demo.simulated_reader).__module__.startswith("cardreader.simulator")
    assert demo.status_source is demo.simulated_reader
    real = wiring.card_source(False)
    assert real is not None, "pyscard is a dependency: the PC/SC source must be available"
    assert type(real.status_source).__module__.startswith("cardreader.pcsc")
    assert real.simulated_reader is None


def test_main_without_subcommand_hands_run_gui_the_wiring(monkeypatch, no_reader, tmp_path):
    import widgets.application

    seen = {}
    monkeypatch.setattr(widgets.application, "run_gui",
                        lambda args, wiring: seen.update(args=args, wiring=wiring) or 7)
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    assert main.main(["--db", url]) == 7
    wiring = seen["wiring"]
    assert isinstance(wiring, composition.CounterWiring) and wiring.db == url
    services = wiring.build_services()  # what the GUI runs off its thread
    try:
        assert services.demo is False and services.personas == []
        assert services.auth.needs_bootstrap()  # a fresh office database: first-run page
        assert type(services.card_source.status_source).__module__.startswith("cardreader.pcsc")
        assert Path(url.removeprefix("sqlite:///")).exists()
    finally:
        services.close()


def test_the_gui_module_loads_no_database_library():
    code = ("import sys, widgets.application;"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'smartcard', 'reportlab')"
            " or m == 'composition'];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workstation_settings_choose_the_language_and_the_reader(monkeypatch, tmp_path, no_reader):
    from app.settings.workstation import WorkstationSettingsFile

    monkeypatch.setenv("MADOGUCHI_CONFIG_DIR", str(tmp_path))
    store = WorkstationSettingsFile()
    store.save("language", "en")
    store.save("reader_name", "Counter Reader 00")
    assert composition.CounterWiring(_args(), env={}).language() == "en"
    assert composition.CounterWiring(SimpleNamespace(db=None, demo=False, lang="ja"), env={}).language() == "ja"
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    services = composition.build_counter_services(url, False, card_source=composition.CardSource(
        object(), lambda reader: None))
    try:
        assert services.card_source.reader_name == "Counter Reader 00"
    finally:
        services.close()
