"""Printing tests: real packets (the forms code, as `main.py packet` makes them), rendered in
process, printed into PDF files and through a private CUPS server with a cups-pdf queue."""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest

from tests.support.cups_server import CupsServer, isolate_from_system_cups, why_cups_cannot_run
# The window fixtures of the widget tests (real MainWindow and VisitService).
from tests.ui.conftest import _cjk_font, card, make_window, ui_db, visit_service, window  # noqa: F401

# Before any test asks libcups for printers: this run never sees the machine's own.
isolate_from_system_cups()

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"


def render_example(name: str, watermark: bool = False) -> bytes:
    from forms.events import EventCode
    from forms.packet import build_packet
    from forms.render.packet_pdf import render_packet
    from forms.scenario import load_scenario

    scenario = load_scenario(EXAMPLES / name)
    context = scenario.context(None)
    packet = build_packet(context, scenario.event)
    out = io.BytesIO()
    render_packet(packet.drafts, packet.guide, watermark, out,
                  office_mayor=context.get("office.mayor", ""),
                  event_title=EventCode(scenario.event).title)
    return out.getvalue()


@pytest.fixture(scope="session")
def family_packet() -> bytes:
    """A family of four moving in: the guide slip and seven forms, eight A4 pages."""
    return render_example("move-in-family-of-four.json")


@pytest.fixture(scope="session")
def short_packet() -> bytes:
    """A certificate request: the guide slip and one form."""
    return render_example("certificate-request.json")


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """The temporary folder of this test alone (Python's tempfile, Qt and libcups all read
    TMPDIR), so "nothing was left in the temp dir" is not disturbed by other processes."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert tempfile.gettempdir() == str(folder)
    return folder


def temp_listing() -> list[str]:
    return sorted(os.listdir(tempfile.gettempdir()))


@pytest.fixture(scope="module")
def cups():
    why = why_cups_cannot_run()
    if why is not None:
        if os.environ.get("REQUIRE_CUPS") == "1":
            pytest.fail(f"REQUIRE_CUPS=1 but a private cupsd cannot run here: {why}")
        pytest.skip(f"no private cupsd: {why}")
    server = CupsServer.start()
    yield server
    server.stop()


def reviewed_visit(qtbot, window, service):
    """A 転居 (move within the city) reviewed and ready to print (arranged through `service`,
    the window's), open in the window once the resume has come back."""
    from tests.visit.fakes import CARD

    visit = service.apply_card_read(service.start_visit("1"), CARD)
    visit = service.confirm_resident(visit, "R001")
    visit = service.answer_event(visit, "move_within",
                                 {"date": "2026-11-15", "new_address": "架空県架空市新町1番2号"},
                                 about={"holder": {"signature_cert": False}})
    visit = service.review_forms(service.choose_procedures(visit))
    window.controller.resume(visit.visit_id)
    qtbot.waitUntil(lambda: window.controller.visit is not None
                    and window.controller.visit.visit_id == visit.visit_id and not window.controller.busy)
    return visit
