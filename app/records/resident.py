"""Immutable resident-record types handed out by ResidentRepository.

ORM rows never leave the repository; everything above it (services, forms
context, widgets) works with these frozen dataclasses.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from app.privacy.my_number import MyNumber

SEX_LABELS = {"1": "男", "2": "女"}


class ResidentStatus(str, Enum):
    RESIDENT = "住民"
    MOVED_OUT = "転出"
    DECEASED = "死亡"


class ResidentKind(str, Enum):
    JAPANESE = "日本人"
    FOREIGN = "外国人"


@dataclass(frozen=True)
class Address:
    """住所 split as in the standard data; `katagaki` is the 方書 (building/room)."""

    prefecture: str
    city: str
    town: str  # 町字 incl. 丁目, e.g. 本町一丁目 / 大字上見本
    banchi: str  # 番地号表記, e.g. 2番3号 / 123番地4
    katagaki: str = ""
    postal_code: str = ""

    @property
    def without_katagaki(self) -> str:
        return f"{self.prefecture}{self.city}{self.town}{self.banchi}"

    @property
    def full(self) -> str:
        base = self.without_katagaki
        return f"{base}　{self.katagaki}" if self.katagaki else base


@dataclass(frozen=True)
class ForeignResidentInfo:
    nationality: str  # 国籍・地域
    residence_status: str  # 在留資格
    residence_expiry: date | None = None  # 在留期間満了日
    residence_card_no: str | None = None  # 在留カード番号
    alias_name: str | None = None  # 通称
    alias_kana: str | None = None


@dataclass(frozen=True)
class ResidentRecord:
    id: int
    atena_no: str  # 宛名番号
    name: str  # 氏名 (foreigners: ローマ字 name)
    name_kana: str  # 振り仮名, katakana with a full-width space between 氏 and 名
    birth_date: date
    sex_code: str  # "1" 男, "2" 女
    address: Address
    status: ResidentStatus = ResidentStatus.RESIDENT
    kind: ResidentKind = ResidentKind.JAPANESE
    juminhyo_code: str | None = None  # 住民票コード
    former_surname: str | None = None  # 旧氏
    former_surname_kana: str | None = None
    resident_since: date | None = None  # 住民となった年月日
    address_since: date | None = None  # 住定日
    honseki: str | None = None  # 本籍
    hittosha: str | None = None  # 筆頭者
    foreign: ForeignResidentInfo | None = None
    household_no: str | None = None  # 世帯番号
    relationship: str = "世帯主"  # 続柄 (seen from the 世帯主)
    household_order: int = 1  # 記載順位
    has_my_number: bool = False  # the number itself: ResidentRepository.my_number_for(id)

    @property
    def sex_label(self) -> str:
        return SEX_LABELS.get(self.sex_code, "")

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_date.year
        return years - ((day.month, day.day) < (self.birth_date.month, self.birth_date.day))


@dataclass(frozen=True)
class NewResident:
    """Input for ResidentRepository.add_resident / add_household."""

    atena_no: str
    name: str
    name_kana: str
    birth_date: date
    sex_code: str
    address: Address
    relationship: str = "世帯主"
    my_number: MyNumber | None = None
    status: ResidentStatus = ResidentStatus.RESIDENT
    juminhyo_code: str | None = None
    former_surname: str | None = None
    former_surname_kana: str | None = None
    resident_since: date | None = None
    address_since: date | None = None
    honseki: str | None = None
    hittosha: str | None = None
    foreign: ForeignResidentInfo | None = None


@dataclass(frozen=True)
class HouseholdRecord:
    id: int
    household_no: str  # 世帯番号
    head_name: str  # 世帯主氏名
    members: tuple[ResidentRecord, ...] = ()  # in 記載順位 order, 世帯主 first

    @property
    def head(self) -> ResidentRecord | None:
        return next((m for m in self.members if m.relationship == "世帯主"), None)


@dataclass(frozen=True)
class NhiRecord:  # 国民健康保険
    resident_id: int
    symbol_number: str  # 記号番号
    acquired_on: date  # 資格取得日
    lost_on: date | None = None


@dataclass(frozen=True)
class LtcRecord:  # 介護保険
    resident_id: int
    insured_no: str  # 被保険者番号 (10桁)
    acquired_on: date


@dataclass(frozen=True)
class ElderlyMedicalRecord:  # 後期高齢者医療
    resident_id: int
    insured_no: str  # 被保険者番号 (8桁)
    acquired_on: date


@dataclass(frozen=True)
class PensionRecord:  # 国民年金
    resident_id: int
    basic_pension_no: str  # 基礎年金番号 "1234-567890"
    category: str  # 第1号 / 第2号 / 第3号 / 受給者


@dataclass(frozen=True)
class ChildAllowanceRecord:  # 児童手当
    recipient_resident_id: int  # 受給者
    certified_on: date
    child_resident_ids: tuple[int, ...] = ()  # 対象児童


@dataclass(frozen=True)
class SealRegistrationRecord:  # 印鑑登録
    resident_id: int
    registration_no: str  # 登録番号
    registered_on: date


@dataclass(frozen=True)
class LinkedRecords:
    """Business records of one resident (empty tuples when none)."""

    nhi: tuple[NhiRecord, ...] = ()
    ltc: tuple[LtcRecord, ...] = ()
    elderly_medical: tuple[ElderlyMedicalRecord, ...] = ()
    pension: tuple[PensionRecord, ...] = ()
    child_allowance_as_recipient: tuple[ChildAllowanceRecord, ...] = ()
    child_allowance_as_child: tuple[ChildAllowanceRecord, ...] = ()
    seal: tuple[SealRegistrationRecord, ...] = ()


@dataclass(frozen=True)
class ResidentFile:
    """Everything the counter needs about one resident in one read."""

    resident: ResidentRecord
    household: HouseholdRecord | None
    linked: LinkedRecords = field(default_factory=LinkedRecords)
