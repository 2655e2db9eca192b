"""One test per form of the catalogue: its example scenario fills it, validates and prints without warnings.

Each case names the example (docs/examples) that produces the form and a few fields a clerk would
check first, with the value and where it came from (registry / answer / card / derived).
"""
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from forms.draft import Provenance
from forms.packet import build_packet
from forms.render.packet_pdf import render_packet
from forms.scenario import load_scenario
from forms.spec import all_form_ids

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"
A, R, D, C = Provenance.ANSWER, Provenance.REGISTRY, Provenance.DERIVED, Provenance.CARD

FORM_CASES = {
    # form id: (example, {field: (value, provenance)})
    "jidou_shometsu": ("move-out-seal-moped-children", {"reason": (["転出"], D), "recipient_no": ("0012345", R),
                                                        "children.0.name": ("見本　結", A)}),
    "jidou_kaitei": ("birth-second-child-nhi", {"kind": (["額改定認定請求（増額）"], D), "reason": (["出生"], D),
                                                "children.0.name": ("見本　紬", A)}),
    "jidou_kakunin": ("move-in-family-of-five-2026", {"child_name": ("見本　翔", A), "occupation": (["学生"], A),
                                                      "care": (["子に対して日常生活上の世話及び必要な保護をしている"], A)}),
    "jidou_bekkyo": ("move-in-family-of-five-2026", {"child_name": ("見本　葵", A), "reason": (["就学のため"], A),
                                                    "child_address": ("別川県他見市学園町1番地 見本高校寮", A)}),
    "jidou_nintei": ("move-in-family-of-five-2026", {"consent": (["税・年金の情報を市が確認することに同意する"], A),
                                                     "bank": (["公金受取口座を利用"], A), "children.0.together": ("別居", A)}),
    "inkan_haishi": ("move-out-seal-moped-children", {"reason": (["転出"], D), "card": ("返還する", A),
                                                     "seal_number": ("00012345", R)}),
    "kodomo_iryo": ("birth-second-child-nhi", {"children.0.name": ("見本　紬", A), "consent": (["保護者の所得・課税の状況を市が公簿で確認することに同意する"], A),
                                               "insurance_kind": (["国民健康保険"], A)}),
    "hitorioya_iryo": ("move-in-single-parent-2026-03", {"reason": (["離婚"], A), "jifu": ("申請中", A),
                                                         "children.0.name": ("見本　蓮", A)}),
    "card_koufu": ("birth-second-child-nhi", {"name": ("見本　紬", A), "legal_rep": ("見本　拓也", R),
                                              "sign_cert": ("発行しない", A)}),
    "card_hennou": ("death-of-household-head-widow-filing", {"name": ("見本　勇", R), "reason": (["死亡"], D),
                                                             "filer_relation": (["同一世帯員"], A)}),
    "card_denshi": ("move-in-family-of-five-2026", {"kind": (["再発行（住所・氏名の変更で失効）"], D), "sign_cert": ("発行する", A)}),
    "tokutei_zairyu": ("move-in-foreign-resident-tokutei", {"card_kind": (["特定在留カード（中長期在留者）"], A),
                                                           "with_notice": (["転入届"], D), "card_no": ("AB98765432CD", A)}),
    "furigana_todoke": ("move-in-single-parent-2026-03", {"uji": ("ミホン", A), "honseki": ("別川県他見市桜町2番地", R)}),
    "koseki_request": ("certificate-koseki-tax", {"kind": (["戸籍謄本（全部事項証明）"], A), "wide": (["本籍地以外の市区町村の戸籍を請求する（広域交付）"], A),
                                                 "honseki": ("別川県他見市港町2番地", R)}),
    "kazei_shomei": ("certificate-koseki-tax", {"kind": (["所得・課税証明書"], A), "year": ("令和8年度（令和7年分）", A),
                                               "purpose": (["児童手当"], A)}),
    "tennyugaku": ("move-in-family-of-five-2026", {"pupils.0.name": ("見本　陽太", A), "pupils.0.school_grade": ("小4", D),
                                                   "pupils.0.school": ("他見市立本町小学校", A)}),
    "inu_henkou": ("move-in-family-of-five-2026", {"change": (["所在地の変更（市外から転入）"], D), "reg_no": ("他見第2019-0456号", A)}),
    "shougai_techo": ("move-in-family-of-five-2026", {"techo": (["身体障害者手帳"], A), "name": ("見本　由美", A),
                                                      "kind": (["居住地の変更"], D)}),
    "keijidosha": ("move-out-seal-moped-children", {"kind": (["廃車（市外へ転出）"], D), "plate": ("架空市 い 5678", A)}),
    "nhi_kakuninsho": ("move-in-single-parent-2026-03", {"reason": (["紛失・破損（再交付）"], A), "insured.1.name": ("見本　蓮", A)}),
    "nhi_idou": ("move-in-family-of-five-2026", {"issued": (["資格情報のお知らせ"], A), "nhi_kind": (["取得"], D)}),
    "kougaku_souzoku": ("death-of-household-head-widow-filing", {"d_name": ("見本　勇", R), "scheme": ("国民健康保険", D),
                                                                 "month": ("令和8年9月診療", A)}),
    "souzokunin_daihyo": ("death-of-household-head-widow-filing", {"d_name": ("見本　勇", R), "heirs.1.name": ("見本　大輔", R)}),
    "kaigo_nintei": ("move-in-elderly-certified", {"kind": (["転入（受給資格証明書による）"], D), "level": (["要介護2"], A),
                                                   "insured_no": ("0000011111", A)}),
    "shussan_ikuji": ("birth-second-child-nhi", {"mother": ("見本　美咲", A), "child": ("見本　紬", A), "direct": ("利用した", A)}),
    "juminidou": ("death-of-household-head-widow-filing", {"notice_kind": (["世帯変更"], D)}),
    "jidou_henkou": ("move-within-family", {"recipient_no": ("0099999", R)}),
    "inkan_shomei": ("certificate-seal", {"copies": (2, A)}),
}


