"""The issue's 'done when', as the city's IT staff would run it: `records import` on the
122-column file, `records find` for its residents, a second import with 0 changes, the CP932
copy and a copy with one broken date — exit codes, terminal and report file."""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.records.conftest import FIXTURES
from tests.records.fixtures.build_fixtures import rows

ROOT = Path(__file__).resolve().parents[2]


ADMIN = ("chief", "chief-admin-pass-1")
SIGNED_IN = {("records", "import"), ("records", "import-mynumbers"), ("records", "export")}


def _run(db, *args, signed_in: bool = True):
    """main.py on `db`; the commands that need a signed-in member run as the administrator."""
    extra, stdin = ((), "")
    if signed_in and tuple(args[:2]) in SIGNED_IN:
        extra, stdin = ("--as", ADMIN[0]), ADMIN[1] + "\n"
    return subprocess.run([sys.executable, "main.py", "--db", db, *args, *extra], cwd=ROOT, env=dict(os.environ),
                          capture_output=True, text=True, timeout=240, input=stdin)


@pytest.fixture
def db(db_url):
    from app.staff_services import StaffServices
    from tests.staff.service_fixtures import CHEAP_HASHING

    staff = StaffServices.open(db_url, hashing=CHEAP_HASHING)
    try:
        staff.staff.bootstrap_administrator("ws", *ADMIN)
    finally:
        staff.close()
    return db_url


def test_import_without_a_signed_in_administrator_is_refused_and_changes_nothing(db):
    anonymous = _run(db, "records", "import", "--profile", "mado", str(FIXTURES / "mado_basic.csv"), signed_in=False)
    assert anonymous.returncode == 8 and "--as" in anonymous.stderr
    wrong = subprocess.run([sys.executable, "main.py", "--db", db, "records", "import", "--profile", "mado",
                            str(FIXTURES / "mado_basic.csv"), "--as", ADMIN[0]], cwd=ROOT, env=dict(os.environ),
                           capture_output=True, text=True, timeout=240, input="not-the-password\n")
    assert wrong.returncode == 8
    found = _run(db, "records", "find", "--name", "架空 三郎", "--birth-date", "1940-12-01", "--json")
    assert found.returncode == 1 or not json.loads(found.stdout)["candidates"], found.stdout


def _report_path(stdout: str) -> Path:
    return Path(re.search(r"報告ファイル: (.+)", stdout).group(1).strip())


def test_import_find_reimport_cp932_and_a_broken_date(db):
    first = _run(db, "records", "import", "--profile", "mado", "--mode", "snapshot", str(FIXTURES / "mado_basic.csv"))
    assert first.returncode == 0, first.stderr
    assert "新規 17" in first.stdout and "取り込めない行 0" in first.stdout
    assert "取り込み" in first.stderr and "100%" in first.stderr  # the progress bar

    for row in [r for r in rows() if r["最新フラグ"] == "1" and r["生年月日_不詳フラグ"] == "0"][:6]:
        name = row["氏名_外国人ローマ字"] or row["氏名"]
        found = _run(db, "records", "find", "--name", name, "--birth-date", row["生年月日"], "--json")
        assert found.returncode == 0, found.stderr
        top = json.loads(found.stdout)["candidates"][0]
        assert top["atena_no"] == row["宛名番号"]
    dead = json.loads(_run(db, "records", "find", "--name", "架空 三郎", "--birth-date", "1940-12-01",
                           "--json").stdout)["candidates"][0]
    assert dead["status"] == "死亡" and not dead["living"] and dead["status_dates"]["死亡日"] == "2026-03-03"
    gone = json.loads(_run(db, "records", "find", "--name", "空見 明", "--birth-date", "1988-08-08",
                           "--json").stdout)["candidates"][0]
    assert gone["status"] == "転出" and gone["status_dates"]["転出日（確定）"] == "2026-06-01"

    again = _run(db, "records", "import", "--profile", "mado", "--mode", "snapshot", str(FIXTURES / "mado_basic.csv"))
    assert again.returncode == 0 and "新規 0 / 変更 0 / 変更なし 17 / 状態の変更 0" in again.stdout

    cp932 = _run(db, "records", "import", "--profile", "mado", str(FIXTURES / "mado_basic_cp932.csv"))
    assert cp932.returncode == 0 and "変更なし 17" in cp932.stdout

    broken = _run(db, "records", "import", "--profile", "mado", str(FIXTURES / "mado_broken_date.csv"))
    assert broken.returncode == 2
    assert "4 行目 [生年月日] 日付として読めません" in broken.stdout
    report = _report_path(broken.stdout)
    assert "4,生年月日," in report.read_text(encoding="utf-8-sig")
    assert "見本" not in broken.stdout + broken.stderr  # lines and columns, never a name


def test_check_and_dry_run_exit_codes(db, tmp_path):
    ok = _run(db, "records", "import", "--profile", "mado", "--check", str(FIXTURES / "mado_basic.csv"))
    assert ok.returncode == 0 and "一致しています" in ok.stdout
    wrong = _run(db, "records", "import", "--profile", "madoguchi", "--check", str(FIXTURES / "mado_basic.csv"))
    assert wrong.returncode == 2 and "足りない列" in wrong.stdout and "プロファイルにない列" in wrong.stdout
    dry = _run(db, "records", "import", "--profile", "mado", "--dry-run", str(FIXTURES / "mado_bad_rows.csv"))
    assert dry.returncode == 2 and "試行" in dry.stdout and "10 行目 [-] 文字コードを読めない行です" in dry.stdout
    missing_profile = _run(db, "records", "import", "--profile", "nosuch", str(FIXTURES / "mado_basic.csv"))
    assert missing_profile.returncode == 2 and "nosuch" in missing_profile.stderr
    assert "Traceback" not in missing_profile.stderr
    listing = _run(db, "records", "profiles")
    assert listing.returncode == 0 and "mado" in listing.stdout and "madoguchi" in listing.stdout


def test_my_number_import_reports_wrong_rows_by_line_only(db):
    assert _run(db, "records", "import", "--profile", "mado", str(FIXTURES / "mado_basic.csv")).returncode == 0
    result = _run(db, "records", "import-mynumbers", str(FIXTURES / "mynumbers.csv"))
    assert result.returncode == 2
    assert "登録 3" in result.stdout and "5 行目 個人番号のチェックデジットが合いません" in result.stdout
    numbers = re.findall(r"\d{8,12}", (FIXTURES / "mynumbers.csv").read_text(encoding="utf-8-sig"))
    for digits in numbers + ["4242"]:
        assert digits not in result.stdout + result.stderr
