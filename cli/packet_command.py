"""`packet --scenario FILE.json --out FILE.pdf [--json]`: a visit's packet PDF without the GUI.

Exit codes (docs/exit-codes.md): 0 done, 2 bad scenario (the message names the key),
7 the database of `resident_id` cannot be used, 9 --out cannot be written, 1 anything else
(font missing). Nothing personal is logged. The PDF is written whole or not at all.
"""
from __future__ import annotations

import io
import json


def register(subparsers) -> None:
    parser = subparsers.add_parser("packet", help="シナリオファイルから申請書一式（PDF）を作成")
    parser.add_argument("--scenario", required=True, metavar="FILE.json", help="docs/scenario-format.md の形式")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="出力するPDF")
    parser.add_argument("--json", action="store_true", help="手続き・様式・ページ数・警告をJSONで表示")
    parser.add_argument("--sample", action="store_true", help="「見本」の透かしを入れる（--demo でも入ります）")
    # issue 13: overlay printing on pre-printed stock, per-printer offsets, the city's overrides
    parser.add_argument("--print-mode", choices=("auto", "full", "overlay"), default="auto",
                        help="full: 全体を印刷 / overlay: 値だけ（プレ印刷用紙）/ auto: 市が用紙を指定した様式だけ overlay")
    parser.add_argument("--printer", default="", metavar="NAME", help="このプリンターの位置補正（forms offsets）を使う")
    parser.set_defaults(handler=run)


def _registry(scenario, db_url):
    """resident_id → registry context read through app.records (only when a scenario asks for it)."""
    from app.privacy import MyNumberCipher
    from app.records import ResidentRepository
    from app.storage.database import make_session_factory
    from app.storage.opening import Access, open_database
    from app.records.registry_context import load_registry_context

    engine = open_database(db_url, Access.READ)  # never creates or migrates
    try:
        repo = ResidentRepository(make_session_factory(engine), MyNumberCipher.for_data_dir())
        return load_registry_context(repo, scenario.resident_id)
    finally:
        engine.dispose()


def _warnings(packet, result) -> list[dict]:
    out = [{"form": None, "field": None, "code": "rule", "message": w} for w in packet.warnings]
    for index, issues in packet.issues.items():
        form_id = packet.drafts[index].form_id
        out += [{"form": form_id, "field": i.field_id, "code": i.code, "message": ""} for i in issues]
    for w in result.warnings:
        message = {"overflow": "記入欄に入りきらないため別紙に印刷しました",
                   "gaiji": f"どのフォントにもない文字（{w.codepoints}）を〓で印刷しました。手書きで補ってください"}[w.code]
        out.append({"form": w.form_id, "field": w.field_id, "code": w.code, "message": message})
    return out


def _fields(draft, field_rows) -> list[dict]:
    """Every field of one form: what is printed and where it came from (card, registry,
    answer, clerk, derived, or blank). A 個人番号 is shown masked here (the terminal and its
    scroll-back are not a form that requires it); the PDF prints it where the form does."""
    from app.privacy.my_number import mask_digits

    out = []
    for row in field_rows(draft):
        value = row.value
        if isinstance(value, (list, tuple)):
            value = list(value)
        if row.sensitive and value:
            value = mask_digits(str(value))
        out.append({"name": row.key, "label": row.label, "value": value, "source": row.source})
    return out


def run(args) -> int:
    from app.records.registry_context import ResidentNotFoundError
    from forms.packet import build_packet
    from forms.draft_rows import field_rows
    from forms.events import EventCode
    from forms.render.packet_pdf import render_packet
    from forms.scenario import ScenarioError, load_scenario
    from cli.forms_command import configure_library, printer_offset

    configure_library(args)                  # the city's overrides (setting forms_override_dir)
    scenario = load_scenario(args.scenario)  # a ScenarioError ends as exit 2 (cli.runner)
    registry = None
    if scenario.resident_id is not None:
        try:
            registry = _registry(scenario, args.db)
        except ResidentNotFoundError:
            raise ScenarioError("resident_id", "resident_not_found") from None
    context = scenario.context(registry)
    packet = build_packet(context, scenario.event)
    from app.privacy.private_files import private_output  # the PDF may hold 個人番号: 0600, whole or nothing (exit 9)

    with private_output(args.out, "wb") as out:
        result = render_packet(packet.drafts, packet.guide, args.sample or bool(getattr(args, "demo", False)),
                               out, office_mayor=context.get("office.mayor", ""),
                               event_title=EventCode(scenario.event).title, mode=getattr(args, "print_mode", "auto"),
                               offset_mm=printer_offset(getattr(args, "printer", "")))
    summary = {
        "procedures": [{"id": p.id, "title": p.title, "reason": p.reason, "bring": list(p.bring),
                        "deadline": p.deadline, "note": p.note} for p in packet.procedures],
        "forms": [{"id": f.form_id, "title": f.title, "pages": f.pages, "version": d.spec_version,
                   "draft": d.draft_id, "fields": _fields(d, field_rows)}
                  for f, d in zip(result.forms, packet.drafts)],
        "law_date": context["today"],
        "pages": result.pages,
        "warnings": _warnings(packet, result),
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(f"{args.out}: {result.pages} ページ（手続き {len(packet.procedures)} 件、様式 {len(result.forms)} 件）")
        for p in packet.procedures:
            print(f"  - {p.title}: {p.reason}")
        for w in summary["warnings"]:
            print(f"  ! {w['form'] or ''} {w['field'] or ''} {w['code']} {w['message']}".rstrip())
    return 0
