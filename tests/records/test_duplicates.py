"""名寄せ: the seeded population's deliberate duplicate is found, its deliberate namesakes
(same name, same birth date, different people) are not proposed; moved out and back in is
found; a supervisor's decisions are audited, reversible, and the lookup then shows one
person with both 宛名番号."""
from datetime import date

import pytest

from app.identity.errors import PermissionDeniedError
from app.records import BasicInfo
from app.records.duplicate_scoring import DEFAULT_MIN_SCORE
from app.storage.database import make_session_factory
from tests.records.conftest import import_file, audit_log
from tests.records.fixtures.build_fixtures import csv_text, person
from training.seed.hard_cases import DUPLICATE_ATENA, SAME_NAME_AND_BIRTH
from training.seed.seeding import seed_population


@pytest.fixture
def seeded(exchange, cipher):
    return seed_population(exchange.engine, 3000, seed=7, cipher=cipher)


def _pairs(page):
    return {frozenset((p.a.atena_no, p.b.atena_no)): p for p in page.pairs}


def test_the_deliberate_duplicate_is_proposed_and_the_namesakes_are_not(exchange, supervisor, seeded):
    result = exchange.duplicates.scan(supervisor)
    assert result.residents == 3000 and not result.cancelled
    page = exchange.duplicates.page(supervisor, DEFAULT_MIN_SCORE, size=500)
    proposed = _pairs(page)
    duplicate = frozenset(seeded.hard_cases[DUPLICATE_ATENA])
    namesakes = frozenset(seeded.hard_cases[SAME_NAME_AND_BIRTH])
    assert duplicate in proposed
    assert "一方だけ個人番号の登録なし" in proposed[duplicate].reasons
    assert "住所が一致" in proposed[duplicate].reasons
    assert namesakes not in _pairs(exchange.duplicates.page(supervisor, 0, size=5000))


def test_moved_out_and_back_in_under_a_new_atena_is_proposed(exchange, administrator, supervisor, tmp_path):
    old = person(3001, 3100, 1, "02", "世帯主", "戻見", "進", "モドミ", "ススム", "1", "1970-05-05", "西一丁目", "2番地",
                 head="戻見　進", **{"住民状態": "2", "消除の事由": "2", "消除の異動年月日": "2019-03-31",
                                  "転出年月日（確定）": "2019-03-31", "除票フラグ": "1"})
    new = person(3002, 3200, 1, "02", "世帯主", "戻見", "進", "モドミ", "ススム", "1", "1970-05-05", "東三丁目", "9番1号",
                 head="戻見　進", **{"住民となった年月日": "2024-10-01"})
    path = tmp_path / "back.csv"
    path.write_bytes(csv_text([old, new]).encode("utf-8-sig"))
    import_file(exchange, administrator, path)
    exchange.duplicates.scan(supervisor)
    [pair] = exchange.duplicates.page(supervisor).pairs
    assert {pair.a.atena_no, pair.b.atena_no} == {"3001", "3002"} and pair.score >= DEFAULT_MIN_SCORE
    assert "転出・消除の後に再び住民となっている" in pair.reasons


def test_unknown_birth_dates_are_never_paired(exchange, administrator, supervisor, tmp_path):
    same = dict(surname="不詳", given="一", kana_s="フショウ", kana_g="ハジメ", sex="1", birth="1950-01-01",
                town="本町一丁目", banchi="1番1号", head="不詳　一")
    rows = [person(4000 + i, 4100 + i, 1, "02", "世帯主", same["surname"], same["given"], same["kana_s"],
                   same["kana_g"], same["sex"], same["birth"], same["town"], same["banchi"], head=same["head"],
                   **{"生年月日_不詳フラグ": "1"}) for i in range(2)]
    path = tmp_path / "unknown.csv"
    path.write_bytes(csv_text(rows).encode("utf-8-sig"))
    import_file(exchange, administrator, path)
    exchange.duplicates.scan(supervisor)
    assert exchange.duplicates.page(supervisor, 0).total == 0


