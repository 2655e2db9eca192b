"""Pre-fill: every value carries its provenance and the fact it shows; a clerk's correction
changes the fact (every form follows) and keeps the pre-filled value beside it."""
import pytest

from forms.draft import Provenance
from forms.facts import build_facts
from forms.packet import build_drafts, build_packet
from forms.people import people_of
from forms.relationship import RelationshipError, normalize
from forms.address_notation import normalize as addr, municipality, prefecture
from tests.forms import builders as b


@pytest.fixture(scope="module")
def packet():
    return build_packet(b.family_context(), "move_in")


def draft(packet, form_id):
    return next(d for d in packet.drafts if d.form_id == form_id)


def test_family_of_four_gets_a_draft_per_form(packet):
    assert [d.form_id for d in packet.drafts] == ["juminidou", "card_henkou", "nhi_idou", "kaigo_idou", "jidou_nintei", "kodomo_iryo"]


def test_provenance_of_each_source(packet):
    d = draft(packet, "juminidou")
    v = d.values
    assert v["movers.0.name"].provenance is Provenance.CARD and v["movers.0.name"].source == "person.holder.name"
    assert v["movers.1.name"].provenance is Provenance.ANSWER
    assert v["filed_on"].provenance is Provenance.DERIVED and v["filed_on"].value == b.TODAY
    assert v["notice_kind"].value == ["転入"] and v["notice_kind"].provenance is Provenance.DERIVED
    assert v["old_address"].provenance is Provenance.CARD   # at 転入 the card still shows the old address
    assert v["new_address"].value == "架空県架空市中央一丁目2番3号 見本ハイツ101号室"
    assert v["movers.0.sex_code"].value == "男" and v["movers.0.sex_code"].provenance is Provenance.CARD
    assert v["old_address"].source == "visit.old_address"


def test_registry_wins_over_card_for_the_name_glyph():
    ctx = b.context(resident={"name": "髙橋　太郎", "address": "架空県架空市本町一丁目1番1号"},
                    card_data=b.card(name="高橋　太郎"), new_address="架空県架空市西町2番3号")
    packet = build_packet(ctx, "move_within")
    d = packet.drafts[0]
    assert d.values["movers.0.name"].value == "髙橋　太郎"
    assert d.values["movers.0.name"].provenance is Provenance.REGISTRY
    assert d.values["old_address"].source == "visit.old_address"
    assert d.values["old_address"].provenance is Provenance.REGISTRY


def test_subjects_only_on_the_forms_that_concern_them(packet):
    kaigo = draft(packet, "kaigo_idou")
    assert kaigo.row_counts["insured"] == 1 and kaigo.get("insured.0.name") == "山田　次郎"
    jidou = draft(packet, "jidou_nintei")
    assert jidou.get("children.0.name") == "山田　一郎" and jidou.row_counts["children"] == 1
    assert jidou.get("spouse_name") == "山田　花子"          # derived from the 続柄 妻
    assert jidou.get("my_number") == b.HOLDER_NUMBER


def test_my_number_on_request_is_left_out_unless_asked(packet):
    kaigo = draft(packet, "kaigo_idou")
    assert kaigo.get("insured.0.my_number") is None
    asked = build_packet(b.family_context(print_my_number=True,
                                          members=[dict(b.PARENT70, my_number="345678901234")]), "move_in")
    assert draft(asked, "kaigo_idou").get("insured.0.my_number") == "345678901234"


def test_a_correction_on_one_form_reaches_every_form_that_shows_the_fact():
    context = b.family_context()
    plain = build_packet(context, "move_in")
    source = draft(plain, "juminidou").values["old_address"].source
    corrected = build_packet(context, "move_in", edits={source: "別川県他見市本町三丁目4番6号"})
    for form_id in ("juminidou", "nhi_idou", "kaigo_idou"):
        fv = draft(corrected, form_id).values["old_address"]
        assert fv.value == "別川県他見市本町三丁目4番6号" and fv.provenance is Provenance.CLERK
        assert fv.original.value == "別川県他見市本町三丁目4番5号" and fv.original.provenance is Provenance.CARD


def test_a_person_correction_reaches_every_row_of_that_person():
    context = b.family_context()
    kana_key = draft(build_packet(context, "move_in"), "juminidou").values["movers.3.kana"].source
    assert kana_key.startswith("person.") and kana_key.endswith(".kana")
    corrected = build_packet(context, "move_in", edits={kana_key: "ヤマダ　ジロー"})
    assert draft(corrected, "juminidou").get("movers.3.kana") == "ヤマダ　ジロー"
    assert draft(corrected, "kaigo_idou").get("insured.0.kana") == "ヤマダ　ジロー"


