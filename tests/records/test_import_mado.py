"""The 122-column layout (profile `mado`) imports with every hard case of the reference:
BOM/CP932/CRLF, full-width digits, 不詳 dates, foreign residents, 転出者, 死亡者, 消除,
both 転入前住所 patterns, households by 記載順位, linked flags — on SQLite and PostgreSQL."""
from datetime import date

import pytest

from app.records import BasicInfo, ResidentStatus
from app.records.registry_context import load_registry_context
from tests.records.conftest import FIXTURES, import_file
from tests.records.fixtures.build_fixtures import LINES, rows

CURRENT_ROWS = 17  # 18 data lines, one of them a history row


def _known_birth_residents():
    return [r for r in rows() if r["最新フラグ"] == "1" and r["生年月日_不詳フラグ"] == "0"]


def test_every_resident_is_found_by_name_and_birth_date_and_a_second_import_changes_nothing(
        exchange, administrator, lookup):
    first = import_file(exchange, administrator, "mado_basic.csv")
    assert first.counts["new"] == CURRENT_ROWS and first.counts["skipped"] == 1
    assert first.counts["rejected"] == 0 and first.all_rows_in
    for row in _known_birth_residents():
        name = row["氏名_外国人ローマ字"] or row["氏名"]
        born = row["生年月日"]
        if "年" in born:  # the 和暦 row: 平成3年4月1日
            born = "1991-04-01"
        result = lookup.by_basic_info(BasicInfo(name, date.fromisoformat(born)))
        assert result.candidates and result.candidates[0].resident.atena_no == row["宛名番号"], name
    second = import_file(exchange, administrator, "mado_basic.csv")
    assert second.counts == {"new": 0, "changed": 0, "unchanged": CURRENT_ROWS, "status_changed": 0,
                             "rejected": 0, "skipped": 1}
    assert second.changes == []


@pytest.mark.parametrize("variant", ["mado_basic_cp932.csv", "mado_basic_nobom_crlf.csv"])
def test_cp932_and_crlf_copies_are_the_same_residents(exchange, administrator, repo, variant):
    import_file(exchange, administrator, "mado_basic.csv")
    again = import_file(exchange, administrator, variant)
    assert again.encoding in ("cp932", "utf-8")
    assert again.counts["unchanged"] == CURRENT_ROWS and again.counts["new"] == 0
    assert repo.get_by_atena_no("1012").name == "岩﨑\u3000剛"  # IBM extension glyph in CP932
    assert repo.get_by_atena_no("1017").name == "髙橋\u3000優"


def test_cp932_file_imports_into_an_empty_database_with_the_right_counts(exchange, administrator, repo):
    report = import_file(exchange, administrator, "mado_basic_cp932.csv")
    assert report.encoding == "cp932"
    assert report.counts["new"] == CURRENT_ROWS and report.counts["rejected"] == 0
    assert repo.get_by_atena_no("1014").name == "岩﨑\u3000好江"


def test_a_broken_date_rejects_that_row_only_and_names_its_line_and_column(exchange, administrator, repo):
    report = import_file(exchange, administrator, "mado_broken_date.csv")
    assert report.counts["new"] == CURRENT_ROWS - 1 and report.counts["rejected"] == 1
    assert [(i.line, i.column, i.reason) for i in report.errors] == [(4, "生年月日", "bad_date")]
    assert "日付として読めません" in report.errors[0].text
    assert repo.get_by_atena_no("1003") is None and repo.get_by_atena_no("1004") is not None
    assert not report.all_rows_in


def test_full_width_digits_in_postcodes_and_banchi_are_read(exchange, administrator, repo):
    import_file(exchange, administrator, "mado_basic.csv")
    head = repo.get_by_atena_no("1001")
    assert head.address.postal_code == "999-0001" and head.address.banchi == "1番2号"
    assert repo.get_by_atena_no("1008").address.katagaki == "見本ハイツ２０１号室"  # 方書 kept as written


