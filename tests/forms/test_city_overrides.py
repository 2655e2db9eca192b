"""A city's own rules, procedure texts, fees and form layouts, from its override directory — no code.

End to end through the real commands: the directory is named in the workstation settings file
(MADOGUCHI_CONFIG_DIR), `packet` prints the guide slip with the city's texts, `forms list` shows the
city's layout, `rules lint` refuses a broken set, `rules catalog` marks the city's rows.
"""
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from forms.facts import build_facts
from pypdf import PdfReader

from forms import library
from forms.procedure_rules import plan
from tests.forms import builders as b

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"


def write(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def city(tmp_path):
    """見本市's overrides: its own counter names, what to bring, a fee, a rule and a procedure of its own."""
    d = tmp_path / "mihon-city"
    write(d / "counters.json", {"shimin": {"name": "市民課 総合窓口", "place": "本庁舎2階 3番窓口"},
                                "seikatsu": {"name": "生活環境課", "place": "本庁舎3階"}})
    write(d / "procedures.json", {
        "juminidou": {"bring": ["本人確認書類", "転出証明書（特例転入でない方）"]},
        "juminhyo": {"bring": ["本人確認書類", "手数料（1通{fee:juminhyo}）"]},
        "gomi": {"title": "ごみ収集の案内（ごみカレンダー）", "counter": "seikatsu", "forms": [], "bring": [],
                 "deadline": "", "note": "指定袋は市内のスーパーで販売しています", "valid_from": "2019-05-01", "valid_to": None}})
    write(d / "fees.json", {"juminhyo": {"label": "住民票の写し", "yen": 350, "unit": "1通"}})
    write(d / "rules" / "move_in.json", {"rules": [
        {"id": "move_in.city_gomi", "procedure": "gomi", "scope": "visit", "when": [],
         "valid_from": "2019-05-01", "valid_to": None, "reason": "見本市に転入されたため ごみの出し方を案内"},
        {"id": "move_in.kodomo_iryo", "disabled": True}]})
    spec = json.loads((ROOT / "forms" / "specs" / "juminhyo_request.json").read_text(encoding="utf-8"))
    spec.update(stock="preprinted", version="mihon-2025", valid_from="2025-04-01", valid_to=None, title="住民票等請求書（見本市様式）")
    spec.pop("_doc", None)
    write(d / "specs" / "juminhyo_request@mihon-2025.json", spec)
    return d


def env_with(tmp_path, override_dir) -> dict:
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "workstation.json").write_text(json.dumps({"forms_override_dir": str(override_dir)}), encoding="utf-8")
    return {**os.environ, "MADOGUCHI_CONFIG_DIR": str(config)}


def main(*args, env=None):
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env=env)


@pytest.fixture(autouse=True)
def builtin_after():
    yield
    library.configure(None)


def test_the_city_override_changes_the_printed_guide_slip(city, tmp_path):
    out = tmp_path / "visit.pdf"
    result = main("packet", "--scenario", str(EXAMPLES / "move-in-family-of-four.json"), "--out", str(out), "--json",
                  env=env_with(tmp_path, city))
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    ids = [p["id"] for p in summary["procedures"]]
    assert "gomi" in ids and "kodomo_iryo" not in ids
    guide = "".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "市民課総合窓口" in guide and "本庁舎2階3番窓口" in guide and "転出証明書（特例転入でない方）" in guide
    assert "ごみ収集の案内" in guide and "指定袋は市内のスーパーで販売しています" in guide
    assert "住民記録係" not in guide

    builtin = main("packet", "--scenario", str(EXAMPLES / "move-in-family-of-four.json"), "--out", str(tmp_path / "b.pdf"),
                   env=env_with(tmp_path, ""))
    assert builtin.returncode == 0, builtin.stderr
    assert "住民記録係" in "".join(PdfReader(str(tmp_path / "b.pdf")).pages[0].extract_text().split())


def test_city_fee_and_preprinted_layout_reach_the_certificate_packet(city, tmp_path):
    out = tmp_path / "cert.pdf"
    result = main("packet", "--scenario", str(EXAMPLES / "certificate-request.json"), "--out", str(out), "--json",
                  env=env_with(tmp_path, city))
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert next(f for f in summary["forms"] if f["id"] == "juminhyo_request")["version"] == "mihon-2025"
    reader = PdfReader(str(out))
    assert "手数料（1通350円）" in "".join(reader.pages[0].extract_text().split())
    form_page = "".join(reader.pages[1].extract_text().split())
    # pre-printed stock: only the values are printed — the title and captions are the city's paper
    assert "住民票等請求書" not in form_page and "請求日" not in form_page and "令和" in form_page


