"""LookupService: find the resident for a card — by My Number, else by the 4 basic items.

Results are ranked candidates with Japanese reasons for the clerk. When the two
best candidates score the same, the result is `ambiguous` and `best` is None:
the service never silently picks one of two equally good matches.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from app.privacy.my_number import MyNumber
from app.records.match_reasons import WHY
from app.records.normalization import (
    folded_characters, has_prefecture, nfkc, prefecture_of, normalize_kana, normalize_name, split_address,
)
from app.records.repository import ResidentRepository
from app.records.resident import ResidentRecord, ResidentStatus


class LookupMethod(str, Enum):
    MY_NUMBER = "個人番号"
    BASIC_INFO = "基本4情報"


@dataclass(frozen=True)
class BasicInfo:
    """The card's 基本4情報 (plus kana when the clerk has it)."""

    name: str
    birth_date: date | None
    address: str = ""
    sex_code: str | None = None
    kana: str | None = None


@dataclass(frozen=True)
class LookupCandidate:
    resident: ResidentRecord
    score: int
    reasons: tuple[str, ...]
    # 名寄せ: the other 宛名番号 a supervisor confirmed as this same person
    other_atena_nos: tuple[str, ...] = ()

    @property
    def reason_text(self) -> str:
        return "、".join(self.reasons)

    @property
    def living(self) -> bool:
        """False for 死亡・転出・消除 (and records a full export no longer lists): shown with
        their status, never the person standing at the counter."""
        return self.resident.living


@dataclass(frozen=True)
class LookupResult:
    method: LookupMethod
    candidates: tuple[LookupCandidate, ...]
    ambiguous: bool

    @property
    def best(self) -> ResidentRecord | None:
        """The single best match, or None when there is none, it is a tie, or it is not a
        living resident (a deceased or moved-out record is never taken for the visitor)."""
        if not self.candidates or self.ambiguous or not self.candidates[0].living:
            return None
        return self.candidates[0].resident

    @property
    def message(self) -> str:
        if not self.candidates:
            return "該当する住民が見つかりません。"
        if self.ambiguous:
            return "同じ評価の候補が複数あります。本人確認のうえ職員が選択してください。"
        return "候補を評価順に表示しています。"


# Scores: name and birth date weigh most; the address decides between namesakes.
_NAME, _NAME_SIMILAR, _BIRTH, _ADDRESS, _KATAGAKI, _TOWN, _SEX = 40, 20, 30, 20, 5, 8, 5
_STATUS_PENALTY = {ResidentStatus.DECEASED: (-50, WHY["deceased"]),
                   ResidentStatus.MOVED_OUT: (-20, WHY["moved_out"]),
                   ResidentStatus.REMOVED: (-50, WHY["removed"])}
_MISSING_PENALTY = (-20, WHY["missing"])


class LookupService:
    def __init__(self, repository: ResidentRepository, home_locality: str = "") -> None:
        """`home_locality` (e.g. 架空県見本市) completes typed addresses that start at the 町字."""
        self._repo = repository
        self._home = home_locality

    def by_my_number(self, number: MyNumber) -> LookupResult:
        found = self._repo.find_by_my_number(number)
        cands = tuple(LookupCandidate(r, 100 + _status(r)[0], (WHY["my_number"],) + _status(r)[1])
                      for r in found)
        cands = tuple(sorted(self._merge(list(cands)), key=lambda c: (-c.score, c.resident.id)))
        return LookupResult(LookupMethod.MY_NUMBER, cands, _tied(cands))

    def by_basic_info(self, info: BasicInfo, limit: int = 10) -> LookupResult:
        address = self._complete(info.address or "")
        q_addr, q_kata = split_address(address) if address else ("", "")
        q_name = normalize_name(info.name)
        q_kana = normalize_kana(info.kana) if info.kana else None
        if q_kana is None and _is_katakana(normalize_kana(info.name)):
            q_kana = normalize_kana(info.name)  # name typed in kana: search the 振り仮名 too
        found = self._repo.find_candidates_with_keys(norm_name=q_name, birth_date=info.birth_date,
                                                     norm_address=q_addr or None, norm_kana=q_kana)
        cands = [self._rank(info, q_name, q_kana, q_addr, q_kata, r, (addr, kata)) for r, addr, kata in found]
        cands = self._merge(cands)
        cands.sort(key=lambda c: (-c.score, c.resident.id))
        top = tuple(cands[:limit])
        return LookupResult(LookupMethod.BASIC_INFO, top, _tied(top))

    def _merge(self, cands: list[LookupCandidate]) -> list[LookupCandidate]:
        """Records a supervisor confirmed as one person (名寄せ) become one candidate: the
        best-scoring living record, carrying the other 宛名番号."""
        groups, atena = self._repo.same_person([c.resident.id for c in cands])
        if not groups:
            return cands
        ordered = sorted(cands, key=lambda c: (-c.score, c.resident.id))
        out, used = [], set()
        for c in ordered:
            group = groups.get(c.resident.id)
            if group is None:
                out.append(c)
                continue
            if c.resident.id in used:
                continue
            used |= group
            members = [m for m in ordered if m.resident.id in group]
            rep = next((m for m in members if m.living), members[0])
            others = tuple(sorted(atena[i] for i in group if i != rep.resident.id))
            why = f"名寄せ済み（同一人の宛名番号 {'・'.join(others)}）"
            out.append(replace(rep, score=max(m.score for m in members), other_atena_nos=others,
                               reasons=rep.reasons + (why,)))
        return out

    def _complete(self, address: str) -> str:
        """Typed addresses often start at the city or the 町字; the registry is one city."""
        if not address or not self._home or has_prefecture(address):
            return address
        text = nfkc(address).strip()
        prefecture = prefecture_of(self._home)
        if prefecture and text.startswith(self._home[len(prefecture):]):
            return prefecture + text
        return self._home + text

    def _rank(self, info: BasicInfo, q_name: str, q_kana: str | None, q_addr: str, q_kata: str,
              r: ResidentRecord, keys: tuple[str, str]) -> LookupCandidate:
        score, reasons = 0, []
        s, why = _name_score(info.name, q_name, q_kana, r)
        score += s
        reasons.append(why)
        if info.birth_date is not None and r.birth_date is None:
            reasons.append("生年月日は不詳（照合していません）")
        elif info.birth_date is not None:
            same = info.birth_date == r.birth_date
            score += _BIRTH if same else 0
            reasons.append(WHY["birth"] if same else WHY["birth_differs"])
        if q_addr:
            s, why = _address_score(q_addr, q_kata, r, keys)
            score += s
            reasons.append(why)
        if info.sex_code in ("1", "2"):
            same = info.sex_code == r.sex_code
            score += _SEX if same else -_SEX
            if not same:
                reasons.append(WHY["sex_differs"])
        penalty, extra = _status(r)
        return LookupCandidate(r, score + penalty, tuple(reasons) + extra)


