"""PopulationGenerator: a deterministic synthetic population of 架空県見本市.

`households(n)` yields GeneratedHousehold objects holding plain row dicts for
every table (ids assigned here, so linked records need no round trip), plus
the My Number digits kept apart for the writer to encrypt. Same seed, same
population — only the AES-GCM nonces differ between runs.

Linked-record rules (status 住民 only): 介護保険 from 65, 後期高齢者医療 from 75
(国保 ends then), 国保 for ~22 % of households, 国民年金 第1号 for 20–59 in 国保
households and 第3号 for some dependent spouses, 児童手当 to the 世帯主 for
every child up to 高校生年代 (the 31 March after the 18th birthday), 印鑑登録
for ~30 % of those 15 and over.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterator

from stdnum.jp import in_

from app.records.normalization import address_key, normalize_katagaki, normalize_kana, normalize_name
from training.seed.address_master import (
    CITY, CHIBAN_MAX, HOUSE_NUMBERS, PREFECTURE, build_buildings, build_towns,
)
from training.seed.hard_cases import hard_case_plans
from training.seed.household_plans import PlanMaker

REFERENCE_DATE = date(2026, 11, 1)  # fixed "today" so a seed always gives the same ages
ATENA_BASE = 2_000_000_000  # seeded 宛名番号 are 2xxxxxxxxx, clear of hand-made persona numbers
HOUSEHOLD_BASE = 5_000_000_000
_MOD = 10 ** 11
_MN_MUL, _JU_MUL, _PEN_MUL = 7_385_609_317, 2_654_435_761, 4_093_082_899  # odd, not ×5: bijections


def child_allowance_end(birth: date) -> date:
    """Last day of 高校生年代: the first 31 March after the 18th birthday
    (someone born on 1 April reaches an age the day before the birthday)."""
    year = birth.year + 18
    return date(year if (birth.month, birth.day) <= (4, 1) else year + 1, 3, 31)


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass
class GeneratedHousehold:
    household: dict
    residents: list[dict]
    my_numbers: list[str | None]  # parallel to residents; digits, encrypted by the writer
    linked: dict[str, list[dict]] = field(default_factory=dict)  # table name -> rows
    label: str | None = None


class PopulationGenerator:
    def __init__(self, seed: int = 1, today: date = REFERENCE_DATE, first_resident_id: int = 1,
                 first_household_id: int = 1, first_allowance_id: int = 1) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.plans = PlanMaker(self.rng, today)
        self.towns = build_towns()
        self.buildings = build_buildings(self.towns)
        self._rid, self._hid, self._aid = first_resident_id, first_household_id, first_allowance_id
        self._seal = first_resident_id
        self._offsets = [self.rng.randrange(_MOD) for _ in range(3)]
        self._addr_cache: dict[tuple[int, str], str] = {}
        self._pairs: dict[int, tuple] = {}

    def households(self, residents: int) -> Iterator[GeneratedHousehold]:
        remaining = residents
        for plan in hard_case_plans(self.plans):
            if remaining <= 0:
                return
            hh = self._materialise(plan, remaining)
            r = hh.residents[0]
            self._pairs[id(plan)] = (r["_town_index"], r["banchi"], r["katagaki"])
            remaining -= len(hh.residents)
            yield hh
        while remaining > 0:
            hh = self._materialise(self.plans.household(), remaining)
            remaining -= len(hh.residents)
            yield hh

    # ----- one household -----------------------------------------------------------------
    def _address(self, plan: dict) -> tuple[int, str, str]:
        twin = plan.get("same_address_as")
        if twin is not None:
            return self._pairs[id(twin)]
        rng = self.rng
        if "katagaki" not in plan and rng.random() < 0.32:
            b = self.buildings[rng.randrange(len(self.buildings))]
            room = f"{rng.randint(1, b.floors)}{rng.randint(1, b.rooms_per_floor):02d}号室"
            return b.town_index, b.banchi, b.name + room
        t = rng.randrange(len(self.towns))
        town = self.towns[t]
        if town.chiban:
            banchi = f"{rng.randint(1, CHIBAN_MAX)}番地" + (f"{rng.randint(1, 20)}" if rng.random() < 0.6 else "")
        else:
            banchi = f"{rng.randint(1, town.blocks)}番{rng.randint(1, HOUSE_NUMBERS)}号"
        return t, banchi, plan.get("katagaki", "")

    def _materialise(self, plan: dict, limit: int) -> GeneratedHousehold:
        rng, today = self.rng, self.today
        members = plan["members"][:limit]
        t_index, banchi, katagaki = self._address(plan)
        town = self.towns[t_index]
        key = (t_index, banchi)
        norm_address = self._addr_cache.get(key)
        if norm_address is None:
            norm_address = self._addr_cache[key] = address_key(PREFECTURE, CITY, town.name, banchi)
        norm_katagaki = normalize_katagaki(katagaki)
        hid = self._hid
        self._hid += 1
        head = members[0]
        head_name = _full_name(head)
        move_in = _random_day(rng, head["birth"] + timedelta(days=365 * 18), today - timedelta(days=30))
        address_since = move_in if rng.random() < 0.7 else _random_day(rng, move_in, today)
        nhi = plan.get("kind") != "hard" and rng.random() < 0.22
        honseki = None if head.get("foreign") else (
            f"{PREFECTURE}{CITY}{town.name}{banchi.split('番')[0]}番地" if rng.random() < 0.6
            else "空想県夢見市桜町三丁目5番地")
        residents, numbers = [], []
        linked: dict[str, list[dict]] = {"nhi_records": [], "ltc_records": [], "elderly_medical_records": [],
                                         "pension_records": [], "seal_registrations": [],
                                         "child_allowances": [], "child_allowance_children": []}
        father = next((m for m in members if m["rel"] == "父"), None)
        for order, p in enumerate(members, start=1):
            rid = self._rid
            self._rid += 1
            name = _full_name(p)
            kana = p["kana"] if p.get("foreign") else f"{p['surname_kana']}　{p['given_kana']}"
            since = p["birth"] if p["birth"] > move_in else move_in
            status = p.get("status") or self._random_status(p, len(members))
            former = p.get("former_surname")
            residents.append({
                "id": rid, "atena_no": f"{ATENA_BASE + rid:010d}",
                "juminhyo_code": f"{(rid * _JU_MUL + self._offsets[1]) % _MOD:011d}",
                "resident_kind": "外国人" if p.get("foreign") else "日本人", "status": status,
                "name": name, "name_kana": kana,
                "former_surname": former[0] if former else None,
                "former_surname_kana": former[1] if former else None,
                "birth_date": p["birth"], "sex_code": p["sex"], "postal_code": town.postal_code,
                "prefecture": PREFECTURE, "city": CITY, "town": town.name, "banchi": banchi,
                "katagaki": katagaki, "resident_since": since,
                "address_since": address_since if address_since > since else since,
                "honseki": honseki,
                "hittosha": None if p.get("foreign") else (
                    _full_name(father) if father and p["rel"] in ("父", "母") else
                    name if p["rel"] in ("父", "母") else head_name),
                "nationality": p.get("nationality"), "residence_status": p.get("residence_status"),
                "residence_expiry": p.get("residence_expiry"),
                "residence_card_no": _card_no(rng) if p.get("foreign") and p.get("residence_status") != "特別永住者"
                else ("SP" + f"{rid:08d}" + "JP" if p.get("foreign") else None),
                "alias_name": p.get("alias"), "alias_kana": p.get("alias_kana"),
                "household_id": hid, "relationship": p["rel"], "household_order": order,
                "my_number_enc": None, "my_number_hash": None,
                "norm_name": normalize_name(name), "norm_kana": normalize_kana(kana),
                "norm_alias": normalize_name(p["alias"]) if p.get("alias") else None,
                "norm_address": norm_address, "norm_katagaki": norm_katagaki,
                "_town_index": t_index,
            })
            numbers.append(None if p.get("no_my_number") or rng.random() < 0.01 else self._my_number(rid))
        self._linked(residents, linked, nhi, hid)
        household = {"id": hid, "household_no": f"{HOUSEHOLD_BASE + hid:010d}",
                     "head_resident_id": residents[0]["id"], "head_name": head_name}
        return GeneratedHousehold(household, residents, numbers, linked, plan.get("label"))

    def _random_status(self, p: dict, size: int) -> str:
        if size == 1:
            x = self.rng.random()
            age = age_on(p["birth"], self.today)
            if age >= 80 and x < 0.02:
                return "死亡"
            if 20 <= age < 40 and x < 0.015:
                return "転出"
        return "住民"

    def _my_number(self, rid: int) -> str:
        eleven = f"{(rid * _MN_MUL + self._offsets[0]) % _MOD:011d}"
        return eleven + in_.calc_check_digit(eleven)

    def _linked(self, residents: list[dict], linked: dict[str, list[dict]], nhi: bool, hid: int) -> None:
        rng, today = self.rng, self.today
        children = []
        for r in residents:
            if r["status"] != "住民":
                continue
            rid, birth = r["id"], r["birth_date"]
            age = age_on(birth, today)
            if age >= 65:
                linked["ltc_records"].append({"resident_id": rid, "insured_no": f"{rid:010d}",
                                              "acquired_on": max(_add_years(birth, 65), r["resident_since"])})
            if age >= 75:
                linked["elderly_medical_records"].append(
                    {"resident_id": rid, "insured_no": f"{rid % 10 ** 8:08d}",
                     "acquired_on": max(_add_years(birth, 75), r["resident_since"])})
            elif nhi:
                linked["nhi_records"].append(
                    # 記号 2 digits + 番号 6 digits: the 国保 form's box takes 8 digits (nhi_idou.json)
                    {"resident_id": rid, "symbol_number": f"{10 + hid % 90:02d}{hid % 10 ** 6:06d}",
                     "acquired_on": max(r["resident_since"], _add_years(birth, 0)), "lost_on": None})
            category = None
            if 20 <= age < 60:
                if nhi:
                    category = "第1号"
                elif r["relationship"] in ("妻", "夫") and rng.random() < 0.5:
                    category = "第3号"
            elif age >= 65 and nhi:
                category = "受給者"
            if category:
                n = (rid * _PEN_MUL + self._offsets[2]) % 10 ** 10
                linked["pension_records"].append({"resident_id": rid, "category": category,
                                                  "basic_pension_no": f"{n // 10 ** 6:04d}-{n % 10 ** 6:06d}"})
            if age >= 15 and rng.random() < 0.3:
                self._seal += 1
                linked["seal_registrations"].append(
                    {"resident_id": rid, "registration_no": f"{self._seal:08d}",
                     "registered_on": _random_day(rng, max(r["resident_since"], _add_years(birth, 15)), today)})
            if r["relationship"] == "子" and today <= child_allowance_end(birth):
                children.append(r)
        if children:
            aid = self._aid
            self._aid += 1
            linked["child_allowances"].append({"id": aid, "recipient_resident_id": residents[0]["id"],
                                               "certified_on": max(children[0]["birth_date"] + timedelta(days=14),
                                                                   residents[0]["resident_since"])})
            linked["child_allowance_children"] += [{"allowance_id": aid,
                                                    "child_resident_id": c["id"]} for c in children]


def _full_name(p: dict) -> str:
    return p["name"] if p.get("foreign") else f"{p['surname']}　{p['given']}"


def _random_day(rng: random.Random, lo: date, hi: date) -> date:
    if hi <= lo:
        return lo
    return date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _card_no(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return (rng.choice(letters) + rng.choice(letters) + f"{rng.randrange(10 ** 8):08d}"
            + rng.choice(letters) + rng.choice(letters))
