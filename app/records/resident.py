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
    REMOVED = "消除"  # その他の消除 (職権消除 など)

    @property
    def living(self) -> bool:
        """Still registered here: the only status offered as a living candidate."""
        return self is ResidentStatus.RESIDENT


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
    other_name: str | None = None  # the export's 氏名 when it differs from the ローマ字 name
    foreign_since: date | None = None  # 外国人住民となった年月日


@dataclass(frozen=True)
class Removal:
    """消除: when and why the record left the register (the status says 死亡/転出/消除)."""

    reason: str | None = None  # 消除の事由 (site code mapped by the import profile)
    filed_on: date | None = None  # 消除の届出年月日
    removed_on: date | None = None  # 消除の異動年月日 (the day of death / of moving out)


@dataclass(frozen=True)
class MoveOut:
    """転出届: filed (予定) while the status is still 住民, or confirmed (確定)."""

    filed_on: date | None = None  # 転出届出年月日
    planned_on: date | None = None  # 転出予定年月日
    confirmed_on: date | None = None  # 転出年月日（確定）: empty while only filed
    destination: str = ""  # 転出先住所 (one line)


@dataclass(frozen=True)
class ResidentRecord:
    id: int
    atena_no: str  # 宛名番号
    name: str  # 氏名 (foreigners: ローマ字 name)
    name_kana: str  # 振り仮名, katakana with a full-width space between 氏 and 名
    birth_date: date | None  # None: 不詳 in the export (never print or match a placeholder)
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
    adult_ward: bool = False  # 成年被後見人
    unknown_dates: frozenset[str] = frozenset()  # fields the export flagged 不詳 ("birth_date" …)
    previous_address: str | None = None  # 転入前住所 (one line, either export pattern)
    previous_postal_code: str | None = None
    removal: Removal | None = None  # 消除 (set for 死亡・転出・消除)
    move_out: MoveOut | None = None  # 転出届 (filed or confirmed)
    missing_since: date | None = None  # a full export stopped listing this record (confirmed)

    @property
    def sex_label(self) -> str:
        return SEX_LABELS.get(self.sex_code, "")

    @property
    def living(self) -> bool:
        """Registered here and still listed by the core system: a candidate for any event.
        Deceased, moved-out and removed records stay findable (おくやみ needs the deceased)
        but are never offered as the living person at the counter."""
        return self.status.living and self.missing_since is None

    def age_on(self, day: date) -> int | None:
        """None when the birth date is unknown (不詳)."""
        if self.birth_date is None:
            return None
        years = day.year - self.birth_date.year
        return years - ((day.month, day.day) < (self.birth_date.month, self.birth_date.day))


@dataclass(frozen=True)
class NewResident:
    """Input for ResidentRepository.add_resident / add_household."""

    atena_no: str
    name: str
    name_kana: str
    birth_date: date | None
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
    adult_ward: bool = False
    unknown_dates: frozenset[str] = frozenset()
    previous_address: str | None = None
    previous_postal_code: str | None = None
    removal: Removal | None = None
    move_out: MoveOut | None = None


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
    acquired_on: date | None  # 資格取得日 (None: the export says 有 without a date)
    lost_on: date | None = None


@dataclass(frozen=True)
class LtcRecord:  # 介護保険
    resident_id: int
    insured_no: str  # 被保険者番号 (10桁; "" when the export carries only the flag)
    acquired_on: date | None


@dataclass(frozen=True)
class ElderlyMedicalRecord:  # 後期高齢者医療
    resident_id: int
    insured_no: str  # 被保険者番号 (8桁; "" when the export carries only the flag)
    acquired_on: date | None


@dataclass(frozen=True)
class PensionRecord:  # 国民年金
    resident_id: int
    basic_pension_no: str  # 基礎年金番号 "1234-567890" ("" when the site hides it)
    category: str  # 第1号 / 第2号 / 第3号 / 受給者
    acquired_on: date | None = None
    lost_on: date | None = None


@dataclass(frozen=True)
class ChildAllowanceRecord:  # 児童手当
    recipient_resident_id: int  # 受給者
    certified_on: date | None  # 認定日 (an export gives the first day of 受給開始年月)
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
