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


def test_a_deceased_or_moved_out_record_is_listed_last_with_its_status_and_cannot_be_the_visitor(repo):
    from app.records.resident import Removal

    repo.add_household("H1", [person("1", "佐藤　健一", HOME, status=ResidentStatus.DECEASED,
                                     removal=Removal(removed_on=date(2026, 11, 12)))])
    repo.add_household("H2", [person("2", "佐藤　健一", HOME, status=ResidentStatus.MOVED_OUT,
                                     removal=Removal(removed_on=date(2026, 3, 31)))])
    repo.add_household("H3", [person("3", "佐藤　健一", OTHER)])
    found = RecordsAdapter(repo, LookupService(repo)).by_four_items("佐藤健一", HOME.full, "1985-05-07", "")
    assert [c.resident_id for c in found][0] == "3"  # the living one first although the address differs
    status = {c.resident_id: (c.living, c.status, c.reasons[0]) for c in found}
    assert status["1"] == (False, "死亡（2026-11-12）", "死亡（2026-11-12）")
    assert status["2"] == (False, "転出（2026-03-31）", "転出（2026-03-31）")
    assert status["3"][0] is True and status["3"][1] == ""


def test_the_household_holds_the_deceased_with_the_death_date_and_not_who_moved_out(repo):
    from app.records.resident import Removal

    repo.add_household("H1", [
        person("1", "見本　勇", HOME, born=date(1954, 1, 20), status=ResidentStatus.DECEASED,
               removal=Removal(removed_on=date(2026, 11, 12))),
        person("2", "見本　和子", HOME, born=date(1956, 4, 4), relationship="妻", my_number=N1),
        person("3", "見本　大輔", HOME, born=None, relationship="子", unknown_dates=frozenset({"birth_date"})),
        person("4", "見本　次郎", HOME, relationship="子", status=ResidentStatus.MOVED_OUT,
               removal=Removal(removed_on=date(2025, 4, 1)))])
    adapter = RecordsAdapter(repo, LookupService(repo))
    [widow] = adapter.by_my_number(N1.reveal())
    members = {m.member_id: m for m in widow.household}
    assert set(members) == {"1", "2", "3"}
    assert members["1"].deceased and members["1"].death_date == "2026-11-12"
    assert members["3"].birth_date == ""  # 不詳: never a placeholder date
    context = adapter.registry("2")
    people = {p["id"]: p for p in context["household"]["members"]}
    assert set(people) == {"1", "2", "3"} and people["1"]["death_date"] == "2026-11-12"
