"""外字: every character printed right — IPAmj明朝 where IPAex lacks a glyph, variation sequences kept,
a city's 外字 codes printed by MJ文字図形名, and what no font has listed before printing."""
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from forms import library
from forms.packet import build_packet
from forms.render.fonts import MINCHO
from forms.render.glyph_check import uncovered
from forms.render.glyphs import shape
from forms.render.packet_pdf import render_packet
from forms.rules_lint import lint
from tests.forms import builders as b

ROOT = Path(__file__).resolve().parents[2]
KUZU_VARIANT = "葛\U000E0100"


@pytest.fixture(autouse=True)
def builtin_after():
    yield
    library.configure(None)


def test_a_packet_for_yoshida_prints_the_character_itself(tmp_path):
    scenario = json.loads((ROOT / "docs" / "examples" / "move-in-family-of-four.json").read_text(encoding="utf-8"))
    scenario["card"]["name"] = "𠮷田　太郎"
    scenario["answers"]["kana"] = "ヨシダ　タロウ"
    path = tmp_path / "yoshida.json"
    path.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "yoshida.pdf"
    result = subprocess.run([sys.executable, "main.py", "packet", "--scenario", str(path), "--out", str(out), "--json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert not [w for w in json.loads(result.stdout)["warnings"] if w["code"] == "gaiji"]
    reader = PdfReader(str(out))
    texts = [p.extract_text() for p in reader.pages]
    assert "𠮷" in texts[0] and "〓" not in "".join(texts)          # the guide slip's name …
    assert sum("𠮷" in t for t in texts[1:]) >= 3                  # … and the forms'
    assert "吉田" not in "".join(t.replace("\n", "") for t in texts)


def raster(pdf: bytes, tmp_path: Path, name: str) -> bytes:
    src = tmp_path / f"{name}.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", "-f", "2", "-l", "2", str(src), str(tmp_path / name)], check=True)
    return (tmp_path / f"{name}.png").read_bytes()


def holder_packet(name: str):
    packet = build_packet(b.context(b.family_answers(members=[]), card_data=b.card(name=name)), "move_in")
    buf = io.BytesIO()
    result = render_packet(packet.drafts[:1], packet.guide, False, buf)
    return packet, buf.getvalue(), result


def test_variation_sequence_prints_its_variant_glyph_and_copies_back_whole(tmp_path):
    assert len(shape(KUZU_VARIANT, MINCHO).runs[0][1]) == 1          # one glyph, not base + an empty box
    _, variant_pdf, result = holder_packet(f"{KUZU_VARIANT}西　一")
    _, plain_pdf, _ = holder_packet("葛西　一")
    assert not result.warnings
    assert KUZU_VARIANT in PdfReader(io.BytesIO(variant_pdf)).pages[1].extract_text()
    assert raster(variant_pdf, tmp_path, "variant") != raster(plain_pdf, tmp_path, "plain")


def test_a_city_gaiji_code_prints_the_mj_glyph_it_names(tmp_path):
    city = tmp_path / "city"
    city.mkdir()
    (city / "gaiji.json").write_text(json.dumps({"E001": "MJ032129"}), encoding="utf-8")   # MJ032129 = 𠮷
    library.configure(city)
    packet, gaiji_pdf, result = holder_packet("\ue001田　太郎")
    assert not result.warnings and not uncovered(packet.drafts, packet.guide)
    assert "𠮷田" in PdfReader(io.BytesIO(gaiji_pdf)).pages[1].extract_text().replace("\n", "")
    library.configure(None)
    _, direct_pdf, _ = holder_packet("𠮷田　太郎")
    assert raster(gaiji_pdf, tmp_path, "gaiji") == raster(direct_pdf, tmp_path, "direct")


def test_characters_no_font_has_are_listed_before_printing():
    packet = build_packet(b.context(b.family_answers(members=[b.person("\U0003134A田　一", "1990-01-01", "妻", "2")])), "move_in")
    gaps = uncovered(packet.drafts, packet.guide)
    assert gaps and all(g.characters == ("\U0003134A",) for g in gaps)
    assert {g.form_id for g in gaps} >= {"juminidou", "nhi_idou"}
    assert "U+3134A" in gaps[0].codepoints


def test_without_a_city_table_a_private_use_code_is_a_gap_and_an_unknown_mj_name_is_linted(tmp_path):
    packet = build_packet(b.context(b.family_answers(members=[]), card_data=b.card(name="\ue001田　太郎")), "move_in")
    assert [g.characters for g in uncovered(packet.drafts, packet.guide)][0] == ("\ue001",)
    city = tmp_path / "city"
    city.mkdir()
    (city / "gaiji.json").write_text(json.dumps({"E002": "MJ999999"}), encoding="utf-8")
    findings = lint(library.configure(city))
    assert [f.code for f in findings if f.where.startswith("gaiji.json")] == ["unknown_glyph"]


def test_a_variation_no_font_knows_prints_its_base_character_and_is_listed():
    shaped = shape("辻\U000E01EF", MINCHO)
    assert shaped.missing == ("辻\U000E01EF",)
    assert "".join(t for _, t in shaped.runs) == "辻"          # the base glyph, not 〓: the clerk corrects by hand
    assert "".join(t for _, t in shape("\U000E0100", MINCHO).runs) == ""   # a lone selector prints nothing
