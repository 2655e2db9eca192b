"""Binds ResidentLookupPort and RegistryContextPort to the records area (app.records)."""
from __future__ import annotations

from datetime import date

from app.privacy.my_number import InvalidMyNumberError, MyNumber
from app.records import BasicInfo, LookupService, ResidentRepository, ResidentStatus
from app.visit.model import HouseholdMember, ResidentCandidate
from app.records.registry_context import load_registry_context


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
        """All candidates, best first; when the lookup reports a tie every candidate scoring
        like the best is marked `ambiguous` so the page makes the clerk choose (LookupService
        contract: never take candidates[0] blindly)."""
        if not result.candidates:
            return []
        top = result.candidates[0].score
        return [self._candidate(c, ambiguous=result.ambiguous and c.score == top)
                for c in result.candidates]

    def _candidate(self, found, ambiguous: bool = False) -> ResidentCandidate:
        r = found.resident
        household = self._repo.household_of(r.id)
        members = tuple(HouseholdMember(member_id=m.atena_no, name=m.name,
                                        relationship=m.relationship,
                                        birth_date=m.birth_date.isoformat(), kana=m.name_kana,
                                        sex_code=m.sex_code,
                                        deceased=m.status is ResidentStatus.DECEASED,
                                        death_date=_iso(getattr(m, "status_date", None)))
                        for m in (household.members if household else ()))
        return ResidentCandidate(resident_id=r.atena_no, name=r.name, kana=r.name_kana,
                                 address=r.address.full, birth_date=r.birth_date.isoformat(),
                                 sex_code=r.sex_code, score=min(found.score, 100) / 100,
                                 reasons=tuple(found.reasons), household=members,
                                 audit_id=str(r.id), ambiguous=ambiguous)


def _iso(day) -> str:
    return day.isoformat() if day else ""
