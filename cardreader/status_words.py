"""The one table that turns status words into typed errors."""
from __future__ import annotations

import enum

from cardreader.errors import ApduError, CardError, NotMyNumberCard, PinLocked, WrongPin

SW_OK = 0x9000
SW_END_OF_FILE = 0x6282  # fewer bytes than Le: data is valid, parse by TLV length


class Command(enum.Enum):
    """What was sent; the same SW means different things after different commands."""

    SELECT_AP = "select-ap"
    SELECT_EF = "select-ef"
    VERIFY = "verify"
    TRIES_QUERY = "tries-query"
    READ_BINARY = "read-binary"


def is_counter(sw: int) -> bool:
    """63Cx: a PIN counter value x."""
    return sw & 0xFFF0 == 0x63C0


def error_for(sw: int, command: Command) -> CardError:
    """The typed error for a non-success SW after `command`."""
    if command in (Command.VERIFY, Command.TRIES_QUERY):
        if sw in (0x6983, 0x6984) or sw == 0x63C0:
            return PinLocked()
        if is_counter(sw) and command is Command.VERIFY:
            return WrongPin(sw & 0x0F)
    if command is Command.SELECT_AP and sw in (0x6A82, 0x6A86, 0x6A81, 0x6D00, 0x6E00):
        # The AP is missing or the card does not speak the command: not our card.
        return NotMyNumberCard()
    return ApduError(sw, command.value)


def check(sw: int, command: Command) -> None:
    """Raise the typed error unless `sw` is 9000."""
    if sw != SW_OK:
        raise error_for(sw, command)