def test_unknown_birth_date_is_stored_as_unknown_never_matched_nor_printed(exchange, administrator, repo, lookup):
    import_file(exchange, administrator, "mado_basic.csv")
    r = repo.get_by_atena_no("1015")
    assert r.birth_date is None and r.resident_since is None
    assert r.unknown_dates == {"birth_date", "resident_since"}
    result = lookup.by_basic_info(BasicInfo("見本　太一", date(1950, 1, 1)))  # the exported placeholder
    [candidate] = result.candidates
    assert "生年月日は不詳（照合していません）" in candidate.reasons and "生年月日が一致" not in candidate.reasons
    context = load_registry_context(repo, "1015")
    assert "birth_date" not in context["resident"]
    assert all(m.get("birth_date") is None for m in context["household"]["members"] if m["name"] == r.name)


def test_previous_address_patterns_a_and_b_become_one_line(exchange, administrator, repo):
    import_file(exchange, administrator, "mado_basic.csv")
    split = repo.get_by_atena_no("1008")  # pattern A: 都道府県 / 市区郡町村名 / 町字 / 番地号表記
    single = repo.get_by_atena_no("1009")  # pattern B: everything in 町字
    assert split.previous_address == "空想県夢見市桜町二丁目5番地" and split.previous_postal_code == "999-8002"
    assert single.previous_address == "空想県夢見市桜町一丁目1番地" and single.previous_postal_code == "999-8001"


def test_foreign_residents_keep_roman_name_nationality_status_and_expiry(exchange, administrator, repo, lookup):
    report = import_file(exchange, administrator, "mado_basic.csv")
    r = repo.get_by_atena_no("1010")
    assert r.kind.value == "外国人" and r.name == "NGUYEN VAN AN" and r.honseki is None
    assert r.foreign.nationality == "ベトナム" and r.foreign.residence_expiry == date(2029, 3, 31)
    assert r.foreign.other_name == "グエン\u3000ヴァン\u3000アン" and r.foreign.foreign_since == date(2024, 4, 1)
    # the layout's 在留資格等コード is a site code: kept as the code, and said so with its line
    assert r.foreign.residence_status == "12"
    assert (LINES["foreign_1010"], "在留資格等コード", "unknown_code_kept") in {
        (w.line, w.column, w.reason) for w in report.warnings}
    assert lookup.by_basic_info(BasicInfo("NGUYEN VAN AN", date(1993, 3, 3))).candidates[0].resident.id == r.id


def test_deceased_moved_out_and_removed_keep_status_and_dates_and_are_never_the_living_match(
        exchange, administrator, repo, lookup):
    import_file(exchange, administrator, "mado_basic.csv")
    dead, gone, removed = (repo.get_by_atena_no(a) for a in ("1006", "1007", "1016"))
    assert dead.status is ResidentStatus.DECEASED and dead.removal.removed_on == date(2026, 3, 3)
    assert gone.status is ResidentStatus.MOVED_OUT and gone.move_out.confirmed_on == date(2026, 6, 1)
    assert gone.move_out.destination == "空想県夢見市桜町三丁目7番地"
    assert removed.status is ResidentStatus.REMOVED and not removed.living
    for r in (dead, gone, removed):
        result = lookup.by_basic_info(BasicInfo(r.name, r.birth_date))
        assert result.candidates[0].resident.id == r.id and not result.candidates[0].living
        assert result.best is None
    # the widow's household still lists her late husband (おくやみ picks him from there)
    household = repo.household("200")
    assert [(m.atena_no, m.status) for m in household.members] == [
        ("1005", ResidentStatus.RESIDENT), ("1006", ResidentStatus.DECEASED)]


def test_a_filed_but_unconfirmed_move_out_stays_a_resident_with_its_dates(exchange, administrator, repo):
    import_file(exchange, administrator, "mado_basic.csv")
    r = repo.get_by_atena_no("1009")
    assert r.status is ResidentStatus.RESIDENT and r.living
    assert r.move_out.filed_on == date(2026, 7, 10) and r.move_out.planned_on == date(2026, 8, 31)
    assert r.move_out.confirmed_on is None


def test_households_come_from_setai_bango_in_kisai_juni_order(exchange, administrator, repo, tmp_path):
    from tests.records.fixtures.build_fixtures import csv_text

    shuffled = [r for r in rows() if r["世帯番号"] == "700"][::-1]  # file order 4, 3, 2, 1
    path = tmp_path / "shuffled.csv"
    path.write_bytes(csv_text(shuffled).encode("utf-8-sig"))
    import_file(exchange, administrator, path)
    household = repo.household("700")
    assert [m.atena_no for m in household.members] == ["1012", "1013", "1014", "1015"]
    assert [m.relationship for m in household.members] == ["世帯主", "弟", "縁故者", "同居人"]
    assert household.head.atena_no == "1012" and household.head_name == "岩﨑\u3000剛"
    assert household.members[2].adult_ward


