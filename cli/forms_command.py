"""`forms list | calibrate | offsets`: the form catalogue, and overlay printing on pre-printed stock.

    forms list [--json] [--on DATE] [--overrides DIR]       every form with its versions and valid dates
    forms calibrate --out FILE.pdf [--printer NAME]          calibration page (with that printer's offset)
    forms offsets [--printer NAME --dx MM --dy MM]           show, or save, a printer's offset (workstation)

The city's override directory comes from the `forms_override_dir` setting unless --overrides names
another one (to check a new set before deploying it). Exit codes: 0 done, 2 bad input (date, offset,
override directory), 9 the output cannot be written.
"""
from __future__ import annotations

import json
from pathlib import Path

from app.privacy.private_files import write_output
from cli.argument_types import number_between


def add_overrides_option(parser) -> None:
    parser.add_argument("--overrides", metavar="DIR", default=None,
                        help="市独自の上書きフォルダ（省略時は設定 forms_override_dir、\"\" で標準のみ）")


def configure_library(args):
    """The forms library with the city's overrides: --overrides, else the workstation setting."""
    from forms import library
    path = getattr(args, "overrides", None)
    if path is None:
        from app.settings.workstation import WorkstationSettingsFile
        path = WorkstationSettingsFile().load().forms_override_dir
    return library.configure(path or None)


def printer_offset(printer: str | None) -> tuple[float, float]:
    """This printer's saved offset in mm (0, 0 when none is saved)."""
    if not printer:
        return 0.0, 0.0
    from app.settings.workstation import WorkstationSettingsFile
    offsets = json.loads(WorkstationSettingsFile().load().print_offsets or "{}")
    dx, dy = offsets.get(printer, (0.0, 0.0))
    return float(dx), float(dy)


def register(subparsers) -> None:
    parser = subparsers.add_parser("forms", help="様式の一覧・重ね印刷の位置合わせ")
    sub = parser.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="様式と版（有効期間）の一覧")
    listing.add_argument("--json", action="store_true", help="JSON で表示")
    listing.add_argument("--on", metavar="YYYY-MM-DD", help="この日に有効な版だけ")
    add_overrides_option(listing)
    calibrate = sub.add_parser("calibrate", help="プレ印刷用紙の位置合わせ用紙（PDF）")
    calibrate.add_argument("--out", required=True, metavar="FILE.pdf")
    calibrate.add_argument("--printer", default="", metavar="NAME", help="このプリンターの補正を適用して印刷")
    offsets = sub.add_parser("offsets", help="プリンター別の位置補正の表示・保存（この端末）")
    offsets.add_argument("--printer", metavar="NAME")
    offsets.add_argument("--dx", type=number_between(-20, 20, "mm"), metavar="MM", help="横のずれ（右へ＋）")
    offsets.add_argument("--dy", type=number_between(-20, 20, "mm"), metavar="MM", help="縦のずれ（下へ＋）")
    parser.set_defaults(handler=run)


def _catalogue(on) -> list[dict]:
    from forms import library
    from forms.spec import spec_versions
    lib = library.current()
    users: dict[str, list[str]] = {}
    for pid, proc in lib.procedures.items():
        for form_id in proc.get("forms", []):
            users.setdefault(form_id, []).append(pid)
    out = []
    for form_id in lib.form_ids():
        versions = [v for v in spec_versions(form_id) if on is None or v.validity.covers(on)]
        if not versions:
            continue
        current = versions[-1]
        out.append({
            "id": form_id, "title": current.title,
            "valid_from": versions[0].validity.as_json()["valid_from"],
            "valid_to": versions[-1].validity.as_json()["valid_to"],
            "versions": [{"version": v.version, "title": v.title, **v.validity.as_json(), "stock": v.stock,
                          "origin": v.origin, "fields": len(v.value_fields)} for v in versions],
            "procedures": sorted(users.get(form_id, [])),
        })
    return out


def run(args) -> int:
    if args.forms_command == "list":
        from forms.validity import parse_on
        configure_library(args)
        on = parse_on(args.on) if args.on else None
        forms = _catalogue(on)
        if args.json:
            print(json.dumps({"on": on.isoformat() if on else None, "count": len(forms), "forms": forms},
                             ensure_ascii=False, indent=2))
            return 0
        for f in forms:
            print(f"{f['id']:<20} {f['title']}")
            for v in f["versions"]:
                origin = "（市独自）" if v["origin"] == "override" else ""
                print(f"    版 {v['version'] or '-':<8} {v['valid_from'] or ''}〜{v['valid_to'] or ''}  {v['stock']}{origin}")
        print(f"様式 {len(forms)} 件")
        return 0
    if args.forms_command == "calibrate":
        import io
        from forms.render.calibration import render_calibration
        buf = io.BytesIO()
        render_calibration(buf, printer=args.printer, offset_mm=printer_offset(args.printer))
        write_output(args.out, buf.getvalue())
        print(f"{args.out}: 位置合わせ用紙（プリンター {args.printer or '未指定'}）")
        return 0
    from app.settings.declarations import SettingError
    from app.settings.workstation import WorkstationSettingsFile
    store = WorkstationSettingsFile()
    offsets = json.loads(store.load().print_offsets or "{}")
    if args.dx is None and args.dy is None:
        for name, (dx, dy) in sorted(offsets.items()):
            print(f"{name}: 横 {dx:+.1f} mm　縦 {dy:+.1f} mm")
        if not offsets:
            print("補正は保存されていません。")
        return 0
    if not args.printer:
        raise SettingError("out_of_range", key="print_offsets")
    old = offsets.get(args.printer, [0.0, 0.0])
    offsets[args.printer] = [args.dx if args.dx is not None else old[0], args.dy if args.dy is not None else old[1]]
    store.save("print_offsets", json.dumps(offsets, ensure_ascii=False))   # checked: ±20 mm (SettingError → exit 2)
    print(f"{args.printer} の補正を保存しました（横 {offsets[args.printer][0]:+.1f} mm　縦 {offsets[args.printer][1]:+.1f} mm）。")
    return 0
