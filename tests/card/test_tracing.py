"""APDU tracing: below DEBUG, PIN masked, My Number / basic-4 bytes never logged."""
import logging

from cardreader import TRACE, CardSession, TracingTransport
from cardreader.simulator import SimulatedTransport, card_for_persona


def test_trace_masks_pin_and_hides_personal_data(caplog):
    card = card_for_persona("yoshida-takashi")
    caplog.set_level(TRACE, logger="cardreader.apdu")
    CardSession(TracingTransport(SimulatedTransport(card))).read("1357")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "00 20 00 80 04 ** ** ** **" in text
    assert "31 33 35 37" not in text
    number_hex = card.profile.my_number.encode().hex(" ").upper()
    assert number_hex not in text and "hidden" in text
    assert card.profile.name.encode().hex(" ").upper()[:20] not in text
    assert all(r.levelno == TRACE < logging.DEBUG for r in caplog.records)
    assert len(caplog.records) == 2 * len(card.apdu_log)


def test_nothing_logged_at_debug(caplog):
    caplog.set_level(logging.DEBUG)
    CardSession(TracingTransport(SimulatedTransport(card_for_persona("yamada-taro")))).read("1234")
    assert not [r for r in caplog.records if r.name.startswith("cardreader")]
