"""Printing tests: real packets (the forms code, as `main.py packet` makes them), rendered in
process and printed."""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest

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
