"""A strict BER-TLV parser for the card's private-class tags.

Strict on purpose: lengths must be consistent (a parent's length equals the sum
of its children), only short, `81` and `82` length forms are accepted, and data
after the top-level object must be `FF` padding. Any violation raises
`TlvError`, a `CardDataInvalid`, so a fuzzer sees no other exception.
"""
from __future__ import annotations

from typing import NamedTuple

from cardreader.errors import CardDataInvalid

MAX_TAG_BYTES = 3


class TlvError(CardDataInvalid):
    """A malformed BER-TLV object (the card's data, not the reader, is at fault)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"tlv: {reason}")


class Tlv(NamedTuple):  # a tuple: cheap to build, immutable
    tag: int
    value: bytes

    @property
    def constructed(self) -> bool:
        first = self.tag.to_bytes((self.tag.bit_length() + 7) // 8 or 1, "big")[0]
        return bool(first & 0x20)

    def children(self) -> list["Tlv"]:
        return parse_sequence(self.value)


def _read_tag(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise TlvError("missing tag")
    tag = data[pos]
    pos += 1
    if tag & 0x1F == 0x1F:  # multi-byte tag: continuation bytes have bit 8 set
        while True:
            if pos >= len(data):
                raise TlvError("truncated tag")
            byte = data[pos]
            tag = (tag << 8) | byte
            pos += 1
            if not byte & 0x80:
                break
            if tag.bit_length() > 8 * (MAX_TAG_BYTES - 1):
                raise TlvError("tag too long")
    return tag, pos


def _read_length(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise TlvError("missing length")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0 or count > 2:  # indefinite or longer than any EF on this card
        raise TlvError(f"unsupported length form {first:02X}")
    if pos + count > len(data):
        raise TlvError("truncated length")
    return int.from_bytes(data[pos:pos + count], "big"), pos + count


def header(data: bytes) -> tuple[int, int, int]:
    """(tag, header length, value length) of the object at the start of `data`."""
    tag, pos = _read_tag(data, 0)
    length, pos = _read_length(data, pos)
    return tag, pos, length


def total_length(data: bytes) -> int:
    """Bytes the first object occupies, known from its header alone."""
    _, head, length = header(data)
    return head + length


def _parse_at(data: bytes, pos: int) -> tuple[Tlv, int]:
    # Fast path for this card's objects (two-byte tag, short length); the
    # general readers handle everything else and every error.
    if pos + 3 <= len(data) and data[pos] & 0x1F == 0x1F and not data[pos + 1] & 0x80 and data[pos + 2] < 0x80:
        tag = (data[pos] << 8) | data[pos + 1]
        pos, length = pos + 3, data[pos + 2]
    else:
        tag, pos = _read_tag(data, pos)
        length, pos = _read_length(data, pos)
    end = pos + length
    if end > len(data):
        raise TlvError("value longer than data")
    return Tlv(tag, bytes(data[pos:end])), end


def parse_sequence(data: bytes) -> list[Tlv]:
    """Children that exactly fill `data` (no padding allowed inside)."""
    items, pos = [], 0
    while pos < len(data):
        item, pos = _parse_at(data, pos)
        items.append(item)
    return items


def parse_padded(data: bytes) -> Tlv:
    """One top-level object followed only by `FF` padding (an EF's content)."""
    item, end = _parse_at(data, 0)
    if data[end:].lstrip(b"\xFF"):
        raise TlvError("garbage after object")
    return item
