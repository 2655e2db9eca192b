"""The result of an import (or a dry run): counts, rejected rows, warnings, changes, missing
residents — and the report file a person keeps.

The report names lines, columns, reasons and 宛名番号; never a name, an address, a date of
birth or a My Number (the reason words come from app.error_catalog).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from app.error_catalog import message_of
from app.records.import_errors import RowRejected

COUNT_LABELS = {"new": "新規", "changed": "変更", "unchanged": "変更なし", "status_changed": "状態の変更",
                "rejected": "取り込めない行", "skipped": "対象外の行（履歴・削除）"}
# Resident columns → the words in a change list (what changed, never the values).
FIELD_LABELS = {
    "name": "氏名", "name_kana": "フリガナ", "name_alt": "氏名（併記）", "birth_date": "生年月日",
    "sex_code": "性別", "status": "住民状態", "resident_kind": "住民種別", "juminhyo_code": "住民票コード",
    "postal_code": "郵便番号", "prefecture": "住所", "city": "住所", "town": "住所", "banchi": "住所",
    "katagaki": "方書", "resident_since": "住民となった年月日", "address_since": "住所を定めた年月日",
    "honseki": "本籍", "hittosha": "筆頭者", "nationality": "国籍", "residence_status": "在留資格",
    "residence_expiry": "在留期間", "residence_card_no": "在留カード番号", "alias_name": "通称",
    "alias_kana": "通称", "former_surname": "旧氏", "former_surname_kana": "旧氏",
    "relationship": "続柄", "household_order": "記載順位", "household_no": "世帯",
    "adult_ward": "成年被後見人", "unknown_dates": "不詳の日付", "previous_address": "転入前住所",
    "previous_postal_code": "転入前住所", "removal_reason": "消除", "removal_filed_on": "消除",
    "removed_on": "消除", "move_out_filed_on": "転出", "move_out_planned_on": "転出",
    "moved_out_on": "転出", "move_out_destination": "転出", "foreign_since": "外国人住民となった年月日",
    "missing_since": "全件データへの再掲", "nhi": "国保", "koki": "後期高齢", "kaigo": "介護",
    "pension": "年金", "child_allowance": "児童手当", "seal": "印鑑登録",
}
CHANGE_LIST_LIMIT = 1000  # per report; the counts always cover every row


@dataclass(frozen=True)
class RowIssue:
    line: int
    column: str
    reason: str  # RowRejected detail
    warning: bool = False

    @property
    def text(self) -> str:
        return message_of(RowRejected(self.reason, self.column))


@dataclass(frozen=True)
class ChangeLine:
    line: int
    atena_no: str
    kind: str  # new | changed | status_changed
    fields: tuple[str, ...] = ()  # labels (FIELD_LABELS), not values

    @property
    def kind_label(self) -> str:
        return COUNT_LABELS[self.kind]


@dataclass
class ImportReport:
    profile: str
    mode: str
    dry_run: bool
    file_sha256: str
    encoding: str
    counts: dict[str, int] = field(default_factory=lambda: {k: 0 for k in COUNT_LABELS})
    errors: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    warning_total: int = 0
    changes: list[ChangeLine] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # 宛名番号 not in a snapshot file
    marked_missing: int = 0
    unknown_columns: tuple[str, ...] = ()
    resumed_from_line: int = 0
    state: str = "done"  # done | cancelled | failed
    run_id: int | None = None
    report_path: Path | None = None
    index_seconds: float = 0.0  # building the lookup indexes after a first load

    @property
    def all_rows_in(self) -> bool:
        return self.state == "done" and self.counts["rejected"] == 0

    def add_change(self, change: ChangeLine) -> None:
        self.counts[change.kind] += 1
        if len(self.changes) < CHANGE_LIST_LIMIT:
            self.changes.append(change)

    def summary(self) -> str:
        return " / ".join(f"{COUNT_LABELS[k]} {self.counts[k]:,}" for k in COUNT_LABELS)


def write_report(report: ImportReport, path: Path, file_name: str) -> Path:
    """Write the report (UTF-8 with BOM so Excel opens it), created 0600."""
    from app.records.import_errors import OutputFileError

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError:
        raise OutputFileError() from None
    with os.fdopen(fd, "w", encoding="utf-8-sig", newline="\n") as out:
        out.write("\n".join(_lines(report, file_name)) + "\n")
    return path


def _lines(r: ImportReport, file_name: str) -> Iterable[str]:
    yield "住民記録の取り込み結果" + ("（試行: データベースは変更していません）" if r.dry_run else "")
    yield f"ファイル: {file_name}"
    yield f"SHA-256: {r.file_sha256}"
    yield f"プロファイル: {r.profile}　方式: {r.mode}　文字コード: {r.encoding}"
    state = {"done": "完了", "cancelled": "中断（取り込んだバッチはそのまま。同じファイルで再開できます）",
             "failed": "失敗（取り込んだバッチはそのまま。同じファイルで再開できます）"}[r.state]
    yield f"状態: {state}" + (f"　（{r.resumed_from_line} 行目まで取り込み済みの続きから再開）"
                              if r.resumed_from_line else "")
    yield "件数: " + r.summary()
    if r.unknown_columns:
        yield "プロファイルにない列（取り込んでいません）: " + "、".join(r.unknown_columns)
    yield ""
    yield f"取り込めなかった行: {len(r.errors)}"
    if r.errors:
        yield "行番号,列,理由"
        for issue in sorted(r.errors, key=lambda i: i.line):
            yield f"{issue.line},{issue.column},{issue.text}"
    yield ""
    yield f"警告（行は取り込み済み）: {r.warning_total}" + \
        (f"（うち {len(r.warnings)} 件の行番号を記載）" if r.warning_total > len(r.warnings) else "")
    if r.warnings:
        yield "行番号,列,内容"
        for issue in sorted(r.warnings, key=lambda i: (i.line, i.column)):
            yield f"{issue.line},{issue.column},{issue.text}"
    if r.mode == "snapshot":
        yield ""
        marked = f"（{r.marked_missing} 人を「全件データになし」として記録）" if r.marked_missing else \
            ("" if not r.missing else "（記録していません: --confirm-missing で記録します）")
        yield f"ファイルにない住民: {len(r.missing)} 人{marked}"
        if r.missing:
            yield "宛名番号"
            yield from r.missing
    yield ""
    shown = f"（先頭 {len(r.changes)} 件）" if len(r.changes) < sum(
        r.counts[k] for k in ("new", "changed", "status_changed")) else ""
    yield f"変更の一覧{shown}"
    if r.changes:
        yield "行番号,宛名番号,区分,変わった項目"
        for c in r.changes:
            yield f"{c.line},{c.atena_no},{c.kind_label},{'・'.join(c.fields)}"
