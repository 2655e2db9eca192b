"""One test per procedure rule: the rule fires on a case made for it and stays quiet on its near miss.

RULE_CASES must name every rule in forms/rules/*.json (test_every_rule_has_a_case) so a new rule
cannot land without a test.
"""
import json

import pytest

from forms.facts import build_facts
from forms.procedure_rules import EVENTS, RULES_DIR, RuleError, plan, procedure_catalog
from tests.forms import builders as b

FAMILY = b.family_answers()


def _fired(context, event):
    result = plan(build_facts(context, event))
    return {rid for p in result.procedures for rid in p.rule_ids}, result


def ctx(**answers):
    return b.context(**answers)


def deceased(**extra):
    base = {"name": "見本　一", "birth_date": "1940-03-03", "relationship": "世帯主", "sex_code": "1"}
    base.update(extra)
    return base


SPOUSE_NHI = dict(b.SPOUSE, insurance="nhi")
RULE_CASES = {
    # rule id: (event, context that fires it, context that must not)
    "move_in.notice": ("move_in", b.family_context(), b.family_context(from_abroad=True)),
    "move_in.notice_abroad": ("move_in", b.family_context(from_abroad=True), b.family_context()),
    "move_in.card": ("move_in", b.family_context(),
                     b.context(b.family_answers(members=[]), card_data={"name": "山田　太郎", "birth_date": "1985-04-02"})),
    "move_in.nhi": ("move_in", b.family_context(), b.family_context(insurance="employee")),
    "move_in.kaigo": ("move_in", b.family_context(), b.family_context(members=[b.SPOUSE, b.CHILD3])),
    "move_in.kaigo_certified": ("move_in", b.family_context(members=[dict(b.PARENT70, kaigo_certified=True)]),
                                b.family_context()),
    "move_in.koki_other_pref": ("move_in", b.family_context(members=[b.person("見本　祖母", "1945-02-02", "母", "2")]),
                                b.context(b.family_answers(members=[b.person("見本　祖母", "1945-02-02", "母", "2")]),
                                          card_data=b.card(address="架空県隣町1番地"))),
    "move_in.koki_same_pref": ("move_in", b.context(b.family_answers(members=[b.person("見本　祖母", "1945-02-02", "母", "2")]),
                                                    card_data=b.card(address="架空県隣町1番地")),
                               b.family_context(members=[b.person("見本　祖母", "1945-02-02", "母", "2")])),
    "move_in.jidou": ("move_in", b.family_context(), b.family_context(job="公務員")),
    "move_in.jidou_civil_servant": ("move_in", b.family_context(job="公務員"), b.family_context()),
    "move_in.kodomo_iryo": ("move_in", b.family_context(), b.family_context(members=[b.SPOUSE])),
    "move_in.school": ("move_in", b.family_context(members=[b.person("山田　三郎", "2016-08-08", "子")]),
                       b.family_context()),
    "move_in.seal": ("move_in", b.family_context(wants_seal_registration=True), b.family_context()),
    "move_in.residence_card": ("move_in", b.family_context(members=[b.person("SMITH JOHN", "1990-01-01", "同居人", foreign=True)]),
                               b.family_context()),
    "move_in.pension_abroad": ("move_in", b.family_context(from_abroad=True),
                               b.family_context(from_abroad=True, insurance="employee")),
    "move_in.pension_switch": ("move_in", b.family_context(previous_insurance="employee"), b.family_context()),
    "move_within.notice": ("move_within", b.family_context(), None),
    "move_within.card": ("move_within", b.family_context(),
                         b.context(b.family_answers(members=[]), card_data={"name": "山田　太郎", "birth_date": "1985-04-02"})),
    "move_within.nhi": ("move_within", b.family_context(), b.family_context(insurance="employee")),
    "move_within.kaigo": ("move_within", b.family_context(), b.family_context(members=[b.SPOUSE])),
    "move_within.koki": ("move_within", b.family_context(members=[b.person("見本　祖母", "1945-02-02", "母", "2")]),
                         b.family_context()),
    "move_within.jidou": ("move_within", b.family_context(),
                          b.context(b.family_answers(), resident={"jidou_recipient": False})),
    "move_within.school": ("move_within", b.family_context(members=[b.person("山田　三郎", "2016-08-08", "子")]),
                           b.family_context()),
    "move_out.notice": ("move_out", b.family_context(), None),
    "move_out.seal": ("move_out", b.family_context(members=[dict(b.SPOUSE, seal_number="1234")]), b.family_context()),
    "move_out.nhi": ("move_out", b.family_context(), b.family_context(insurance="employee")),
    "move_out.kaigo": ("move_out", b.family_context(), b.family_context(members=[b.SPOUSE])),
    "move_out.koki_leave_pref": ("move_out", b.family_context(members=[b.person("見本　祖母", "1945-02-02", "母", "2")],
                                                              new_address="別川県他見市1番地"),
                                 b.family_context(members=[b.person("見本　祖母", "1945-02-02", "母", "2")],
                                                  new_address="架空県隣町1番地")),
    "move_out.koki_same_pref": ("move_out", b.family_context(members=[b.person("見本　祖母", "1945-02-02", "母", "2")],
                                                             new_address="架空県隣町1番地"),
                                b.family_context(members=[b.person("見本　祖母", "1945-02-02", "母", "2")],
                                                 new_address="別川県他見市1番地")),
    "move_out.jidou": ("move_out", b.family_context(), b.family_context(members=[b.SPOUSE])),
    "move_out.school": ("move_out", b.family_context(members=[b.person("山田　三郎", "2016-08-08", "子")]),
                        b.family_context()),
    "move_out.pension_abroad": ("move_out", b.family_context(to_abroad=True), b.family_context()),
    "birth.koseki": ("birth", ctx(members=[b.person("山田　桜", b.EVENT_DAY, "子", "2")]), None),
    "birth.jidou_first": ("birth", ctx(members=[b.person("山田　桜", b.EVENT_DAY, "子", "2")]),
                          ctx(members=[b.CHILD3, b.person("山田　桜", b.EVENT_DAY, "子", "2")])),
    "birth.jidou_more": ("birth", ctx(members=[b.CHILD3, b.person("山田　桜", b.EVENT_DAY, "子", "2")]),
                         ctx(members=[b.person("山田　桜", b.EVENT_DAY, "子", "2")])),
    "birth.nhi": ("birth", ctx(insurance="nhi", members=[b.person("山田　桜", b.EVENT_DAY, "子", "2")]),
                  ctx(insurance="employee", members=[b.person("山田　桜", b.EVENT_DAY, "子", "2")])),
    "birth.kodomo_iryo": ("birth", ctx(members=[b.person("山田　桜", b.EVENT_DAY, "子", "2")]), ctx(members=[b.CHILD3])),
    "birth.maternal_health": ("birth", ctx(members=[b.person("山田　桜", b.EVENT_DAY, "子", "2")]), ctx(members=[b.CHILD3])),
    "death.koseki": ("death", ctx(deceased=deceased()), ctx(deceased=deceased(), death_notice_filed=True)),
    "death.head_change": ("death", ctx(deceased=deceased(), members=[b.SPOUSE, b.person("見本　二郎", "2000-01-01", "子")]),
                          ctx(deceased=deceased(relationship="父"), members=[b.SPOUSE])),
    "death.nhi": ("death", ctx(deceased=deceased(birth_date="1960-01-01", nhi=True)), ctx(deceased=deceased(nhi=True))),
    "death.koki": ("death", ctx(deceased=deceased()), ctx(deceased=deceased(birth_date="1960-01-01"))),
    "death.kaigo": ("death", ctx(deceased=deceased()), ctx(deceased=deceased(birth_date="1970-01-01"))),
    "death.sousaihi": ("death", ctx(deceased=deceased()), ctx(deceased=deceased(birth_date="1970-01-01"))),
    "death.seal": ("death", ctx(deceased=deceased(seal_number="55")), ctx(deceased=deceased())),
    "death.card": ("death", ctx(deceased=deceased(card_held=True)), ctx(deceased=deceased())),
    "death.pension": ("death", ctx(deceased=deceased()), ctx(deceased=deceased(birth_date="1980-01-01"))),
    "marriage.koseki": ("marriage", ctx(), None),
    "marriage.household": ("marriage", ctx(household_merge=True), ctx()),
    "marriage.card": ("marriage", ctx(name_change=True), ctx()),
    "marriage.seal": ("marriage", b.context(resident={"seal_number": "77"}, name_change=True),
                      b.context(resident={"seal_number": "77"})),
    "marriage.nhi": ("marriage", ctx(name_change=True, insurance="nhi"), ctx(name_change=True, insurance="none")),
    "marriage.nhi_loss": ("marriage", b.context(resident={"nhi": True}, insurance="employee"),
                          b.context(resident={"nhi": False}, insurance="employee")),
    "household_change.notice": ("household_change", ctx(), None),
    "household_change.nhi": ("household_change", ctx(insurance="nhi"), ctx(insurance="employee")),
    "household_change.pension_switch": ("household_change", ctx(insurance="nhi", previous_insurance="employee"),
                                        ctx(insurance="nhi")),
    "certificate.juminhyo": ("certificate", ctx(certificate={"kind": "住民票の写し", "copies": 1}),
                             ctx(certificate={"kind": "印鑑登録証明書", "copies": 1})),
    "certificate.seal": ("certificate", ctx(certificate={"kind": "印鑑登録証明書", "copies": 1}),
                         ctx(certificate={"kind": "住民票の写し", "copies": 1})),
    "seal_registration.apply": ("seal_registration", ctx(),
                                b.context(card_data=b.card(birth="2015-01-01"))),
}

