"""The law as of the visit date: rules, procedure texts and form versions chosen by `today` (the filing date).

The three boundaries of issue 13 are checked both through the planner and end to end through
`main.py packet --json` (the same path a trainer or the city's IT staff use).
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from forms.facts import build_facts

from forms.packet import build_packet
from forms.procedure_rules import plan
from forms.spec import load_spec, spec_versions
from forms.validity import ValidityError, law_date, validity_of
from tests.forms import builders as b

ROOT = Path(__file__).resolve().parents[2]
SEVENTEEN = b.person("山田　高", "2007-05-05", "子", kana="ヤマダ　タカシ")


def family_with_17_year_old(day):
    return b.context(b.family_answers(members=[b.SPOUSE, SEVENTEEN], date=day), today=day)


def procedure_ids(context, event):
    return [p.id for p in plan(build_facts(context, event)).procedures]


def test_17_year_old_gets_jidou_from_2024_10_01_not_before():
    assert "jidou_nintei" not in procedure_ids(family_with_17_year_old("2024-09-30"), "move_in")
    after = plan(build_facts(family_with_17_year_old("2024-10-01"), "move_in"))
    jidou = next(p for p in after.procedures if p.id == "jidou_nintei")
    by_pid = {p.pid: p for p in after.people}
    assert [by_pid[pid].name for pid in jidou.subjects] == ["山田　高"]
    assert "17歳の子がいるため" in jidou.reason


def test_a_younger_child_is_claimed_under_the_law_of_each_day_with_its_form_version():
    child = b.person("山田　一郎", "2015-05-10", "子")
    before = build_packet(b.context(b.family_answers(members=[b.SPOUSE, child], date="2024-09-30"), today="2024-09-30"), "move_in")
    after = build_packet(b.context(b.family_answers(members=[b.SPOUSE, child], date="2024-10-01"), today="2024-10-01"), "move_in")
    old = next(d for d in before.drafts if d.form_id == "jidou_nintei")
    new = next(d for d in after.drafts if d.form_id == "jidou_nintei")
    assert (old.spec_version, new.spec_version) == ("2012-04", "2024-10")
    assert load_spec("jidou_nintei", version=old.spec_version).title == "児童手当・特例給付 認定請求書"
    rules = {r for p in before.procedures for r in p.rule_ids}
    assert "move_in.jidou_until_2024_09" in rules and "move_in.jidou" not in rules


def nhi_loss(day):
    return b.context(b.family_answers(members=[b.SPOUSE], date=day, nhi_card_held="被保険者証"), today=day)


def test_nhi_loss_on_2024_12_01_returns_the_paper_card_and_from_12_02_the_confirmation_too():
    before = build_packet(nhi_loss("2024-12-01"), "move_out")
    after = build_packet(nhi_loss("2024-12-02"), "move_out")
    p_before = next(p for p in before.procedures if p.id == "nhi_loss")
    p_after = next(p for p in after.procedures if p.id == "nhi_loss")
    assert p_before.bring[0] == "国民健康保険被保険者証（返却）" and not p_before.note
    assert "資格確認書" in p_after.bring[0] and "資格情報のお知らせ" in p_after.note
    d_before = next(d for d in before.drafts if d.form_id == "nhi_idou")
    d_after = next(d for d in after.drafts if d.form_id == "nhi_idou")
    assert (d_before.spec_version, d_after.spec_version) == ("2018-04", "2024-12")
    assert "資格確認書" not in load_spec("nhi_idou", version="2018-04").field("returned").options
    assert d_before.get("returned") == d_after.get("returned") == ["被保険者証"]


def test_nhi_join_after_2024_12_02_issues_the_notice_or_the_confirmation_as_answered():
    join = build_packet(b.context(b.family_answers(mynahoken="登録済み"), today="2024-12-02"), "move_in")
    draft = next(d for d in join.drafts if d.form_id == "nhi_idou")
    assert draft.get("issued") == ["資格情報のお知らせ"]
    unanswered = build_packet(b.context(b.family_answers(), today="2024-12-02"), "move_in")
    assert next(d for d in unanswered.drafts if d.form_id == "nhi_idou").get("issued") is None


def foreign_move_in(day):
    smith = b.person("SMITH JOHN", "1990-01-01", "同居人", foreign=True, nationality="英国", residence_status="技術・人文知識・国際業務",
                     residence_card_no="AB12345678CD")
    return b.context(b.family_answers(members=[smith], date=day), today=day)


def test_foreign_resident_is_offered_the_tokutei_zairyu_card_from_2026_06_14():
    assert not [p for p in procedure_ids(foreign_move_in("2026-06-13"), "move_in") if p.startswith("tokutei")]
    offered = plan(build_facts(foreign_move_in("2026-06-14"), "move_in"))
    offer = next(p for p in offered.procedures if p.id == "tokutei_zairyu_offer")
    by_pid = {p.pid: p for p in offered.people}
    assert [by_pid[pid].name for pid in offer.subjects] == ["SMITH JOHN"]
    assert not offer.forms and "希望" in offer.reason


def test_a_foreign_resident_who_asks_gets_the_application_with_the_notice_kind():
    context = b.context(b.family_answers(members=[], foreign_resident=True, nationality="英国", residence_status="永住者",
                                         residence_card_no="AB12345678CD", wants_tokutei_zairyu=True, date="2026-06-14"),
                        today="2026-06-14")
    packet = build_packet(context, "move_in")
    draft = next(d for d in packet.drafts if d.form_id == "tokutei_zairyu")
    assert draft.get("with_notice") == ["転入届"] and draft.get("card_kind") == ["特定在留カード（中長期在留者）"]


def test_furigana_notice_until_2026_05_25_then_the_one_time_change():
    ctx = lambda day: b.context(b.family_answers(furigana_wrong=True, furigana_uji="ヤマダ", furigana_mei="タロウ"),
                                resident={"honseki": "架空県架空市本町1番地", "hittousha": "山田　太郎"}, today=day)
    assert "furigana" not in procedure_ids(ctx("2025-05-25"), "move_in")
    first = build_packet(ctx("2026-05-25"), "move_in")
    later = build_packet(ctx("2026-05-26"), "move_in")
    assert next(d for d in first.drafts if d.form_id == "furigana_todoke").title == "氏名の振り仮名の届"
    assert next(p for p in later.procedures if p.id == "furigana").title.startswith("氏名の振り仮名の変更の届")
    assert next(d for d in later.drafts if d.form_id == "furigana_todoke").spec_version == "2026-05"


def test_wide_area_koseki_request_exists_from_2024_03_01():
    assert "wide" not in {f.id for f in load_spec("koseki_request", on="2024-02-29").fields}
    assert "wide" in {f.id for f in load_spec("koseki_request", on="2024-03-01").fields}


def test_the_visit_date_not_the_event_date_chooses_the_law():
    moved_before = b.context(b.family_answers(members=[b.SPOUSE, SEVENTEEN], date="2024-09-25"), today="2024-10-01")
    assert law_date(moved_before).isoformat() == "2024-10-01"
    assert "jidou_nintei" in procedure_ids(moved_before, "move_in")


def test_every_form_version_has_a_window_and_versions_do_not_overlap():
    from forms.spec import all_form_ids
    for form_id in all_form_ids():
        versions = spec_versions(form_id)
        for a, c in zip(versions, versions[1:]):
            assert not a.validity.overlaps(c.validity), form_id
            assert a.validity.end < c.validity.start


def test_a_reversed_or_malformed_window_is_refused():
    with pytest.raises(ValidityError) as exc:
        validity_of({"valid_from": "2025-01-02", "valid_to": "2025-01-01"}, "x")
    assert exc.value.detail == "reversed"
    with pytest.raises(ValidityError):
        validity_of({"valid_from": "2025/01/02", "valid_to": None}, "x")


def _packet_json(tmp_path, scenario):
    path = tmp_path / "s.json"
    path.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, "main.py", "packet", "--scenario", str(path), "--out", str(tmp_path / "p.pdf"),
                             "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _scenario(event, day, **answers):
    return {"event": event, "today": day, "card": {"my_number": b.HOLDER_NUMBER, "name": "山田　太郎",
            "address": "別川県他見市本町三丁目4番5号", "birth_date": "1985-04-02", "sex_code": "1"},
            "answers": {"date": day, "new_address": "架空県架空市中央1-2-3", "insurance": "nhi", **answers}}


@pytest.mark.slow
def test_the_three_boundaries_through_packet_json(tmp_path):
    teen = [{"name": "山田　高", "birth_date": "2007-05-05", "relationship": "子"}]
    ids = lambda s: [p["id"] for p in s["procedures"]]
    assert "jidou_nintei" not in ids(_packet_json(tmp_path, _scenario("move_in", "2024-09-30", members=teen)))
    assert "jidou_nintei" in ids(_packet_json(tmp_path, _scenario("move_in", "2024-10-01", members=teen)))
    bring = lambda s: next(p for p in s["procedures"] if p["id"] == "nhi_loss")["bring"]
    out_before = _packet_json(tmp_path, _scenario("move_out", "2024-12-01"))
    out_after = _packet_json(tmp_path, _scenario("move_out", "2024-12-02"))
    assert bring(out_before)[0] == "国民健康保険被保険者証（返却）"
    assert bring(out_after)[0] == "お持ちの国民健康保険の資格確認書・被保険者証（返却）"
    assert next(f for f in out_after["forms"] if f["id"] == "nhi_idou")["version"] == "2024-12"
    foreign = {"foreign_resident": True, "nationality": "英国", "residence_status": "永住者", "residence_card_no": "AB12345678CD"}
    assert not [i for i in ids(_packet_json(tmp_path, _scenario("move_in", "2026-06-13", **foreign))) if i.startswith("tokutei")]
    assert "tokutei_zairyu_offer" in ids(_packet_json(tmp_path, _scenario("move_in", "2026-06-14", **foreign)))
