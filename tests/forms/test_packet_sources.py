"""`packet --json` field by field: the widow filing for the household head (the issue's
done-when), and no consent, payment-account or certificate choice filled unless answered."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"
WIDOW = EXAMPLES / "death-of-household-head-widow-filing.json"
# Choices only the resident makes: never 自動算出, never a default
RESIDENT_CHOICES = {"consent", "bank", "sign_cert", "user_cert", "cert"}


def packet_json(scenario: Path, tmp_path) -> dict:
    result = subprocess.run([sys.executable, "main.py", "packet", "--scenario", str(scenario),
                             "--out", str(tmp_path / "packet.pdf"), "--json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_widow_filing_for_the_household_head_prints_her_as_a_household_member_and_registry_values(tmp_path):
    scenario = json.loads(WIDOW.read_text(encoding="utf-8"))
    summary = packet_json(WIDOW, tmp_path)
    fields = [(form["id"], f) for form in summary["forms"] for f in form["fields"]]

    filer = [(form, f["value"]) for form, f in fields if f["name"] == "filer_relation"]
    assert len(filer) >= 5
    assert all(value == ["同一世帯員"] for _, value in filer), filer   # never ☑本人

    # every value that comes from the registry household is labelled registry, never 住民の回答
    registry_values = set()
    for person in scenario["household"]["members"]:
        registry_values |= {person[k] for k in ("name", "kana", "birth_date") if k in person}
        registry_values |= {person[k] for k in ("nhi_number", "kaigo_number", "seal_number") if k in person}
    taken = [(form, f["name"], f["source"]) for form, f in fields
             if isinstance(f["value"], str) and f["value"] in registry_values]
    assert len(taken) >= 20
    # the holder's birth date is on her card as well: card or registry, both true sources
    # …unless the resident also said it (口座名義, the 戸籍 request's 筆頭者): then an answer
    answered = {v for v in scenario["answers"].values() if isinstance(v, str)}
    wrong = [(form, name, source) for form, name, source in taken if source not in ("registry", "card")
             and not (source == "answer" and next(f["value"] for fo, f in fields
                                                  if fo == form and f["name"] == name) in answered)]
    assert wrong == []
    deceased = [(form, name, source) for form, name, source in taken if form in ("sousaihi", "kougaku_souzoku")
                and name.startswith("d_")]
    assert deceased and {source for *_, source in deceased} == {"registry"}
    # 世帯主との続柄 of the deceased is 世帯主, not the filer's 妻
    kaigo = next(form for form in summary["forms"] if form["id"] == "kaigo_idou")
    row = {f["name"]: f for f in kaigo["fields"]}
    assert row["insured.0.name"]["value"] == "見本　勇" and row["filer_rel_head"]["value"] == "世帯主"


def test_no_consent_or_payment_account_box_is_filled_unless_answered(tmp_path):
    """Every documented example: a resident's own choice is printed only from an answer."""
    checked = 0
    for example in sorted(EXAMPLES.glob("*.json")):
        summary = packet_json(example, tmp_path)
        for form in summary["forms"]:
            for f in form["fields"]:
                if f["name"].split(".")[-1] in RESIDENT_CHOICES and f["value"] not in (None, "", []):
                    checked += 1
                    assert f["source"] in ("answer", "clerk"), (example.name, form["id"], f)
    assert checked >= 5  # the examples answer these choices in several places