def test_linked_business_flags_and_dates_become_linked_records(exchange, administrator, repo):
    import_file(exchange, administrator, "mado_basic.csv")
    father = repo.linked_records(repo.get_by_atena_no("1001").id)
    assert [(n.acquired_on, n.lost_on) for n in father.nhi] == [(date(2010, 4, 1), None)]
    assert [p.category for p in father.pension] == ["99"]
    assert [a.certified_on for a in father.child_allowance_as_recipient] == [date(2016, 1, 1)]
    widow = repo.linked_records(repo.get_by_atena_no("1005").id)
    assert [x.acquired_on for x in widow.elderly_medical] == [date(2018, 4, 17)]
    assert [x.acquired_on for x in widow.ltc] == [date(2008, 4, 17)]
    assert repo.linked_records(repo.get_by_atena_no("1003").id).nhi == ()


def test_half_width_kana_and_wareki_birth_dates_are_read(exchange, administrator, repo):
    import_file(exchange, administrator, "mado_basic.csv")
    r = repo.get_by_atena_no("1017")
    assert r.name_kana == "タカハシ\u3000ユウ" and r.birth_date == date(1991, 4, 1)


def test_history_rows_are_skipped_and_counted_not_imported(exchange, administrator, repo):
    report = import_file(exchange, administrator, "mado_basic.csv")
    assert report.counts["skipped"] == 1
    assert repo.get_by_atena_no("1001").address.town == "本町一丁目"  # not the history row's 旧町


def test_each_broken_row_is_reported_by_line_column_and_reason(exchange, administrator, repo):
    from tests.records.fixtures.build_fixtures import BAD_LINES

    report = import_file(exchange, administrator, "mado_bad_rows.csv")
    found = {(i.line, i.reason) for i in report.errors}
    assert found == {(BAD_LINES[k], k if k != "bad_status" and k != "no_atena" else
                      {"bad_status": "bad_code", "no_atena": "required"}[k]) for k in BAD_LINES}
    assert {i.column for i in report.errors if i.line == BAD_LINES["bad_status"]} == {"住民状態"}
    assert report.counts["new"] == 4 and report.counts["rejected"] == 5
    assert [repo.get_by_atena_no(a) is not None for a in ("1001", "1002", "1003", "1004")] == [True] * 4


def test_dry_run_counts_and_lists_changes_without_writing(exchange, administrator, repo):
    report = import_file(exchange, administrator, "mado_basic.csv", dry_run=True)
    assert report.dry_run and report.counts["new"] == CURRENT_ROWS
    assert [c.atena_no for c in report.changes][:2] == ["1001", "1002"]
    assert repo.count() == 0 and report.run_id is None


def test_the_next_export_counts_a_move_a_death_and_a_new_resident(exchange, administrator, repo):
    import_file(exchange, administrator, "mado_basic.csv")
    report = import_file(exchange, administrator, "mado_second_export.csv", mode="snapshot")
    assert (report.counts["new"], report.counts["changed"], report.counts["status_changed"]) == (1, 1, 1)
    kinds = {c.atena_no: (c.kind, c.fields) for c in report.changes}
    assert kinds["1002"] == ("changed", ("郵便番号", "住所"))
    assert kinds["1005"][0] == "status_changed" and "住民状態" in kinds["1005"][1]
    assert repo.get_by_atena_no("1005").status is ResidentStatus.DECEASED
    assert repo.get_by_atena_no("1002").address.town == "本町二丁目"


def test_import_is_for_the_administrator(exchange, supervisor):
    from app.identity.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        import_file(exchange, supervisor, "mado_basic.csv")


def test_fixture_files_are_what_the_builder_makes():
    """The committed fixtures match build_fixtures.py (edit the builder, not the files)."""
    from tests.records.fixtures import build_fixtures as b

    assert (FIXTURES / "mado_basic.csv").read_bytes() == b.csv_text(b.rows()).encode("utf-8-sig")
    assert (FIXTURES / "mado_basic_cp932.csv").read_bytes() == b.csv_text(b.rows(), "\r\n").encode("cp932")
