"""`records import-mynumbers`: check digits verified, encrypted on arrival, idempotent,
never overwritten silently, wrong rows by line number only, audited without the numbers."""
import logging

from sqlalchemy import select
from stdnum.jp import in_

from app.privacy import MyNumber
from app.records import BasicInfo
from app.storage.database import make_session_factory
from app.storage.tables.records import ResidentRow
from tests.records.conftest import FIXTURES, import_file, audit_log
from tests.records.fixtures.build_fixtures import MY_NUMBER_LINES


def _number(eleven: str) -> str:
    return eleven + in_.calc_check_digit(eleven)


def test_numbers_are_checked_encrypted_and_found_by_the_lookup(exchange, administrator, repo, lookup, caplog):
    caplog.set_level(logging.DEBUG)
    import_file(exchange, administrator, "mado_basic.csv")
    report = exchange.my_numbers.run(administrator, FIXTURES / "mynumbers.csv")
    assert report.counts == {"linked": 3, "unchanged": 0, "rejected": 3}
    assert [(i.line, i.reason) for i in report.issues] == [
        (MY_NUMBER_LINES["check_digit"], "my_number_check_digit"),
        (MY_NUMBER_LINES["unknown_atena"], "unknown_atena"), (MY_NUMBER_LINES["format"], "my_number_format")]
    assert all(i.column == "" for i in report.issues)  # a line number and a reason, nothing from the row
    digits = _number("12345678901")
    with exchange.sessions() as s:
        stored = s.execute(select(ResidentRow.my_number_enc, ResidentRow.my_number_hash)
                           .where(ResidentRow.atena_no == "1001")).one()
    assert digits.encode() not in stored.my_number_enc and digits not in stored.my_number_hash
    assert lookup.by_my_number(MyNumber(digits)).best.atena_no == "1001"
    assert digits not in caplog.text
    again = exchange.my_numbers.run(administrator, FIXTURES / "mynumbers.csv")
    assert again.counts["unchanged"] == 3 and again.counts["linked"] == 0


def test_a_different_number_is_not_overwritten_and_a_shared_one_is_flagged(exchange, administrator, tmp_path):
    import_file(exchange, administrator, "mado_basic.csv")
    exchange.my_numbers.run(administrator, FIXTURES / "mynumbers.csv")
    shared, other = _number("12345678901"), _number("99999999990")
    (tmp_path / "more.csv").write_text(f"個人番号,宛名番号\n{shared},1012\n{other},1001\n", encoding="utf-8")
    report = exchange.my_numbers.run(administrator, tmp_path / "more.csv")
    assert [(i.line, i.reason, i.warning) for i in report.issues] == [
        (2, "my_number_shared", True), (3, "my_number_elsewhere", False)]
    assert report.counts["linked"] == 1 and report.counts["rejected"] == 1


def test_the_import_is_audited_with_counts_and_a_file_digest_only(engine, exchange, administrator):
    import_file(exchange, administrator, "mado_basic.csv")
    exchange.my_numbers.run(administrator, FIXTURES / "mynumbers.csv")
    [entry] = audit_log(make_session_factory(engine)).entries(action="my_numbers_imported")
    assert entry.details["linked"] == 3 and entry.details["rejected"] == 3
    assert _number("12345678901") not in str(entry.details)


def test_dry_run_links_nothing(exchange, administrator, repo):
    import_file(exchange, administrator, "mado_basic.csv")
    report = exchange.my_numbers.run(administrator, FIXTURES / "mynumbers.csv", dry_run=True)
    assert report.counts["linked"] == 3 and not repo.get_by_atena_no("1001").has_my_number


def test_only_the_administrator_imports_the_link(exchange, supervisor):
    import pytest

    from app.identity.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        exchange.my_numbers.run(supervisor, FIXTURES / "mynumbers.csv")


def test_lookup_by_name_still_works_for_linked_residents(exchange, administrator, lookup):
    import_file(exchange, administrator, "mado_basic.csv")
    exchange.my_numbers.run(administrator, FIXTURES / "mynumbers.csv")
    from datetime import date

    best = lookup.by_basic_info(BasicInfo("見本　太郎", date(1980, 3, 5))).best
    assert best.atena_no == "1001" and best.has_my_number


def test_the_first_link_flags_a_number_given_twice_in_the_file_and_rebuilds_the_index(
        exchange, administrator, tmp_path, lookup):
    import_file(exchange, administrator, "mado_basic.csv")
    same = _number("31415926535")
    (tmp_path / "first.csv").write_text(f"宛名番号,個人番号\n1001,{same}\n1012,{same}\n", encoding="utf-8")
    report = exchange.my_numbers.run(administrator, tmp_path / "first.csv")
    assert [(i.line, i.reason) for i in report.issues] == [(3, "my_number_shared")]
    result = lookup.by_my_number(MyNumber(same))  # through the rebuilt hash index
    assert {c.resident.atena_no for c in result.candidates} == {"1001", "1012"} and result.ambiguous
    from sqlalchemy import inspect

    with exchange.engine.connect() as conn:
        names = {ix["name"] for ix in inspect(conn).get_indexes("residents")}
    assert "ix_residents_my_number_hash" in names
