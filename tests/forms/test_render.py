"""Rendering: read the PDF back (pypdf) and check each value is on the right form, page and box."""
import io

import pytest
from pypdf import PdfReader

from forms.packet import build_packet
from forms.render.form_fields import display_text, value_area
from forms.render.packet_pdf import render_form_pdf, render_packet
from forms.spec import load_spec
from tests.forms import builders as b
from tests.forms.pdf_text import page_texts, pages_with_positions


def _squash(text: str) -> str:
    return text.replace("\u3000", "").replace(" ", "").replace("\n", "")


def render(packet, watermark=False):
    buf = io.BytesIO()
    result = render_packet(packet.drafts, packet.guide, watermark, buf, event_title="転入")
    return buf.getvalue(), result


@pytest.fixture(scope="module")
def family():
    packet = build_packet(b.family_context(wants_seal_registration=True), "move_in")
    pdf, result = render(packet)
    return packet, pdf, result, pages_with_positions(pdf)


def test_packet_layout_guide_first_then_each_form(family):
    packet, pdf, result, pages = family
    texts = page_texts(pdf)
    assert len(texts) == result.pages == 1 + len(packet.drafts)
    assert "手続き案内" in texts[0]
    for proc in packet.procedures:
        assert _squash(proc.title) in _squash(texts[0])
    for form in result.forms:
        page = texts[form.first_page - 1]
        assert load_spec(form.form_id).title.split()[0] in page
        assert f"様式 {form.form_id}" in page and f"全体 {form.first_page} / {result.pages}" in page


def test_every_scalar_value_sits_inside_its_box_on_its_form_page(family):
    packet, pdf, result, pages = family
    checked = 0
    for draft, form in zip(packet.drafts, result.forms):
        spec = load_spec(draft.form_id)
        items = pages[form.first_page - 1]
        for f in spec.fields:
            if f.type not in ("text", "kana", "wareki_date") or draft.get(f.id) in (None, ""):
                continue
            want = _squash(display_text(f.type, draft.get(f.id), f.extra.get("suffix", "")))
            if len(want) < 2:
                continue  # a one-character value (続柄 父) cannot be told apart from the labels
            x, y, w, h = value_area(f)
            hits = [(tx, ty) for t, tx, ty in items if want.startswith(_squash(t)) and len(_squash(t)) >= 2]
            assert any(x - 0.5 <= tx <= x + w and y <= ty <= y + h + 0.5 for tx, ty in hits), (draft.form_id, f.id, want)
            checked += 1
    assert checked >= 40


def test_person_rows_print_each_mover_in_order(family):
    packet, pdf, result, pages = family
    form = next(f for f in result.forms if f.form_id == "juminidou")
    spec = load_spec("juminidou").field("movers")
    items = pages[form.first_page - 1]
    ys = []
    for name in ("山田太郎", "山田花子", "山田一郎", "山田次郎"):
        hit = [(x, y) for t, x, y in items if _squash(t) == name and spec.box[1] < y < spec.box[1] + spec.box[3]]
        assert hit, name
        ys.append(hit[0][1])
    assert ys == sorted(ys) and len(set(ys)) == 4
    assert "昭和31年1月20日" in page_texts(pdf)[form.first_page - 1]


def test_my_number_only_on_forms_that_require_it(family):
    packet, pdf, result, pages = family
    texts = {f.form_id: _squash(page_texts(pdf)[f.first_page - 1]) for f in result.forms}
    digits = "".join(b.HOLDER_NUMBER)
    assert "".join(digits) in texts["jidou_nintei"].replace("\n", "")
    assert digits not in texts["juminidou"].replace("\n", "")      # 住民異動届 has no 個人番号 column
    assert digits not in texts["kaigo_idou"].replace("\n", "")     # on request only


def test_continuation_page_when_more_movers_than_rows():
    members = [b.person(f"見本　子{i}", f"201{i}-01-0{i + 1}", "子") for i in range(6)]
    packet = build_packet(b.family_context(members=members), "move_in")
    pdf, result = render(packet)
    form = next(f for f in result.forms if f.form_id == "juminidou")
    assert form.pages == 2
    texts = page_texts(pdf)
    main, cont = _squash(texts[form.first_page - 1]), _squash(texts[form.first_page])
    assert "見本子2" in main and "見本子3" not in main          # rows 1-4: holder + 子0..子2
    assert "続紙1" in cont and "見本子3" in cont and "見本子5" in cont
    assert "5人目〜7人目" in cont and "2/2ページ" in cont


