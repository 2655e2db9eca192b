"""Binds ResidentLookupPort and RegistryContextPort to the records area (app.records)."""
from __future__ import annotations

from datetime import date

from app.privacy.my_number import InvalidMyNumberError, MyNumber
from app.records import BasicInfo, LookupService, ResidentRepository, ResidentStatus
from app.visit.model import HouseholdMember, ResidentCandidate
from app.records.registry_context import in_household, load_registry_context


class RecordsAdapter:
    def __init__(self, repository: ResidentRepository, lookup: LookupService) -> None:
        self._repo = repository
        self._lookup = lookup

    def by_my_number(self, my_number: str) -> list[ResidentCandidate]:
        try:
            number = MyNumber(my_number)
        except InvalidMyNumberError:
            return []  # a bad check digit is caught later by the forms' validation
        return self._candidates(self._lookup.by_my_number(number))

    def by_four_items(self, name: str, address: str, birth_date: str,
                      sex_code: str) -> list[ResidentCandidate]:
        try:
            born = date.fromisoformat(birth_date) if birth_date else None
        except ValueError:
            born = None
        result = self._lookup.by_basic_info(BasicInfo(name=name, birth_date=born, address=address,
                                                      sex_code=sex_code or None))
        return self._candidates(result)

    def registry(self, resident_id: str) -> dict:
        return load_registry_context(self._repo, resident_id)

    def _candidates(self, result) -> list[ResidentCandidate]:
        """All candidates, living residents first, best first; when the lookup reports a tie
        every living candidate scoring like the best is marked `ambiguous` so the page makes
        the clerk choose (LookupService contract: never take candidates[0] blindly). A record
        that is 死亡・転出・消除 is listed with its status and can never be confirmed."""
        if not result.candidates:
            return []
        ordered = sorted(result.candidates, key=lambda c: not c.living)  # stable: score order kept
        top = ordered[0].score
        return [self._candidate(c, ambiguous=result.ambiguous and c.living and c.score == top)
                for c in ordered]

    def _candidate(self, found, ambiguous: bool = False) -> ResidentCandidate:
        r = found.resident
        household = self._repo.household_of(r.id)
        members = tuple(HouseholdMember(member_id=m.atena_no, name=m.name,
                                        relationship=m.relationship,
                                        birth_date=_iso(m.birth_date), kana=m.name_kana,
                                        sex_code=m.sex_code,
                                        deceased=m.status is ResidentStatus.DECEASED,
                                        death_date=_iso(m.removal.removed_on if m.removal else None))
                        for m in in_household(household.members if household else ()))
        reasons = tuple(found.reasons)
        status = "" if found.living else _status_text(r)
        if status:
            reasons = (status, *reasons)
        return ResidentCandidate(resident_id=r.atena_no, name=r.name, kana=r.name_kana,
                                 address=r.address.full, birth_date=_iso(r.birth_date),
                                 sex_code=r.sex_code, score=min(found.score, 100) / 100,
                                 reasons=reasons, household=members,
                                 audit_id=str(r.id), ambiguous=ambiguous,
                                 living=found.living, status=status)


def _status_text(r) -> str:
    """「死亡（2026-11-12）」: why this record is not the person at the counter."""
    word = r.status.value if r.status is not ResidentStatus.RESIDENT else "記録から削除"
    day = r.removal.removed_on if r.removal and r.removal.removed_on else r.missing_since
    return f"{word}（{day.isoformat()}）" if day else word


def _iso(day) -> str:
    return day.isoformat() if day else ""