# --- rules added for the forms catalogue (issue 13) ---
OLD_DAY, NEW_DAY = "2024-09-30", "2024-10-01"
KID = b.person("山田　一郎", "2015-05-10", "子")
TEEN = b.person("山田　高", "2007-05-05", "子")
STUDENT = b.person("山田　大", "2004-06-06", "子", occupation="学生")
APART = dict(b.person("山田　寮", "2010-01-15", "子"), together="別居", address="別川県他見市学園町1番地")
FOREIGN = b.person("SMITH JOHN", "1990-01-01", "同居人", foreign=True)
NEWBORN = b.person("山田　桜", b.EVENT_DAY, "子", "2")
HOMEOWNER_DECEASED = dict(deceased(birth_date="1950-01-01", nhi=True))


def on(day, answers=None, **extra):
    merged = dict(answers or b.family_answers())
    merged.update(extra)
    merged["date"] = day
    return b.context(merged, today=day)


def furigana_ctx(day):
    return b.context(furigana_wrong=True, furigana_uji="ヤマダ", furigana_mei="タロウ", today=day)


RULE_CASES.update({
    "move_in.denshi": ("move_in", b.family_context(signature_cert=True), b.family_context(signature_cert=False)),
    "move_in.card_new": ("move_in", b.context(b.family_answers(members=[KID], wants_card=True)),
                         b.context(b.family_answers(members=[KID]))),
    "move_in.jidou_until_2024_09": ("move_in", on(OLD_DAY, b.family_answers(members=[KID])),
                                    on(NEW_DAY, b.family_answers(members=[KID]))),
    "move_in.jidou_civil_servant_until_2024_09": ("move_in", on(OLD_DAY, b.family_answers(members=[KID], job="公務員")),
                                                  on(OLD_DAY, b.family_answers(members=[KID]))),
    "move_in.jidou_kakunin": ("move_in", b.family_context(members=[b.SPOUSE, STUDENT, TEEN, KID]),
                              b.family_context(members=[b.SPOUSE, STUDENT, KID])),
    "move_in.jidou_bekkyo": ("move_in", b.family_context(members=[b.SPOUSE, APART]), b.family_context(members=[b.SPOUSE, KID])),
    "move_in.hitorioya": ("move_in", b.family_context(members=[KID], single_parent=True), b.family_context(members=[KID])),
    "move_in.nhi_kakuninsho": ("move_in", b.family_context(mynahoken="登録済み", wants_kakuninsho=True),
                               on("2024-12-01", mynahoken="登録済み", wants_kakuninsho=True)),
    "move_in.tokutei_zairyu": ("move_in", b.family_context(members=[FOREIGN], wants_tokutei_zairyu=True),
                               on("2026-06-13", b.family_answers(members=[FOREIGN], wants_tokutei_zairyu=True))),
    "move_in.tokutei_zairyu_abroad": ("move_in", b.family_context(members=[FOREIGN], wants_tokutei_zairyu=True, from_abroad=True),
                                      b.family_context(members=[FOREIGN], wants_tokutei_zairyu=True)),
    "move_in.tokutei_zairyu_offer": ("move_in", b.family_context(members=[FOREIGN]),
                                     b.family_context(members=[FOREIGN], wants_tokutei_zairyu=False)),
    "move_in.furigana": ("move_in", furigana_ctx("2026-03-01"), furigana_ctx("2026-05-26")),
    "move_in.furigana_change": ("move_in", furigana_ctx("2026-05-26"), furigana_ctx("2026-05-25")),
    "move_in.dog": ("move_in", b.family_context(has_dog=True), b.family_context(has_dog=False)),
    "move_in.techo": ("move_in", b.family_context(members=[dict(b.SPOUSE, disability_card="療育手帳")]), b.family_context()),
    "move_in.moped": ("move_in", b.family_context(has_moped=True), b.family_context()),
    "move_within.denshi": ("move_within", b.family_context(signature_cert=True), b.family_context()),
    "move_within.jidou_until_2024_09": ("move_within", on(OLD_DAY, b.family_answers(members=[KID])),
                                        on(NEW_DAY, b.family_answers(members=[KID]))),
    "move_within.tokutei_zairyu": ("move_within", b.family_context(members=[FOREIGN], wants_tokutei_zairyu=True),
                                   b.family_context(members=[FOREIGN])),
    "move_within.tokutei_zairyu_offer": ("move_within", b.family_context(members=[FOREIGN]),
                                         on("2026-06-13", b.family_answers(members=[FOREIGN]))),
    "move_within.dog": ("move_within", b.family_context(has_dog=True), b.family_context()),
    "move_within.techo": ("move_within", b.family_context(members=[dict(b.SPOUSE, disability_card="身体障害者手帳")]),
                          b.family_context()),
    "move_within.moped": ("move_within", b.family_context(has_moped=True), b.family_context()),
    "move_out.jidou_until_2024_09": ("move_out", on(OLD_DAY, b.family_answers(members=[KID])),
                                     on(OLD_DAY, b.family_answers(members=[TEEN]))),
    "move_out.kodomo_iryo": ("move_out", b.family_context(), b.family_context(members=[b.SPOUSE])),
    "move_out.moped": ("move_out", b.family_context(has_moped=True), b.family_context()),
    "move_out.dog": ("move_out", b.family_context(has_dog=True), b.family_context()),
    "move_out.techo": ("move_out", b.family_context(members=[dict(b.SPOUSE, disability_card="身体障害者手帳")]),
                       b.family_context()),
    "birth.jidou_first_until_2024_09": ("birth", on(OLD_DAY, {"members": [b.person("山田　桜", OLD_DAY, "子", "2")]}),
                                        on(NEW_DAY, {"members": [b.person("山田　桜", NEW_DAY, "子", "2")]})),
    "birth.jidou_more_until_2024_09": ("birth", on(OLD_DAY, {"members": [KID, b.person("山田　桜", OLD_DAY, "子", "2")]}),
                                       on(OLD_DAY, {"members": [b.person("山田　桜", OLD_DAY, "子", "2")]})),
    "birth.hitorioya": ("birth", ctx(members=[NEWBORN], single_parent=True), ctx(members=[NEWBORN])),
    "birth.shussan": ("birth", ctx(members=[NEWBORN], insurance="nhi", birth_allowance_claim=True),
                      ctx(members=[NEWBORN], insurance="employee", birth_allowance_claim=True)),
    "birth.card": ("birth", ctx(members=[NEWBORN], wants_card=True), ctx(members=[NEWBORN])),
    "death.head_change_not_needed": ("death", ctx(deceased=deceased(), members=[]),
                                     ctx(deceased=deceased(), members=[b.SPOUSE, b.person("見本　二郎", "2000-01-01", "子")])),
    "death.kougaku": ("death", ctx(deceased=HOMEOWNER_DECEASED, kougaku_claim=True), ctx(deceased=HOMEOWNER_DECEASED)),
    "death.kougaku_note": ("death", ctx(deceased=HOMEOWNER_DECEASED), ctx(deceased=HOMEOWNER_DECEASED, kougaku_claim=True)),
    "death.property_heir": ("death", ctx(deceased=deceased(), deceased_owned_property=True), ctx(deceased=deceased())),
    "death.property_note": ("death", ctx(deceased=deceased()), ctx(deceased=deceased(), deceased_owned_property=False)),
    "death.techo": ("death", ctx(deceased=deceased(disability_card="身体障害者手帳")), ctx(deceased=deceased())),
    "death.dog": ("death", ctx(deceased=deceased(), has_dog=True), ctx(deceased=deceased())),
    "death.moped": ("death", ctx(deceased=deceased(), has_moped=True), ctx(deceased=deceased())),
    # the card holder (世帯主) lost his wife and cares for a child
    "death.jidou": ("death", ctx(deceased=deceased(birth_date="1987-06-01", relationship="妻"), members=[KID]),
                    ctx(deceased=deceased(birth_date="1987-06-01", relationship="妻"), members=[])),
    "death.hitorioya": ("death", ctx(deceased=deceased(birth_date="1987-06-01", relationship="妻"), members=[KID]),
                        ctx(deceased=deceased(birth_date="1950-01-01", relationship="父"), members=[KID])),
    "death.koseki_request": ("death", ctx(deceased=deceased(), koseki_kind="除籍謄本"), ctx(deceased=deceased())),
    "death.koseki_inherit": ("death", ctx(deceased=deceased()), ctx(deceased=deceased(), koseki_kind="除籍謄本")),
    "certificate.koseki": ("certificate", ctx(certificate={"kind": "住民票の写し", "copies": 1}, koseki_kind="戸籍謄本（全部事項証明）"),
                           ctx(certificate={"kind": "住民票の写し", "copies": 1})),
    "certificate.tax": ("certificate", ctx(certificate={"kind": "住民票の写し", "copies": 1}, tax_cert_kind="課税証明書"),
                        ctx(certificate={"kind": "住民票の写し", "copies": 1})),
    "certificate.furigana": ("certificate", furigana_ctx("2025-06-01"), furigana_ctx("2026-06-01")),
    "certificate.furigana_change": ("certificate", furigana_ctx("2026-06-01"), furigana_ctx("2025-06-01")),
    "marriage.denshi": ("marriage", ctx(name_change=True, signature_cert=True), ctx(name_change=True, signature_cert=False)),
})


