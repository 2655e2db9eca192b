"""The counter's questions for the catalogue's forms (forms/questions/*.json) agree with the rules, the specs
and the scenario format; consent, payment-account and 電子証明書 questions never carry a default."""
import pytest

from forms import library
from forms.library import EVENTS
from forms.conditions import OPS
from forms.questions import KINDS, question_files
from forms.rules_lint import Linter
from forms.scenario import BOOL_ANSWERS, CHOICES, DATE_ANSWERS, TEXT_ANSWERS
from forms.spec import all_form_ids, spec_versions

# answers the counter asked before the catalogue (the lead's event page): not repeated in these files
EARLIER = {"date", "new_address", "katagaki", "old_address", "phone", "filer", "filer_name", "filer_address", "kana",
           "relationship", "nationality", "residence_status", "residence_card_no", "members", "insurance",
           "previous_insurance", "wants_seal_registration", "from_abroad", "from_country", "to_abroad",
           "foreign_resident", "print_my_number", "certificate", "deceased", "death_notice_filed", "funeral_date",
           "relation_to_deceased", "bank_detail", "bank_type", "bank_account", "bank_holder_kana", "bank",
           "delegate_name", "name_change", "household_merge", "household_change", "new_head", "old_head",
           "previous_insurer", "previous_insurance_lost_on", "new_insurer", "involuntary_unemployment", "job",
           "pension_scheme", "facility", "kaigo_certificate_attached", "koki_burden_certificate", "seal_id_method",
           "seal_number", "nhi_number", "jidou_number", "proxy"}
NO_DEFAULT = {"jidou_consent", "kodomo_consent", "hitorioya_consent", "denshi_sign", "denshi_user", "bank",
              "older_child_supported"}
FILES = question_files()


def asked_keys():
    return {q["key"] for _, data in FILES for q in data.get("questions", [])}


QUESTION_KEYS = {"key", "text", "kind", "choices", "required", "when", "any", "unless", "needed_by", "default",
                 "default_from", "hint", "validate", "sensitive", "holder", "optional_label"}
TEXT_KINDS = {"text", "address", "phone", "kana", "digits", "count", "my_number", "residence_card",
              "relationship_free"}


@pytest.mark.parametrize("name, data", FILES, ids=[n for n, _ in FILES])
def test_question_file_shape(name, data):
    assert set(data) <= {"event", "questions", "person_questions", "members", "person_set", "_doc"}
    assert data["event"] == "*" or (data["event"] in EVENTS and name.split(".")[0] == data["event"])
    questions = data.get("questions", [])
    people = data["person_questions"] if isinstance(data.get("person_questions"), list) else []
    keys = [q["key"] for q in questions]
    assert len(keys) == len(set(keys)), name
    linter = Linter(library.current())
    for q in questions + people:
        assert set(q) <= QUESTION_KEYS, q
        assert q["kind"] in KINDS and q["text"], q
        assert "choices" in q if q["kind"] in ("choice", "relationship") else "choices" not in q, q["key"]
        for cond in q.get("when", []) + q.get("any", []) + q.get("unless", []):
            assert cond["op"] in OPS, (name, q["key"], cond)
            if cond["key"].startswith("answers."):
                assert linter._key_known(cond["key"]), (name, q["key"], cond)
    for q in questions:   # what the scenario format accepts for the same answer
        key = q["key"].split(".")[0] if q["key"].startswith("certificate.") else q["key"]
        if key in ("certificate", "deceased"):
            continue
        if q["kind"] == "bool" or (q["kind"] == "choice" and {c[0] for c in q["choices"]} <= {True, False}):
            assert key in BOOL_ANSWERS, key
        elif q["kind"] == "date":
            assert key in DATE_ANSWERS, key
        elif q["kind"] == "choice":
            assert key in CHOICES and {c[0] for c in q["choices"]} <= set(CHOICES[key]), key
        else:
            assert q["kind"] in TEXT_KINDS and key in TEXT_ANSWERS, key


def test_consent_payment_and_certificate_questions_have_no_default():
    for name, data in FILES:
        for q in data.get("questions", []):
            assert "default" not in q or (q["key"] not in NO_DEFAULT and q["kind"] not in ("choice", "bool")), q
            if q["key"] in NO_DEFAULT - {"bank"}:
                assert q["kind"] in ("bool", "choice")
            if q["key"] in ("jidou_consent", "kodomo_consent", "denshi_sign"):
                assert q["required"], (name, q["key"])


def test_every_new_answer_a_form_or_rule_reads_is_asked_somewhere():
    lib = library.current()
    read = set()
    for event in EVENTS:
        for rule in lib.rules_for(event):
            for cond in rule.get("when", []) + rule.get("any", []):
                if cond.get("key", "").startswith("answers."):
                    read.add(cond["key"].split(".")[1])
    for form_id in all_form_ids():
        for spec in spec_versions(form_id):
            for f in spec.fields:
                read |= {k.split(".")[1] for k in f.bind if k.startswith("answers.")}
    missing = read - EARLIER - asked_keys()
    assert not missing, sorted(missing)
