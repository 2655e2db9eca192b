"""Headless: a clerk submits, a different supervisor approves, the final packet prints with 見本 on every page in demo mode and
without it otherwise, and `audit verify` passes — then fails once a row is
altered. Runs on the real (non-demo) database of each back end."""
import os
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

from pypdf import PdfReader

from training.mode import choose_mode
from training.scenarios import load_scenarios
from cardreader.simulator.persona import load_persona
from forms.packet import build_packet
from forms.render.packet_pdf import render_packet
from forms.scenario import parse_scenario as parse_packet_scenario
from tests.audit.tamper import tamper

ROOT = Path(__file__).resolve().parents[2]


def _packet_pdf(out: Path, demo: bool) -> list[str]:
    choice = choose_mode(Namespace(demo=demo, db="sqlite:///x" if not demo else None), {}, False)
    scenario = next(s for s in load_scenarios() if s.id == "family-moving-in")
    packet_scenario = parse_packet_scenario(scenario.packet_scenario(load_persona(scenario.persona)))
    packet = build_packet(packet_scenario.context(), packet_scenario.event)
    render_packet(packet.drafts, packet.guide, choice.watermark is not None, out)
    return [page.extract_text() for page in PdfReader(out).pages]


def test_submit_approve_print_verify(services, people, db_url, tmp_path):
    clerk, supervisor = people["clerk1"], people["super2"]
    services.approval.submit(clerk, "visit-42", {"forms": [{"id": "juminidou"}]})
    assert not services.approval.can_print_final(clerk, "visit-42")
    services.approval.approve(supervisor, "visit-42")
    assert services.approval.can_print_final(clerk, "visit-42")
    services.approval.record_printed(clerk, "visit-42", final=True)

    real_pages = _packet_pdf(tmp_path / "real.pdf", demo=False)
    demo_pages = _packet_pdf(tmp_path / "demo.pdf", demo=True)
    assert len(real_pages) == len(demo_pages) >= 2
    # The fictional city is 見本市, so compare counts: the watermark adds one per page.
    assert [d.count("見本") - r.count("見本") for r, d in zip(real_pages, demo_pages)] == [
        1] * len(real_pages)

    verify = [sys.executable, str(ROOT / "main.py"), "--db", db_url, "audit", "verify"]
    ok = subprocess.run(verify, capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    assert ok.returncode == 0, ok.stderr
    seq = services.audit.entries(action="approved")[0].seq
    tamper(services.engine, f"UPDATE audit_entries SET staff_id = {clerk.staff_id} WHERE seq = {seq}")
    broken = subprocess.run(verify, capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    assert broken.returncode == 1 and f"第 {seq} 件" in broken.stderr
