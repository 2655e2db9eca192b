"""ResidentRepository round trips on SQLite and PostgreSQL."""
from datetime import date

import pytest
from sqlalchemy import select

from app.privacy import MyNumber
from app.records import (
    Address, ChildAllowanceRecord, DuplicateResidentError, ElderlyMedicalRecord, ForeignResidentInfo, LtcRecord,
    NewResident, NhiRecord, PensionRecord, ResidentKind, ResidentStatus, SealRegistrationRecord,
)
from app.storage.tables.records import ResidentRow

ADDR = Address("架空県", "見本市", "本町一丁目", "2番3号", "メゾン見本504号室", "999-0011")
NUMBER = MyNumber.from_first_eleven("98765432109")


def _family():
    return [
        NewResident("0000000101", "𠮷田　髙志", "ヨシダ　タカシ", date(1970, 2, 28), "1", ADDR, my_number=NUMBER,
                    juminhyo_code="12345678901", honseki="架空県見本市本町一丁目2番地", hittosha="𠮷田　髙志"),
        NewResident("0000000102", "𠮷田　花子", "ヨシダ　ハナコ", date(1972, 5, 1), "2", ADDR, relationship="妻",
                    former_surname="山﨑", former_surname_kana="ヤマザキ"),
        NewResident("0000000103", "𠮷田　一郎", "ヨシダ　イチロウ", date(2012, 4, 1), "1", ADDR, relationship="子"),
    ]


def test_household_round_trip_keeps_japanese_and_four_byte_text(repo):
    household = repo.add_household("H000000001", _family())
    assert [m.relationship for m in household.members] == ["世帯主", "妻", "子"]
    assert household.head.name == "𠮷田　髙志" and household.head_name == "𠮷田　髙志"
    head = repo.get_by_atena_no("0000000101")
    assert head == household.members[0]
    assert head.address == ADDR and head.address.full.endswith("　メゾン見本504号室")
    assert head.has_my_number and not household.members[1].has_my_number
    assert head.household_no == "H000000001" and head.kind is ResidentKind.JAPANESE
    wife = repo.get(household.members[1].id)
    assert wife.former_surname == "山﨑" and wife.birth_date == date(1972, 5, 1)
    assert repo.household_of(wife.id) == household
    assert repo.count() == 3


def test_my_number_is_encrypted_at_rest_and_found_by_hash(repo, engine):
    head = repo.add_household("H1", _family()).head
    with engine.connect() as conn:
        enc, digest = conn.execute(select(ResidentRow.my_number_enc, ResidentRow.my_number_hash)
                                   .where(ResidentRow.id == head.id)).one()
    digits = NUMBER.reveal()
    assert digits.encode() not in bytes(enc) and digits not in digest
    assert repo.my_number_for(head.id) == NUMBER
    assert digits not in repr(repo.my_number_for(head.id))
    assert [r.id for r in repo.find_by_my_number(NUMBER)] == [head.id]
    assert repo.find_by_my_number(MyNumber.from_first_eleven("11111111111")) == []


def test_foreign_resident_and_status(repo):
    info = ForeignResidentInfo("韓国", "特別永住者", None, "SP12345678JP", "金田　民俊", "カネダ　タミトシ")
    rec = repo.add_resident(NewResident("0000000201", "KIM MINJUN", "キム　ミンジュン", date(1965, 1, 2), "1", ADDR,
                                        foreign=info, status=ResidentStatus.MOVED_OUT), household_no="H2")
    assert rec.kind is ResidentKind.FOREIGN and rec.foreign == info
    assert rec.status is ResidentStatus.MOVED_OUT
    assert repo.household("H2").head == rec


def test_add_resident_joins_existing_household_in_order(repo):
    repo.add_household("H3", _family()[:1])
    child = repo.add_resident(NewResident("0000000109", "𠮷田　二郎", "ヨシダ　ジロウ", date(2015, 1, 1), "1", ADDR,
                                          relationship="子"), household_no="H3")
    assert child.household_order == 2
    assert [m.atena_no for m in repo.household("H3").members] == ["0000000101", "0000000109"]


def test_duplicates_are_refused(repo):
    repo.add_household("H4", _family()[:1])
    with pytest.raises(DuplicateResidentError):
        repo.add_household("H4", _family()[1:2])
    with pytest.raises(DuplicateResidentError):
        repo.add_resident(_family()[0])


def test_linked_records_round_trip(repo):
    members = repo.add_household("H5", _family()).members
    head, wife, child = members
    repo.add_nhi(NhiRecord(head.id, "01-0000123", date(2020, 4, 1)))
    repo.add_ltc(LtcRecord(head.id, "0000000101", date(2035, 2, 28)))
    repo.add_elderly_medical(ElderlyMedicalRecord(head.id, "00000101", date(2045, 2, 28)))
    repo.add_pension(PensionRecord(wife.id, "1234-567890", "第3号"))
    repo.add_seal_registration(SealRegistrationRecord(head.id, "00001234", date(2001, 1, 5)))
    repo.add_child_allowance(ChildAllowanceRecord(head.id, date(2012, 4, 15), (child.id,)))
    linked = repo.linked_records(head.id)
    assert linked.nhi == (NhiRecord(head.id, "01-0000123", date(2020, 4, 1)),)
    assert linked.ltc[0].insured_no == "0000000101" and linked.elderly_medical[0].insured_no == "00000101"
    assert linked.seal[0].registration_no == "00001234"
    assert linked.child_allowance_as_recipient == (ChildAllowanceRecord(head.id, date(2012, 4, 15), (child.id,)),)
    assert repo.linked_records(child.id).child_allowance_as_child[0].recipient_resident_id == head.id
    assert repo.linked_records(wife.id).pension == (PensionRecord(wife.id, "1234-567890", "第3号"),)
    file = repo.resident_file(head.id)
    assert file.resident == head and len(file.household.members) == 3 and file.linked == linked
    assert repo.resident_file(999999) is None
