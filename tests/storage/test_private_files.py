"""Files holding personal data or keys are private to the account running the app."""
import os
import stat

from sqlalchemy import text

from app.privacy import MyNumberCipher
from app.privacy.key_file import create_key, key_file_path
from app.storage.database import make_engine


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_sqlite_database_and_its_wal_are_0600(tmp_path):
    db = tmp_path / "sub" / "records.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(text("create table t (x)"))
        conn.execute(text("insert into t values (1)"))
        assert _mode(db) == 0o600
        assert _mode(f"{db}-wal") == 0o600
    engine.dispose()


def test_key_file_location_can_be_shared_by_counters(tmp_path, monkeypatch):
    shared = tmp_path / "share" / "office.key"
    monkeypatch.setenv("MADOGUCHI_KEY_FILE", str(shared))
    assert key_file_path() == shared
    create_key(shared)  # `db init` on the first counter; the others get a copy
    a = MyNumberCipher.for_data_dir()
    assert _mode(shared) == 0o600
    b = MyNumberCipher.for_data_dir()
    # Same key: one counter's ciphertext opens on another.
    from app.privacy import MyNumber
    n = MyNumber("123456789018")
    assert b.decrypt(a.encrypt(n)).reveal() == "123456789018"