def test_same_person_decision_merges_the_lookup_and_can_be_revoked(engine, exchange, supervisor, seeded, lookup):
    a, b = seeded.hard_cases[DUPLICATE_ATENA]
    record = exchange.repository.get_by_atena_no(a)
    info = BasicInfo(record.name, record.birth_date)
    assert lookup.by_basic_info(info).ambiguous  # two equally good records
    exchange.duplicates.decide(supervisor, a, b, "same")
    merged = lookup.by_basic_info(info)
    assert not merged.ambiguous and len(merged.candidates) == 1
    assert {merged.candidates[0].resident.atena_no, *merged.candidates[0].other_atena_nos} == {a, b}
    assert any("名寄せ済み" in r for r in merged.candidates[0].reasons)
    exchange.duplicates.revoke(supervisor, b, a)
    assert lookup.by_basic_info(info).ambiguous
    audit = audit_log(make_session_factory(engine))
    decided = audit.entries(action="duplicate_decided")
    revoked = audit.entries(action="duplicate_decision_revoked")
    assert [e.details for e in decided] == [{"verdict": "same"}] and len(revoked) == 1
    assert decided[0].object_type == "resident_pair"
    history = exchange.duplicates.decisions(supervisor, include_revoked=True)
    assert len(history) == 1 and history[0].revoked_at is not None


def test_different_people_leave_the_list_of_undecided_pairs(exchange, supervisor, seeded):
    a, b = seeded.hard_cases[DUPLICATE_ATENA]
    exchange.duplicates.scan(supervisor)
    exchange.duplicates.decide(supervisor, a, b, "different")
    assert frozenset((a, b)) not in _pairs(exchange.duplicates.page(supervisor, size=500))
    shown = _pairs(exchange.duplicates.page(supervisor, size=500, include_decided=True))
    assert shown[frozenset((a, b))].verdict == "different"
    from app.records.import_errors import DuplicateDecisionError

    with pytest.raises(DuplicateDecisionError):
        exchange.duplicates.decide(supervisor, a, b, "same")  # revoke first


def test_only_a_supervisor_decides(exchange, administrator, seeded):
    a, b = seeded.hard_cases[DUPLICATE_ATENA]
    with pytest.raises(PermissionDeniedError):
        exchange.duplicates.decide(administrator, a, b, "same")
    with pytest.raises(PermissionDeniedError):
        exchange.duplicates.page(administrator)


def test_a_cancelled_scan_keeps_the_previous_proposals(exchange, supervisor, seeded):
    from app.records.duplicate_review import DuplicateReviewService
    from app.records.duplicate_scan import DuplicateScanner

    exchange.duplicates.scan(supervisor)
    before = exchange.duplicates.page(supervisor).total
    small_steps = DuplicateReviewService(exchange.sessions, audit_log(exchange.sessions), exchange.repository,
                                         DuplicateScanner(exchange.sessions, id_range=500))
    result = small_steps.scan(supervisor, cancel=lambda: True)
    assert result.cancelled and result.residents < 3000
    assert exchange.duplicates.page(supervisor).total == before >= 1


def test_scoring_weighs_the_my_number_link():
    from app.records.duplicate_scoring import score_pair

    base = {"id": 1, "name": "見本　花", "norm_name": "見本花", "norm_kana": "ミモトハナ", "norm_alias": None,
            "birth_date": date(1990, 1, 1), "sex_code": "2", "norm_address": "A", "norm_katagaki": "",
            "status": "住民", "resident_since": None, "removed_on": None, "moved_out_on": None,
            "my_number_hash": "h1", "household_id": 7}
    other = dict(base, id=2, norm_address="B", household_id=8)
    assert score_pair(base, dict(other, my_number_hash="h2")).score < 0  # two numbers: two people
    assert score_pair(base, dict(other, my_number_hash="h1")).score >= DEFAULT_MIN_SCORE
    assert score_pair(base, dict(other, my_number_hash=None)).score < DEFAULT_MIN_SCORE
    same_address = dict(base, id=2, my_number_hash=None, household_id=9)
    assert score_pair(base, same_address).score >= DEFAULT_MIN_SCORE
    assert score_pair(base, dict(same_address, sex_code="1")).score < DEFAULT_MIN_SCORE
    # two members of one household: the register holds them for two people
    assert score_pair(base, dict(same_address, household_id=7)).score < DEFAULT_MIN_SCORE
