"""Regenerate madoguchi_en.ts / .qm from the sources (Japanese is the source language).

    .venv/bin/python resources/translations/build_translations.py

lupdate finds the literal tr() calls; strings that widgets translate from tables (model
headers, state labels, error texts) are added here from those same tables, so one list
of Japanese strings stays the truth. English texts live in en_messages.json. The .qm is
committed so a fresh checkout needs no build step.
"""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS, QM = HERE / "madoguchi_en.ts", HERE / "madoguchi_en.qm"
sys.path.insert(0, str(ROOT))


def table_strings() -> dict[str, list[str]]:
    from app.error_catalog import CATALOG, UNEXPECTED
    from forms.events import EVENT_TITLES
    from forms.questions import ANSWER_TEXT, EXPECTED_TEXT, person_sets, questions_for
    from forms.validation import EXPECTED, ISSUE_TEXT
    from training.trainer_card_service import CARD_ONLY_FAULT_LABELS, FAULT_LABELS
    from widgets.models import candidate_model, draft_field_model, procedure_model
    from widgets.pages import card_page, print_page
    from widgets.provenance_labels import PROVENANCE_LABELS
    from app.identity.roles import Role
    from widgets import decision_banner
    from widgets.staff import (approval_queue_model, approval_review_page, office_settings_page,
                               panels, snapshot_field_model)
    from widgets.records_admin import duplicate_model, import_page, report_models
    from widgets.trainer import trainer_window

    states = list(card_page.STATE_LABELS.values())
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
        + list(candidate_model.SEX.values()) + ["不明", "個人番号で一致"],
        "ProcedureModel": list(procedure_model.ProcedureModel.HEADERS) + ["（職員が追加）"],
        "DraftFieldModel": list(draft_field_model.DraftFieldModel.HEADERS)
        + list(PROVENANCE_LABELS.values()) + ["変更前: "],
        "ValidationIssue": list(ISSUE_TEXT.values()) + list(EXPECTED.values()),
        "SnapshotFieldModel": list(snapshot_field_model.SnapshotFieldModel.HEADERS)
        + list(PROVENANCE_LABELS.values()),
        "ApprovalReviewPage": list(approval_review_page.STATE_LABELS.values())
        + list(approval_review_page.TRANSITION_LABELS.values()),
        "CardControls": list(FAULT_LABELS.values()) + list(CARD_ONLY_FAULT_LABELS.values()),
        "TrainerWindow": states + list(trainer_window.CARD_STATUS_TEXT.values()),
        "ApprovalQueueModel": list(approval_queue_model.ApprovalQueueModel.HEADERS)
        + list(approval_queue_model.TEXTS),
        "DecisionBanner": list(decision_banner.TEXTS),
        # widgets.staff.panels._t (lupdate does not see through the helper)
        "StaffPanels": list(panels.TEXTS),
        "StaffAccountsPage": [role.label_ja for role in Role],
        "OfficeSettingsPage": [s.description for s in office_settings_page.OFFICE_SETTINGS],
        "CardPage": states,
        "MainWindow": states + ["印刷済み"],
        "IdentificationPage": ["指定なし", "男", "女", "氏名", "住所", "生年月日", "性別"],
        "PrintPage": list(print_page.STATE_TEXT.values()),
        "ErrorCatalog": errors,
        "LifeEventQuestions": questions,
        # records exchange pages (issue 12): model headers and the import's count labels
        "ChangeTableModel": list(report_models.ChangeTableModel.HEADERS)
        + ["新規", "変更", "状態の変更"],
        "IssueTableModel": list(report_models.IssueTableModel.HEADERS) + ["警告（取り込み済み）", "取り込めない行"],
        "DuplicatePairModel": list(duplicate_model.DuplicatePairModel.HEADERS)
        + list(duplicate_model.VERDICTS.values()),
        "RecordsImportPage": [label for _, label in import_page.COUNT_KEYS],
    }


def main() -> int:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "widgets").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(TS), "-source-language", "ja_JP",
                    "-target-language", "en_US", "-no-obsolete"], cwd=ROOT, check=True)
    english = json.loads((HERE / "en_messages.json").read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for name, strings in table_strings().items():
        ctx = contexts.get(name)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = name
            contexts[name] = ctx
        have = {m.findtext("source") for m in ctx.iter("message")}
        for text in dict.fromkeys(strings):
            if text not in have:
                message = ET.SubElement(ctx, "message")
                ET.SubElement(message, "source").text = text
                ET.SubElement(message, "translation", type="unfinished")
    missing = 0
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        value = english.get(source)
        if value is None:
            missing += 1
            continue
        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[-1]
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(lrelease), str(TS), "-qm", str(QM)], check=True)
    print(f"{TS.name}: {missing} messages without English (they show in Japanese)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
