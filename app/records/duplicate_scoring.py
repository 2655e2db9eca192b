"""名寄せ: how likely two 宛名 records are the same person, with the reasons.

Scores are additive and shown with their reasons; DEFAULT_MIN_SCORE is where a pair is
proposed. What moves the score (reference §3: a resident who moves out and back in gets a
new 宛名番号; other systems made their own records):
- the same name (also through 旧字/新字, width and spacing — the lookup's normalisation),
  or the same 振り仮名, or a 通称 equal to the other's name; and the same date of birth
  (an unknown date never matches);
- the same address (and 方書), or one record's 転出 followed by the other's 住民となった日;
- the My Number link: one record without it is the typical duplicate; the same number on
  both is decisive; two *different* numbers are two people (never proposed).
A different sex counts strongly against, and so does being listed as two members of the same
household: the register itself then holds them for two people (twins given the same name in
the synthetic population, a parent and child of the same name).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from app.records.normalization import nfkc

DEFAULT_MIN_SCORE = 85

REASON_LABELS = {
    "name_same": "氏名が一致",
    "name_variant": "氏名が一致（旧字・異体字・全角半角・空白の違いを同一視）",
    "kana_same": "振り仮名が一致（氏名の表記は相違）",
    "alias_name": "通称と氏名が一致",
    "birth_same": "生年月日が一致",
    "sex_differs": "性別が相違",
    "address_same": "住所が一致",
    "katagaki_same": "方書も一致",
    "address_differs": "住所が相違",
    "moved_out_back_in": "転出・消除の後に再び住民となっている",
    "my_number_same": "個人番号が一致（同じ番号が2つの宛名番号に登録）",
    "one_without_my_number": "一方だけ個人番号の登録なし",
    "both_without_my_number": "どちらも個人番号の登録なし",
    "my_number_differs": "個人番号が異なる（別人）",
    "same_household": "同じ世帯に別の世帯員として記載",
}
_WEIGHTS = {"name_same": 40, "name_variant": 36, "kana_same": 25, "alias_name": 30, "birth_same": 30,
            "sex_differs": -40, "address_same": 20, "katagaki_same": 5, "address_differs": 0,
            "moved_out_back_in": 20, "my_number_same": 60, "one_without_my_number": 10,
            "both_without_my_number": 0, "my_number_differs": -100, "same_household": -30}
# Columns the scoring reads (the scan selects exactly these).
COLUMNS = ("id", "name", "norm_name", "norm_kana", "norm_alias", "birth_date", "sex_code", "norm_address",
           "norm_katagaki", "status", "resident_since", "removed_on", "moved_out_on", "my_number_hash",
           "household_id")


@dataclass(frozen=True)
class PairScore:
    score: int
    reasons: tuple[str, ...]  # codes, REASON_LABELS gives the words

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(REASON_LABELS[r] for r in self.reasons)


def score_pair(a: Mapping[str, Any], b: Mapping[str, Any]) -> PairScore:
    reasons: list[str] = []
    reasons.extend(_names(a, b))
    if a["birth_date"] is not None and a["birth_date"] == b["birth_date"]:
        reasons.append("birth_same")
    if a["sex_code"] != b["sex_code"]:
        reasons.append("sex_differs")
    if a["norm_address"] and a["norm_address"] == b["norm_address"]:
        reasons.append("address_same")
        if a["norm_katagaki"] == b["norm_katagaki"]:
            reasons.append("katagaki_same")
    else:
        reasons.append("address_differs")
    if _moved_out_and_back(a, b) or _moved_out_and_back(b, a):
        reasons.append("moved_out_back_in")
    reasons.append(_my_numbers(a["my_number_hash"], b["my_number_hash"]))
    if a.get("household_id") is not None and a.get("household_id") == b.get("household_id"):
        reasons.append("same_household")
    return PairScore(sum(_WEIGHTS[r] for r in reasons), tuple(reasons))


def _names(a: Mapping[str, Any], b: Mapping[str, Any]) -> list[str]:
    if a["norm_name"] == b["norm_name"]:
        compact = lambda t: "".join(nfkc(t).split())  # noqa: E731
        return ["name_same" if compact(a["name"]) == compact(b["name"]) else "name_variant"]
    if a["norm_alias"] and a["norm_alias"] == b["norm_name"] or b["norm_alias"] and b["norm_alias"] == a["norm_name"]:
        return ["alias_name"]
    if a["norm_kana"] and a["norm_kana"] == b["norm_kana"]:
        return ["kana_same"]
    return []


def _moved_out_and_back(gone: Mapping[str, Any], back: Mapping[str, Any]) -> bool:
    """`gone` left the register (転出 / 消除) and `back` became a resident on or after that day."""
    if gone["status"] not in ("転出", "消除") or back["status"] != "住民":
        return False
    left: date | None = gone["moved_out_on"] or gone["removed_on"]
    since: date | None = back["resident_since"]
    return left is not None and since is not None and since >= left


def _my_numbers(x: str | None, y: str | None) -> str:
    if x and y:
        return "my_number_same" if x == y else "my_number_differs"
    if x or y:
        return "one_without_my_number"
    return "both_without_my_number"
