"""`main.py packet` end to end, as a subprocess."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "main.py", "packet", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_family_of_four_json_summary_and_pdf(tmp_path):
    out = tmp_path / "family.pdf"
    result = run("--scenario", str(EXAMPLES / "move-in-family-of-four.json"), "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert set(summary) == {"procedures", "forms", "pages", "warnings", "law_date"}
    assert summary["law_date"] == "2026-11-22"
    ids = [p["id"] for p in summary["procedures"]]
    assert ids[:6] == ["juminidou", "card_update", "nhi", "kaigo", "jidou_nintei", "kodomo_iryo"]
    assert all(set(p) == {"id", "title", "reason", "bring", "deadline", "note"} and p["reason"] for p in summary["procedures"])
    assert all(f["version"] for f in summary["forms"])
    assert [f["id"] for f in summary["forms"]][:5] == ["juminidou", "card_henkou", "nhi_idou", "kaigo_idou", "jidou_nintei"]
    assert summary["pages"] == len(PdfReader(str(out)).pages) == 1 + sum(f["pages"] for f in summary["forms"])
    assert summary["warnings"] == []


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_every_documented_example_runs(example, tmp_path):
    result = run("--scenario", str(EXAMPLES / example), "--out", str(tmp_path / "x.pdf"), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["forms"] and summary["warnings"] == []      # every example prints without warnings


@pytest.mark.parametrize("scenario, key", [
    ({"event": "moving", "card": {"name": "見本　太郎"}}, "event"),
    ({"event": "move_in", "card": {"name": "見本　太郎", "birth_date": "1990/01/01"}}, "card.birth_date"),
    ({"event": "move_in", "card": {"name": "見本　太郎"}, "answers": {"members": [{"name": "見本　花"}]}},
     "answers.members[0].birth_date"),
    ({"event": "move_in", "card": {"name": "見本　太郎"}, "answers": {"insurance": "kokuho"}}, "answers.insurance"),
    ({"event": "move_in", "card": {"name": "見本　太郎"}, "answers": {"colour": "red"}}, "answers.colour"),
    ({"event": "certificate", "card": {"name": "見本　太郎"}}, "answers.certificate"),
    ({"event": "move_in", "card": {"name": "見本　太郎", "my_number": 1234}}, "card.my_number"),
    ({"event": "move_in", "card": {"name": "見本　太郎"}, "resident": {"nhi_no": "1"}}, "resident.nhi_no"),
    ({"event": "move_in", "card": {"name": "見本　太郎"},
      "answers": {"members": [{"name": "見本　花", "birth_date": "2000-01-01", "relationship": "友人"}]}},
     "answers.members[0].relationship"),
])
def test_bad_scenario_exits_2_naming_the_key(scenario, key, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    result = run("--scenario", str(path), "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert key in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_broken_json_exits_2(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{\"event\": ", encoding="utf-8")
    result = run("--scenario", str(path), "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "JSON" in result.stderr