def drafts_for(example: str, form_id: str):
    packet = build_packet(load_scenario(EXAMPLES / f"{example}.json").context(), load_scenario(EXAMPLES / f"{example}.json").event)
    hits = [(i, d) for i, d in enumerate(packet.drafts) if d.form_id == form_id]
    assert hits, f"{example} does not print {form_id}"
    return packet, hits


@pytest.mark.parametrize("form_id", sorted(FORM_CASES))
def test_form_is_filled_from_its_example_and_prints_without_warnings(form_id):
    example, fields = FORM_CASES[form_id]
    packet, hits = drafts_for(example, form_id)
    index, draft = hits[0]
    for field_id, (value, provenance) in fields.items():
        fv = draft.values.get(field_id)
        assert fv is not None, (form_id, field_id)
        got = list(fv.value) if isinstance(fv.value, (list, tuple)) else fv.value
        if isinstance(value, list) and not isinstance(got, list):     # one ticked box given as its option
            got = [got]
        if isinstance(got, list) and not isinstance(value, list) and len(got) == 1:   # a set with one box
            got = got[0]
        assert got == value and fv.provenance is provenance, (form_id, field_id, fv)
    for i, _ in hits:
        assert i not in packet.issues, packet.issues.get(i)
    buf = io.BytesIO()
    result = render_packet([d for _, d in hits], None, False, buf)
    assert not result.warnings and result.pages >= len(hits)


def test_every_form_of_the_catalogue_has_an_example_that_prints_it():
    printed = set()
    for path in EXAMPLES.glob("*.json"):
        scenario = load_scenario(path)
        printed |= {d.form_id for d in build_packet(scenario.context(), scenario.event).drafts}
    assert printed == set(all_form_ids())


def test_no_consent_payment_or_certificate_box_is_ticked_without_an_answer():
    scenario = load_scenario(EXAMPLES / "move-in-family-of-four.json")
    packet = build_packet(scenario.context(), scenario.event)
    for draft in packet.drafts:
        for field_id in ("consent", "bank", "sign_cert", "user_cert", "care", "costs", "issued", "returned"):
            fv = draft.values.get(field_id)
            assert fv is None or fv.provenance is Provenance.ANSWER, (draft.form_id, field_id, fv)


def test_forms_list_json_has_at_least_30_forms_with_their_valid_dates():
    result = subprocess.run([sys.executable, "main.py", "forms", "list", "--json", "--overrides", ""], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    forms = json.loads(result.stdout)["forms"]
    assert len(forms) >= 30 and {f["id"] for f in forms} == set(all_form_ids())
    for form in forms:
        assert form["valid_from"] and all("valid_from" in v and "valid_to" in v for v in form["versions"])
    nhi = next(f for f in forms if f["id"] == "nhi_idou")
    assert [(v["version"], v["valid_from"], v["valid_to"]) for v in nhi["versions"]] == [
        ("2018-04", "2018-04-01", "2024-12-01"), ("2024-12", "2024-12-02", None)]
