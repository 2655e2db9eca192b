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
                   "gaiji": f"印刷できない文字（{w.detail}）を〓で印刷しました。手書きで補ってください"}[w.code]
        out.append({"form": w.form_id, "field": w.field_id, "code": w.code, "message": message})
    return out


def run(args) -> int:
    from app.records.registry_context import ResidentNotFoundError
    from forms.packet import build_packet
    from forms.procedure_rules import EVENT_TITLES
    from forms.render.packet_pdf import render_packet
    from forms.scenario import ScenarioError, load_scenario

    from cli.output_file import write_output

    scenario = load_scenario(args.scenario)  # a ScenarioError ends as exit 2 (cli.runner)
    registry = None
    if scenario.resident_id is not None:
        try:
            registry = _registry(scenario, args.db)
        except ResidentNotFoundError:
            raise ScenarioError("resident_id", "resident_not_found") from None
    context = scenario.context(registry)
    packet = build_packet(context, scenario.event)
    pdf = io.BytesIO()
    result = render_packet(packet.drafts, packet.guide, args.sample or bool(getattr(args, "demo", False)),
                           pdf, office_mayor=context.get("office.mayor", ""),
                           event_title=EVENT_TITLES[scenario.event])
    write_output(args.out, pdf.getvalue())  # 0600, complete or not at all (exit 9)
    summary = {
        "procedures": [{"id": p.id, "title": p.title, "reason": p.reason} for p in packet.procedures],
        "forms": [{"id": f.form_id, "title": f.title, "pages": f.pages} for f in result.forms],
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
