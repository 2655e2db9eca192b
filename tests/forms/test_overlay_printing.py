"""Overlay printing on the city's pre-printed stock: values only, shifted by the printer's saved offset."""
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from forms.packet import build_packet
from forms.render.calibration import MARKS, render_calibration
from forms.render.packet_pdf import render_form_pdf, render_packet
from tests.forms import builders as b
from tests.forms.pdf_text import page_texts, pages_with_positions

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def nhi_draft():
    packet = build_packet(b.family_context(mynahoken="未登録"), "move_in")
    return next(d for d in packet.drafts if d.form_id == "nhi_idou")


def positions(pdf: bytes) -> dict[str, tuple[float, float]]:
    return {t: (x, y) for t, x, y in pages_with_positions(pdf)[0]}


def test_overlay_prints_the_values_where_the_full_sheet_has_them_and_nothing_else(nhi_draft):
    full = positions(render_form_pdf(nhi_draft, mode="full"))
    overlay = positions(render_form_pdf(nhi_draft, mode="overlay"))
    assert "届出日" in full and "国民健康保険 被保険者資格取得・喪失・異動届" in full
    assert not {"届出日", "住所", "署名", "事務処理欄（職員記入）", "国民健康保険 被保険者資格取得・喪失・異動届"} & set(overlay)
    values = [t for t in overlay if "山田" in t or "090" in t or "ヤマダ" in t]
    assert values
    for text in values:
        assert overlay[text] == pytest.approx(full[text], abs=0.01)


def test_overlay_dates_print_as_numbers_for_the_sheets_own_year_month_day(nhi_draft):
    texts = page_texts(render_form_pdf(nhi_draft, mode="overlay"))[0]
    assert "令和 8" in texts and "令和8年" not in texts


def test_the_printer_offset_shifts_every_value_by_the_same_millimetres(nhi_draft):
    def render(offset):
        buf = io.BytesIO()
        render_packet([nhi_draft], None, False, buf, mode="overlay", offset_mm=offset)
        return positions(buf.getvalue())
    base, shifted = render((0.0, 0.0)), render((2.0, -1.5))
    assert base.keys() == shifted.keys()
    for text, (x, y) in base.items():
        assert shifted[text] == pytest.approx((x + 2.0, y - 1.5), abs=0.01)


def test_calibration_page_marks_sit_at_their_positions_plus_the_offset():
    for offset in ((0.0, 0.0), (1.5, 0.5)):
        buf = io.BytesIO()
        render_calibration(buf, printer="窓口1", offset_mm=offset)
        pos = positions(buf.getvalue())
        for x, y in MARKS:
            label = f"({x:g}, {y:g})"
            assert pos[label] == pytest.approx((x + 2.5 + offset[0], y - 2.5 + offset[1]), abs=0.05)


def cli(*args, env):
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


def test_offsets_are_saved_per_printer_in_the_workstation_settings_and_used_for_packets(tmp_path):
    env = {**os.environ, "MADOGUCHI_CONFIG_DIR": str(tmp_path / "config")}
    saved = cli("forms", "offsets", "--printer", "窓口1のプリンター", "--dx", "1.5", "--dy", "-0.5", env=env)
    assert saved.returncode == 0, saved.stderr
    stored = json.loads((tmp_path / "config" / "workstation.json").read_text(encoding="utf-8"))
    assert json.loads(stored["print_offsets"]) == {"窓口1のプリンター": [1.5, -0.5]}
    listed = cli("forms", "offsets", env=env)
    assert "窓口1のプリンター: 横 +1.5 mm　縦 -0.5 mm" in listed.stdout
    too_far = cli("forms", "offsets", "--printer", "窓口1のプリンター", "--dx", "30", env=env)
    assert too_far.returncode == 2 and "Traceback" not in too_far.stderr
    scenario = str(ROOT / "docs" / "examples" / "certificate-request.json")
    plain = cli("packet", "--scenario", scenario, "--out", str(tmp_path / "a.pdf"), "--print-mode", "overlay", env=env)
    shifted = cli("packet", "--scenario", scenario, "--out", str(tmp_path / "b.pdf"), "--print-mode", "overlay",
                  "--printer", "窓口1のプリンター", env=env)
    assert plain.returncode == shifted.returncode == 0, plain.stderr + shifted.stderr
    a = {t: (x, y) for t, x, y in pages_with_positions(str(tmp_path / "a.pdf"))[1]}
    c = {t: (x, y) for t, x, y in pages_with_positions(str(tmp_path / "b.pdf"))[1]}
    assert a and a.keys() == c.keys()
    for text, (x, y) in a.items():
        assert c[text] == pytest.approx((x + 1.5, y - 0.5), abs=0.01)
    calib = cli("forms", "calibrate", "--printer", "窓口1のプリンター", "--out", str(tmp_path / "cal.pdf"), env=env)
    assert calib.returncode == 0 and len(PdfReader(str(tmp_path / "cal.pdf")).pages) == 1


def test_calibration_to_an_unwritable_place_exits_9(tmp_path):
    env = {**os.environ, "MADOGUCHI_CONFIG_DIR": str(tmp_path / "config")}
    result = cli("forms", "calibrate", "--out", str(tmp_path / "no" / "such" / "dir" / "cal.pdf"), env=env)
    assert result.returncode == 9 and "フォルダがありません" in result.stderr
