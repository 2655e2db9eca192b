"""Synthetic population: determinism, household consistency, linked-record rules, hard cases."""
from datetime import date

import pytest
from sqlalchemy import select
from stdnum.jp import in_

from app.privacy import MyNumber
from training.seed import HARD_CASE_LABELS, REFERENCE_DATE, PopulationGenerator, child_allowance_end, seed_population
from training.seed.address_master import LONG_KATAGAKI
from app.storage.tables.records import (
    ChildAllowanceChildRow, ChildAllowanceRow, ElderlyMedicalRow, HouseholdRow, LtcRow, NhiRow, ResidentRow,
)

N = 3000


def _age(birth: date) -> int:
    d = REFERENCE_DATE
    return d.year - birth.year - ((d.month, d.day) < (birth.month, birth.day))


def _rows(gen_seed: int, n: int = 500):
    return [(r["atena_no"], r["name"], r["birth_date"], r["town"], r["banchi"], r["katagaki"], r["relationship"], num)
            for hh in PopulationGenerator(gen_seed).households(n) for r, num in zip(hh.residents, hh.my_numbers)]


def test_same_seed_same_population_other_seed_differs():
    assert _rows(5) == _rows(5)
    assert _rows(5) != _rows(6)


def test_exact_count_even_when_the_last_household_is_cut():
    assert sum(len(hh.residents) for hh in PopulationGenerator(3).households(101)) == 101


def test_child_allowance_end_is_the_march_after_the_18th_birthday():
    assert child_allowance_end(date(2008, 4, 2)) == date(2027, 3, 31)
    assert child_allowance_end(date(2008, 4, 1)) == date(2026, 3, 31)  # 早生まれ boundary
    assert child_allowance_end(date(2009, 1, 15)) == date(2027, 3, 31)


@pytest.fixture
def seeded(engine, cipher):
    report = seed_population(engine, residents=N, seed=11, cipher=cipher)
    with engine.connect() as conn:
        residents = conn.execute(select(ResidentRow.__table__)).mappings().all()
        households = conn.execute(select(HouseholdRow.__table__)).mappings().all()
        linked = {t.__tablename__: conn.execute(select(t.__table__)).mappings().all()
                  for t in (LtcRow, ElderlyMedicalRow, NhiRow, ChildAllowanceRow, ChildAllowanceChildRow)}
    return report, residents, households, linked


def test_counts_and_hard_cases(seeded):
    report, residents, households, _ = seeded
    assert report.residents == len(residents) == N
    assert report.households == len(households)
    assert set(HARD_CASE_LABELS) <= set(report.hard_cases)
    by_atena = {r["atena_no"]: r for r in residents}
    hard = {k: [by_atena[a] for a in v] for k, v in report.hard_cases.items()}
    names = "".join(r["name"] for r in hard["4バイト文字（𠮷）"])
    assert "𠮷" in names  # survived the round trip through the database
    assert {"髙", "﨑", "邊", "齋"} <= set("".join(r["name"] for r in hard["旧字体・異体字（髙・﨑・邊・齋）"]))
    assert hard["長い方書"][0]["katagaki"] == LONG_KATAGAKI
    foreign = hard["外国人（通称あり）"][0]
    assert foreign["resident_kind"] == "外国人" and foreign["alias_name"] and foreign["name"].isascii()
    twins = [r for r in hard["双子"] if r["relationship"] == "子"]
    assert len(twins) == 2 and twins[0]["birth_date"] == twins[1]["birth_date"] and twins[0]["name"] != twins[1]["name"]
    a, b = hard["同姓同名・同生年月日の別人"]
    assert (a["name"], a["birth_date"]) == (b["name"], b["birth_date"]) and a["norm_address"] != b["norm_address"]
    orig, dup = hard["同一人の宛名重複"]
    assert (orig["name"], orig["birth_date"], orig["norm_address"], orig["katagaki"]) == \
        (dup["name"], dup["birth_date"], dup["norm_address"], dup["katagaki"])
    assert orig["atena_no"] != dup["atena_no"] and dup["my_number_hash"] is None
    assert hard["個人番号なし"][0]["my_number_hash"] is None
    assert any(r["former_surname"] for r in hard["旧氏あり"])
    assert hard["転出者"][0]["status"] == "転出" and hard["死亡者"][0]["status"] == "死亡"


def test_households_have_consistent_relationships_and_ages(seeded):
    _, residents, households, _ = seeded
    members: dict[int, list] = {}
    for r in residents:
        members.setdefault(r["household_id"], []).append(r)
    for hh in households:
        ms = sorted(members[hh["id"]], key=lambda r: r["household_order"])
        head = ms[0]
        assert [m["relationship"] for m in ms].count("世帯主") == 1 and head["relationship"] == "世帯主"
        assert hh["head_resident_id"] == head["id"] and hh["head_name"] == head["name"]
        assert _age(head["birth_date"]) >= 18
        assert all(m["birth_date"] <= REFERENCE_DATE for m in ms)
        for m in ms[1:]:
            gap = (m["birth_date"] - head["birth_date"]).days / 365.25
            if m["relationship"] == "子":
                assert gap >= 16, (head["name"], m["name"])
            elif m["relationship"] in ("父", "母"):
                assert gap <= -16
            elif m["relationship"] in ("妻", "夫"):
                assert m["sex_code"] != head["sex_code"] and abs(gap) <= 15
                assert m["relationship"] == ("妻" if m["sex_code"] == "2" else "夫")
            else:
                pytest.fail(f"unexpected 続柄 {m['relationship']}")
            assert (m["town"], m["banchi"], m["katagaki"]) == (head["town"], head["banchi"], head["katagaki"])


