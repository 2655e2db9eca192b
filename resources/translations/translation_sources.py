"""Every string the window translates, by context: the one list build_translations.py turns
into madoguchi_en.ts / .qm and tests/unit/test_translations.py checks against en_messages.json.

Three sources, unioned:
- pyside6-lupdate: the literal `self.tr("…")` / `QCoreApplication.translate("Ctx", "…")` calls
  (it also marks the numerus forms, `tr("… %n …", "", n)`);
- this module's own scan of widgets/ for what lupdate cannot see: literals handed to a
  module's translate wrapper (`def _t(text): return QCoreApplication.translate("Ctx", text)`,
  imported ones too) and `self.tr("…")` written inside an f-string;
- the data tables the widgets translate from (questions, error catalogue, model headers …):
  `table_strings()`. A new table a widget translates from is added there.
"""
from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool = False


def widget_sources() -> list[Path]:
    return sorted((ROOT / "widgets").rglob("*.py"))


def run_lupdate(ts: Path) -> None:
    """lupdate over widgets/ into `ts` (an existing file keeps its translations)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p.relative_to(ROOT)) for p in widget_sources()]
    subprocess.run([str(lupdate), *sources, "-ts", str(ts), "-source-language", "ja_JP",
                    "-target-language", "en_US", "-no-obsolete", "-silent"],
                   cwd=ROOT, check=True, capture_output=True)


def lupdate_messages() -> list[Message]:
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "scan.ts"
        run_lupdate(ts)
        return ts_messages(ts)


def ts_messages(ts: Path) -> list[Message]:
    root = ET.parse(ts).getroot()
    return [Message(ctx.findtext("name"), m.findtext("source"), m.get("numerus") == "yes")
            for ctx in root.iter("context") for m in ctx.iter("message")]


# --- the scan for translate wrappers and tr() in f-strings ---------------------------------

def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text" (a wrapper may name its context through a constant)."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) \
                and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def _wrapper(func: ast.FunctionDef, constants: dict[str, str]) -> tuple[str | int, int] | None:
    """(context, text position) of a translate wrapper: `def f(text): return
    QCoreApplication.translate(CTX, text)` gives (CTX, 0); `def f(ctx, text): return
    QCoreApplication.translate(ctx, text)` gives (0, 1) — the context is the call's argument."""
    params = [a.arg for a in func.args.args]
    last = func.body[-1] if func.body else None
    call = last.value if isinstance(last, ast.Return) else None
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate" and len(call.args) >= 2):
        return None
    ctx, text = call.args[0], call.args[1]
    if not (isinstance(text, ast.Name) and text.id in params):
        return None
    position = params.index(text.id)
    if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str):
        return ctx.value, position
    if isinstance(ctx, ast.Name) and ctx.id in params:
        return params.index(ctx.id), position
    if isinstance(ctx, ast.Name) and ctx.id in constants:
        return constants[ctx.id], position
    return None


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def scanned_messages() -> list[Message]:
    trees = {_module_name(p): ast.parse(p.read_text(encoding="utf-8")) for p in widget_sources()}
    wrappers: dict[tuple[str, str], tuple[str | int, int]] = {}
    for module, tree in trees.items():
        constants = _constants(tree)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                spec = _wrapper(node, constants)
                if spec:
                    wrappers[(module, node.name)] = spec
    found: list[Message] = []
    for module, tree in trees.items():
        local = {name: ctx for (mod, name), ctx in wrappers.items() if mod == module}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if (node.module, alias.name) in wrappers:
                        local[alias.asname or alias.name] = wrappers[(node.module, alias.name)]
        found += _calls(tree, local)
    return found


def _calls(tree: ast.Module, wrappers: dict[str, tuple[str | int, int]]) -> list[Message]:
    found = []

    def visit(node: ast.AST, cls: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call) and node.args:
            text = _literal(node.args[0])
            func = node.func
            if isinstance(func, ast.Name) and func.id in wrappers:
                ctx, position = wrappers[func.id]
                if isinstance(ctx, int):
                    ctx = _literal(node.args[ctx]) if ctx < len(node.args) else None
                wrapped = _literal(node.args[position]) if position < len(node.args) else None
                if ctx and wrapped is not None:
                    found.append(Message(ctx, wrapped))
            elif text is not None and cls and isinstance(func, ast.Attribute) \
                    and func.attr == "tr" and isinstance(func.value, ast.Name) \
                    and func.value.id == "self":
                found.append(Message(cls, text, len(node.args) >= 3))
            elif isinstance(func, ast.Attribute) and func.attr == "translate" \
                    and len(node.args) >= 2 and _literal(node.args[0]) and _literal(node.args[1]):
                found.append(Message(_literal(node.args[0]), _literal(node.args[1]),
                                     len(node.args) >= 4))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, None)
    return found


# --- the data tables ------------------------------------------------------------------------

