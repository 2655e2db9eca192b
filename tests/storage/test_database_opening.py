"""Opening a database for a command: what a mistyped path, a damaged copy, a read-only
medium, a newer release's database and an unreachable server each end in."""
from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import StatementError

from app.storage.database import make_engine
from app.storage.errors import (DatabaseCorrupt, DatabaseMissing, DatabaseNewer, DatabaseOutdated, DatabaseReadOnly,
                                DatabaseUnavailable, DatabaseUninitialised, DatabaseUrlInvalid)
from app.storage.faults import as_domain_error
from app.storage.migration_runner import current_heads, downgrade, script_heads, upgrade
from app.storage.opening import Access, open_database, open_with_state
from app.storage.tables.records import HouseholdRow
from tests.support.read_only_medium import read_only_copy


def _initialised(url: str) -> str:
    engine = open_database(url, Access.CREATE)
    upgrade(engine)
    engine.dispose()
    return url


def _path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def test_a_missing_file_is_an_error_naming_it_and_nothing_is_created(tmp_path):
    typo = tmp_path / "madoguchi-typo" / "db.sqlite3"
    for access in (Access.READ, Access.WRITE, Access.UPGRADE, Access.CHECK):
        with pytest.raises(DatabaseMissing) as caught:
            open_database(f"sqlite:///{typo}", access)
        assert caught.value.data["path"] == str(typo) and caught.value.detail == "folder"
    assert not typo.parent.exists()
    with pytest.raises(DatabaseMissing) as caught:
        open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}", Access.READ)
    assert caught.value.detail == "" and not (tmp_path / "other.sqlite3").exists()


def test_only_create_makes_the_file_its_folder_and_keeps_it_private(tmp_path):
    path = tmp_path / "new" / "folder" / "db.sqlite3"
    _initialised(f"sqlite:///{path}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    engine = open_database(f"sqlite:///{path}", Access.READ)
    assert set(current_heads(engine)) == script_heads()  # every area's branch at its head
    engine.dispose()


def test_a_text_file_and_a_folder_are_not_databases(tmp_path):
    (tmp_path / "notes.txt").write_text("hello\n")
    for target in (tmp_path / "notes.txt", tmp_path):
        with pytest.raises(DatabaseCorrupt) as caught:
            open_database(f"sqlite:///{target}", Access.READ)
        assert caught.value.detail == "not_sqlite"


def test_a_truncated_copy_is_named_as_such(sqlite_url, tmp_path):
    _initialised(sqlite_url)
    data = _path(sqlite_url).read_bytes()
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseCorrupt) as caught:
        open_database(f"sqlite:///{cut}", Access.READ)
    assert caught.value.detail == "truncated"
    (tmp_path / "stub.sqlite3").write_bytes(data[:40])
    with pytest.raises(DatabaseCorrupt):
        open_database(f"sqlite:///{tmp_path / 'stub.sqlite3'}", Access.READ)


def test_damaged_pages_are_found_by_quick_check(sqlite_url, tmp_path):
    _initialised(sqlite_url)
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:  # enough rows for several pages
        conn.execute(insert(HouseholdRow), [{"household_no": f"H{i:08d}", "head_name": "見本" * 20}
                                            for i in range(3000)])
    engine.dispose()
    data = bytearray(_path(sqlite_url).read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3: page * 3 + 512] = b"\xab" * 512  # scribble over a page in the middle
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt) as caught:
        open_database(f"sqlite:///{damaged}", Access.READ)
    assert caught.value.detail == "damaged"


def test_an_empty_file_asks_for_db_init(tmp_path):
    (tmp_path / "empty.sqlite3").touch()
    with pytest.raises(DatabaseUninitialised):
        open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}", Access.READ)


def test_a_newer_release_is_refused_with_its_version_not_an_alembic_error(db_url):
    url = _initialised(db_url) if db_url.startswith("sqlite") else db_url
    if not db_url.startswith("sqlite"):
        upgrade(make_engine(url))
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0099_future_branch')"))
    for access in (Access.READ, Access.WRITE, Access.UPGRADE, Access.CREATE):
        with pytest.raises(DatabaseNewer) as caught:
            open_database(url, access).dispose()
        assert caught.value.data["version"] == "0099_future_branch"
    with pytest.raises(DatabaseNewer):
        upgrade(engine)  # also when a tool calls the migration runner directly
    _engine, state = open_with_state(url, Access.CHECK)  # db check reports it instead
    assert state.unknown == {"0099_future_branch"}
    _engine.dispose()
    engine.dispose()