def test_linked_records_follow_the_rules(seeded):
    _, residents, _, linked = seeded
    living = {r["id"]: r for r in residents if r["status"] == "住民"}
    ltc = {x["resident_id"] for x in linked["ltc_records"]}
    assert ltc == {i for i, r in living.items() if _age(r["birth_date"]) >= 65}
    elderly = {x["resident_id"] for x in linked["elderly_medical_records"]}
    assert elderly == {i for i, r in living.items() if _age(r["birth_date"]) >= 75}
    nhi = {x["resident_id"] for x in linked["nhi_records"]}
    assert nhi and not (nhi & elderly) and nhi <= set(living)
    assert 0.1 < len({living[i]["household_id"] for i in nhi}) / len({r["household_id"] for r in residents}) < 0.35
    children = {x["child_resident_id"] for x in linked["child_allowance_children"]}
    eligible = {i for i, r in living.items()
                if r["relationship"] == "子" and REFERENCE_DATE <= child_allowance_end(r["birth_date"])}
    assert children == eligible and children
    recipients = {x["id"]: x["recipient_resident_id"] for x in linked["child_allowances"]}
    for x in linked["child_allowance_children"]:
        recipient = living[recipients[x["allowance_id"]]]
        assert recipient["relationship"] == "世帯主"
        assert recipient["household_id"] == living[x["child_resident_id"]]["household_id"]


def test_my_numbers_are_valid_unique_and_mostly_present(seeded, cipher):
    _, residents, _, _ = seeded
    blobs = [r["my_number_enc"] for r in residents if r["my_number_enc"] is not None]
    numbers = [cipher.decrypt(b).reveal() for b in blobs]
    assert all(in_.is_valid(n) for n in numbers)
    assert len(set(numbers)) == len(numbers)
    assert 0 < N - len(numbers) < N * 0.03
    for r in residents[:200]:
        if r["my_number_enc"] is not None:
            assert r["my_number_hash"] == cipher.lookup_hash(cipher.decrypt(r["my_number_enc"]))
    assert isinstance(cipher.decrypt(blobs[0]), MyNumber)


def test_seeding_twice_appends_without_collisions(engine, cipher):
    seed_population(engine, residents=300, seed=1, cipher=cipher)
    report = seed_population(engine, residents=300, seed=2, cipher=cipher)
    assert report.residents == 300
    with engine.connect() as conn:
        atena = conn.execute(select(ResidentRow.atena_no)).scalars().all()
    assert len(atena) == len(set(atena)) == 600


def test_seeded_hard_cases_through_the_lookup(seeded, lookup):
    from app.records import BasicInfo

    report, residents, _, _ = seeded
    by_atena = {r["atena_no"]: r for r in residents}

    def info(r, name=None):
        return BasicInfo(name or r["name"], r["birth_date"], f"{r['city']}{r['town']}{r['banchi']}")

    orig, dup = (by_atena[a] for a in report.hard_cases["同一人の宛名重複"])
    result = lookup.by_basic_info(info(orig))
    assert result.ambiguous and result.best is None
    assert {c.resident.atena_no for c in result.candidates[:2]} == {orig["atena_no"], dup["atena_no"]}
    yoshida = by_atena[report.hard_cases["4バイト文字（𠮷）"][0]]
    found = lookup.by_basic_info(info(yoshida, yoshida["name"].replace("𠮷", "吉")))
    assert found.best is not None and found.best.atena_no == yoshida["atena_no"]
    assert "𠮷→吉 を同一視" in found.candidates[0].reasons[0]
    kim = by_atena[report.hard_cases["外国人（通称あり）"][0]]
    by_alias = lookup.by_basic_info(BasicInfo(kim["alias_name"], kim["birth_date"]))
    assert by_alias.best.atena_no == kim["atena_no"] and by_alias.candidates[0].reasons[0] == "通称が一致"


def test_repository_inserts_after_a_seed_get_fresh_ids(engine, cipher, repo):
    """The loader writes explicit ids; PostgreSQL sequences must be moved past them."""
    from app.records import Address, NewResident

    seed_population(engine, residents=120, seed=1, cipher=cipher)
    address = Address("架空県", "見本市", "本町一丁目", "1番1号")
    household = repo.add_household("P0000001", [NewResident("0100781234", "伊藤　由美", "イトウ　ユミ",
                                                            date(1992, 2, 29), "2", address)])
    assert household.head.id > 120 and repo.count() == 121
