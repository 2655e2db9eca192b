"""The counter's logging at its most verbose keeps personal data out (the GUI path): a whole
転入 through the real window — submitted, approved by a supervisor, printed — then the log
files are scanned."""
from __future__ import annotations

import logging
import re

import pytest

from app.visit.workflow import VisitState
from tests.journeys.driver import ClerkAtCounter
from tests.journeys.test_clerk_journeys import FAMILY, supervisor_of
from tests.ui.real_counter import close_counter, open_counter

pytestmark = pytest.mark.slow


def test_visit_at_trace_level_leaves_no_personal_data_in_the_log(qtbot, tmp_path):
    from cardreader.simulator import load_persona

    from app.logging_setup import configure_logging

    root = logging.getLogger()
    level = root.level
    log_file = configure_logging(1, tmp_path / "logs")  # everything, APDU traces included
    services, bridge, window = open_counter(qtbot)
    try:
        clerk = ClerkAtCounter(qtbot, window, supervisor=supervisor_of(services))
        clerk.go_through(FAMILY, tmp_path / "packet.pdf")
        assert window.controller.visit.state is VisitState.PRINTED   # submit, approve, print: all logged
    finally:
        close_counter(services, bridge, window)
        for handler in [h for h in root.handlers if getattr(h, "_madoguchi", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    card = load_persona("yamada-taro")["card"]
    text = "".join(p.read_text(encoding="utf-8") for p in log_file.parent.glob("*.log*"))
    # the card layer traces every APDU below DEBUG: the scan covers the whole card read
    assert "cardreader.apdu" in text, "the card read was not traced: the scan would prove nothing"
    forbidden = [card["my_number"], card["name"], card["name"].replace("\u3000", ""),
                 "中央町", "見本ハイツ", "他見市"] + [p["name"] for p in FAMILY.added] + \
        [p["kana"] for p in FAMILY.added] + [FAMILY.holder["kana"]]
    assert [value for value in forbidden if value in text] == []
    assert not re.search(r"(?<!\d)" + card["pin"] + r"(?!\d)", text)
    assert " ".join(f"{ord(c):02X}" for c in card["pin"]) not in text   # VERIFY data masked