def test_very_long_address_shrinks_then_wraps_then_goes_to_annex_with_a_warning():
    long_address = "架空県架空市中央一丁目2番3号 " + "見本グランドパレス" * 30 + "1001号室"
    packet = build_packet(b.family_context(new_address=long_address, katagaki=""), "move_in")
    pdf, result = render(packet)
    overflow = [w for w in result.warnings if w.code == "overflow"]
    assert {w.form_id for w in overflow} >= {"juminidou"}
    form = next(f for f in result.forms if f.form_id == "juminidou")
    assert form.pages == 2
    annex = _squash(page_texts(pdf)[form.first_page])
    assert "別紙" in annex and _squash(long_address)[-20:] in annex.replace("\n", "")   # the full text, nothing lost


def test_moderately_long_address_fits_by_shrinking_without_warning():
    addr = "架空県架空市中央一丁目2番3号 見本グランドパレス架空中央ステーションフロント弐番館1001号室"
    packet = build_packet(b.family_context(new_address=addr, katagaki=""), "move_in")
    pdf, result = render(packet)
    assert not [w for w in result.warnings if w.form_id == "juminidou"]
    assert "ステーションフロント弐番館1001号室" in page_texts(pdf)[1]   # ー kept (not taken for a dash)


def test_four_byte_character_prints_itself_from_ipamj():
    packet = build_packet(b.family_context(members=[b.person("𠮷田　一", "1990-01-01", "妻", "2")]), "move_in")
    pdf, result = render(packet)
    assert not [w for w in result.warnings if w.code == "gaiji"]
    text = page_texts(pdf)[1]
    assert "𠮷" in text and "〓" not in text
    fonts = {str(f.get_object()["/BaseFont"]) for f in PdfReader(io.BytesIO(pdf)).pages[1]["/Resources"]["/Font"].values()}
    assert any(name.endswith("IPAmjMincho") for name in fonts)


def test_character_no_font_has_is_printed_as_geta_and_reported():
    # U+3134A (CJK Ext. G) is in neither IPAex nor IPAmj; U+E001 is a 外字 code no table names
    packet = build_packet(b.family_context(members=[b.person("\U0003134A田　\ue001", "1990-01-01", "妻", "2")]), "move_in")
    pdf, result = render(packet)
    gaiji = [w for w in result.warnings if w.code == "gaiji"]
    assert gaiji and {w.detail for w in gaiji} == {"\U0003134A\ue001"}
    assert "U+3134A" in gaiji[0].codepoints
    assert "〓田" in page_texts(pdf)[1]


def test_watermark_only_when_asked():
    packet = build_packet(b.family_context(), "move_in")
    with_mark, _ = render(packet, watermark=True)
    without, _ = render(packet, watermark=False)
    assert all("見本" in t for t in page_texts(with_mark))
    assert "見本" not in page_texts(without)[1].replace("見本ハイツ", "")


def test_fonts_are_embedded():
    packet = build_packet(b.family_context(), "move_in")
    pdf, _ = render(packet)
    fonts = PdfReader(io.BytesIO(pdf)).pages[1]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"] for f in fonts.values()
                   if "/DescendantFonts" in f.get_object()]
    base_names = [f.get_object().get("/BaseFont") for f in fonts.values()]
    assert any("IPAex" in str(n) for n in base_names)
    assert descriptors == [] or all("/FontFile2" in d.get_object() for d in descriptors)


def test_single_form_pdf_for_the_preview():
    packet = build_packet(b.family_context(), "move_in")
    pdf = render_form_pdf(packet.drafts[0])
    texts = page_texts(pdf)
    assert len(texts) == 1 and "住民異動届" in texts[0] and "手続き案内" not in texts[0]


def test_clerk_edit_is_what_gets_printed():
    packet = build_packet(b.family_context(), "move_in", edits={"filer.phone": "03-9999-0000"})
    assert packet.drafts[0].values["filer_phone"].provenance.value == "clerk"
    assert "03-9999-0000" in page_texts(render_form_pdf(packet.drafts[0]))[0]


@pytest.mark.parametrize("event, extra, form_ids", [
    ("death", {"deceased": {"name": "見本　一", "birth_date": "1940-03-03", "relationship": "父", "koki_number": "12345678"},
               "funeral_date": "2026-11-18"}, ["koki_idou", "kaigo_idou", "sousaihi"]),
    ("certificate", {"certificate": {"kind": "住民票の写し", "copies": 2, "include": ["世帯主・続柄"]}}, ["juminhyo_request"]),
    ("certificate", {"certificate": {"kind": "印鑑登録証明書", "copies": 1}}, ["inkan_shomei"]),
    ("seal_registration", {}, ["inkan_touroku"]),
    ("move_within", {"members": [b.CHILD3]}, ["juminidou", "card_henkou", "nhi_idou", "jidou_henkou"]),
    ("move_in", {"from_abroad": True, "members": []}, ["juminidou", "card_henkou", "nhi_idou", "nenkin"]),
])
def test_other_events_render(event, extra, form_ids):
    packet = build_packet(b.context(**extra, insurance="nhi"), event)
    pdf, result = render(packet)
    assert [f.form_id for f in result.forms] == form_ids
    assert len(page_texts(pdf)) == result.pages
