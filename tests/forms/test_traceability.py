"""Every value printed on the family-of-four packet can be traced to where it came from."""
from forms.context import provenance_of
from forms.draft import Provenance
from forms.packet import build_packet
from tests.forms import builders as b


def test_every_prefilled_value_names_a_real_source():
    """Each value shows a fact of the visit (its provenance is the fact's own), a person's
    attribute, or something the rule or the form derived (no source, provenance derived)."""
    context = b.family_context()
    packet = build_packet(context, "move_in")
    facts = packet.facts
    seen = set()
    for draft in packet.drafts:
        for field_id, fv in draft.values.items():
            assert fv.provenance is not Provenance.CLERK and fv.original is None
            seen.add(fv.provenance)
            if fv.source.startswith("person."):
                _, pid, attr = fv.source.split(".", 2)
                person = facts.person(pid)
                assert person is not None, (draft.form_id, field_id, fv.source)
                if attr in person.values:
                    assert person.values[attr].provenance is fv.provenance
            elif fv.source:
                assert fv.source in facts.values, (draft.form_id, field_id, fv.source)
                assert facts.values[fv.source].provenance is fv.provenance
                if fv.source.split(".")[0] in ("card", "resident", "household", "answers"):
                    assert provenance_of(fv.source) is fv.provenance
            else:
                assert fv.provenance is Provenance.DERIVED, (draft.form_id, field_id)
    assert seen == {Provenance.CARD, Provenance.ANSWER, Provenance.DERIVED}


def test_registry_household_members_are_registry_values_not_answers():
    """The registry's household reaches the forms as registry values (a finding of the
    visit review: they were passed as answers.members and labelled 住民の回答)."""
    household = {"members": [
        {"id": "100", "name": "見本　一", "kana": "ミホン　ハジメ", "birth_date": "1940-03-03", "sex_code": "1",
         "relationship": "世帯主", "koki": True, "koki_number": "12345678", "deceased": True, "death_date": "2026-11-10"},
        {"id": "101", "name": "見本　ハル", "kana": "ミホン　ハル", "birth_date": "1944-07-07", "sex_code": "2",
         "relationship": "妻", "koki": True},
        {"id": "102", "name": "見本　次郎", "kana": "ミホン　ジロウ", "birth_date": "1970-01-01", "sex_code": "1",
         "relationship": "子"}]}
    context = b.context(card_data=b.card(name="見本　ハル", birth="1944-07-07", sex="2", address="架空県架空市本町1番"),
                        resident={"name": "見本　ハル", "atena_no": "101", "address": "架空県架空市本町1番"},
                        household=household, funeral_date="2026-11-13", date=None)
    packet = build_packet(context, "death")
    deceased = packet.facts.deceased
    assert deceased is not None and deceased.pid == "100"     # preselected: the registry records the death
    assert packet.facts.values["visit.date"].value == "2026-11-10"
    assert packet.facts.values["visit.date"].provenance is Provenance.REGISTRY
    for draft in packet.drafts:
        for field_id, fv in draft.values.items():
            if fv.source.startswith(("person.100.", "person.102.")):
                assert fv.provenance is Provenance.REGISTRY, (draft.form_id, field_id)
            if field_id == "filer_relation":
                assert fv.value == ["同一世帯員"], draft.form_id


def test_office_use_blocks_are_left_blank():
    from forms.spec import load_spec
    packet = build_packet(b.family_context(wants_seal_registration=True), "move_in")
    for draft in packet.drafts:
        office_ids = {f.id for f in load_spec(draft.form_id).fields if f.type in ("office", "stamp", "signature")}
        assert office_ids and not office_ids & set(draft.values)
