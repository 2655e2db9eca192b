"""A full headless visit with logging at its most verbose (TRACE, below DEBUG):
the log files must not contain the persona's My Number, PIN, name or address.

Flow: demo database reset (personas + demo staff), card read through the
in-process simulator (with the APDU tracing transport), lookup by My Number,
audited reveal, visit audit events, packet built and rendered with 見本,
clerk submits, a different supervisor approves, final print audited.
"""
import json
import logging
import re

import pytest

from app.approval.machine import ApprovalState
from app.audit.visit_port import VisitAuditPort
from training.database import reset_demo_database
from training.scenarios import load_scenarios
from app.logging_setup import REDACTED, configure_logging, log_dir
from app.privacy.cipher import MyNumberCipher
from app.privacy.my_number import MyNumber
from app.records.lookup import LookupService
from app.records.repository import ResidentRepository
from app.staff.reveal import MyNumberRevealService
from app.staff_services import StaffServices
from app.records.registry_context import load_registry_context
from cardreader import CardSession, TracingTransport
from cardreader.simulator.persona import card_for_persona, load_persona
from cardreader.simulator.simulated_transport import SimulatedTransport
from cardreader.transport import TRACE
from forms.packet import build_packet
from forms.render.packet_pdf import render_packet
from forms.scenario import parse_scenario as parse_packet_scenario
from tests.staff.service_fixtures import CHEAP_HASHING

PERSONA = "suzuki-hana"


@pytest.fixture
def verbose_log():
    root = logging.getLogger()
    old_level, old_handlers = root.level, list(root.handlers)
    path = configure_logging(TRACE)
    yield path
    for handler in list(root.handlers):
        if handler not in old_handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(old_level)


def _secrets(persona):
    card, registry = persona["card"], persona["registry"]
    numbers = [card["my_number"]] + [m["my_number"] for m in registry["household"] if m.get("my_number")]
    texts = {card["name"], card["address"], registry["address"], registry["kana"]}
    for member in registry["household"]:
        texts |= {member["name"], member["kana"]}
    texts |= {t.replace("　", "") for t in texts} | {t.replace("　", " ") for t in texts}
    for number in numbers:
        texts |= {number, f"{number[:4]} {number[4:8]} {number[8:]}",
                  number.encode("ascii").hex(" ").upper(), number.encode("ascii").hex()}
    return texts, card["pin"]


def test_full_visit_leaves_no_personal_data_in_the_logs(verbose_log, tmp_path):
    persona = load_persona(PERSONA)
    demo = reset_demo_database(hashing=CHEAP_HASHING, residents=200)
    services = StaffServices.open(demo.url, hashing=CHEAP_HASHING)
    repo = ResidentRepository(services.sessions, MyNumberCipher.for_data_dir())
    try:
        creds = {c.role.value: c for c in demo.credentials}
        clerk = services.staff.authenticate("madoguchi", creds["clerk"].password, "窓口1").actor
        supervisor = services.staff.authenticate("shinsa", creds["supervisor"].password, "窓口2").actor
        visit_audit = VisitAuditPort(services.audit, clerk)
        visit_audit.record("visit_started", staff_id=str(clerk.staff_id), object_id="visit-1")

        session = CardSession(TracingTransport(SimulatedTransport(card_for_persona(PERSONA))))
        assert session.tries_left() == 3
        read = session.read(persona["card"]["pin"])
        visit_audit.record("card_read", staff_id=str(clerk.staff_id), object_id="visit-1")
        logging.getLogger("test.flow").debug("card read: %r %r", read.basic, read.my_number)

        found = LookupService(repo).by_my_number(MyNumber(read.my_number.value)).best
        assert found is not None and found.atena_no == persona["registry"]["atena_no"]
        visit_audit.record("record_viewed", staff_id=str(clerk.staff_id), object_id=str(found.id))
        logging.getLogger("test.flow").debug("resident: %r", found.id)

        reveal = MyNumberRevealService(repo, services.audit, services.office)
        assert reveal.reveal(clerk, found.id).digits == persona["card"]["my_number"]

        scenario = next(s for s in load_scenarios() if s.persona == PERSONA)
        packet_scenario = parse_packet_scenario(scenario.packet_scenario(persona))
        context = packet_scenario.context(load_registry_context(repo, found.atena_no))
        packet = build_packet(context, packet_scenario.event)
        result = render_packet(packet.drafts, packet.guide, True, tmp_path / "packet.pdf")
        assert result.pages >= 2 and (tmp_path / "packet.pdf").stat().st_size > 10_000

        snapshot = {"forms": [{"id": d.form_id} for d in packet.drafts]}
        services.approval.submit(clerk, "visit-1", snapshot)
        approved = services.approval.approve(supervisor, "visit-1", "確認済み")
        assert approved.state is ApprovalState.APPROVED
        services.approval.record_printed(clerk, "visit-1", final=True)
        services.staff.sign_out(clerk)
        assert services.audit.verify().ok
        audit_dump = json.dumps([e.__dict__ for e in services.audit.entries()], ensure_ascii=False)
    finally:
        services.close()

    for handler in logging.getLogger().handlers:
        handler.flush()
    logs = "".join(p.read_text(encoding="utf-8") for p in log_dir().glob("*.log*"))
    assert "cardreader.apdu" in logs and "demo database reset" in logs  # the log really was written
    secrets, pin = _secrets(persona)
    for text in (logs, audit_dump):
        leaked = sorted(s for s in secrets if s in text)
        assert leaked == [], f"personal data in logs/audit: {len(leaked)} value(s)"
        # The PIN is 4 digits; look for it as a token, not inside timestamps.
        stripped = re.sub(r"^\S+ \S+ ", "", text, flags=re.M)
        assert not re.search(rf"(?<![0-9:,.\-]){pin}(?![0-9:,.\-])", stripped)


def test_redaction_filter_is_defence_in_depth(verbose_log):
    log = logging.getLogger("test.careless")
    log.warning("careless %s and %s", "123456789012", "１２３４ ５６７８ ９０１２")
    try:
        raise ValueError("number 1234-5678-9012 in an exception")
    except ValueError:
        log.exception("failed")
    log.info("ids are fine: visit 42, resident 1001, 2026-11-22")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = verbose_log.read_text(encoding="utf-8")
    assert "123456789012" not in text and "5678" not in text
    # two in the message, two in the traceback (the source line and the exception text)
    assert text.count(REDACTED) == 4
    assert "visit 42, resident 1001, 2026-11-22" in text


def test_log_level_from_environment(monkeypatch, tmp_path):
    root = logging.getLogger()
    old_level, old_handlers = root.level, list(root.handlers)
    try:
        monkeypatch.setenv("MADOGUCHI_LOG_LEVEL", "debug")
        path = configure_logging(directory=tmp_path)
        assert root.level == logging.DEBUG and path == tmp_path / "madoguchi.log"
        monkeypatch.setenv("MADOGUCHI_LOG_LEVEL", "nonsense")
        configure_logging(directory=tmp_path)
        assert root.level == logging.INFO
        ours = [h for h in root.handlers if getattr(h, "_madoguchi", False)]
        assert len(ours) == 1  # idempotent: reconfiguring replaces, never duplicates
    finally:
        for handler in list(root.handlers):
            if handler not in old_handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(old_level)
