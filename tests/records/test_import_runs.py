"""An import's life: snapshot vs delta, missing residents only marked when confirmed, one
transaction per batch with a checkpoint to resume from, an audit entry without names, a
site's own profile, and --check's missing/unknown columns."""
import json
import shutil

import pytest
from sqlalchemy import func, select

from app.records.import_errors import ImportFileError, ImportRefusedError
from app.records.import_service import ImportRequest, RecordsImportService
from app.records.import_profile import ProfileCatalog
from app.storage.database import make_session_factory
from app.storage.tables.records import ResidentRow
from tests.records.conftest import FIXTURES, import_file, audit_log


def test_snapshot_lists_missing_residents_and_marks_them_only_when_confirmed(exchange, administrator, repo):
    import_file(exchange, administrator, "mado_basic.csv")
    listed = import_file(exchange, administrator, "mado_second_export.csv", mode="snapshot")
    assert listed.missing == ["1004"] and listed.marked_missing == 0
    assert repo.get_by_atena_no("1004").missing_since is None
    confirmed = import_file(exchange, administrator, "mado_second_export.csv", mode="snapshot",
                            confirm_missing=True)
    assert confirmed.marked_missing == 1
    kept = repo.get_by_atena_no("1004")
    assert kept is not None and kept.missing_since is not None and not kept.living  # marked, never deleted


def test_a_marked_resident_listed_again_is_cleared(exchange, administrator, repo):
    import_file(exchange, administrator, "mado_basic.csv")
    import_file(exchange, administrator, "mado_second_export.csv", mode="snapshot", confirm_missing=True)
    back = import_file(exchange, administrator, "mado_basic.csv", mode="snapshot")
    assert "1004" in {c.atena_no for c in back.changes}
    assert repo.get_by_atena_no("1004").missing_since is None


def test_delta_applies_the_rows_present_and_reports_no_missing(exchange, administrator, repo):
    import_file(exchange, administrator, "mado_basic.csv")
    report = import_file(exchange, administrator, "mado_second_export.csv", mode="delta")
    assert report.missing == [] and repo.get_by_atena_no("1004").missing_since is None
    with pytest.raises(ImportRefusedError):
        import_file(exchange, administrator, "mado_second_export.csv", mode="delta", confirm_missing=True)


def test_a_cancelled_import_keeps_whole_batches_and_resumes_after_its_checkpoint(engine, cipher, administrator):
    sessions = make_session_factory(engine)
    service = RecordsImportService(sessions, audit_log(sessions), ProfileCatalog(), batch_size=4)
    cancelled = service.run(administrator, ImportRequest(FIXTURES / "mado_basic.csv", "mado"),
                            cancel=lambda: True)
    assert cancelled.state == "cancelled" and cancelled.counts["new"] == 4

    def residents():
        with sessions() as s:
            return s.execute(select(func.count()).select_from(ResidentRow)).scalar_one()

    assert residents() == 4  # one whole batch, nothing of the next
    resumed = service.run(administrator, ImportRequest(FIXTURES / "mado_basic.csv", "mado"))
    assert resumed.state == "done" and resumed.resumed_from_line == 5
    assert resumed.run_id == cancelled.run_id
    assert resumed.counts["new"] == 17 and residents() == 17
    states = [e.details["state"] for e in audit_log(sessions).entries(action="records_imported")]
    assert states == ["cancelled", "done"]


def test_another_running_import_is_refused(engine, administrator):
    sessions = make_session_factory(engine)
    service = RecordsImportService(sessions, audit_log(sessions), ProfileCatalog(), batch_size=4)
    refused = []

    def second_import_meanwhile() -> bool:
        try:
            service.run(administrator, ImportRequest(FIXTURES / "mado_second_export.csv", "mado"))
        except ImportRefusedError as exc:
            refused.append(exc.detail)
        return True

    service.run(administrator, ImportRequest(FIXTURES / "mado_basic.csv", "mado"), cancel=second_import_meanwhile)
    assert refused == ["running"]


