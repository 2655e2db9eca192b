"""The bottom layer: something that carries one APDU to a card and back.

Transports raise `CardRemoved` when the card left, `NoCard` / `ReaderUnavailable`
/ `ServiceUnavailable` when it cannot connect; never a driver exception.
"""
from __future__ import annotations

import logging
from typing import Protocol, runtime_checkable

# Below DEBUG so that turning on DEBUG logging never dumps APDUs by accident.
TRACE = 5
logging.addLevelName(TRACE, "TRACE")

_INS_VERIFY = 0x20
_INS_READ_BINARY = 0xB0
_INS_GET_RESPONSE = 0xC0


@runtime_checkable
class Transport(Protocol):
    #: True when no other application can interleave APDUs (exclusive connect).
    exclusive: bool

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send a C-APDU; return (response data, SW as an int such as 0x9000)."""

    def close(self) -> None:
        """Disconnect and power the card down, so no verified state stays behind."""


def describe_command(apdu: bytes) -> str:
    """Hex of a C-APDU with VERIFY data (the PIN) masked."""
    if len(apdu) > 5 and apdu[1] == _INS_VERIFY:
        return apdu[:5].hex(" ").upper() + " **" * (len(apdu) - 5)
    return apdu.hex(" ").upper()


def describe_response(command: bytes, data: bytes, sw: int) -> str:
    """SW plus data, except READ BINARY / GET RESPONSE data which may hold
    the My Number or the basic 4 info: only its length is shown."""
    if command[1:2] in (bytes([_INS_READ_BINARY]), bytes([_INS_GET_RESPONSE])) and data:
        return f"<{len(data)} bytes hidden> {sw:04X}"
    return f"{data.hex(' ').upper()} {sw:04X}".strip()


class TracingTransport:
    """Wraps a transport and logs each exchange at TRACE level."""

    def __init__(self, inner: Transport, logger: logging.Logger | None = None) -> None:
        self._inner = inner
        self._log = logger or logging.getLogger("cardreader.apdu")

    @property
    def exclusive(self) -> bool:
        return getattr(self._inner, "exclusive", False)

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        enabled = self._log.isEnabledFor(TRACE)
        if enabled:
            self._log.log(TRACE, "> %s", describe_command(apdu))
        data, sw = self._inner.transmit(apdu)
        if enabled:
            self._log.log(TRACE, "< %s", describe_response(apdu, data, sw))
        return data, sw

    def close(self) -> None:
        self._inner.close()
