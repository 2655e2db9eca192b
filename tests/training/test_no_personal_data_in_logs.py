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

from app.logging_setup import REDACTED, configure_logging, log_dir
from app.visit.card_data import card_reading_from
from cardreader import CardSession, TracingTransport
from cardreader.simulator.persona import card_for_persona, load_persona
from cardreader.simulator.simulated_transport import SimulatedTransport
from cardreader.transport import TRACE

PERSONA = "suzuki-hana"
DEATH_ANSWERS = {"date": "2026-11-15", "death_notice_filed": True, "funeral_date": "2026-11-18",
                 "deceased_card_held": True, "phone": "090-1234-5678", "bank_detail": "架空銀行 本店",
                 "bank_type": "普通", "bank_account": "1234567", "bank_holder_kana": "スズキ　ハナ"}


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
    """The production path: the counter's services as composition builds them (the visit
    service with its audit, approval and records adapters), a card read through CardSession
    over the traced simulator, and the whole visit — submit, a supervisor's approval, the
    audited reveal, the rendered final packet and its print."""
    from composition import build_counter_services

    persona = load_persona(PERSONA)
    services = build_counter_services(db=None, demo=True, residents=200)
    try:
        service = services.visit_service

        def be(name, password):
            identity = services.auth.authenticate(name, password)
            services.sign_in(identity)
            return services.auth.actor_for(identity)

        clerk = be("madoguchi", "renshu-madoguchi")
        visit = service.start_visit(str(clerk.staff_id))

        session = CardSession(TracingTransport(SimulatedTransport(card_for_persona(PERSONA))))
        assert session.tries_left() == 3
        read = session.read(persona["card"]["pin"])
        logging.getLogger("test.flow").debug("card read: %r %r", read.basic, read.my_number)
        visit = service.apply_card_read(visit, card_reading_from(read))
        assert visit.candidates and visit.candidates[0].resident_id == persona["registry"]["atena_no"]
        visit = service.confirm_resident(visit, visit.candidates[0].resident_id)
        logging.getLogger("test.flow").debug("visit: %r", visit)

        revealed = services.staff.reveal.reveal(clerk, int(visit.candidates[0].audit_id))
        assert revealed.digits == persona["card"]["my_number"]

        preview = service.preview_event(visit, "death", {})
        visit = service.answer_event(visit, "death", {**DEATH_ANSWERS, "deceased": preview.deceased})
        visit = service.review_forms(service.choose_procedures(visit))
        visit = service.submit(visit)

        supervisor = be("shinsa", "renshu-shinsa")
        services.staff.approval.approve(supervisor, visit.visit_id, "確認済み")
        be("madoguchi", "renshu-madoguchi")
        visit = service.refresh_approval(visit)
        pdf = service.render_packet(visit, watermark="見本")
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
        visit = service.mark_printed(visit)
        assert services.staff.audit.verify().ok
        audit_dump = json.dumps([e.__dict__ for e in services.staff.audit.entries()],
                                ensure_ascii=False, default=str)
        assert '"approved"' in audit_dump or "approv" in audit_dump  # the loop really ran
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
