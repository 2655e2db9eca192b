"""Every value printed on the family-of-four packet can be traced to where it came from."""
from forms.context import provenance_of
from forms.draft import Provenance
from forms.packet import build_packet
from tests.forms import builders as b


def test_every_prefilled_value_names_a_real_source():
    context = b.family_context()
    packet = build_packet(context, "move_in")
    seen = set()
    for draft in packet.drafts:
        for field_id, fv in draft.values.items():
            assert fv.provenance is not Provenance.CLERK and fv.original is None
            assert fv.source, (draft.form_id, field_id)
            seen.add(fv.provenance)
            root = fv.source.split(".")[0]
            if root in ("card", "resident", "household", "answers") and not fv.source.startswith("answers.members"):
                assert fv.source in context, (draft.form_id, field_id, fv.source)
                assert provenance_of(fv.source) is fv.provenance
            if fv.source.startswith("answers.members."):
                _, _, index, attr = fv.source.split(".")
                assert context["answers.members"][int(index)][attr] is not None
    assert seen == {Provenance.CARD, Provenance.ANSWER, Provenance.DERIVED}


def test_office_use_blocks_are_left_blank():
    from forms.spec import load_spec
    packet = build_packet(b.family_context(wants_seal_registration=True), "move_in")
    for draft in packet.drafts:
        office_ids = {f.id for f in load_spec(draft.form_id).fields if f.type in ("office", "stamp", "signature")}
        assert office_ids and not office_ids & set(draft.values)
