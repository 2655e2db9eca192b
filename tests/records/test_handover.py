"""`visits export`: built from APPROVED snapshots only; JSON valid against the shipped schema
with the core data model's names; CSV one row per person and procedure; My Numbers only for
sections whose forms carry them and only for a member who may see them; 0600; audited;
the same period gives the same bytes."""
import csv
import io
import json
from datetime import date, datetime, timezone
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import insert, update
from stdnum.jp import in_

from app.approval.snapshot_cipher import EncryptedSnapshotCodec
from app.identity.errors import PermissionDeniedError
from app.records_services import RecordsServices
from app.storage.tables.approval import ApprovalRequestRow
from app.storage.tables.visits import VisitRow
from tests.records.conftest import import_file
from tests.staff.service_fixtures import SYSTEM, people, services  # noqa: F401

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "resources" / "handover" /
                     "handover-v1.schema.json").read_text(encoding="utf-8"))
WIDOW_NUMBER = "10000000001" + in_.calc_check_digit("10000000001")
DECEASED_NUMBER = "20000000002" + in_.calc_check_digit("20000000002")


def _f(key, value, label=None, changed=False):
    return {"key": key, "label": label or key, "value": value, "provenance": "registry",
            "prefilled_value": value, "changed": changed}


def death_snapshot() -> dict:
    deceased = [_f("insured.0.name", "架空\u3000三郎"), _f("insured.0.birth_date", "1940-12-01"),
                _f("insured.0.sex_code", "男"), _f("insured.0.relationship", "夫"),
                _f("insured.0.my_number", "**** **** 0000")]
    return {"event": "death", "procedures": [
        {"code": "koki", "title": "後期高齢者医療の届出", "form_ids": ["koki_idou"], "selected": True},
        {"code": "sousaihi", "title": "葬祭費の支給申請", "form_ids": ["sousaihi"], "selected": True},
        {"code": "nhi", "title": "国民健康保険の届出", "form_ids": ["nhi_idou"], "selected": True},
        {"code": "card_return", "title": "マイナンバーカードの返納（任意）", "form_ids": [], "selected": True}],
        "forms": [
            {"draft_id": "koki_idou", "form_id": "koki_idou", "title": "後期高齢者医療 届",
             "fields": [_f("koki_kind", "喪失（死亡）", "届出の種類"), _f("changed_on", "2026-03-03", "異動日")] + deceased},
            {"draft_id": "sousaihi", "form_id": "sousaihi", "title": "葬祭費支給申請書", "fields": [
                _f("d_name", "架空\u3000三郎"), _f("d_birth", "1940-12-01"), _f("died_on", "2026-03-03", "死亡日"),
                _f("funeral_on", "2026-03-06", "葬祭日"), _f("a_name", "架空\u3000冬子"),
                _f("a_address", "架空県見本市中央二丁目5番地"), _f("a_relation", "妻"),
                _f("a_my_number", "**** **** 1111"), _f("bank_account", "7654321", "口座番号", changed=True),
                _f("a_phone", "090-0000-0000")]},
            {"draft_id": "nhi_idou", "form_id": "nhi_idou", "title": "国民健康保険 届", "fields": [
                _f("nhi_kind", "異動", "届出の種類"), _f("changed_on", "2026-03-03", "異動日"),
                _f("head_my_number", "**** **** 1111"), _f("insured.0.name", "架空\u3000冬子"),
                _f("insured.0.birth_date", "1943-04-17"), _f("insured.0.sex_code", "女"),
                _f("insured.0.relationship", "世帯主"), _f("insured.0.my_number", "**** **** 1111"),
                _f("filer_name", "架空\u3000冬子"), _f("filer_relation", "本人")]}]}


@pytest.fixture
def exchange(services, cipher):  # noqa: F811 — over the staff services' database and audit log
    records = RecordsServices.over(services.engine, cipher=cipher, audit=services.audit,
                                   snapshot_codec=EncryptedSnapshotCodec.for_key_file())
    return records


