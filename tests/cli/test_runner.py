"""The one top-level handler: an unexpected fault is one line and a log entry without
personal data; the streams never end a command in a traceback."""
from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from app.error_catalog import CATALOG
from app.storage.database import make_engine
from app.storage.migration_runner import upgrade
from app.storage.tables.records import HouseholdRow
from cli.runner import run_command

ROOT = Path(__file__).resolve().parents[2]
NAME, BIRTH, MY_NUMBER = "見本　花子", "1980-04-01", "123456789018"


def _args(handler, **more) -> Namespace:
    return Namespace(command="records", records_command="find", handler=handler,
                     given_options=("--name", "--birth-date"), db=None, **more)


def _incident(err: str, log_dir: Path) -> tuple[str, str]:
    """(incident number, its log text) from the one line the runner printed."""
    match = re.search(r"記録番号 ([0-9a-f]{8})、技術的な詳細: (.+?)）", err)
    assert match, err
    log = Path(match.group(2)).read_text(encoding="utf-8")
    assert Path(match.group(2)).parent == log_dir
    return match.group(1), log


def test_an_unexpected_fault_is_one_line_and_a_log_without_personal_data(tmp_path, capsys):
    def handler(args):
        from app.records.normalization import normalize_name  # a frame of our own code on the way
        normalize_name(NAME)
        raise ValueError(f"no match for {NAME!r} born {BIRTH} number {MY_NUMBER}")

    assert run_command(_args(handler)) == 1
    err = capsys.readouterr().err
    assert err.startswith("エラー: 予期しない問題") and "Traceback" not in err and len(err.splitlines()) == 2
    incident, log = _incident(err, tmp_path / "data" / "logs")
    entry = log[log.index(incident):]
    assert "ValueError" in entry and "madoguchi records find with --name --birth-date" in entry
    assert "tests/cli/test_runner.py" not in entry and "cli/runner.py" in entry  # our frames only
    for secret in ("見本", "花子", BIRTH, "1980", MY_NUMBER):
        assert secret not in log


def test_sql_parameters_are_never_logged(tmp_path, capsys):
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")

    def handler(args):
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO no_such_table (name, birth, number) VALUES (:n, :b, :m)"),
                         {"n": NAME, "b": BIRTH, "m": MY_NUMBER})

    assert run_command(_args(handler)) == 1
    incident, log = _incident(capsys.readouterr().err, tmp_path / "data" / "logs")
    assert "SQL (parameters not recorded): INSERT INTO no_such_table" in log and "SQLITE_ERROR" in log
    for secret in ("見本", BIRTH, MY_NUMBER):
        assert secret not in log
    engine.dispose()


@pytest.mark.postgres
def test_postgresql_detail_lines_quoting_values_are_never_logged(postgres_url, tmp_path, capsys):
    engine = make_engine(postgres_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(insert(HouseholdRow).values(household_no="H-花子", head_name=NAME))

    def handler(args):
        with engine.begin() as conn:  # a duplicate: DETAIL: Key (household_no)=(H-花子) already exists.
            conn.execute(insert(HouseholdRow).values(household_no="H-花子", head_name=NAME))

    assert run_command(_args(handler)) == 1
    _incident_no, log = _incident(capsys.readouterr().err, tmp_path / "data" / "logs")
    assert "23505" in log and "duplicate key value violates unique constraint" in log
    assert "花子" not in log and "見本" not in log
    engine.dispose()


def test_without_a_writable_data_folder_the_detail_goes_to_the_temporary_folder(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("MADOGUCHI_DATA_DIR", str(blocker))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()

    def handler(args):
        raise RuntimeError("boom")

    assert run_command(_args(handler)) == 1
    incident, log = _incident(capsys.readouterr().err, tmp_path / "tmp" / "madoguchi-logs")
    assert incident in log
    assert stat.S_IMODE((tmp_path / "tmp" / "madoguchi-logs" / "madoguchi-cli.log").stat().st_mode) == 0o600


def test_a_domain_error_ends_as_its_message_and_code(capsys):
    from app.storage.errors import DatabaseBusy

    def handler(args):
        raise DatabaseBusy(where="db.sqlite3")

    assert run_command(_args(handler)) == 7
    assert capsys.readouterr().err.startswith("エラー: データベース（db.sqlite3）を他の処理が使用中です。")


def test_a_reader_that_goes_away_is_not_an_error():
    env = dict(os.environ, MADOGUCHI_DATA_DIR=os.environ["MADOGUCHI_DATA_DIR"])
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--demo", "card", "readers", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    proc.stdout.close()  # like `| head -0`: nobody reads
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0 and err == ""


def test_interrupted_reports_130(capsys):
    def handler(args):
        raise KeyboardInterrupt

    assert run_command(_args(handler)) == 130
    assert capsys.readouterr().err.startswith("エラー: 中断しました。")


def test_every_exit_code_in_the_catalogue_is_documented():
    doc = (ROOT / "docs" / "exit-codes.md").read_text(encoding="utf-8")
    documented = {int(m) for m in re.findall(r"^\| *(\d+) *\|", doc, re.M)}
    used = {entry.exit_code for entry in CATALOG.values()} | {0}
    assert used <= documented, used - documented
