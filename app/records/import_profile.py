"""Import profiles: how one site's resident export maps onto Madoguchi's fields (data, not code).

A profile is a JSON file (resources/records_profiles/<name>.json, or a site's own in the
profile directory given by the caller). It names the file's column for each logical field
(FIELDS below), the code tables (住民種別, 住民状態, 続柄, 性別, 元号, 消除の事由 …), the
`…_不詳フラグ` column of each date, the encoding, the date formats and which of the site's
columns are deliberately ignored. docs/records-import.md describes the format.

`check_header(header)` is `records import --check`: every missing and every unknown column.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from app.records.import_errors import ImportProfileError

SHIPPED_DIR = Path(__file__).resolve().parents[2] / "resources" / "records_profiles"

# Logical fields a profile may map. Value: what the import does with it.
FIELDS: dict[str, str] = {
    "atena_no": "宛名番号 (key)", "household_no": "世帯番号", "household_order": "記載順位",
    "relationship": "続柄表記", "relationship_code": "続柄コード (codes.relationship)",
    "head_name": "世帯主氏名", "kind": "住民種別 (codes.kind)", "status": "住民状態 (codes.status)",
    "current_flag": "最新フラグ (rows not in rules.current_values are history rows)",
    "deleted_flag": "削除フラグ (rows in rules.deleted_values are not imported)",
    "juminhyo_code": "住民票コード",
    "name": "氏名", "surname": "氏", "given_name": "名", "name_roman": "氏名（ローマ字）",
    "name_kana": "氏名フリガナ", "surname_kana": "氏フリガナ", "given_kana": "名フリガナ",
    "alias_name": "通称", "alias_kana": "通称フリガナ", "former_surname": "旧氏",
    "former_surname_kana": "旧氏フリガナ",
    "birth_date": "生年月日", "birth_era": "生年月日の元号コード (codes.era)", "sex": "性別 (codes.sex)",
    "address_prefecture": "住所 都道府県", "address_city": "住所 市区郡町村", "address_town": "住所 町字",
    "address_banchi": "住所 番地号", "address_katagaki": "住所 方書", "postal_code": "住所 郵便番号",
    "resident_since": "住民となった年月日", "address_since": "住所を定めた年月日",
    "previous_prefecture": "転入前住所 都道府県", "previous_city": "転入前住所 市区郡町村",
    "previous_town": "転入前住所 町字 (pattern B: the whole address)",
    "previous_banchi": "転入前住所 番地号", "previous_postal_code": "転入前住所 郵便番号",
    "honseki": "本籍", "honseki_banchi": "本籍 地番・街区符号", "hittosha": "筆頭者",
    "removal_reason": "消除の事由 (codes.removal_reason)", "removal_filed_on": "消除の届出年月日",
    "removed_on": "消除の異動年月日",
    "move_out_filed_on": "転出届出年月日", "move_out_planned_on": "転出予定年月日",
    "moved_out_on": "転出年月日（確定）", "destination_prefecture": "転出先 都道府県",
    "destination_city": "転出先 市区郡町村", "destination_town": "転出先 町字",
    "destination_banchi": "転出先 番地号", "destination_katagaki": "転出先 方書",
    "destination_postal_code": "転出先 郵便番号",
    "foreign_since": "外国人住民となった年月日", "nationality": "国籍名",
    "nationality_code": "国籍コード (codes.nationality)", "residence_status": "在留資格名",
    "residence_status_code": "在留資格コード (codes.residence_status)",
    "residence_expiry": "在留期間の満了の日", "residence_card_no": "在留カード等番号",
    "adult_ward": "成年被後見人 (codes.flag)",
    "nhi": "国保資格有無 (codes.flag)", "nhi_acquired_on": "国保資格取得年月日", "nhi_number": "国保記号番号",
    "nhi_lost_on": "国保資格喪失年月日",
    "koki": "後期高齢資格有無 (codes.flag)", "koki_acquired_on": "後期高齢資格取得年月日",
    "koki_number": "後期高齢被保険者番号",
    "kaigo": "介護資格有無 (codes.flag)", "kaigo_acquired_on": "介護資格取得年月日",
    "kaigo_number": "介護被保険者番号",
    "pension": "年金資格有無 (codes.flag)", "pension_number": "基礎年金番号",
    "pension_category": "年金資格種別 (codes.pension_category)",
    "pension_acquired_on": "年金資格取得年月日", "pension_lost_on": "年金資格喪失年月日",
    "child_allowance": "児童手当資格区分 (codes.child_allowance)", "child_allowance_start": "児童手当受給開始年月",
    "seal_number": "印鑑登録番号", "seal_registered_on": "印鑑登録年月日",
}
# Fields whose column must have a value on every (current) row.
REQUIRED_VALUES = ("atena_no", "status", "sex")
# Fields whose value goes through a code table of the same name (or the one in brackets).
CODED = {"relationship_code": "relationship", "kind": "kind", "status": "status", "sex": "sex",
         "birth_era": "era", "removal_reason": "removal_reason", "nationality_code": "nationality",
         "residence_status_code": "residence_status", "pension_category": "pension_category",
         "child_allowance": "child_allowance", "adult_ward": "flag", "nhi": "flag", "koki": "flag",
         "kaigo": "flag", "pension": "flag"}
# Code tables whose unknown values are kept as the code (with a warning) instead of
# rejecting the row: their meaning varies by site and the row is still usable. A profile
# that leaves such a table out takes the column's values as they are, without a warning
# (the column already holds words, as in Madoguchi's own export).
LENIENT_CODES = frozenset({"removal_reason", "nationality", "residence_status", "pension_category"})
STATUS_VALUES = ("住民", "転出", "死亡", "消除")
KIND_VALUES = ("日本人", "外国人")


@dataclass(frozen=True)
class HeaderCheck:
    missing: tuple[str, ...]  # required columns the file lacks
    unknown: tuple[str, ...]  # columns the profile does not know
    duplicated: tuple[str, ...] = ()
    optional_missing: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unknown and not self.duplicated

    @property
    def importable(self) -> bool:
        """Unknown columns are reported but do not stop an import; missing ones do."""
        return not self.missing and not self.duplicated


@dataclass(frozen=True)
class ImportProfile:
    name: str
    title: str
    path: Path
    fields: Mapping[str, str]  # logical field -> the file's column name
    optional: frozenset[str]  # logical fields whose column may be absent
    unknown_flags: Mapping[str, str]  # date field -> its 不詳フラグ column
    ignored: tuple[str, ...]  # the site's columns deliberately not imported
    codes: Mapping[str, Mapping[str, Any]]
    encoding: str = "auto"  # auto | utf-8 | utf-8-sig | cp932
    delimiter: str = ","
    date_formats: tuple[str, ...] = ("%Y-%m-%d",)
    month_formats: tuple[str, ...] = ("%Y-%m",)
    current_values: tuple[str, ...] = ("1",)
    deleted_values: tuple[str, ...] = ("1",)
    exportable: bool = False  # Madoguchi can write this layout (records export)
    fingerprint: str = ""  # digest of the profile file: a changed profile re-reads every row
    column_order: tuple[str, ...] = field(default=())  # the layout's columns in file order

    def column(self, field_name: str) -> str | None:
        return self.fields.get(field_name)

    def required_columns(self) -> list[str]:
        cols = [c for f, c in self.fields.items() if f not in self.optional]
        return cols + [c for c in self.unknown_flags.values() if c not in cols]

    def known_columns(self) -> set[str]:
        return set(self.fields.values()) | set(self.unknown_flags.values()) | set(self.ignored)

    def check_header(self, header: Iterable[str]) -> HeaderCheck:
        header = list(header)
        present = set(header)
        seen, dup = set(), []
        for col in header:
            if col in seen and col not in dup:
                dup.append(col)
            seen.add(col)
        missing = tuple(c for c in self.required_columns() if c not in present)
        unknown = tuple(c for c in header if c not in self.known_columns())
        optional_missing = tuple(self.fields[f] for f in sorted(self.optional)
                                 if f in self.fields and self.fields[f] not in present)
        return HeaderCheck(missing, unknown, tuple(dup), optional_missing)


def load_profile(path: Path) -> ImportProfile:
    """Read and check one profile file; a mistake names the key (ImportProfileError.invalid)."""
    try:
        raw_text = path.read_text(encoding="utf-8")
        data = json.loads(raw_text)
    except FileNotFoundError:
        raise ImportProfileError("not_found", profile=path.stem) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise ImportProfileError("invalid", profile=path.stem, key="(JSON)") from None
    return _profile_from(data, path, hashlib.sha256(raw_text.encode("utf-8")).hexdigest()[:16])


def _profile_from(data: Any, path: Path, fingerprint: str) -> ImportProfile:
    name = path.stem

    def bad(key: str) -> ImportProfileError:
        return ImportProfileError("invalid", profile=name, key=key)

    if not isinstance(data, dict) or not isinstance(data.get("fields"), dict):
        raise bad("fields")
    fields = data["fields"]
    for key, column in fields.items():
        if key not in FIELDS:
            raise bad(f"fields.{key}")
        if not isinstance(column, str) or not column:
            raise bad(f"fields.{key}")
    for needed in ("atena_no", "birth_date", "sex"):
        if needed not in fields:
            raise bad(f"fields.{needed}")
    if "name" not in fields and not {"surname", "given_name"} <= set(fields):
        raise bad("fields.name")
    codes = data.get("codes", {})
    if not isinstance(codes, dict) or not all(isinstance(t, dict) for t in codes.values()):
        raise bad("codes")
    for f, table in CODED.items():
        if f in fields and table not in codes and table not in LENIENT_CODES:
            raise bad(f"codes.{table}")
    for value in codes.get("status", {}).values():
        if value not in STATUS_VALUES:
            raise bad("codes.status")
    for value in codes.get("kind", {}).values():
        if value not in KIND_VALUES:
            raise bad("codes.kind")
    flags = data.get("unknown_flags", {})
    if not isinstance(flags, dict) or any(k not in FIELDS for k in flags):
        raise bad("unknown_flags")
    optional = data.get("optional_fields", [])
    if not isinstance(optional, list) or any(k not in fields for k in optional):
        raise bad("optional_fields")
    file = data.get("file", {})
    rules = data.get("rules", {})
    encoding = str(file.get("encoding", "auto")).lower().replace("_", "-")
    if encoding in ("shift-jis", "sjis", "windows-31j", "ms932"):
        encoding = "cp932"  # real Shift_JIS exports use the Windows extensions (髙, ①)
    if encoding not in ("auto", "utf-8", "utf-8-sig", "cp932"):
        raise bad("file.encoding")
    return ImportProfile(
        name=name, title=str(data.get("title", name)), path=path, fields=dict(fields),
        optional=frozenset(optional), unknown_flags=dict(flags),
        ignored=tuple(data.get("ignored_columns", ())), codes={k: dict(v) for k, v in codes.items()},
        encoding=encoding, delimiter=str(file.get("delimiter", ",")),
        date_formats=tuple(file.get("date_formats", ("%Y-%m-%d",))),
        month_formats=tuple(file.get("month_formats", ("%Y-%m",))),
        current_values=tuple(str(v) for v in rules.get("current_values", ("1",))),
        deleted_values=tuple(str(v) for v in rules.get("deleted_values", ("1",))),
        exportable=bool(data.get("exportable", False)), fingerprint=fingerprint,
        column_order=tuple(data.get("column_order", ())))


class ProfileCatalog:
    """Profiles found in the site's directories (searched first) and the shipped ones."""

    def __init__(self, site_dirs: Iterable[Path] = ()) -> None:
        self._dirs = [Path(d) for d in site_dirs] + [SHIPPED_DIR]

    def names(self) -> list[str]:
        found: dict[str, None] = {}
        for d in self._dirs:
            if d.is_dir():
                for p in sorted(d.glob("*.json")):
                    found.setdefault(p.stem, None)
        return sorted(found)

    def path_of(self, name: str) -> Path:
        if name.endswith(".json") or "/" in name:
            return Path(name)
        for d in self._dirs:
            p = d / f"{name}.json"
            if p.is_file():
                return p
        raise ImportProfileError("not_found", profile=name)

    def load(self, name: str) -> ImportProfile:
        return load_profile(self.path_of(name))

    def all(self) -> list[ImportProfile | ImportProfileError]:
        """Every profile, or the error that makes it unusable (for `records profiles`)."""
        out: list[ImportProfile | ImportProfileError] = []
        for n in self.names():
            try:
                out.append(self.load(n))
            except ImportProfileError as exc:
                out.append(exc)
        return out