@pytest.fixture
def approved(exchange, services, people, tmp_path):  # noqa: F811
    admin = people["admin1"]
    import_file(exchange, admin, "mado_basic.csv")
    (tmp_path / "mn.csv").write_text(f"宛名番号,個人番号\n1005,{WIDOW_NUMBER}\n1006,{DECEASED_NUMBER}\n",
                                     encoding="utf-8")
    exchange.my_numbers.run(admin, tmp_path / "mn.csv")
    now = datetime.now(timezone.utc)
    with services.sessions.begin() as s:
        for visit_id in ("visit-death", "visit-old"):
            s.execute(insert(VisitRow.__table__).values(id=visit_id, state="approved", staff_id="1", created_at=now,
                                                        updated_at=now, resident_id="1005", event="death", data={}))
    for visit_id in ("visit-death", "visit-old"):
        services.approval.submit(people["clerk1"], visit_id, death_snapshot())
        services.approval.approve(people["super1"], visit_id)
    services.approval.submit(people["clerk1"], "visit-pending", death_snapshot())  # not approved: never exported
    with services.sessions.begin() as s:
        s.execute(update(ApprovalRequestRow.__table__).where(ApprovalRequestRow.visit_id == "visit-old")
                  .values(decided_at=datetime(2020, 1, 10, tzinfo=timezone.utc)))
    return people


SINCE = date(2026, 1, 1)


def test_json_follows_the_schema_and_carries_approved_facts_and_persons(exchange, approved, tmp_path):
    out = tmp_path / "handover.json"
    result = exchange.handover.export(approved["admin1"], SINCE, out, "json")
    document = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(document, SCHEMA)
    assert [v["visitId"] for v in document["visits"]] == ["visit-death"] and result.visits == 1
    [visit] = document["visits"]
    assert visit["approval"]["state"] == "approved" and visit["approval"]["approvedBy"] == approved["super1"].staff_id
    procedures = {p["code"]: p for p in visit["procedures"]}
    sousaihi = procedures["sousaihi"]
    facts = {f["name"]: f for f in sousaihi["forms"][0]["facts"]}
    assert facts["dateOfDeath"]["value"] == "2026-03-03" and facts["bankAccount"]["changedByClerk"]
    persons = {p["procedureRole"]: p for p in sousaihi["persons"]}
    assert persons["死亡者"]["dateOfDeath"] == "2026-03-03"
    assert persons["死亡者"]["identificationGroup"] == [{"identification": "1006", "identificationType": "宛名番号"}]
    assert persons["申請者"]["residenceAddress"] == {"fullAddress": "架空県見本市中央二丁目5番地"}
    assert persons["申請者"]["familyName"] == "架空" and persons["申請者"]["givenName"] == "冬子"
    assert procedures["koki"]["section"] == {"id": "koki", "name": "保険年金課 後期高齢者医療係"}
    assert procedures["card_return"]["persons"] == [] and procedures["card_return"]["forms"] == []
    assert not document["includesMyNumber"]
    text = out.read_text(encoding="utf-8")
    assert WIDOW_NUMBER not in text and "090-0000-0000" not in text and "**** ****" not in text
    assert out.stat().st_mode & 0o777 == 0o600


def test_my_numbers_only_for_sections_that_need_them_and_only_for_a_permitted_member(exchange, approved, tmp_path):
    out = tmp_path / "handover.json"
    result = exchange.handover.export(approved["super1"], SINCE, out, "json")
    document = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(document, SCHEMA)
    assert document["includesMyNumber"]
    procedures = {p["code"]: p for p in document["visits"][0]["procedures"]}

    def numbers(code):
        return {i["identification"] for p in procedures[code]["persons"] for i in p.get("identificationGroup", [])
                if i["identificationType"] == "個人番号"}

    assert numbers("sousaihi") == {WIDOW_NUMBER, DECEASED_NUMBER} and numbers("nhi") == {WIDOW_NUMBER}
    assert numbers("koki") == set()  # 後期 prints the number only on request: its section does not get it
    assert result.my_numbers == 4  # the widow twice on the 国保 form: insured and filer
    exchange.handover.export(approved["admin1"], SINCE, out, "json")
    assert WIDOW_NUMBER not in out.read_text(encoding="utf-8")
    for refused in (approved["clerk1"], SYSTEM):  # no anonymous export (the CLI signs in with --as)
        with pytest.raises(PermissionDeniedError):
            exchange.handover.export(refused, SINCE, out, "json")