def all_rule_ids():
    ids = []
    for event in EVENTS:
        ids += [r["id"] for r in json.loads((RULES_DIR / f"{event}.json").read_text(encoding="utf-8"))["rules"]]
    return ids


def test_every_rule_carries_its_validity_window():
    for event in EVENTS:
        for rule in json.loads((RULES_DIR / f"{event}.json").read_text(encoding="utf-8"))["rules"]:
            assert "valid_from" in rule and "valid_to" in rule, rule["id"]


def test_every_rule_has_a_case():
    assert sorted(all_rule_ids()) == sorted(RULE_CASES)


@pytest.mark.parametrize("rule_id", sorted(RULE_CASES))
def test_rule(rule_id):
    event, positive, negative = RULE_CASES[rule_id]
    fired, result = _fired(positive, event)
    assert rule_id in fired
    proc = next(p for p in result.procedures if rule_id in p.rule_ids)
    assert proc.reason and proc.counter and proc.title
    assert "{" not in proc.reason, proc.reason      # every placeholder was filled
    if negative is not None:
        assert rule_id not in _fired(negative, event)[0]


def test_family_of_four_moving_in_gets_the_catalog_procedures():
    result = plan(build_facts(b.family_context(), "move_in"))
    ids = [p.id for p in result.procedures]
    assert ids == ["juminidou", "card_update", "nhi", "kaigo", "jidou_nintei", "kodomo_iryo"]
    reasons = {p.id: p.reason for p in result.procedures}
    assert "3歳の子がいるため 児童手当 認定請求が必要" in reasons["jidou_nintei"]
    assert "70歳の方がいるため" in reasons["kaigo"]
    kaigo = next(p for p in result.procedures if p.id == "kaigo")
    by_pid = {p.pid: p for p in result.people}
    assert [by_pid[pid].name for pid in kaigo.subjects] == ["山田　次郎"]


