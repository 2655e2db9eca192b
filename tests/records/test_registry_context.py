"""app.records.registry_context: records from app.records → the flat context forms pre-fill from."""
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.privacy import MyNumber, MyNumberCipher
from app.records import (Address, ElderlyMedicalRecord, LtcRecord, NewResident, NhiRecord, ResidentRepository,
                         SealRegistrationRecord)
from app.storage.database import make_engine, make_session_factory
from app.storage.migration_runner import upgrade
from app.records.registry_context import ResidentNotFoundError, load_registry_context
from forms.context import build_context
from forms.draft import Provenance
from forms.packet import build_packet

ROOT = Path(__file__).resolve().parents[2]
HOME = Address("架空県", "架空市", "本町一丁目", "2番3号", katagaki="見本ハイツ202号室")


@pytest.fixture
def repo(sqlite_url):
    engine = make_engine(sqlite_url)
    upgrade(engine)
    repo = ResidentRepository(make_session_factory(engine), MyNumberCipher.for_data_dir())
    household = repo.add_household("S0001", [
        NewResident("0000000101", "見本　一", "ミホン　ハジメ", date(1948, 5, 5), "1", HOME,
                    my_number=MyNumber("123456789018")),
        NewResident("0000000102", "見本　花子", "ミホン　ハナコ", date(1958, 9, 9), "2", HOME, relationship="妻"),
    ])
    head, wife = household.members
    repo.add_elderly_medical(ElderlyMedicalRecord(head.id, "12345678", date(2023, 5, 4)))
    repo.add_ltc(LtcRecord(head.id, "0000012345", date(2013, 5, 4)))
    repo.add_seal_registration(SealRegistrationRecord(head.id, "00001234", date(2000, 1, 1)))
    repo.add_nhi(NhiRecord(wife.id, "1234567", date(2018, 4, 1)))
    yield repo, sqlite_url
    engine.dispose()


def test_registry_context_carries_household_and_linked_records(repo):
    repository, _ = repo
    registry = load_registry_context(repository, "0000000101")
    resident, household = registry["resident"], registry["household"]
    assert resident["name"] == "見本　一" and resident["kana"] == "ミホン　ハジメ"
    assert resident["address"] == "架空県架空市本町一丁目2番3号" and resident["katagaki"] == "見本ハイツ202号室"
    assert resident["koki"] and resident["koki_number"] == "12345678" and resident["seal_number"] == "00001234"
    assert not resident["nhi"]
    assert household["head_name"] == "見本　一"
    wife = household["members"][1]
    assert wife["relationship"] == "妻" and wife["nhi"] and wife["nhi_number"] == "1234567"
    assert "my_number" not in wife           # stored numbers are revealed only by the audited service


def test_missing_resident_is_an_error(repo):
    with pytest.raises(ResidentNotFoundError):
        load_registry_context(repo[0], "9999999999")


def test_registry_values_prefill_with_registry_provenance(repo):
    registry = load_registry_context(repo[0], "0000000101")
    context = build_context(card={"name": "見本　一", "my_number": "123456789018"}, answers={
        "date": "2026-11-15", "new_address": "架空県架空市中央二丁目1番1号"}, today="2026-11-22", **registry)
    packet = build_packet(context, "move_within")
    ids = [p.id for p in packet.procedures]
    assert "koki" in ids and "kaigo" in ids and "nhi" in ids
    nhi = next(d for d in packet.drafts if d.form_id == "nhi_idou")
    assert nhi.get("insured.0.name") == "見本　花子"                       # only the insured wife
    assert nhi.values["insured.0.name"].provenance is Provenance.REGISTRY
    juminidou = packet.drafts[0]
    assert juminidou.get("old_address") == "架空県架空市本町一丁目2番3号 見本ハイツ202号室"
    assert juminidou.values["old_address"].source == "visit.old_address"
    assert juminidou.values["old_address"].provenance is Provenance.REGISTRY
    koki = next(d for d in packet.drafts if d.form_id == "koki_idou")
    assert koki.get("number") == "12345678"


def test_packet_command_reads_the_resident_from_the_database(repo, tmp_path):
    _, url = repo
    scenario = {"event": "move_within", "resident_id": "0000000101", "today": "2026-11-22",
                "card": {"name": "見本　一", "my_number": "123456789018"},
                "answers": {"date": "2026-11-15", "new_address": "架空県架空市中央二丁目1番1号"}}
    path = tmp_path / "s.json"
    path.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "p.pdf"
    result = subprocess.run([sys.executable, "main.py", "--db", url, "packet", "--scenario", str(path),
                             "--out", str(out), "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    forms = [f["id"] for f in json.loads(result.stdout)["forms"]]
    assert forms[0] == "juminidou" and "koki_idou" in forms
    scenario["resident_id"] = "0000000999"
    path.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, "main.py", "--db", url, "packet", "--scenario", str(path),
                             "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "宛名番号" in result.stderr
