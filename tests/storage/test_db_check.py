"""`db check [--repair]` and an interrupted `db seed`, on SQLite and PostgreSQL."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert, inspect

import main
import training.seed
from app.privacy import MyNumberCipher
from app.storage import health
from app.storage.database import make_engine
from app.storage.tables.records import HouseholdRow
from training.seed import seed_population


def _init(url: str) -> None:
    assert main.main(["--db", url, "db", "init"]) == 0


def _interrupted_seed(url: str) -> None:
    """A seed killed after its first batch: indexes dropped, explicit ids written."""
    engine = make_engine(url)

    def stop(done: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        seed_population(engine, residents=400, seed=2, cipher=MyNumberCipher(b"k" * 32),
                        progress=lambda done, total: stop(done), batch=100)
    engine.dispose()


def _index_names(url: str) -> set[str]:
    engine = make_engine(url)
    names = {ix["name"] for ix in inspect(engine).get_indexes("residents")}
    engine.dispose()
    return names


def test_a_healthy_database_passes(db_url, capsys):
    _init(db_url)
    assert main.main(["--db", db_url, "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "スキーマ: 最新" in out and "問題はありません" in out


def test_an_interrupted_seed_is_found_and_repaired(db_url, capsys):
    _init(db_url)
    declared = {ix.name for ix in HouseholdRow.metadata.tables["residents"].indexes}
    _interrupted_seed(db_url)
    assert not declared & _index_names(db_url)  # the bulk load dropped them
    capsys.readouterr()
    assert main.main(["--db", db_url, "db", "check"]) == 7
    out = capsys.readouterr().out
    assert "索引がありません" in out and "--repair" in out
    if db_url.startswith("postgresql"):
        assert "連番" in out  # ids were written explicitly; the sequences still start at 1
    assert main.main(["--db", db_url, "db", "check", "--repair"]) == 0
    assert "修復済み" in capsys.readouterr().out
    assert declared <= _index_names(db_url)
    assert main.main(["--db", db_url, "db", "check"]) == 0
    engine = make_engine(db_url)
    with engine.begin() as conn:  # an insert without an explicit id works again
        conn.execute(insert(HouseholdRow).values(household_no="H-after-repair", head_name="見本"))
    engine.dispose()


def test_the_next_seed_repairs_an_interrupted_one(db_url):
    _init(db_url)
    _interrupted_seed(db_url)
    assert main.main(["--db", db_url, "db", "seed", "--residents", "50", "--quiet"]) == 0
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert health.missing_indexes(conn) == [] and health.lagging_sequences(conn) == []
    engine.dispose()


def test_ctrl_c_during_seed_says_how_it_will_be_repaired(sqlite_url, monkeypatch, capsys):
    _init(sqlite_url)

    def interrupted(engine, residents, seed, progress):
        raise KeyboardInterrupt

    monkeypatch.setattr(training.seed, "seed_population", interrupted)
    assert main.main(["--db", sqlite_url, "db", "seed", "--residents", "10"]) == 130
    err = capsys.readouterr().err
    assert "中断しました" in err and "db check --repair" in err and "Traceback" not in err


def test_integrity_check_reports_an_index_that_disagrees_with_its_table(sqlite_url, capsys):
    _init(sqlite_url)
    assert main.main(["--db", sqlite_url, "db", "seed", "--residents", "60", "--quiet"]) == 0
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        # rewrite an index's definition behind SQLite's back: its entries no longer match
        conn.exec_driver_sql("PRAGMA writable_schema=ON")
        conn.exec_driver_sql("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_residents_household_id "
                             "ON residents (norm_name)' WHERE name = 'ix_residents_household_id'")
    engine.dispose()
    capsys.readouterr()
    assert main.main(["--db", sqlite_url, "db", "check"]) == 7
    out = capsys.readouterr().out
    assert "整合性: " in out and "ix_residents_household_id" in out and "--repair" in out
    # the table is sound: rebuilding the index from it (REINDEX) is the repair
    assert main.main(["--db", sqlite_url, "db", "check", "--repair"]) == 0
    assert main.main(["--db", sqlite_url, "db", "check"]) == 0


def test_damage_beyond_indexes_is_not_repaired_but_sent_to_the_backup(sqlite_url, capsys):
    _init(sqlite_url)
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(insert(HouseholdRow), [{"household_no": f"H{i:06d}", "head_name": "見本" * 30}
                                            for i in range(3000)])
    engine.dispose()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    start = data.index(("見本" * 30).encode()) // page * page  # a page of the households table
    data[start + 8: start + 600] = b"\xab" * 592  # its cell pointers and cells
    path.write_bytes(bytes(data))
    capsys.readouterr()
    assert main.main(["--db", sqlite_url, "db", "check", "--repair"]) == 7
    captured = capsys.readouterr()
    assert "バックアップから戻して" in captured.out + captured.err and "Traceback" not in captured.err


def test_db_check_on_a_missing_file_names_it(tmp_path, capsys):
    missing = tmp_path / "nowhere" / "db.sqlite3"
    assert main.main(["--db", f"sqlite:///{missing}", "db", "check"]) == 7
    assert str(missing) in capsys.readouterr().err and not Path(missing).parent.exists()
