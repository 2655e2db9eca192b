"""End to end: `db seed --residents 20000`, then `records find` by My Number and by 4 items."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.privacy import MyNumberCipher
from app.storage.database import make_engine
from app.storage.tables.records import ResidentRow

ROOT = Path(__file__).resolve().parents[2]


def _run(db, *args):
    env = dict(os.environ)  # carries the per-test MADOGUCHI_DATA_DIR (key file) from conftest
    return subprocess.run([sys.executable, "main.py", "--db", db, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    db = f"sqlite:///{data / 'e2e.sqlite3'}"
    env_before = os.environ.get("MADOGUCHI_DATA_DIR")
    os.environ["MADOGUCHI_DATA_DIR"] = str(data)
    try:
        assert _run(db, "db", "init").returncode == 0  # only `db init` creates a database
        result = _run(db, "db", "seed", "--residents", "20000", "--seed", "3")
    finally:
        if env_before is None:
            os.environ.pop("MADOGUCHI_DATA_DIR")
        else:
            os.environ["MADOGUCHI_DATA_DIR"] = env_before
    assert result.returncode == 0, result.stderr
    assert "20,000" in result.stdout
    return db, data


def _find(seeded_db, monkeypatch, *args):
    db, data = seeded_db
    monkeypatch.setenv("MADOGUCHI_DATA_DIR", str(data))
    result = _run(db, "records", "find", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), result.stdout


def _head_of_old_glyph_family(db):
    engine = make_engine(db)
    with engine.connect() as conn:
        row = conn.execute(select(ResidentRow.__table__).where(ResidentRow.name.like("髙橋%"))
                           .order_by(ResidentRow.id)).mappings().first()
    engine.dispose()
    return row


def test_find_by_seeded_my_number(seeded_db, monkeypatch):
    db, data = seeded_db
    row = _head_of_old_glyph_family(db)
    number = MyNumberCipher.from_key_file(data / "mynumber.key").decrypt(row["my_number_enc"])
    found, raw = _find(seeded_db, monkeypatch, "--my-number", number.reveal())
    assert found["candidates"][0]["atena_no"] == row["atena_no"] and not found["ambiguous"]
    assert number.reveal() not in raw  # the full number is never printed


def test_find_by_four_items_with_width_and_old_glyph_variation(seeded_db, monkeypatch):
    db, _ = seeded_db
    row = _head_of_old_glyph_family(db)
    name = row["name"].replace("髙", "高").replace("\u3000", " ")
    banchi = row["banchi"].replace("番", "－").replace("号", "")
    address = f"見本市{row['town']}{banchi}".translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    found, _ = _find(seeded_db, monkeypatch, "--name", name, "--birth-date", row["birth_date"].isoformat(),
                     "--address", address, "--sex", row["sex_code"])
    first = found["candidates"][0]
    assert first["atena_no"] == row["atena_no"] and not found["ambiguous"]
    assert "髙→高 を同一視" in first["reasons"][0] and any(r.startswith("住所が一致") for r in first["reasons"])


def test_cli_tie_is_reported_as_ambiguous(seeded_db, monkeypatch):
    db, _ = seeded_db
    engine = make_engine(db)
    with engine.connect() as conn:
        row = conn.execute(select(ResidentRow.name, ResidentRow.birth_date).where(ResidentRow.name == "佐藤\u3000健一")
                           .order_by(ResidentRow.id)).first()
    engine.dispose()
    found, _ = _find(seeded_db, monkeypatch, "--name", "佐藤健一", "--birth-date", row.birth_date.isoformat())
    assert found["ambiguous"] and len(found["candidates"]) >= 2


def test_invalid_my_number_is_refused(seeded_db, monkeypatch):
    db, data = seeded_db
    monkeypatch.setenv("MADOGUCHI_DATA_DIR", str(data))
    result = _run(db, "records", "find", "--my-number", "123456789012")
    assert result.returncode == 2 and "チェックデジット" in result.stderr


def test_lookups_leave_no_personal_data_in_the_log_even_at_debug(seeded_db, monkeypatch):
    db, data = seeded_db
    row = _head_of_old_glyph_family(db)
    number = MyNumberCipher.from_key_file(data / "mynumber.key").decrypt(row["my_number_enc"])
    monkeypatch.setenv("MADOGUCHI_LOG_LEVEL", "DEBUG")
    monkeypatch.setenv("MADOGUCHI_DATA_DIR", str(data))
    assert _run(db, "records", "find", "--my-number", number.reveal()).returncode == 0
    assert _run(db, "records", "find", "--name", row["name"], "--birth-date", row["birth_date"].isoformat(),
                "--address", f"{row['city']}{row['town']}{row['banchi']}").returncode == 0
    logs = "".join(p.read_text(encoding="utf-8") for p in (data / "logs").glob("*.log*"))
    assert logs  # the file logger was active (DEBUG), so an absence below means something
    for secret in (number.reveal(), row["name"], row["name"].replace("髙", "高"), row["town"], row["atena_no"]):
        assert secret not in logs