def test_a_correction_for_one_form_only_stays_on_that_form(packet):
    facts = build_facts(b.family_context(), "move_in")
    drafts = build_drafts(facts, packet.procedures, {"juminidou": {"filer_phone": "03-1111-2222"}})
    fv = next(d for d in drafts if d.form_id == "juminidou").values["filer_phone"]
    assert fv.provenance is Provenance.CLERK and fv.original.value == "090-1234-5678"
    assert fv.source == "form:juminidou.filer_phone"
    assert next(d for d in drafts if d.form_id == "nhi_idou").get("filer_phone") == "090-1234-5678"
    assert draft(packet, "juminidou").values["filer_phone"].provenance is Provenance.ANSWER


def test_clerk_can_add_a_person_row_on_one_form(packet):
    facts = build_facts(b.family_context(), "move_in")
    drafts = build_drafts(facts, packet.procedures, {"kaigo_idou": {"insured.1.name": "見本　花"}})
    d = next(d for d in drafts if d.form_id == "kaigo_idou")
    assert d.row_counts["insured"] == 2 and d.rows("insured")[1]["name"].value == "見本　花"


def test_people_facts_at_event_date():
    people = people_of(b.family_context(), event="move_in")
    assert [p.facts["age"] for p in people] == [41, 39, 3, 70]
    assert [p.facts["child"] for p in people] == [False, False, True, False]
    assert people[0].facts["card_held"] and people[1].facts["card_held"] and not people[2].facts["card_held"]


def test_card_holder_listed_again_in_members_is_not_duplicated():
    holder_again = b.person("山田　太郎", "1985-04-02", "世帯主")
    people = people_of(b.family_context(members=[holder_again, b.SPOUSE]), event="move_in")
    assert [p.name for p in people] == ["山田　太郎", "山田　花子"]


@pytest.mark.parametrize("term, expected", [("長男", "子"), ("妻", "妻"), ("妻の父", "妻の父"), ("本人", "世帯主"),
                                            ("孫", "子の子"), ("夫（未届）", "夫(未届)"), ("同居人", "同居人")])
def test_relationship_vocabulary(term, expected):
    assert normalize(term) == expected


@pytest.mark.parametrize("term", ["義父", "友人", "", "配偶者"])
def test_relationship_refuses_non_juminhyo_terms(term):
    with pytest.raises(RelationshipError):
        normalize(term)


def test_address_notation():
    assert addr("架空県架空市本町2丁目3-4") == "架空県架空市本町二丁目3番4号"
    assert addr("架空県架空市中央１－２－３") == "架空県架空市中央一丁目2番3号"
    assert addr("見本郡山村大字上123-4", chiban=True) == "見本郡山村大字上123番地4"
    assert addr("架空市中央1ー2ー3 見本ステーションタワー") == "架空市中央一丁目2番3号 見本ステーションタワー"
    assert prefecture("東京都架空区1番") == "東京都" and prefecture("架空市") is None
    assert municipality("架空県見本市中央区本町1番") == "架空県見本市中央区"


def test_old_address_left_blank_when_nobody_moved():
    ctx = b.context(resident={"address": "架空県架空市西町7番8号", "nhi": True}, insurance="nhi",
                    members=[b.person("山田　桜", b.EVENT_DAY, "子", "2")])
    nhi = next(d for d in build_packet(ctx, "birth").drafts if d.form_id == "nhi_idou")
    assert nhi.get("address") == "架空県架空市西町7番8号" and nhi.get("old_address") is None
    moved = next(d for d in build_packet(b.family_context(), "move_in").drafts if d.form_id == "nhi_idou")
    assert moved.get("old_address") == "別川県他見市本町三丁目4番5号"


def test_spouse_of_a_card_holder_who_is_not_the_head():
    ctx = b.context(card_data=b.card(name="山田　花子", birth="1987-06-01", sex="2"), insurance="nhi", relationship="妻",
                    members=[b.person("山田　太郎", "1985-04-02", "世帯主"), b.CHILD3])
    jidou = next(d for d in build_packet(ctx, "move_in").drafts if d.form_id == "jidou_nintei")
    assert jidou.get("name") == "山田　花子" and jidou.get("spouse_name") == "山田　太郎"


def test_registry_koki_counts_for_the_card_holder_under_75():
    # 65–74 with a 広域連合 disability certification are in 後期 too: the registry says so
    ctx = b.context(card_data=b.card(birth="1956-01-20"), resident={"koki": True, "address": "架空県架空市本町1番"})
    assert people_of(ctx, event="move_within")[0].facts["koki"]
    assert "koki" in [p.id for p in build_packet(ctx, "move_within").procedures]
