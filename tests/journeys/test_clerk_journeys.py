"""Whole visits as a clerk lives them: the real window driven by keyboard (and a click where
a clerk would click), the real composition on the demo database, the real CardBridge over the
card simulator. Each journey asserts what is printed (the packet's text) and where every value
came from (the sources the supervisor and `packet --json` see)."""
from __future__ import annotations

import unicodedata

import pytest

from forms.draft_rows import field_rows
from forms.events import EventCode
from tests.forms.pdf_text import page_texts
from tests.journeys.driver import ClerkAtCounter, Journey
from tests.ui.real_counter import close_counter, open_counter

FAMILY = Journey(
    persona="yamada-taro", pin="1234", event=EventCode.MOVE_IN, new_resident=True,
    answers={"date": "2026-11-20", "old_address_proof": "special",
             "new_address": "架空県見本市中央町一丁目2番3号", "katagaki": "見本ハイツ101号",
             "insurance": "nhi", "wants_seal_registration": False, "job": "会社員",
             "public_account": "公金受取口座を利用", "jidou_consent": True, "phone": "090-0000-0101",
             "mynahoken": "登録済み", "child_insurance_kind": "国民健康保険", "kodomo_consent": True},
    holder={"kana": "ヤマダ　タロウ", "relationship": "世帯主", "signature_cert": True, "foreign": False},
    added=[
        {"name": "山田　花子", "kana": "ヤマダ　ハナコ", "birth_date": "1990-09-02", "sex_code": "2",
         "relationship": "妻", "card_held": True, "signature_cert": True, "foreign": False},
        {"name": "山田　陽翔", "kana": "ヤマダ　ハルト", "birth_date": "2023-03-18", "sex_code": "1",
         "relationship": "子", "card_held": True, "signature_cert": False, "foreign": False},
        {"name": "山田　茂", "kana": "ヤマダ　シゲル", "birth_date": "1956-01-30", "sex_code": "1",
         "relationship": "父", "card_held": True, "signature_cert": False, "foreign": False},
    ])

WIDOW = Journey(
    persona="suzuki-hana", pin="4321", event=EventCode.DEATH,
    answers={"date": "2026-11-15", "deceased_card_held": True, "funeral_date": "2026-11-18",
             "bank_detail": "架空銀行 本店", "bank_type": "普通", "bank_account": "7654321",
             "bank_holder_kana": "スズキ　ハナ"})

CERTIFICATE = Journey(
    persona="takahashi-kenji", pin="7531", event=EventCode.CERTIFICATE,
    answers={"certificate.kind": "住民票の写し", "certificate.scope": "世帯全員",
             "certificate.purpose": "就職"})

BIRTH = Journey(
    persona="takahashi-kenji", pin="7531", event=EventCode.BIRTH,
    answers={"date": "2026-11-25", "job": "会社員", "public_account": "公金受取口座を利用",
             "jidou_consent": True, "mynahoken": "登録済み", "child_insurance_kind": "国民健康保険",
             "kodomo_consent": True},
    added=[{"name": "高橋　陽菜", "kana": "タカハシ　ヒナ", "sex_code": "2", "relationship": "子"}])

FOREIGN = Journey(
    persona="nguyen-van-an", pin="2580", event=EventCode.MOVE_IN, new_resident=True,
    answers={"date": "2026-11-20", "old_address_proof": "certificate",
             "new_address": "架空県見本市本町三丁目5番6号", "insurance": "nhi",
             "wants_seal_registration": False, "mynahoken": "未登録"},
    holder={"kana": "グエン　ヴァン　アン", "relationship": "世帯主", "signature_cert": False, "foreign": True,
            "nationality": "ベトナム", "residence_status": "技術・人文知識・国際業務",
            "residence_expiry": "2028-04-30", "residence_card_no": "AB12345678CD", "alias_name": "阮　文安"})

MOVE_OUT = Journey(
    persona="yoshida-takashi", pin="1357", event=EventCode.MOVE_OUT,
    answers={"date": "2026-12-10", "to_abroad": False, "new_address": "別川県他見市本町1番1号"})


@pytest.fixture
def counter(qtbot):
    services, bridge, window = open_counter(qtbot)
    window.services = services
    yield window
    close_counter(services, bridge, window)