def test_csv_is_one_row_per_person_and_procedure(exchange, approved, tmp_path):
    out = tmp_path / "handover.csv"
    exchange.handover.export(approved["super1"], SINCE, out, "csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    keys = [(r["procedureCode"], r["procedureRole"], r["atenaNo"]) for r in rows]
    assert keys == [("koki", "被保険者", "1006"), ("sousaihi", "死亡者", "1006"), ("sousaihi", "申請者", "1005"),
                    ("nhi", "被保険者", "1005"), ("nhi", "届出人", "1005"), ("card_return", "", "")]
    by_key = {(r["procedureCode"], r["procedureRole"]): r for r in rows}
    assert by_key[("sousaihi", "死亡者")]["dateOfDeath"] == "2026-03-03"
    assert by_key[("sousaihi", "申請者")]["myNumber"] == WIDOW_NUMBER
    assert by_key[("koki", "被保険者")]["myNumber"] == "" and by_key[("koki", "被保険者")]["changeKind"] == "喪失（死亡）"
    assert json.loads(by_key[("sousaihi", "申請者")]["otherFacts"])["sousaihi.bank_account"] == "7654321"


def test_a_section_gets_only_its_procedures_and_the_same_period_gives_the_same_bytes(exchange, approved, tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    exchange.handover.export(approved["admin1"], SINCE, first, "csv", section="保険年金課 国保・年金係")
    exchange.handover.export(approved["admin1"], SINCE, second, "csv", section="hoken")
    assert first.read_bytes() == second.read_bytes()
    codes = {r["procedureCode"] for r in csv.DictReader(io.StringIO(first.read_text(encoding="utf-8-sig")))}
    assert codes == {"sousaihi", "nhi"}
    from app.records.import_errors import HandoverExportError

    with pytest.raises(HandoverExportError):
        exchange.handover.export(approved["admin1"], SINCE, first, "csv", section="no-such-desk")


def test_the_export_is_audited_with_counts(exchange, approved, services, tmp_path):
    exchange.handover.export(approved["super1"], SINCE, tmp_path / "h.json", "json", section="hoken")
    [entry] = services.audit.entries(action="handover_exported")
    assert entry.staff_id == approved["super1"].staff_id
    assert entry.details == {"format": "json", "section": "hoken", "since": "2026-01-01", "visits": 1,
                             "procedures": 2, "persons": 4, "my_numbers": 4}


def test_visits_export_cli_writes_the_file_and_refuses_a_bad_date(db_url, approved, tmp_path):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    def run(*a, who=("admin1", "admin1-password")):
        extra, stdin = (("--as", who[0]), who[1] + "\n") if who else ((), "")
        return subprocess.run([sys.executable, "main.py", "--db", db_url, "visits", "export", *a, *extra],
                              cwd=root, env=dict(os.environ), capture_output=True, text=True, timeout=120,
                              input=stdin)

    ok = run("--since", "2026-01-01", "--format", "json", "--out", str(tmp_path / "h.json"))
    assert ok.returncode == 0, ok.stderr
    assert "個人番号は含みません" in ok.stdout  # the administrator never receives My Numbers
    jsonschema.validate(json.loads((tmp_path / "h.json").read_text(encoding="utf-8")), SCHEMA)
    supervisor = run("--since", "2026-01-01", "--out", str(tmp_path / "s.json"), who=("super1", "super1-password"))
    assert supervisor.returncode == 0 and "個人番号 4 件" in supervisor.stdout
    anonymous = run("--since", "2026-01-01", "--out", str(tmp_path / "a.json"), who=None)
    assert anonymous.returncode == 8 and not (tmp_path / "a.json").exists()
    bad = run("--since", "2026-13-01", "--out", str(tmp_path / "x.json"))
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    unwritable = run("--since", "2026-01-01", "--out", str(tmp_path / "no" / "such" / "dir.json"))
    assert unwritable.returncode == 9
