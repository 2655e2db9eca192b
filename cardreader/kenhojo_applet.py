"""The 券面事項入力補助AP (card-info input support AP).

Parsing is pure (`parse_my_number`, `parse_basic_four` on byte strings);
`KenhojoApplet` sends exactly the sequence of the card reference §3.2:
SELECT AP, SELECT EF 0011, VERIFY (query), VERIFY, SELECT 0001, READ 17,
SELECT 0002, READ 7, READ rest (≤255 bytes per chunk).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from stdnum.jp import in_

from cardreader import iso7816, tlv
from cardreader.errors import CardDataInvalid
from cardreader.transport import Transport

KENHOJO_AID = bytes.fromhex("D3921000310001010408")
EF_PIN = 0x0011
EF_MY_NUMBER = 0x0001
EF_BASIC_FOUR = 0x0002

TAG_MY_NUMBER = 0xFF10
TAG_BASIC_FOUR = 0xFF20
TAG_HEADER, TAG_NAME, TAG_ADDRESS, TAG_BIRTH, TAG_SEX = 0xDF21, 0xDF22, 0xDF23, 0xDF24, 0xDF25

_MY_NUMBER_READ = 17  # tag(2) + length(1) + 12 digits + 2 padding, as S1/S3 read it
_BASIC_FOUR_HEADER_READ = 7  # covers the longest header we accept (FF 20 82 hh ll)

SEX_LABELS = {"1": "男", "2": "女", "9": "適用不能"}


@dataclass(frozen=True)
class MyNumberData:
    """The 12-digit My Number, check digit verified. Masked in repr."""

    value: str

    def __repr__(self) -> str:
        return "MyNumberData('************')"

    __str__ = __repr__


@dataclass(frozen=True)
class BasicFourInfo:
    """Name, address, birth date, sex as printed on the card (UTF-8 text kept as is)."""

    name: str
    address: str
    birth_date: _dt.date | None  # None when the card's string is not a date
    birth_date_raw: str
    sex_code: str

    @property
    def sex(self) -> str:
        return SEX_LABELS.get(self.sex_code, "不明")

    @property
    def birth_date_text(self) -> str:
        return self.birth_date.isoformat() if self.birth_date else self.birth_date_raw

    def __repr__(self) -> str:  # keep personal data out of tracebacks and logs
        return "BasicFourInfo(<hidden>)"

    __str__ = __repr__


def parse_my_number(data: bytes) -> MyNumberData:
    item = tlv.parse_padded(data)
    if item.tag != TAG_MY_NUMBER:
        raise CardDataInvalid(f"my number: unexpected tag {item.tag:X}")
    if len(item.value) != 12 or not item.value.isdigit():  # bytes.isdigit: ASCII 0-9 only
        raise CardDataInvalid("my number: not 12 digits")
    number = item.value.decode("ascii")
    # Format is checked above, so stdnum's check-digit function alone suffices
    # (in_.is_valid would clean and re-check the format: 4x slower per read).
    if in_.calc_check_digit(number[:11]) != number[11]:
        raise CardDataInvalid("my number: check digit")
    return MyNumberData(number)


def _text(value: bytes, field: str) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise CardDataInvalid(f"basic four: {field} is not UTF-8") from None


def _birth_date(raw: str) -> _dt.date | None:
    if len(raw) != 8 or not raw.isascii() or not raw.isdigit():
        return None
    try:
        return _dt.date.fromisoformat(raw)  # 3.11+ reads the basic form YYYYMMDD
    except ValueError:
        return None


def parse_basic_four(data: bytes) -> BasicFourInfo:
    outer = tlv.parse_padded(data)
    if outer.tag != TAG_BASIC_FOUR:
        raise CardDataInvalid(f"basic four: unexpected tag {outer.tag:X}")
    fields: dict[int, bytes] = {}
    for tag, value in tlv.parse_sequence(outer.value):
        if tag in fields:
            raise CardDataInvalid(f"basic four: duplicate tag {tag:X}")
        fields[tag] = value
    try:
        name, address, birth, sex = (fields[TAG_NAME], fields[TAG_ADDRESS], fields[TAG_BIRTH], fields[TAG_SEX])
    except KeyError as missing:
        raise CardDataInvalid(f"basic four: missing {missing.args[0]:X}") from None
    birth_raw = _text(birth, "birth date")
    sex_code = _text(sex, "sex")
    if len(sex_code) != 1:
        raise CardDataInvalid("basic four: sex code length")
    return BasicFourInfo(_text(name, "name"), _text(address, "address"), _birth_date(birth_raw), birth_raw, sex_code)


class KenhojoApplet:
    """Commands of the input-support AP over one transport. No PIN policy here:
    that belongs to `CardSession`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def select(self) -> None:
        iso7816.select_aid(self._transport, KENHOJO_AID)

    def select_pin(self) -> None:
        iso7816.select_ef(self._transport, EF_PIN)

    def tries_left(self) -> int:
        return iso7816.tries_left(self._transport)

    def verify(self, pin: bytes) -> None:
        iso7816.verify(self._transport, pin)

    def read_my_number_bytes(self) -> bytes:
        iso7816.select_ef(self._transport, EF_MY_NUMBER)
        return iso7816.read_tlv_file(self._transport, _MY_NUMBER_READ)

    def read_basic_four_bytes(self) -> bytes:
        iso7816.select_ef(self._transport, EF_BASIC_FOUR)
        return iso7816.read_tlv_file(self._transport, _BASIC_FOUR_HEADER_READ)