def supervisor_of(services):
    """The 審査者 approves from the supervisors' queue on another desk."""
    def approve(visit_id: str) -> None:
        actor = services.staff.staff.authenticate("shinsa", "renshu-shinsa", "審査席").actor
        services.staff.approval.approve(actor, visit_id, "")
    return approve


def play(qtbot, window, journey, tmp_path):
    clerk = ClerkAtCounter(qtbot, window, supervisor=supervisor_of(window.services))
    pdf = tmp_path / "packet.pdf"
    clerk.go_through(journey, pdf)
    visit = window.controller.visit
    text = unicodedata.normalize("NFKC", "\n".join(page_texts(str(pdf))))
    return clerk, visit, text


def drafts_of(visit, form_id):
    return [d for d in visit.drafts if d.form_id == form_id]


def source(draft, key):
    return next(r.source for r in field_rows(draft) if r.key == key)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_family_of_four_moves_in_with_the_card(qtbot, counter, tmp_path):
    clerk, visit, text = play(qtbot, counter, FAMILY, tmp_path)
    codes = {p.code for p in visit.selected_procedures}
    assert {"juminidou", "card_update", "nhi", "kaigo", "jidou_nintei", "kodomo_iryo"} <= codes
    [notice] = drafts_of(visit, "juminidou")
    names = [notice.get(f"movers.{i}.name") for i in range(4)]
    assert names == ["山田　太郎", "山田　花子", "山田　陽翔", "山田　茂"]
    assert [notice.get(f"movers.{i}.kana") for i in range(4)] == \
        ["ヤマダ　タロウ", "ヤマダ　ハナコ", "ヤマダ　ハルト", "ヤマダ　シゲル"]
    assert source(notice, "movers.0.name") == "card" and source(notice, "movers.1.kana") == "answer"
    assert notice.get("card_presented") == ["マイナンバーカード提示"]
    assert notice.get("filer_relation") == ["本人"]
    # the old address is entered once and every form that asks for it shows it
    old = notice.get("old_address")
    assert old.startswith("架空県他見市") and source(notice, "old_address") == "card"
    for form_id in ("nhi_idou", "kaigo_idou"):
        assert drafts_of(visit, form_id)[0].get("old_address") == old
    # all four hold cards: all four on the 継続利用 form, each 電子証明書 as answered
    [card] = drafts_of(visit, "card_henkou")
    assert card.row_counts["holders"] == 4
    assert [card.get(f"holders.{i}.cert") for i in range(4)] == ["発行する", "発行する", "発行しない", "発行しない"]
    [nintei] = drafts_of(visit, "jidou_nintei")
    assert nintei.get("consent") and source(nintei, "consent") == "answer"
    assert nintei.get("bank") == ["公金受取口座を利用"] and source(nintei, "bank") == "answer"
    for name in ("山田太郎", "山田花子", "山田陽翔", "山田茂"):
        assert name in text.replace(" ", "")
    assert "国民健康保険" in text and "児童手当" in text
    assert clerk.tally.overhead <= 20, clerk.tally.log


def test_death_of_the_household_head_filed_by_the_widow(qtbot, counter, tmp_path):
    clerk, visit, text = play(qtbot, counter, WIDOW, tmp_path)
    codes = {p.code for p in visit.selected_procedures}
    assert {"koki", "kaigo", "sousaihi", "card_return"} <= codes
    for draft in visit.drafts:
        if "filer_relation" in draft.values:
            assert draft.get("filer_relation") == ["同一世帯員"], draft.form_id
    [sousaihi] = drafts_of(visit, "sousaihi")
    for key in ("d_name", "d_birth", "d_number"):
        assert source(sousaihi, key) == "registry", key
    assert sousaihi.get("d_name") == "鈴木　一郎" and sousaihi.get("a_relation") == "妻"
    [koki] = drafts_of(visit, "koki_idou")
    assert koki.get("insured.0.name") == "鈴木　一郎" and source(koki, "insured.0.name") == "registry"
    assert koki.get("filer_rel_head") == "世帯主"
    assert "鈴木一郎" in text.replace(" ", "") and "葬祭費" in text