def test_forms_list_shows_the_city_version(city):
    result = main("forms", "list", "--json", "--overrides", str(city))
    assert result.returncode == 0, result.stderr
    form = next(f for f in json.loads(result.stdout)["forms"] if f["id"] == "juminhyo_request")
    city_version = next(v for v in form["versions"] if v["version"] == "mihon-2025")
    assert city_version["origin"] == "override" and city_version["stock"] == "preprinted"
    assert city_version["valid_from"] == "2025-04-01"


def test_in_process_the_same_override_applies_to_the_planner(city):
    library.configure(city)
    procs = {p.id: p for p in plan(build_facts(b.family_context(), "move_in")).procedures}
    assert procs["juminidou"].counter == "市民課 総合窓口" and "gomi" in procs
    library.configure(None)
    assert "gomi" not in {p.id for p in plan(build_facts(b.family_context(), "move_in")).procedures}


def test_lint_refuses_a_broken_city_set_naming_each_problem(tmp_path):
    d = tmp_path / "broken"
    write(d / "rules" / "move_in.json", {"rules": [
        {"id": "move_in.city_a", "procedure": "gomi", "scope": "person", "valid_from": "2019-05-01", "valid_to": None,
         "when": [{"fact": "age", "op": ">=", "value": 65}, {"fact": "age", "op": "<", "value": 20}], "reason": "矛盾"},
        {"id": "move_in.city_b", "procedure": "gomi", "scope": "visit", "valid_from": "2019-05-01", "valid_to": None,
         "when": [{"fact": "child", "op": "true"}], "reason": "世帯全体で人の事実"},
        {"id": "move_in.city_c", "procedure": "gomi", "scope": "person", "valid_from": "2019-05-01", "valid_to": None,
         "when": [{"key": "answers.has_cat", "op": "true"}], "reason": "未知の回答"},
        {"id": "move_in.city_d", "procedure": "gomi", "scope": "person", "valid_from": "2019-05-01", "valid_to": "2030-01-01",
         "reason": "版1"},
        {"id": "move_in.city_d", "procedure": "gomi", "scope": "person", "valid_from": "2025-01-01", "valid_to": None,
         "reason": "版2（重なる）"},
        {"id": "move_in.city_e", "procedure": "nowhere", "scope": "person", "valid_from": "2019-05-01", "valid_to": None,
         "reasn": "typo", "reason": "x"},
        {"id": "move_in.city_f", "procedure": "gomi", "scope": "person", "reason": "期間なし"}]})
    write(d / "procedures.json", {"gomi": {"title": "ごみ", "counter": "shimin", "forms": [], "bring": [], "deadline": "",
                                           "valid_from": "2019-05-01", "valid_to": None},
                                  "kodomo_iryo": {"counter": "nowhere_desk"}})
    result = main("rules", "lint", "--json", "--overrides", str(d))
    assert result.returncode == 2, result.stderr
    findings = json.loads(result.stdout)["findings"]
    by = {(f["code"], f["where"].split(": ")[-1]) for f in findings if f["level"] == "error"}
    assert ("never_fires", "move_in.city_a") in by
    assert ("never_fires", "move_in.city_b") in by
    assert ("never_fires", "move_in.city_c") in by
    assert ("overlap", "move_in.city_d") in by
    assert ("unknown_key", "move_in.city_e") in by and ("unknown_ref", "move_in.city_e") in by
    assert ("bad_validity", "move_in.city_f") in by
    assert ("no_guidance", "gomi") in by
    assert ("unknown_ref", "kodomo_iryo") in by
    assert "エラーが" in result.stderr       # the catalogue's words, exit 2


def test_builtin_set_lints_clean():
    result = main("rules", "lint", "--overrides", "")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "エラー 0 件" in result.stdout


def test_catalog_csv_and_html_list_every_event_and_mark_the_city_rows(city, tmp_path):
    result = main("rules", "catalog", "--format", "csv", "--overrides", str(city), "--on", "2026-11-22",
                  "--out", str(tmp_path / "c.csv"))
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:5] == ["届出の種類", "規則ID", "対象", "条件", "手続き"]
    gomi = next(r for r in rows if r[1] == "move_in.city_gomi")
    assert gomi[-1] == "市独自" and gomi[5] == "生活環境課 本庁舎3階"
    assert {r[0] for r in rows[1:]} >= {"転入", "転居", "転出", "出生", "死亡", "婚姻", "世帯変更", "証明書の請求", "印鑑登録"}
    assert not [r for r in rows if r[1] == "move_in.jidou_until_2024_09"]        # not in force on that day
    html = main("rules", "catalog", "--format", "html", "--overrides", str(city))
    assert html.returncode == 0
    assert "<table>" in html.stdout and 'class="city"' in html.stdout and "move_in.jidou_until_2024_09" in html.stdout


def test_a_missing_override_directory_is_a_clear_error(tmp_path):
    result = main("rules", "list", "--overrides", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert "上書きフォルダが見つかりません" in result.stderr and "Traceback" not in result.stderr
