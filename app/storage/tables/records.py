"""Resident records: residents, households and the linked business records.

Household membership (世帯番号, 続柄, 記載順位) lives on the resident row: a
resident belongs to exactly one household at a time, and keeping it on the row
lets the 2,000,000-resident seed and the lookup avoid a join.

The `norm_*` columns are precomputed lookup keys (see app/records/normalization):
folded name and kana, canonical address without 方書, and 方書. The My Number is
stored only encrypted (`my_number_enc`) plus an HMAC (`my_number_hash`) for the
indexed equality lookup.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base


class HouseholdRow(Base):
    __tablename__ = "households"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_no: Mapped[str] = mapped_column(String(16), unique=True)  # 世帯番号
    # 世帯主: no FK on purpose (households and residents reference each other; the
    # bulk seed inserts households first). The repository keeps it consistent.
    head_resident_id: Mapped[int | None] = mapped_column(Integer)
    head_name: Mapped[str] = mapped_column(String(200), default="")  # 世帯主氏名


class ResidentRow(Base):
    __tablename__ = "residents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    atena_no: Mapped[str] = mapped_column(String(16), unique=True)  # 宛名番号
    juminhyo_code: Mapped[str | None] = mapped_column(String(11))  # 住民票コード
    resident_kind: Mapped[str] = mapped_column(String(8), default="日本人")  # 住民種別
    status: Mapped[str] = mapped_column(String(8), default="住民")  # 住民 / 転出 / 死亡
    name: Mapped[str] = mapped_column(String(200))  # 氏名 (foreigners: ローマ字)
    name_kana: Mapped[str] = mapped_column(String(200), default="")  # 振り仮名 (katakana)
    former_surname: Mapped[str | None] = mapped_column(String(100))  # 旧氏
    former_surname_kana: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    sex_code: Mapped[str] = mapped_column(String(1))  # 1=男 2=女
    # 住所, split like the standard data (都道府県 / 市区郡町村 / 町字 / 番地号表記 / 方書).
    postal_code: Mapped[str] = mapped_column(String(8), default="")
    prefecture: Mapped[str] = mapped_column(String(10))
    city: Mapped[str] = mapped_column(String(40))
    town: Mapped[str] = mapped_column(String(80))
    banchi: Mapped[str] = mapped_column(String(40))
    katagaki: Mapped[str] = mapped_column(String(200), default="")
    resident_since: Mapped[date | None] = mapped_column(Date)  # 住民となった年月日
    address_since: Mapped[date | None] = mapped_column(Date)  # 住定日
    honseki: Mapped[str | None] = mapped_column(String(200))  # 本籍
    hittosha: Mapped[str | None] = mapped_column(String(100))  # 筆頭者
    # Foreign residents (外国人住民)
    nationality: Mapped[str | None] = mapped_column(String(60))  # 国籍・地域
    residence_status: Mapped[str | None] = mapped_column(String(60))  # 在留資格
    residence_expiry: Mapped[date | None] = mapped_column(Date)  # 在留期間満了日
    residence_card_no: Mapped[str | None] = mapped_column(String(12))  # 在留カード番号
    alias_name: Mapped[str | None] = mapped_column(String(200))  # 通称
    alias_kana: Mapped[str | None] = mapped_column(String(200))
    # Household membership
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"))
    relationship: Mapped[str] = mapped_column(String(40), default="世帯主")  # 続柄表記
    household_order: Mapped[int] = mapped_column(Integer, default=1)  # 記載順位
    # My Number: AES-GCM ciphertext and HMAC-SHA256 hex (keys in the key file, not here)
    my_number_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    my_number_hash: Mapped[str | None] = mapped_column(String(64))
    # Precomputed lookup keys
    norm_name: Mapped[str] = mapped_column(String(200))
    norm_kana: Mapped[str] = mapped_column(String(200), default="")
    norm_alias: Mapped[str | None] = mapped_column(String(200))
    norm_address: Mapped[str] = mapped_column(String(200))
    norm_katagaki: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        Index("ix_residents_my_number_hash", "my_number_hash"),
        Index("ix_residents_norm_name_birth", "norm_name", "birth_date"),
        Index("ix_residents_norm_address_birth", "norm_address", "birth_date"),
        Index("ix_residents_birth_norm_kana", "birth_date", "norm_kana"),
        Index("ix_residents_norm_alias_birth", "norm_alias", "birth_date"),
        Index("ix_residents_household_id", "household_id"),
    )


class NhiRow(Base):  # 国民健康保険
    __tablename__ = "nhi_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    symbol_number: Mapped[str] = mapped_column(String(20))  # 記号番号
    acquired_on: Mapped[date] = mapped_column(Date)  # 資格取得日
    lost_on: Mapped[date | None] = mapped_column(Date)


class LtcRow(Base):  # 介護保険
    __tablename__ = "ltc_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    insured_no: Mapped[str] = mapped_column(String(10))  # 被保険者番号
    acquired_on: Mapped[date] = mapped_column(Date)


class ElderlyMedicalRow(Base):  # 後期高齢者医療
    __tablename__ = "elderly_medical_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    insured_no: Mapped[str] = mapped_column(String(8))  # 被保険者番号
    acquired_on: Mapped[date] = mapped_column(Date)


class PensionRow(Base):  # 国民年金
    __tablename__ = "pension_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    basic_pension_no: Mapped[str] = mapped_column(String(11))  # 基礎年金番号 NNNN-NNNNNN
    category: Mapped[str] = mapped_column(String(8))  # 種別 第1号/第2号/第3号/受給者


class ChildAllowanceRow(Base):  # 児童手当 (one per 受給者)
    __tablename__ = "child_allowances"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient_resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    certified_on: Mapped[date] = mapped_column(Date)  # 認定日


class ChildAllowanceChildRow(Base):  # 対象児童
    __tablename__ = "child_allowance_children"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    allowance_id: Mapped[int] = mapped_column(ForeignKey("child_allowances.id"), index=True)
    child_resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)


class SealRegistrationRow(Base):  # 印鑑登録
    __tablename__ = "seal_registrations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    registration_no: Mapped[str] = mapped_column(String(12))  # 登録番号
    registered_on: Mapped[date] = mapped_column(Date)
