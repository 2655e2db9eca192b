"""Household compositions for the synthetic population (who lives together, ages, 続柄).

A plan is plain data (dicts) so that the hard cases and the regular population
share one materialiser. Ages follow a rough Japanese pattern: many single and
couple households, married couples within a few years of each other, children
born when the mother was 20–42, parents 25–40 years older than the head.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from training.seed.name_lists import (
    FEMALE_OLDER, FEMALE_YOUNGER, FOREIGN_NAMES, MALE_OLDER, MALE_YOUNGER, RESIDENCE_STATUSES, SURNAMES,
)

_SURNAME_CUM = []
_total = 0
for _s in SURNAMES:
    _total += _s[2]
    _SURNAME_CUM.append(_total)
_STATUS_NAMES = [s for s, _ in RESIDENCE_STATUSES]
_STATUS_CUM = []
_total = 0
for _s in RESIDENCE_STATUSES:
    _total += _s[1]
    _STATUS_CUM.append(_total)

# (kind, weight): shares of household types
_KINDS = [("single", 37), ("couple", 23), ("family", 20), ("single_parent", 6),
          ("three_generation", 4), ("elder_with_child", 8), ("foreign", 2)]
_KIND_NAMES = [k for k, _ in _KINDS]
_KIND_CUM = []
_total = 0
for _k in _KINDS:
    _total += _k[1]
    _KIND_CUM.append(_total)


class PlanMaker:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today

    # ----- people ------------------------------------------------------------------------
    def surname(self) -> tuple[str, str]:
        s = self.rng.choices(SURNAMES, cum_weights=_SURNAME_CUM)[0]
        return s[0], s[1]

    def birth(self, age_lo: int, age_hi: int) -> date:
        """A birth date for someone aged age_lo..age_hi today."""
        t = self.today.toordinal()
        return date.fromordinal(self.rng.randint(t - (age_hi + 1) * 365 + 1, t - age_lo * 365))

    def person(self, surname: tuple[str, str], sex: str, birth: date, rel: str, **extra) -> dict:
        older = birth.year < 1975
        if sex == "1":
            given = self.rng.choice(MALE_OLDER if older else MALE_YOUNGER)
        else:
            given = self.rng.choice(FEMALE_OLDER if older else FEMALE_YOUNGER)
        p = {"surname": surname[0], "surname_kana": surname[1], "given": given[0],
             "given_kana": given[1], "sex": sex, "birth": birth, "rel": rel}
        p.update(extra)
        return p

    def child_birth(self, mother_birth: date, youngest_age: int = 0, other_parent: date | None = None) -> date:
        lo = mother_birth + timedelta(days=365 * 20)
        if other_parent is not None:  # a father younger than the mother must still be 18+
            lo = max(lo, other_parent + timedelta(days=365 * 18 + 5))
        hi = min(mother_birth + timedelta(days=365 * 42), self.today - timedelta(days=youngest_age * 365))
        if hi <= lo:
            hi = lo + timedelta(days=1)
        return date.fromordinal(self.rng.randint(lo.toordinal(), hi.toordinal()))

    # ----- households --------------------------------------------------------------------
    def household(self) -> dict:
        kind = self.rng.choices(_KIND_NAMES, cum_weights=_KIND_CUM)[0]
        members = getattr(self, "_" + kind)()
        return {"members": members, "kind": kind}

    def _single(self) -> list[dict]:
        # Two peaks, as in Japanese single households: students/young workers and widowed elderly.
        young = self.rng.random() < 0.45
        age = int(self.rng.triangular(18, 45, 24) if young else self.rng.triangular(45, 99, 80))
        return [self.person(self.surname(), self.rng.choice("12"), self.birth(age, age), "世帯主")]

    def _couple(self, age_lo: int = 22, age_hi: int = 92) -> list[dict]:
        name = self.surname()
        head_sex = "1" if self.rng.random() < 0.9 else "2"
        age = int(self.rng.triangular(age_lo, age_hi, age_lo + (age_hi - age_lo) * 0.8))
        head = self.person(name, head_sex, self.birth(age, age), "世帯主")
        s_age = max(18, min(100, age + self.rng.randint(-6, 4)))
        spouse_sex = "2" if head_sex == "1" else "1"
        extra = {}
        if spouse_sex == "2" and self.rng.random() < 0.04:
            extra = {"former_surname": self.surname()}  # 旧氏 registered on the card
        spouse = self.person(name, spouse_sex, self.birth(s_age, s_age),
                             "妻" if head_sex == "1" else "夫", **extra)
        return [head, spouse]

    def _mother(self, members: list[dict]) -> dict:
        return next((m for m in members if m["sex"] == "2"), members[0])

    def _children(self, members: list[dict], count: int, twins_p: float = 0.01) -> list[dict]:
        mother = self._mother(members)
        name = (members[0]["surname"], members[0]["surname_kana"])
        parents = [m["birth"] for m in members if m is not mother]
        kids = []
        for _ in range(count):
            b = self.child_birth(mother["birth"], other_parent=max(parents) if parents else None)
            kids.append(self.person(name, self.rng.choice("12"), b, "子"))
            if self.rng.random() < twins_p and len(kids) < count + 1:
                kids.append(self.person(name, self.rng.choice("12"), b, "子", twin=True))
        kids.sort(key=lambda k: k["birth"])
        return kids

    def _family(self) -> list[dict]:
        members = self._couple(26, 62)
        return members + self._children(members, self.rng.choice((1, 1, 1, 2, 2, 2, 3)))

    def _single_parent(self) -> list[dict]:
        age = self.rng.randint(24, 55)
        head = self.person(self.surname(), "2" if self.rng.random() < 0.85 else "1",
                           self.birth(age, age), "世帯主")
        return [head] + self._children([head], self.rng.choice((1, 1, 2)))

    def _three_generation(self) -> list[dict]:
        members = self._family()
        head = members[0]
        parent_age = self.today.year - head["birth"].year + self.rng.randint(25, 38)
        name = (head["surname"], head["surname_kana"])
        if self.rng.random() < 0.6:
            members.append(self.person(name, "2", self.birth(parent_age, parent_age), "母"))
        else:
            members.append(self.person(name, "1", self.birth(parent_age, parent_age), "父"))
            members.append(self.person(name, "2", self.birth(parent_age - 2, parent_age - 2), "母"))
        return members

    def _elder_with_child(self) -> list[dict]:
        age = self.rng.randint(72, 98)
        name = self.surname()
        head = self.person(name, self.rng.choice("12"), self.birth(age, age), "世帯主")
        child_age = age - self.rng.randint(24, 38)
        return [head, self.person(name, self.rng.choice("12"), self.birth(child_age, child_age), "子")]

    def _foreign(self) -> list[dict]:
        fam, given, kfam, kgiven, nation = self.rng.choice(FOREIGN_NAMES)
        status = self.rng.choices(_STATUS_NAMES, cum_weights=_STATUS_CUM)[0]
        age = self.rng.randint(19, 70)
        expiry = None if status == "永住者" else self.today + timedelta(days=self.rng.randint(30, 1800))
        head = self.foreign_person(fam, given, kfam, kgiven, nation, status, expiry,
                                   self.rng.choice("12"), self.birth(age, age), "世帯主")
        members = [head]
        if status in ("永住者", "技術・人文知識・国際業務", "定住者") and self.rng.random() < 0.5:
            fam2, given2, kfam2, kgiven2, _nation = self.rng.choice([n for n in FOREIGN_NAMES if n[4] == nation])
            s_status = "家族滞在" if status == "技術・人文知識・国際業務" else status
            members.append(self.foreign_person(fam2, given2, kfam2, kgiven2, nation,
                                               s_status, expiry, "2" if head["sex"] == "1" else "1",
                                               self.birth(age, age), "妻" if head["sex"] == "1" else "夫"))
        return members

    def foreign_person(self, fam: str, given: str, kfam: str, kgiven: str, nation: str, status: str,
                       expiry: date | None, sex: str, birth: date, rel: str, **extra) -> dict:
        p = {"foreign": True, "name": f"{fam} {given}", "kana": f"{kfam}　{kgiven}", "sex": sex,
             "birth": birth, "rel": rel, "nationality": nation, "residence_status": status,
             "residence_expiry": expiry}
        p.update(extra)
        return p