def table_strings() -> dict[str, list[str]]:
    from app.error_catalog import CATALOG, UNEXPECTED
    from app.identity.roles import ROLE_LABELS_JA
    from app.records.match_reasons import WHY as MATCH_REASONS
    from forms.events import EVENT_TITLES
    from forms.questions import ANSWER_TEXT, EXPECTED_TEXT, person_sets, questions_for
    from forms.validation import EXPECTED, ISSUE_TEXT
    from training.trainer_card_service import CARD_ONLY_FAULT_LABELS, FAULT_LABELS
    from widgets import catalogue_text
    from widgets.models import candidate_model, draft_field_model, procedure_model
    from widgets.pages import card_page, print_page
    from widgets.provenance_labels import PROVENANCE_LABELS
    from widgets.staff import (approval_queue_model, approval_review_page, office_settings_page,
                               snapshot_field_model)
    from widgets.records_admin import duplicate_model, import_page, report_models
    from widgets.trainer import trainer_window

    states = list(card_page.STATE_LABELS.values())
    roles = list(ROLE_LABELS_JA.values())
    # widgets.pages.question_widgets.tr_question: the questions are data (forms/questions)
    all_questions = [q for e in EVENT_TITLES for q in questions_for(e).questions]
    all_questions += [q for qs in person_sets().values() for q in qs]
    questions = [q.text for q in all_questions] + [q.hint for q in all_questions if q.hint]
    questions += [label for q in all_questions for _, label in q.choices]
    questions += [q.optional_label for q in all_questions if q.optional_label]
    questions += ["（選んでください）", "（なし）"] + list(EVENT_TITLES.values())
    questions += list(ANSWER_TEXT.values()) + list(EXPECTED_TEXT.values())
    errors = [t.message for t in CATALOG.values()] + [t.next_action for t in CATALOG.values()]
    errors += [UNEXPECTED.message, UNEXPECTED.next_action]
    return {
        "CandidateModel": list(candidate_model.CandidateModel.HEADERS)
        + list(candidate_model.SEX.values()) + ["不明", "個人番号で一致"]
        + list(MATCH_REASONS.values()),
        "ProcedureModel": list(procedure_model.ProcedureModel.HEADERS) + ["（職員が追加）"],
        "DraftFieldModel": list(draft_field_model.DraftFieldModel.HEADERS)
        + list(PROVENANCE_LABELS.values()) + ["変更前: "],
        "ValidationIssue": list(ISSUE_TEXT.values()) + list(EXPECTED.values()),
        "ApprovalQueueModel": list(approval_queue_model.ApprovalQueueModel.HEADERS),
        "SnapshotFieldModel": list(snapshot_field_model.SnapshotFieldModel.HEADERS)
        + list(PROVENANCE_LABELS.values()),
        "ApprovalReviewPage": list(approval_review_page.STATE_LABELS.values())
        + list(approval_review_page.TRANSITION_LABELS.values()),
        "CardControls": list(FAULT_LABELS.values()) + list(CARD_ONLY_FAULT_LABELS.values()),
        "TrainerWindow": states + list(trainer_window.CARD_STATUS_TEXT.values()),
        "CardPage": states,
        "MainWindow": states + ["印刷済み"] + roles,
        "SignInPage": roles,
        "StaffAccountsPage": roles,
        "OfficeSettingsPage": [s.description for s in office_settings_page.OFFICE_SETTINGS],
        "IdentificationPage": ["指定なし", "男", "女", "氏名", "住所", "生年月日", "性別"],
        "PrintPage": list(print_page.STATE_TEXT.values()),
        "ErrorCatalog": errors,
        "LifeEventQuestions": questions,
        # records exchange pages (issue 12): model headers and the import's count labels
        "ChangeTableModel": list(report_models.ChangeTableModel.HEADERS)
        + ["新規", "変更", "状態の変更"],
        "IssueTableModel": list(report_models.IssueTableModel.HEADERS)
        + ["警告（取り込み済み）", "取り込めない行"],
        "DuplicatePairModel": list(duplicate_model.DuplicatePairModel.HEADERS)
        + list(duplicate_model.VERDICTS.values()),
        "RecordsImportPage": [label for _, label in import_page.COUNT_KEYS],
        catalogue_text.CATALOGUE_CONTEXT: catalogue_text.catalogue_strings(),
        catalogue_text.REASONS_CONTEXT: catalogue_text.reason_templates(),
    }


def table_messages() -> list[Message]:
    return [Message(ctx, text) for ctx, texts in table_strings().items() for text in texts]


def all_messages() -> list[Message]:
    """Every (context, source) once, in a stable order: lupdate's, then the scan's, then
    the tables'. A source that is numerus anywhere in its context stays numerus."""
    merged: dict[tuple[str, str], Message] = {}
    for m in lupdate_messages() + scanned_messages() + table_messages():
        key = (m.context, m.source)
        if key not in merged or (m.numerus and not merged[key].numerus):
            merged[key] = m if key not in merged else Message(m.context, m.source, True)
    return list(merged.values())
