"""The fictional city 架空県見本市: its 町丁目 master, block/lot ranges and apartment buildings.

住居表示 areas use 「○丁目○番○号」; the old villages (大字) use 地番 「○番地」「○番地○」.
Everything is derived deterministically from the tables below, so a seed
produces the same city every time.
"""
from __future__ import annotations

from dataclasses import dataclass

PREFECTURE = "架空県"
CITY = "見本市"
HOME_LOCALITY = PREFECTURE + CITY
_KANJI = "〇一二三四五六七八九"

# Core town names (kana); each appears plain and with 東/西/南/北 prefixes, 2–6 丁目 each,
# which gives a city of several hundred 町丁目 — enough that 2,000,000 residents do not
# crowd onto a few addresses.
_CORES = [
    ("本町", "ホンマチ"), ("中央", "チュウオウ"), ("駅前", "エキマエ"), ("桜台", "サクラダイ"),
    ("緑ケ丘", "ミドリガオカ"), ("旭町", "アサヒマチ"), ("若葉", "ワカバ"), ("見本", "ミモト"),
    ("港町", "ミナトマチ"), ("青葉台", "アオバダイ"), ("栄町", "サカエマチ"), ("松原", "マツバラ"),
    ("竹の塚", "タケノツカ"), ("梅ケ谷", "ウメガヤ"), ("日の出町", "ヒノデチョウ"), ("富士見", "フジミ"),
    ("泉", "イズミ"), ("川端", "カワバタ"), ("新町", "シンマチ"), ("三田町", "ミタマチ"),
    ("八幡", "ヤハタ"), ("文京", "ブンキョウ"), ("高砂", "タカサゴ"), ("緑町", "ミドリチョウ"),
]
_PREFIXES = [("", ""), ("東", "ヒガシ"), ("西", "ニシ"), ("南", "ミナミ"), ("北", "キタ")]
_CHIBAN_AREAS = [("大字上見本", "オオアザカミミモト"), ("大字下見本", "オオアザシモミモト"),
                 ("大字見本新田", "オオアザミモトシンデン"), ("大字岩﨑", "オオアザイワサキ")]
BLOCKS, HOUSE_NUMBERS, CHIBAN_MAX = 30, 30, 3000

_BUILDING_WORDS = ["メゾン", "コーポ", "ハイツ", "グランド", "パーク", "レジデンス", "シャトー", "サンライズ",
                   "リバーサイド", "ヴィラ", "フォレスト", "ステーション"]
_BUILDING_TAILS = ["見本", "桜", "緑", "中央", "青葉", "旭", "富士見", "泉", "松原", "栄"]
_BUILDING_KINDS = ["マンション", "ハイツ", "コーポ", "レジデンス", "タワー", "荘", "ヒルズ", "テラス"]
LONG_KATAGAKI = ("ロイヤルパレス見本中央ステーションフロントタワーレジデンス・イーストウイング第三期棟"
                 "スカイラウンジ付きプレミアムフロア　2503号室")


@dataclass(frozen=True)
class Town:
    name: str  # 町字 as written on the 住民票, e.g. 本町一丁目 / 大字上見本
    kana: str
    postal_code: str
    chiban: bool  # 地番 area (番地) rather than 住居表示 (番・号)
    blocks: int


@dataclass(frozen=True)
class Building:
    town_index: int
    banchi: str
    name: str
    floors: int
    rooms_per_floor: int


def kanji_number(n: int) -> str:
    if n < 10:
        return _KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KANJI[tens]) + "十" + (_KANJI[ones] if ones else "")


def build_towns() -> list[Town]:
    towns: list[Town] = []
    for ci, (core, core_kana) in enumerate(_CORES):
        for pi, (prefix, prefix_kana) in enumerate(_PREFIXES):
            code = ci * 5 + pi
            for c in range(1, 2 + (code * 7) % 5 + 1):
                towns.append(Town(f"{prefix}{core}{kanji_number(c)}丁目", prefix_kana + core_kana,
                                  f"999-{code * 10 + c:04d}", False, BLOCKS))
    for ai, (name, kana) in enumerate(_CHIBAN_AREAS):
        towns.append(Town(name, kana, f"998-{ai * 100:04d}", True, CHIBAN_MAX))
    return towns


def build_buildings(towns: list[Town]) -> list[Building]:
    """About three apartment buildings per 町丁目, at fixed addresses."""
    buildings = []
    for t_index, town in enumerate(towns):
        for k in range(10 if not town.chiban else 80):
            seed = t_index * 31 + k * 7
            if town.chiban:
                banchi = f"{(seed * 37) % town.blocks + 1}番地{k % 9 + 1}"
            else:
                banchi = f"{(seed % town.blocks) + 1}番{(seed * 3) % HOUSE_NUMBERS + 1}号"
            name = (_BUILDING_WORDS[seed % len(_BUILDING_WORDS)] + _BUILDING_TAILS[(seed // 3) % len(_BUILDING_TAILS)]
                    + _BUILDING_KINDS[(seed // 5) % len(_BUILDING_KINDS)])
            if k % 4 == 2:
                name += f"第{kanji_number(k % 9 + 1)}"
            buildings.append(Building(t_index, banchi, name, floors=3 + seed % 12,
                                      rooms_per_floor=4 + seed % 8))
    return buildings
