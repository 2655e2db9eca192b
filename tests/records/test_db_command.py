"""`db init`, `db upgrade` and `db seed` through main(), on both databases."""
import stat

import pytest

from sqlalchemy import func, select

import main
from app.storage.database import make_engine
from app.storage.migration_runner import current_heads
from app.storage.tables.records import ResidentRow


def test_init_creates_schema_and_key_file(db_url, tmp_path, capsys):
    assert main.main(["--db", db_url, "db", "init"]) == 0
    engine = make_engine(db_url)
    assert "0001b_records_exchange" in current_heads(engine)
    key = tmp_path / "data" / "mynumber.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert main.main(["--db", db_url, "db", "upgrade"]) == 0  # idempotent
    assert "0001b_records_exchange" in capsys.readouterr().out
    engine.dispose()


def test_seed_loads_the_requested_number(db_url, capsys):
    assert main.main(["--db", db_url, "db", "init"]) == 0  # only `db init` creates a database
    assert main.main(["--db", db_url, "db", "seed", "--residents", "250", "--seed", "4", "--quiet"]) == 0
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ResidentRow)).scalar_one() == 250
    engine.dispose()
    assert "250 人" in capsys.readouterr().out


def test_seed_rejects_zero(db_url, capsys):
    with pytest.raises(SystemExit) as exit_:
        main.main(["--db", db_url, "db", "seed", "--residents", "0"])
    assert exit_.value.code == 2 and "--residents" in capsys.readouterr().err