def test_the_audit_entry_has_who_file_digest_and_counts_never_names(engine, exchange, administrator):
    report = import_file(exchange, administrator, "mado_basic.csv")
    [entry] = audit_log(make_session_factory(engine)).entries(action="records_imported")
    assert entry.role == "administrator" and entry.workstation == "admin-pc"
    assert entry.details["new"] == 17 and entry.details["profile"] == "mado"
    assert entry.details["file"].replace(".", "") == report.file_sha256[:32]
    text = json.dumps(entry.details, ensure_ascii=False)
    assert "見本" not in text and "1980" not in text


def test_the_report_file_names_lines_columns_and_reasons_never_names(exchange, administrator, tmp_path):
    from app.records.import_report import write_report

    report = import_file(exchange, administrator, "mado_broken_date.csv")
    path = write_report(report, tmp_path / "r" / "report.txt", "mado_broken_date.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert "4,生年月日,日付として読めません" in text and "新規 16" in text
    assert "見本" not in text and "2012-02-30" not in text
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_site_adds_its_own_profile_without_code(exchange, administrator, repo, tmp_path):
    """A copy of the madoguchi layout with the site's own column names, in a site directory."""
    from tests.records.conftest import FIXTURES as F

    site = tmp_path / "profiles"
    site.mkdir()
    profile = json.loads((F.parents[2] / "resources" / "records_profiles" / "mado.json").read_text("utf-8"))
    profile["fields"]["atena_no"] = "あて名番号"
    profile["title"] = "見本市の基幹系"
    (site / "mihon.json").write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    data = (F / "mado_basic.csv").read_text(encoding="utf-8-sig").replace("宛名番号", "あて名番号", 1)
    (tmp_path / "site.csv").write_text(data, encoding="utf-8-sig")
    catalog = ProfileCatalog([site])
    assert "mihon" in catalog.names()
    service = RecordsImportService(exchange.sessions, audit_log(exchange.sessions), catalog)
    report = service.run(administrator, ImportRequest(tmp_path / "site.csv", "mihon"))
    assert report.counts["new"] == 17 and repo.get_by_atena_no("1001") is not None


def test_check_names_every_missing_and_unknown_column(exchange, tmp_path):
    text = (FIXTURES / "mado_basic.csv").read_text(encoding="utf-8-sig")
    header, body = text.split("\n", 1)
    header = header.replace("生年月日_不詳フラグ", "謎の列").replace("住民状態", "状態")
    (tmp_path / "odd.csv").write_text(header + "\n" + body, encoding="utf-8")
    result = exchange.imports.check("mado", tmp_path / "odd.csv")
    assert set(result.check.missing) == {"生年月日_不詳フラグ", "住民状態"}
    assert set(result.check.unknown) == {"謎の列", "状態"}
    assert not result.check.ok and not result.check.importable


def test_a_file_missing_columns_is_refused_before_anything_is_written(exchange, administrator, repo, tmp_path):
    text = (FIXTURES / "mado_basic.csv").read_text(encoding="utf-8-sig").replace("住民状態", "状態", 1)
    (tmp_path / "odd.csv").write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_file(exchange, administrator, tmp_path / "odd.csv")
    assert caught.value.detail == "header" and "住民状態" in caught.value.data["missing"]
    assert repo.count() == 0


def test_a_changed_profile_reads_every_row_again(exchange, administrator, repo, tmp_path):
    """The row digest includes the profile: mapping a site code changes the stored value."""
    site = tmp_path / "profiles"
    site.mkdir()
    shutil.copy(FIXTURES.parents[2] / "resources" / "records_profiles" / "mado.json", site / "site.json")
    catalog = ProfileCatalog([site])
    service = RecordsImportService(exchange.sessions, audit_log(exchange.sessions), catalog)
    service.run(administrator, ImportRequest(FIXTURES / "mado_basic.csv", "site"))
    profile = json.loads((site / "site.json").read_text("utf-8"))
    profile["codes"]["residence_status"] = {"12": "技術・人文知識・国際業務", "13": "家族滞在"}
    (site / "site.json").write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    report = service.run(administrator, ImportRequest(FIXTURES / "mado_basic.csv", "site"))
    assert report.counts["changed"] == 2 and report.counts["unchanged"] == 15
    assert repo.get_by_atena_no("1010").foreign.residence_status == "技術・人文知識・国際業務"
