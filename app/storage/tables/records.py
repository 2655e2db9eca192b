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

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, false
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
    status: Mapped[str] = mapped_column(String(8), default="住民")  # 住民 / 転出 / 死亡 / 消除
    name: Mapped[str] = mapped_column(String(200))  # 氏名 (foreigners: ローマ字)
    # Foreigners: the export's 氏名 column when it differs from the ローマ字 name (漢字併記名, カナ表記)
    name_alt: Mapped[str | None] = mapped_column(String(200))
    name_kana: Mapped[str] = mapped_column(String(200), default="")  # 振り仮名 (katakana)
    former_surname: Mapped[str | None] = mapped_column(String(100))  # 旧氏
    former_surname_kana: Mapped[str | None] = mapped_column(String(100))
    # NULL when the export flags it 不詳: an unknown date is never printed or matched
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
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
    adult_ward: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 成年被後見人
    # Dates the export flagged 不詳 (comma-separated field names, e.g. "birth_date"); their
    # columns hold NULL so the placeholder the core system wrote is never used
    unknown_dates: Mapped[str] = mapped_column(String(120), default="", server_default="")
    previous_address: Mapped[str | None] = mapped_column(String(300))  # 転入前住所 (one line)
    previous_postal_code: Mapped[str | None] = mapped_column(String(8))
    # 消除 (死亡・転出・その他): the status says which; these say when and why
    removal_reason: Mapped[str | None] = mapped_column(String(40))  # 消除の事由
    removal_filed_on: Mapped[date | None] = mapped_column(Date)  # 消除の届出年月日
    removed_on: Mapped[date | None] = mapped_column(Date)  # 消除の異動年月日 (死亡日・転出日)
    # 転出: filed (予定) or confirmed (確定); a filed move keeps the status 住民
    move_out_filed_on: Mapped[date | None] = mapped_column(Date)  # 転出届出年月日
    move_out_planned_on: Mapped[date | None] = mapped_column(Date)  # 転出予定年月日
    moved_out_on: Mapped[date | None] = mapped_column(Date)  # 転出年月日（確定）
    move_out_destination: Mapped[str | None] = mapped_column(String(300))  # 転出先住所 (one line)
    # Snapshot imports: set (with --confirm-missing) when a full export no longer lists the
    # resident; never deleted. Cleared when a later export lists them again.
    missing_since: Mapped[date | None] = mapped_column(Date)
    # Digest of the exported row as last imported (with the profile): an unchanged row is
    # recognised without parsing it again
    import_hash: Mapped[str | None] = mapped_column(String(32))
    # Foreign residents (外国人住民)
    nationality: Mapped[str | None] = mapped_column(String(60))  # 国籍・地域
    residence_status: Mapped[str | None] = mapped_column(String(60))  # 在留資格
    residence_expiry: Mapped[date | None] = mapped_column(Date)  # 在留期間満了日
    residence_card_no: Mapped[str | None] = mapped_column(String(12))  # 在留カード番号
    foreign_since: Mapped[date | None] = mapped_column(Date)  # 外国人住民となった年月日
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
    symbol_number: Mapped[str] = mapped_column(String(20))  # 記号番号 ("" when the export has none)
    # NULL when the export says 有 without a date
    acquired_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 資格取得日
    lost_on: Mapped[date | None] = mapped_column(Date)


class LtcRow(Base):  # 介護保険
    __tablename__ = "ltc_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    insured_no: Mapped[str] = mapped_column(String(10))  # 被保険者番号 ("" when not exported)
    acquired_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class ElderlyMedicalRow(Base):  # 後期高齢者医療
    __tablename__ = "elderly_medical_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    insured_no: Mapped[str] = mapped_column(String(8))  # 被保険者番号 ("" when not exported)
    acquired_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class PensionRow(Base):  # 国民年金
    __tablename__ = "pension_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    basic_pension_no: Mapped[str] = mapped_column(String(11))  # 基礎年金番号 NNNN-NNNNNN ("" when hidden)
    category: Mapped[str] = mapped_column(String(8))  # 種別 第1号/第2号/第3号/受給者
    acquired_on: Mapped[date | None] = mapped_column(Date)  # 資格取得年月日
    lost_on: Mapped[date | None] = mapped_column(Date)  # 資格喪失年月日


class ChildAllowanceRow(Base):  # 児童手当 (one per 受給者)
    __tablename__ = "child_allowances"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient_resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    certified_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 認定日 / 受給開始月


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
