"""ISO 7816-4 commands as this card needs them: SELECT, VERIFY, READ BINARY.

READ BINARY is chunked (at most 255 bytes per APDU, offsets below 0x8000)
and driven by the BER-TLV length read from the file's first bytes.
"""
from __future__ import annotations

from cardreader import tlv
from cardreader.errors import CardDataInvalid
from cardreader.status_words import SW_END_OF_FILE, SW_OK, Command, check, error_for, is_counter
from cardreader.transport import Transport

MAX_CHUNK = 0xFF
_MAX_OFFSET = 0x7FFF  # P1 bit 8 set would mean short-EF addressing
_MAX_GET_RESPONSE_ROUNDS = 16


def exchange(transport: Transport, apdu: bytes) -> tuple[bytes, int]:
    """Transmit, following `61xx` (GET RESPONSE) and `6Cxx` (resend with Le=xx)."""
    data, sw = transport.transmit(apdu)
    if sw & 0xFF00 == 0x6C00 and len(apdu) == 5:
        data, sw = transport.transmit(apdu[:4] + bytes([sw & 0xFF]))
    rounds = 0
    while sw & 0xFF00 == 0x6100 and rounds < _MAX_GET_RESPONSE_ROUNDS:
        more, sw = transport.transmit(bytes([0x00, 0xC0, 0x00, 0x00, sw & 0xFF]))
        data += more
        rounds += 1
    return data, sw


def select_aid(transport: Transport, aid: bytes) -> None:
    _, sw = exchange(transport, bytes([0x00, 0xA4, 0x04, 0x0C, len(aid)]) + aid)
    check(sw, Command.SELECT_AP)


_SELECT_EF = bytes([0x00, 0xA4, 0x02, 0x0C, 0x02])


def select_ef(transport: Transport, fid: int) -> None:
    _, sw = exchange(transport, _SELECT_EF + fid.to_bytes(2, "big"))
    check(sw, Command.SELECT_EF)


def tries_left(transport: Transport) -> int:
    """VERIFY without data: the counter of the selected PIN EF; no try spent."""
    _, sw = exchange(transport, bytes([0x00, 0x20, 0x00, 0x80]))
    if is_counter(sw):
        return sw & 0x0F
    if sw in (0x6983, 0x6984):
        return 0
    if sw == SW_OK:  # already verified in this card session: the counter is full
        return 3
    raise error_for(sw, Command.TRIES_QUERY)


def verify(transport: Transport, pin: bytes) -> None:
    """One VERIFY against the selected PIN EF. Never retried here."""
    _, sw = exchange(transport, bytes([0x00, 0x20, 0x00, 0x80, len(pin)]) + pin)
    check(sw, Command.VERIFY)


def read_binary(transport: Transport, offset: int, length: int) -> tuple[bytes, bool]:
    """(data, end_of_file) for one READ BINARY of 1..255 bytes."""
    if not 0 <= offset <= _MAX_OFFSET or not 1 <= length <= MAX_CHUNK:
        raise CardDataInvalid(f"read out of range: offset {offset} length {length}")
    data, sw = exchange(transport, bytes([0x00, 0xB0, offset >> 8, offset & 0xFF, length]))
    if sw == SW_END_OF_FILE:
        return data, True
    check(sw, Command.READ_BINARY)
    return data, False


def read_tlv_file(transport: Transport, first_read: int) -> bytes:
    """The bytes of the selected EF up to the end of its first TLV object
    (plus whatever padding the first read returned, for the parser to check).

    `first_read` bytes are read first; they must cover the header. The rest is
    read in chunks of at most 255 bytes, so a short file costs one APDU.
    """
    data, eof = read_binary(transport, 0, first_read)
    total = tlv.total_length(data)
    while len(data) < total:
        if eof:
            raise CardDataInvalid("tlv: file ends before object")
        chunk, eof = read_binary(transport, len(data), min(MAX_CHUNK, total - len(data)))
        if not chunk:
            raise CardDataInvalid("tlv: empty read before object end")
        data += chunk
    return bytes(data)
