"""Writes a synthetic core-system export in the 122-column layout (profile `mado`), and the
matching 宛名番号 ↔ 個人番号 file, from the seed generator's population of 架空県見本市.

    .venv/bin/python bench/mado_export_file.py --residents 2000000 --out /tmp/mado-2m.csv

Like a real export: UTF-8 with BOM, full-width digits in postcodes and 番地, 死亡・転出 rows with
their 消除 dates, foreign residents, linked business flags; the seed's deliberate hard cases
(duplicate 宛名, namesakes, 旧字) are the first households. Deterministic for a seed.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.seed.population import PopulationGenerator, REFERENCE_DATE  # noqa: E402

COLUMNS: list[str] = json.loads((ROOT / "resources" / "records_profiles" / "mado.json")
                                .read_text(encoding="utf-8"))["column_order"]
_I = {c: i for i, c in enumerate(COLUMNS)}
_FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")
_REL_CODE = {"世帯主": "02", "夫": "11", "妻": "12", "子": "20", "父": "51", "母": "52", "兄": "71", "弟": "74",
             "姉": "81", "妹": "84", "縁故者": "96", "同居人": "99"}
_STATUS = {"住民": "1", "転出": "2", "死亡": "3"}
_CONSTANT = {"市区町村コード": "999999", "個人履歴番号_枝番号": "1", "最新フラグ": "1", "改製番号": "1",
             "異動年月日_不詳フラグ": "0", "生年月日_不詳フラグ": "0", "住民となった年月日_不詳フラグ": "0",
             "記載の異動年月日_不詳フラグ": "0", "住所を定めた年月日_不詳フラグ": "0", "消除の異動年月日_不詳フラグ": "0",
             "改製記載年月日_不詳フラグ": "0", "外国人住民となった年月日_不詳フラグ": "0", "氏名_フリガナ確認状況": "1",
             "成年被後見人_該当有無": "0", "除票フラグ": "0", "履歴選択不可フラグ": "0", "統合宛名フラグ": "0",
             "他業務参照不可フラグ": "0", "業務ID": "01", "削除フラグ": "0", "操作者ID": "BENCH",
             "異動事由": "99", "異動区分": "99", "記載等の種別": "99", "記載の事由": "99",
             "住所_市区町村コード": "999999", "処理年月日": "2026-11-01", "操作年月日": "2026-11-01",
             "操作時刻": "03:00:00"}
_TEMPLATE = [""] * len(COLUMNS)
for _c, _v in _CONSTANT.items():
    _TEMPLATE[_I[_c]] = _v


def _era(born: date) -> str:
    return "5" if born >= date(2019, 5, 1) else "4" if born >= date(1989, 1, 8) else \
        "3" if born >= date(1926, 12, 25) else "2" if born >= date(1912, 7, 30) else "1"


def _d(day) -> str:
    return day.isoformat() if day else ""


def rows(residents: int, seed: int = 1) -> Iterator[tuple[list[str], str, str | None]]:
    """(the 122 values, 宛名番号, My Number digits or None) for every resident."""
    for hh in PopulationGenerator(seed).households(residents):
        household_no = hh.household["household_no"]
        head_name = hh.household["head_name"]
        by_id = {kind: {r.get("resident_id", r.get("recipient_resident_id")): r for r in items}
                 for kind, items in hh.linked.items() if kind != "child_allowance_children"}
        for r, number in zip(hh.residents, hh.my_numbers):
            yield _row(r, household_no, head_name, by_id), r["atena_no"], number


def _row(r: dict, household_no: str, head_name: str, linked: dict) -> list[str]:
    v = list(_TEMPLATE)

    def put(column: str, value) -> None:
        v[_I[column]] = value if isinstance(value, str) else str(value)

    rid, atena, foreign = r["id"], r["atena_no"], r["resident_kind"] == "外国人"
    since = r["resident_since"]
    put("宛名番号", atena)
    put("個人履歴番号", atena)
    put("世帯番号", household_no)
    put("住民種別", "2" if foreign else "1")
    put("住民状態", _STATUS[r["status"]])
    put("住民票コード", r["juminhyo_code"])
    put("異動年月日", _d(since))
    put("異動届出年月日", _d(since))
    put("通知日", _d(since))
    put("届出番号", str(rid))
    put("氏名", r["name"])
    put("氏名_フリガナ", r["name_kana"])
    if foreign:
        put("氏名_外国人ローマ字", r["name"])
    else:
        surname, _, given = r["name"].partition("\u3000")
        kana_s, _, kana_g = r["name_kana"].partition("\u3000")
        put("氏_日本人", surname)
        put("名_日本人", given)
        put("氏_日本人_フリガナ", kana_s)
        put("名_日本人_フリガナ", kana_g)
    put("性別", r["sex_code"])
    put("性別表記", "男" if r["sex_code"] == "1" else "女")
    put("生年月日_元号", _era(r["birth_date"]))
    put("生年月日", _d(r["birth_date"]))
    put("続柄コード1", _REL_CODE.get(r["relationship"], "99"))
    put("続柄表記", r["relationship"])
    put("世帯主氏名", head_name)
    put("住所_都道府県", r["prefecture"])
    put("住所_市区郡町村名", r["city"])
    put("住所_町字", r["town"])
    put("住所_番地号表記", r["banchi"].translate(_FULL))
    put("住所_方書", r["katagaki"] or "")
    put("住所_郵便番号", r["postal_code"].replace("-", "").translate(_FULL))
    put("住民となった年月日", _d(since))
    put("記載の異動年月日", _d(since))
    put("住所を定めた年月日", _d(r["address_since"]))
    put("本籍", r["honseki"] or "")
    put("戸籍_筆頭者", r["hittosha"] or "")
    put("記載順位", r["household_order"])
    put("選挙人名簿登録有無", "1")
    if r["status"] != "住民":
        left = REFERENCE_DATE - timedelta(days=1 + rid % 700)
        put("消除の事由", _STATUS[r["status"]])
        put("消除の届出年月日", _d(left + timedelta(days=2)))
        put("消除の異動年月日", _d(left))
        put("除票フラグ", "1")
        if r["status"] == "転出":
            put("転出届出年月日", _d(left - timedelta(days=7)))
            put("転出予定年月日", _d(left))
            put("転出年月日（確定）", _d(left))
            put("転出先住所（確定）_都道府県", "空想県")
            put("転出先住所（確定）_市区郡町村名", "夢見市")
            put("転出先住所（確定）_町字", "桜町一丁目")
            put("転出先住所（確定）_番地号表記", "１番地")
    for flag, date_col, kind in (("国保資格有無", "国保資格取得年月日", "nhi_records"),
                                 ("後期高齢資格有無", "後期高齢資格取得年月日", "elderly_medical_records"),
                                 ("介護資格有無", "介護資格取得年月日", "ltc_records")):
        rec = linked.get(kind, {}).get(rid)
        put(flag, "1" if rec else "0")
        if rec:
            put(date_col, _d(rec["acquired_on"]))
    pension = linked.get("pension_records", {}).get(rid)
    put("年金資格有無", "1" if pension else "0")
    allowance = linked.get("child_allowances", {}).get(rid)
    if allowance:
        put("児童手当資格区分", "1")
        put("児童手当受給開始年月", allowance["certified_on"].strftime("%Y-%m"))
    if foreign:
        put("外国人住民となった年月日", _d(since))
        put("在留カード等番号", r["residence_card_no"] or "")
        put("国籍名等", r["nationality"] or "")
        put("在留資格等コード", r["residence_status"] or "")
        put("在留期間の満了の日", _d(r["residence_expiry"]))
    return v


def write(residents: int, out: Path, numbers_out: Path | None = None, seed: int = 1) -> float:
    start = time.perf_counter()
    with open(out, "w", encoding="utf-8-sig", newline="") as f, \
            (open(numbers_out, "w", encoding="utf-8", newline="") if numbers_out else open("/dev/null", "w")) as n:
        writer, numbers = csv.writer(f, lineterminator="\n"), csv.writer(n, lineterminator="\n")
        writer.writerow(COLUMNS)
        numbers.writerow(["宛名番号", "個人番号"])
        for i, (values, atena, number) in enumerate(rows(residents, seed), start=1):
            writer.writerow(values)
            if number:
                numbers.writerow([atena, number])
            if i % 200_000 == 0:
                print(f"  {i:,} 行", file=sys.stderr, flush=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=2_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--my-numbers", type=Path, help="also write the 宛名番号 ↔ 個人番号 file here")
    args = parser.parse_args()
    seconds = write(args.residents, args.out, args.my_numbers, args.seed)
    size = args.out.stat().st_size / 1e6
    print(f"{args.residents:,} 行（122列）を書き出しました: {args.out}（{size:,.0f} MB、{seconds:.0f} 秒）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