def _name_score(raw: str, q_name: str, q_kana: str | None, r: ResidentRecord) -> tuple[int, str]:
    compact = lambda t: "".join(nfkc(t).split())  # noqa: E731
    if compact(raw) == compact(r.name):
        return _NAME, WHY["name"] if raw.replace("\u3000", " ") == r.name.replace("\u3000", " ") \
            else WHY["name_width"]
    if q_name == normalize_name(r.name):
        pairs = folded_characters(raw, r.name)
        if pairs:
            shown = "・".join(f"{v}→{s}" for v, s in dict.fromkeys(pairs))
            return _NAME - 2, WHY["name_folded"].format(pairs=shown)
        return _NAME - 2, WHY["name_variant"]
    if r.foreign and r.foreign.alias_name and q_name == normalize_name(r.foreign.alias_name):
        return _NAME - 4, WHY["alias"]
    if r.foreign and sorted(nfkc(raw).upper().replace(",", " ").split()) == \
            sorted(nfkc(r.name).upper().replace(",", " ").split()):
        return _NAME - 4, WHY["name_order"]
    if q_kana and q_kana == normalize_kana(r.name_kana):
        typed_kana = _is_katakana(normalize_kana(raw))
        return _NAME_SIMILAR + 5, WHY["kana_typed"] if typed_kana else WHY["kana"]
    ratio = difflib.SequenceMatcher(None, q_name, normalize_name(r.name)).ratio()
    if ratio >= 0.5:
        return int(_NAME_SIMILAR * ratio), WHY["name_similar"].format(percent=round(ratio * 100))
    return 0, WHY["name_differs"]


def _address_score(q_addr: str, q_kata: str, r: ResidentRecord,
                   keys: tuple[str, str]) -> tuple[int, str]:
    r_addr, r_kata = keys
    if q_addr == r_addr:
        if q_kata == r_kata:
            return _ADDRESS + _KATAGAKI, WHY["address"]
        if not q_kata:
            return _ADDRESS + 2, WHY["address_no_katagaki"]
        return _ADDRESS, WHY["katagaki_differs"]
    if q_addr.startswith(r_addr + "-") and r_kata:
        # 「1-2-3-504」: the room number written into the 番地 instead of the 方書
        return _ADDRESS, WHY["katagaki_written_apart"]
    town = split_address(r.address.prefecture + r.address.city + r.address.town)[0]
    if town and q_addr.startswith(town):
        return _TOWN, WHY["town"]
    return 0, WHY["address_differs"]


def _status(r: ResidentRecord) -> tuple[int, tuple[str, ...]]:
    if r.status in _STATUS_PENALTY:
        penalty, why = _STATUS_PENALTY[r.status]
        return penalty, (why,)
    if r.missing_since is not None:
        return _MISSING_PENALTY[0], (_MISSING_PENALTY[1],)
    return 0, ()


def _is_katakana(text: str) -> bool:
    return bool(text) and all("\u30a0" <= ch <= "\u30ff" for ch in text)


def _tied(cands: tuple[LookupCandidate, ...]) -> bool:
    return len(cands) >= 2 and cands[0].score == cands[1].score
