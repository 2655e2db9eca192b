"""The one table that turns status words into typed errors (card reference §7)."""
from __future__ import annotations

import enum
from typing import Callable

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


_PIN_COMMANDS = (Command.VERIFY, Command.TRIES_QUERY)

# (SW, command) → error. A command of None matches after any command. SWs not
# listed (6982, 6986, 6A86, 6700, 6B00, ...) are internal faults: ApduError(sw).
_TABLE: dict[tuple[int, Command | None], Callable[[], CardError]] = {
    **{(sw, c): PinLocked for sw in (0x63C0, 0x6983, 0x6984) for c in _PIN_COMMANDS},
    # After SELECT of the AP: the AP is missing or the card does not speak the command.
    **{(sw, Command.SELECT_AP): NotMyNumberCard for sw in (0x6A82, 0x6A81, 0x6A86, 0x6D00, 0x6E00)},
}


def is_counter(sw: int) -> bool:
    """63Cx: a PIN counter value x."""
    return sw & 0xFFF0 == 0x63C0


def error_for(sw: int, command: Command) -> CardError:
    """The typed error for a non-success SW after `command`."""
    factory = _TABLE.get((sw, command)) or _TABLE.get((sw, None))
    if factory is not None:
        return factory()
    if command is Command.VERIFY and is_counter(sw):
        return WrongPin(sw & 0x0F)  # a try was spent; x are left
    return ApduError(sw, command.value)


def check(sw: int, command: Command) -> None:
    """Raise the typed error unless `sw` is 9000."""
    if sw != SW_OK:
        raise error_for(sw, command)
