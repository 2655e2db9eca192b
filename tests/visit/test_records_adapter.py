"""RecordsAdapter over the real records area: a tie is never resolved by taking the first."""
from __future__ import annotations

from datetime import date

import pytest

from app.privacy import MyNumber, MyNumberCipher
from app.records import (Address, LookupService, NewResident, ResidentRepository,
                         ResidentStatus)
from app.storage.database import make_engine, make_session_factory
from app.storage.migration_runner import upgrade
from app.visit.records_adapter import RecordsAdapter

HOME = Address("架空県", "見本市", "本町一丁目", "2番3号", "", "999-0011")
OTHER = Address("架空県", "見本市", "桜台二丁目", "10番1号", "", "999-0021")
N1 = MyNumber.from_first_eleven("10000000001")
N2 = MyNumber.from_first_eleven("10000000002")


@pytest.fixture
def repo(sqlite_url, tmp_path):
    engine = make_engine(sqlite_url)
    upgrade(engine)
    yield ResidentRepository(make_session_factory(engine),
                             MyNumberCipher.for_data_dir())
    engine.dispose()


def person(atena, name, address, born=date(1985, 5, 7), **kw):
    return NewResident(atena, name, "カナ", born, "2", address, **kw)


def test_one_my_number_on_two_records_returns_both_marked_ambiguous(repo):
    repo.add_household("H1", [person("1", "近藤　凛", HOME, my_number=N1)])
    repo.add_household("H2", [person("2", "近藤　凛", OTHER, my_number=N1)])
    found = RecordsAdapter(repo, LookupService(repo)).by_my_number(N1.reveal())
    assert sorted(c.resident_id for c in found) == ["1", "2"]
    assert all(c.ambiguous for c in found)


def test_a_single_my_number_hit_is_not_ambiguous(repo):
    repo.add_household("H1", [person("1", "近藤　凛", HOME, my_number=N1)])
    adapter = RecordsAdapter(repo, LookupService(repo))
    found = adapter.by_my_number(N1.reveal())
    assert [c.resident_id for c in found] == ["1"] and not found[0].ambiguous
    assert adapter.by_my_number(N2.reveal()) == []
    assert adapter.by_my_number("123") == []


def test_four_item_tie_marks_the_tied_candidates_only(repo):
    repo.add_household("H1", [person("1", "佐藤　健一", HOME)])
    repo.add_household("H2", [person("2", "佐藤　健一", OTHER)])
    repo.add_household("H3", [person("3", "佐藤　健一", OTHER, status=ResidentStatus.DECEASED)])
    adapter = RecordsAdapter(repo, LookupService(repo))
    found = adapter.by_four_items("佐藤健一", "", "1985-05-07", "")
    tied = {c.resident_id for c in found if c.ambiguous}
    assert tied == {"1", "2"} and len(found) >= 3
    resolved = adapter.by_four_items("佐藤健一", "架空県見本市桜台二丁目10番1号", "1985-05-07", "")
    assert resolved[0].resident_id == "2" and not any(c.ambiguous for c in resolved)