def test_child_age_boundary_for_jidou_is_end_of_koukousei_nendai():
    child = b.person("山田　花", "2008-04-02", "子", "2")    # 18 on 2026-04-02 → counts until 2027-03-31
    assert "move_in.jidou" in _fired(b.family_context(members=[child]), "move_in")[0]
    older = b.person("山田　葉", "2008-04-01", "子", "2")    # left on 2026-03-31
    assert "move_in.jidou" not in _fired(b.family_context(members=[older]), "move_in")[0]


def test_age_is_taken_at_the_event_date_not_today():
    turning65 = b.person("見本　母", "1961-11-20", "母", "2")   # 65 on 2026-11-20: after the move (11-15)
    assert "move_in.kaigo" not in _fired(b.family_context(members=[turning65]), "move_in")[0]
    assert "move_in.kaigo" in _fired(b.family_context(members=[turning65], date="2026-11-21"), "move_in")[0]


def test_unknown_event_is_refused():
    with pytest.raises(RuleError):
        plan(build_facts(b.family_context(), "divorce"))


def test_every_procedure_points_at_existing_forms_and_counters():
    from forms.procedure_rules import counters
    from forms.spec import load_spec
    for proc in procedure_catalog().values():
        assert proc["counter"] in counters()
        for form_id in proc["forms"]:
            load_spec(form_id)


def test_a_rule_can_override_the_procedure_deadline():
    result = plan(build_facts(b.family_context(), "move_out"))
    notice = next(p for p in result.procedures if p.id == "juminidou")
    assert notice.deadline.startswith("引っ越す前")
    assert next(p for p in plan(build_facts(b.family_context(), "move_in")).procedures if p.id == "juminidou").deadline == "異動の日から14日以内"