def test_certificate_request(qtbot, counter, tmp_path):
    clerk, visit, text = play(qtbot, counter, CERTIFICATE, tmp_path)
    [request] = drafts_of(visit, "juminhyo_request")
    assert request.get("cert_kind") == "住民票の写し" and request.get("purpose") == ["就職"]
    assert request.get("target_scope") == ["世帯全員"] and source(request, "purpose") == "answer"
    assert request.get("filer_name") == "高橋　健二" and source(request, "filer_name") == "registry"
    assert "住民票の写し" in text and "高橋健二" in text.replace(" ", "")


def test_birth(qtbot, counter, tmp_path):
    clerk, visit, text = play(qtbot, counter, BIRTH, tmp_path)
    codes = {p.code for p in visit.selected_procedures}
    assert {"jidou_nintei", "kodomo_iryo"} <= codes
    [nintei] = drafts_of(visit, "jidou_nintei")
    assert nintei.get("children.0.name") == "高橋　陽菜" and source(nintei, "children.0.name") == "answer"
    assert nintei.get("children.0.birth_date") == "2026-11-25"
    assert nintei.get("name") == "高橋　健二" and source(nintei, "name") == "registry"
    assert "高橋陽菜" in text.replace(" ", "")


def test_foreign_resident_moves_in(qtbot, counter, tmp_path):
    clerk, visit, text = play(qtbot, counter, FOREIGN, tmp_path)
    assert "residence_card" in {p.code for p in visit.selected_procedures}
    [notice] = drafts_of(visit, "juminidou")
    assert notice.get("movers.0.name") == "NGUYEN VAN AN"
    assert notice.get("movers.0.foreign_status") == "ベトナム・技術・人文知識・国際業務"
    assert source(notice, "movers.0.foreign_status") == "answer"
    assert notice.get("card_presented") == ["転出証明書"]
    assert "NGUYEN VAN AN" in text and "ベトナム" in text


def test_move_out(qtbot, counter, tmp_path):
    clerk, visit, text = play(qtbot, counter, MOVE_OUT, tmp_path)
    [notice] = drafts_of(visit, "juminidou")
    assert notice.get("notice_kind") == ["転出"]
    assert notice.get("movers.0.name") == "𠮷田　髙志" and source(notice, "movers.0.name") == "registry"
    assert notice.get("new_address").startswith("別川県他見市")
    assert "転出" in text and "髙志" in text


def test_the_window_and_the_packet_command_print_the_same_values(qtbot, counter, tmp_path):
    """One pipeline: the family visit played in the window, and the same facts given to
    `main.py packet --json` as a scenario file, fill every field of every form alike."""
    import datetime
    import json
    import subprocess
    import sys
    from pathlib import Path

    from cardreader.simulator.persona import load_persona

    _clerk, visit, _text = play(qtbot, counter, FAMILY, tmp_path)
    card = {k: v for k, v in load_persona(FAMILY.persona)["card"].items()
            if k in ("my_number", "name", "address", "birth_date", "sex_code")}
    scenario = {"event": "move_in", "today": datetime.date.today().isoformat(), "card": card,
                "answers": {**FAMILY.answers, "holder": FAMILY.holder, "members": FAMILY.added}}
    path = tmp_path / "family.json"
    path.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "main.py", "packet", "--scenario", str(path),
                             "--out", str(tmp_path / "cli.pdf"), "--json"],
                            cwd=root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    cli = {form["id"]: {f["name"]: (f["value"], f["source"]) for f in form["fields"]}
           for form in json.loads(result.stdout)["forms"]}
    window = {d.form_id: {r.key: (r.value, r.source) for r in field_rows(d)}
              for d in visit.drafts if d.form_id in cli}
    assert set(window) == set(cli) and len(cli) >= 6
    from app.privacy.my_number import mask_digits

    def shown(value):  # packet --json masks a 個人番号 (the PDF prints it where a form asks)
        digits = "".join(ch for ch in str(value) if ch.isdigit())
        return mask_digits(digits) if isinstance(value, str) and len(digits) == 12 == len(value) else value

    differ = [(form, key, window[form].get(key), cli[form].get(key))
              for form in cli for key in cli[form]
              if (shown(window[form].get(key, (None,))[0]), window[form].get(key, (None, None))[1])
              != cli[form][key]]
    compared = sum(len(fields) for fields in cli.values())
    assert differ == [] and compared > 150
