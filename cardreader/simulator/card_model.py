"""A pure-Python model of a My Number card: `execute(apdu) -> response`.

APs, EFs and a PIN counter that survives power cycles (it belongs to the
card, not to a session), with the status words of the card reference §7.
Faults let tests and trainers reproduce field problems.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from cardreader.kenhojo_applet import KENHOJO_AID

JPKI_AID = bytes.fromhex("D392F000260100000001")
KENKAKU_AID = bytes.fromhex("D3921000310001010402")
# A JPKI / My Number contact ATR (pcsc-tools smartcard_list), T=1.
MY_NUMBER_ATR = bytes.fromhex("3BF59100FF918171FE400042000100D1D6")
OTHER_ATR = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")
PIN_MAX_TRIES = 3


class CardPulled(Exception):
    """The simulated card left the reader (fault `remove_after_apdus`)."""


@dataclass
class CardFaults:
    remove_after_apdus: int | None = None  # card leaves when this many APDUs were answered
    delay_s: float = 0.0                   # added to every response (slow contactless field)
    malformed_tlv: bool = False            # basic-4 outer length disagrees with its children
    not_my_number: bool = False            # no 券面事項入力補助AP on the card
    answer_6cxx: bool = False              # READ BINARY with a too-long Le answers 6Cxx
    answer_61xx: bool = False              # responses with data come back through GET RESPONSE
    lose_verification: bool = False        # another program resets the security state after VERIFY (6982)
    wrong_pin_next: int = 0                # the next n VERIFYs fail as if the PIN were mistyped (63Cx)


@dataclass
class CardProfile:
    my_number: str
    name: str
    address: str
    birth_date: str  # the card's 8 ASCII chars, e.g. "19850412"
    sex_code: str
    pin: str
    pin_tries_left: int = PIN_MAX_TRIES
    faults: CardFaults = field(default_factory=CardFaults)


def _tlv(tag: bytes, value: bytes) -> bytes:
    n = len(value)
    if n < 0x80:
        length = bytes([n])
    elif n <= 0xFF:
        length = bytes([0x81, n])
    else:
        length = bytes([0x82]) + n.to_bytes(2, "big")
    return tag + length + value


def my_number_ef(number: str) -> bytes:
    return _tlv(b"\xFF\x10", number.encode("ascii")).ljust(32, b"\xFF")


def basic_four_ef(profile: CardProfile, malformed: bool = False) -> bytes:
    inner = (_tlv(b"\xDF\x21", bytes(8)) + _tlv(b"\xDF\x22", profile.name.encode("utf-8"))
             + _tlv(b"\xDF\x23", profile.address.encode("utf-8"))
             + _tlv(b"\xDF\x24", profile.birth_date.encode("utf-8"))
             + _tlv(b"\xDF\x25", profile.sex_code.encode("utf-8")))
    body = _tlv(b"\xFF\x20", inner)
    if malformed:  # outer length claims 6 bytes less than its children use (S2's mistake)
        body = _tlv(b"\xFF\x20", inner[:-6]) + inner[-6:]
    size = max(256, (len(body) + 0x7F) // 0x80 * 0x80)
    return body.ljust(size, b"\xFF")


class MyNumberCardModel:
    """Thread-safe: the vpcd client thread and a test may both touch it."""

    def __init__(self, profile: CardProfile) -> None:
        self.profile = profile
        self.faults = profile.faults
        self.tries_left = profile.pin_tries_left
        self.apdu_log: list[bytes] = []
        self._lock = threading.Lock()
        self._files = {
            0x0001: my_number_ef(profile.my_number),
            0x0002: basic_four_ef(profile, profile.faults.malformed_tlv),
        }
        self._pending = b""
        self.power_cycle()

    @property
    def atr(self) -> bytes:
        return OTHER_ATR if self.faults.not_my_number else MY_NUMBER_ATR

    def power_cycle(self) -> None:
        """Power off/on or reset: selection and verified state are lost; the counter is not."""
        self._ap: bytes | None = None
        self._ef: int | None = None
        self._verified = False
        self._pending = b""

    @property
    def removed(self) -> bool:
        limit = self.faults.remove_after_apdus
        return limit is not None and len(self.apdu_log) >= limit

    def execute(self, apdu: bytes) -> bytes:
        with self._lock:
            if self.removed:
                raise CardPulled()
            self.apdu_log.append(bytes(apdu))
            if self.faults.delay_s:
                time.sleep(self.faults.delay_s)
            data, sw = self._dispatch(bytes(apdu))
            if data and self.faults.answer_61xx and apdu[1] != 0xC0:
                self._pending, data, sw = data, b"", 0x6100 | min(len(data), 0xFF)
            return data + sw.to_bytes(2, "big")

    def _dispatch(self, apdu: bytes) -> tuple[bytes, int]:
        if len(apdu) < 4:
            return b"", 0x6700
        cla, ins, p1, p2 = apdu[:4]
        if cla != 0x00:
            return b"", 0x6E00
        body = apdu[5:5 + apdu[4]] if len(apdu) > 5 else b""
        handler = {0xA4: self._select, 0x20: self._verify, 0xB0: self._read, 0xC0: self._get_response}.get(ins)
        if handler is None:
            return b"", 0x6D00
        return handler(apdu, p1, p2, body)

    def _select(self, apdu, p1, p2, body):
        if p1 == 0x04:
            known = {JPKI_AID, KENKAKU_AID} | (set() if self.faults.not_my_number else {KENHOJO_AID})
            if body not in known:
                return b"", 0x6A82
            self._ap, self._ef, self._verified = body, None, False
            return b"", 0x9000
        if p1 == 0x02 and len(body) == 2:
            if self._ap != KENHOJO_AID:
                return b"", 0x6A82
            fid = int.from_bytes(body, "big")
            if fid not in self._files and fid != 0x0011:
                return b"", 0x6A82
            self._ef = fid
            return b"", 0x9000
        return b"", 0x6A86

    def _verify(self, apdu, p1, p2, body):
        if self._ef != 0x0011 or p2 != 0x80:
            return b"", 0x6986
        if len(apdu) == 4:  # query: no try spent
            return b"", 0x63C0 | self.tries_left
        if self.tries_left == 0:
            return b"", 0x6984
        if self.faults.wrong_pin_next > 0:  # a trainer's "mistyped PIN": costs a try like one
            self.faults.wrong_pin_next -= 1
            self.tries_left -= 1
            self._verified = False
            return b"", 0x63C0 | self.tries_left
        if body == self.profile.pin.encode("ascii"):
            self.tries_left = PIN_MAX_TRIES
            self._verified = not self.faults.lose_verification
            return b"", 0x9000
        self.tries_left -= 1
        self._verified = False
        return b"", 0x63C0 | self.tries_left

    def _read(self, apdu, p1, p2, body):
        if self._ef not in self._files:
            return b"", 0x6986
        if not self._verified:
            return b"", 0x6982
        content = self._files[self._ef]
        offset = (p1 << 8) | p2
        le = apdu[4] if len(apdu) == 5 else 0
        le = le or 256
        if offset >= len(content):
            return b"", 0x6B00
        available = len(content) - offset
        if le > available:
            if self.faults.answer_6cxx and available <= 0xFF:
                return b"", 0x6C00 | available
            return content[offset:], 0x6282
        return content[offset:offset + le], 0x9000

    def _get_response(self, apdu, p1, p2, body):
        if not self._pending:
            return b"", 0x6985
        le = (apdu[4] if len(apdu) == 5 else 0) or 256
        data, self._pending = self._pending[:le], self._pending[le:]
        return data, (0x6100 | min(len(self._pending), 0xFF)) if self._pending else 0x9000