def test_an_older_schema_is_upgraded_only_by_db_upgrade(sqlite_url):
    _initialised(sqlite_url)
    engine = make_engine(sqlite_url)
    downgrade(engine, "records@base")
    engine.dispose()
    with pytest.raises(DatabaseOutdated):
        open_database(sqlite_url, Access.READ)
    before = _path(sqlite_url).read_bytes()
    with pytest.raises(DatabaseOutdated):
        open_database(sqlite_url, Access.WRITE)
    assert _path(sqlite_url).read_bytes() == before  # refusing did not migrate
    engine = open_database(sqlite_url, Access.UPGRADE)
    upgrade(engine)
    assert set(current_heads(engine)) == script_heads()  # every area's branch at its head
    engine.dispose()


def test_a_read_only_medium_reads_and_refuses_writes(sqlite_url, tmp_path):
    _initialised(sqlite_url)
    with read_only_copy(_path(sqlite_url), tmp_path / "cdrom") as copy:
        url = f"sqlite:///{copy}"
        engine = open_database(url, Access.READ)
        with engine.connect() as conn:
            assert conn.execute(select(HouseholdRow.household_no)).all() == []
        with pytest.raises(StatementError) as caught, engine.begin() as conn:
            conn.execute(insert(HouseholdRow).values(household_no="H1", head_name="x"))
        assert isinstance(as_domain_error(caught.value), DatabaseReadOnly)
        engine.dispose()
        with pytest.raises(DatabaseReadOnly) as refused:
            open_database(url, Access.WRITE)
        assert refused.value.data["path"] == str(copy)


@pytest.mark.parametrize("url, detail", [
    ("nonsense", "syntax"),
    ("postgresql://app@127.0.0.1:notaport/x", "syntax"),
    ("mysql://app@127.0.0.1/x", "unsupported"),
    ("oracle://scott:tiger@127.0.0.1/x", "unsupported"),
    ("postgresql+pg8000://app@127.0.0.1/x", "unknown_driver"),
    ("sqlite+pysqlcipher:///x.db", "unknown_driver"),
])
def test_bad_urls_and_unknown_drivers_fail_before_connecting(url, detail):
    with pytest.raises(DatabaseUrlInvalid) as caught:
        open_database(url, Access.READ)
    assert caught.value.detail == detail
    assert "tiger" not in str(caught.value)  # a password in the URL never reaches a message


def test_a_refused_postgresql_names_the_server():
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database("postgresql://nobody@127.0.0.1:1/x", Access.READ)
    assert caught.value.detail == "refused" and caught.value.data["where"] == "127.0.0.1:1/x"


@pytest.mark.postgres
def test_postgresql_without_the_database_or_the_role(postgres_server):
    port = postgres_server.port
    with pytest.raises(DatabaseUnavailable) as missing:
        open_database(f"postgresql://app@127.0.0.1:{port}/no_such_db", Access.READ)
    with pytest.raises(DatabaseUnavailable) as role:
        open_database(f"postgresql://nobody@127.0.0.1:{port}/postgres", Access.READ)
    assert (missing.value.detail, role.value.detail) == ("no_database", "authentication")


@pytest.mark.postgres
def test_an_empty_postgresql_database_asks_for_db_init(postgres_url):
    with pytest.raises(DatabaseUninitialised):
        open_database(postgres_url, Access.READ)


def test_sql_parameters_never_appear_in_error_text(sqlite_url):
    _initialised(sqlite_url)
    engine = make_engine(sqlite_url)
    with pytest.raises(StatementError) as caught, engine.begin() as conn:
        conn.execute(text("INSERT INTO no_such_table (name) VALUES (:name)"), {"name": "見本　花子 123456789012"})
    assert "見本" not in str(caught.value) and "123456789012" not in str(caught.value)
    engine.dispose()


def test_a_copy_without_write_permission_on_the_file_only_still_reads(sqlite_url, tmp_path):
    _initialised(sqlite_url)
    copy = tmp_path / "copy" / "db.sqlite3"
    copy.parent.mkdir()
    shutil.copy2(_path(sqlite_url), copy)
    copy.chmod(0o400)
    engine = open_database(f"sqlite:///{copy}", Access.READ)
    with engine.connect() as conn:
        assert conn.execute(select(HouseholdRow.household_no)).all() == []
    engine.dispose()
