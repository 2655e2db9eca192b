"""Resident records: frozen record types, repository, normalisation and lookup.

API (other areas code against this; ORM rows never leave the repository):

    from app.records import (ResidentRepository, LookupService, BasicInfo, LookupResult,
                             ResidentRecord, HouseholdRecord, ResidentFile, NewResident, Address)
    from app.privacy import MyNumber, MyNumberCipher

    cipher = MyNumberCipher.for_data_dir()          # key file data_dir()/mynumber.key (0600)
    repo = ResidentRepository(make_session_factory(engine), cipher)

  reads
    repo.get(id) / repo.get_by_atena_no("0000000001") -> ResidentRecord | None
    repo.household(household_no) / repo.household_of(resident_id) -> HouseholdRecord | None
        .members: tuple[ResidentRecord] in 記載順位 order, each with .relationship (続柄) and
        .household_no; .head -> the 世帯主
    repo.linked_records(resident_id) -> LinkedRecords (nhi 国保, ltc 介護, elderly_medical 後期,
        pension 国民年金, child_allowance_as_recipient / _as_child 児童手当, seal 印鑑登録)
    repo.resident_file(resident_id) -> ResidentFile(resident, household, linked)   # one call
    repo.my_number_for(resident_id) -> MyNumber | None   # masked; .reveal() only in audited code
  writes (demo/persona seeding, tests)
    repo.add_household(household_no, [NewResident(..., relationship="世帯主"), ...]) -> HouseholdRecord
    repo.add_resident(NewResident(...), household_no=None) -> ResidentRecord
    repo.add_nhi(NhiRecord) / add_ltc / add_elderly_medical / add_pension / add_seal_registration
    repo.add_child_allowance(ChildAllowanceRecord(recipient_id, certified_on, (child_ids...)))
  bulk
    training.seed.seed_population(engine, residents=N, seed=S, cipher=cipher) -> SeedReport

  lookup
    svc = LookupService(repo, home_locality="架空県見本市")
    svc.by_my_number(MyNumber("...")) -> LookupResult
    svc.by_basic_info(BasicInfo(name, birth_date, address, sex_code)) -> LookupResult
        .candidates: tuple[LookupCandidate(resident, score, reasons)] best first;
        .ambiguous (top two tie) ; .best (None when ambiguous/empty) ; .message (Japanese)
        birth_date/address may be missing (name alone lists namesakes); a name typed in kana
        also searches the 振り仮名; addresses without 都道府県/市 are completed with home_locality.
    Always honour .ambiguous (also for My Number: one number on two records is a data error
    the clerk must see), never take candidates[0] blindly.

ResidentRecord carries no My Number, only `has_my_number`. 続柄 values follow the
住民票 vocabulary (世帯主, 妻, 夫, 子, 子の妻, 子の子, 父, 母, 妻の父, 兄, 姉, 弟, 妹, 縁故者, 同居人 …).

From the city's export (records exchange, issue 12): `birth_date` is None when the export
flags it 不詳 (never print or match a placeholder; `unknown_dates` names such fields);
`status` 住民 / 転出 / 死亡 / 消除 with `removal` (消除の事由・日付) and `move_out` (転出届);
`.living` is False for any status but 住民 and for a record a full export no longer lists
(`missing_since`) — such records stay findable but LookupResult.best never returns them;
`previous_address` (転入前住所), `adult_ward` (成年被後見人), foreign `other_name` / `foreign_since`.
LookupCandidate.other_atena_nos: the 宛名番号 a supervisor confirmed as the same person (名寄せ).

Records exchange modules (services wired in app.records_services.RecordsServices):
  import_profile / import_file / import_row / import_linked / import_values   reading a site's export
  import_service (+ import_existing, import_compare, import_writer, import_runs, import_report,
  import_indexes, bulk_rows)                                                   records import
  mynumber_import                                                              records import-mynumbers
  records_export                                                               records export
  duplicate_scoring / duplicate_scan / duplicate_review / duplicate_links      名寄せ
  snapshot_reading (the one snapshot reader) / approved_visits / handover_*    visits export
  permissions, audit_port, write_transaction                                   shared rules
"""
from app.records.lookup import BasicInfo, LookupCandidate, LookupMethod, LookupResult, LookupService
from app.records.repository import DuplicateResidentError, ResidentRepository
from app.records.resident import (
    Address, ChildAllowanceRecord, ElderlyMedicalRecord, ForeignResidentInfo, HouseholdRecord,
    LinkedRecords, LtcRecord, NewResident, NhiRecord, PensionRecord, ResidentFile, ResidentKind,
    ResidentRecord, ResidentStatus, SealRegistrationRecord,
)

__all__ = [
    "Address", "BasicInfo", "ChildAllowanceRecord", "DuplicateResidentError", "ElderlyMedicalRecord",
    "ForeignResidentInfo", "HouseholdRecord", "LinkedRecords", "LookupCandidate", "LookupMethod",
    "LookupResult", "LookupService", "LtcRecord", "NewResident", "NhiRecord", "PensionRecord",
    "ResidentFile", "ResidentKind", "ResidentRecord", "ResidentRepository", "ResidentStatus",
    "SealRegistrationRecord",
]
