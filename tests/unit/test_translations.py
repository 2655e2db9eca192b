"""The English window (`--lang en`) is complete: every string the widgets translate has English
in resources/translations/en_messages.json, the English keeps the placeholders and
accelerators, the committed madoguchi_en.qm says what the JSON says, and no Japanese text
in widgets/ bypasses translation.

When one fails after a merge: run
    .venv/bin/python resources/translations/build_translations.py --check
add the strings it lists to en_messages.json, run the build without --check, commit the
JSON, the .ts and the .qm. Hermetic: lupdate writes to a temporary directory only.
"""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "translations"))

import build_translations as build  # noqa: E402
from translation_sources import Message  # noqa: E402

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")
# Japanese in widgets/ that is not window text: font family names, the 見本 watermark the
# Japanese forms carry in practice mode, a pattern matching 歳 in the rules' reasons.
NOT_WINDOW_TEXT = {"IPAexゴシック", "見本", r"(\d+)歳"}


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    return build.all_messages()


@pytest.fixture(scope="module")
def english() -> dict:
    return build.load_english()


def _listing(found: list[Message]) -> str:
    return "\n".join(f"  [{m.context}] {m.source!r}" for m in found)


def test_every_string_the_window_translates_has_english(messages, english):
    missing = build.missing(messages, english)
    assert not missing, (f"{len(missing)} strings have no English in en_messages.json "
                         f"(run build_translations.py --check):\n{_listing(missing)}")


def test_english_keeps_placeholders_accelerators_and_plural_forms(messages, english):
    assert build.problems(messages, english) == []


def test_committed_qm_says_what_en_messages_says(messages, english):
    differences = build.qm_differences(build.QM, messages, english)
    assert not differences, ("madoguchi_en.qm is out of date: run build_translations.py\n"
                             + "\n".join(differences[:20]))


def test_the_checks_fail_on_a_missing_or_changed_or_broken_translation(messages, english):
    """The three checks above can fail: one string dropped, one changed, one accelerator lost."""
    message = next(m for m in messages if m.source == "承認(&A)")
    dropped = {k: v for k, v in english.items() if k != message.source}
    assert build.missing(messages, dropped) == [m for m in messages if m.source == message.source]
    changed = dict(english, **{message.source: "Approve it"})
    assert any("承認(&A)" in d for d in build.qm_differences(build.QM, messages, changed))
    assert any("accelerator" in p for p in build.problems(messages, changed))
    numerus = next(m for m in messages if m.numerus)
    assert build.problems(messages, dict(english, **{numerus.source: "one form only"}))


def test_strings_lupdate_cannot_see_are_collected(messages):
    """Literals handed to a module's translate wrapper (`_t("…")`), tr() inside an f-string,
    and the data tables (questions, error catalogue, forms catalogue, rule reasons)."""
    have = {(m.context, m.source) for m in messages}
    assert ("StaffPanels", "決裁 (F3)") in have                      # _t wrapper
    assert ("ApprovalQueueModel", "決裁できます") in have
    assert ("LifeEventQuestions", "持っていた") in have                # a question's choice
    assert ("ErrorCatalog", "暗証番号がロックされています。") in have
    assert ("FormsCatalogue", "住民異動届") in have                    # a form's title
    assert any(m.context == "ProcedureReasons" and "{names}" in m.source for m in messages)
    assert any(m.numerus for m in messages if m.context == "ReviewPage")


def _japanese_literals(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and JAPANESE.search(node.value) and id(node) not in docstrings:
            yield node.lineno, node.value


def test_no_japanese_text_in_widgets_bypasses_translation(messages):
    """A Japanese literal in widgets/ is a message source (tr, a wrapper or a table) or it
    would show in Japanese in the English window."""
    sources = {m.source for m in messages}
    bypass = [f"  {path.relative_to(ROOT)}:{line}: {text!r}"
              for path in sorted((ROOT / "widgets").rglob("*.py"))
              for line, text in _japanese_literals(path)
              if text not in sources and text not in NOT_WINDOW_TEXT]
    assert not bypass, "Japanese text that is never translated:\n" + "\n".join(bypass)
