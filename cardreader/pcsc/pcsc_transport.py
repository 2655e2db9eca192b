"""A transport over PC/SC (smartcard.scard, the thin pyscard layer).

Exclusive connect so that no other software can interleave APDUs between our
VERIFY and READ (card reference §8); shared as a fallback when another
application holds the card. Disconnect unpowers the card.
"""
from __future__ import annotations

from smartcard import scard as sc

from cardreader.errors import ReaderUnavailable, ServiceUnavailable
from cardreader.pcsc.scard_errors import connect_error, is_service_down, transmit_error


def _context() -> int:
    hresult, context = sc.SCardEstablishContext(sc.SCARD_SCOPE_USER)
    if hresult != sc.SCARD_S_SUCCESS:
        raise ServiceUnavailable()
    return context


def list_readers() -> list[str]:
    """Reader names; [] when none; ServiceUnavailable when the PC/SC service is down."""
    context = _context()
    try:
        hresult, readers = sc.SCardListReaders(context, [])
        if hresult == sc.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if is_service_down(hresult):
            raise ServiceUnavailable()
        if hresult != sc.SCARD_S_SUCCESS:
            raise ReaderUnavailable()
        return list(readers)
    finally:
        sc.SCardReleaseContext(context)


class PcscTransport:
    def __init__(self, reader: str) -> None:
        self.reader = reader
        self._context = _context()
        self._card = None
        try:
            self._connect()
        except BaseException:
            sc.SCardReleaseContext(self._context)
            raise

    def _connect(self) -> None:
        protocols = sc.SCARD_PROTOCOL_T0 | sc.SCARD_PROTOCOL_T1
        hresult, card, protocol = sc.SCardConnect(self._context, self.reader, sc.SCARD_SHARE_EXCLUSIVE, protocols)
        self.exclusive = True
        if hresult == sc.SCARD_E_SHARING_VIOLATION:
            hresult, card, protocol = sc.SCardConnect(self._context, self.reader, sc.SCARD_SHARE_SHARED, protocols)
            self.exclusive = False
        if hresult != sc.SCARD_S_SUCCESS:
            raise connect_error(hresult)
        self._card = card
        self._pci = sc.SCARD_PCI_T1 if protocol == sc.SCARD_PROTOCOL_T1 else sc.SCARD_PCI_T0

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self._card is None:
            raise transmit_error(sc.SCARD_W_REMOVED_CARD)
        hresult, response = sc.SCardTransmit(self._card, self._pci, list(apdu))
        if hresult != sc.SCARD_S_SUCCESS or len(response) < 2:
            raise transmit_error(hresult if hresult != sc.SCARD_S_SUCCESS else sc.SCARD_W_REMOVED_CARD)
        return bytes(response[:-2]), (response[-2] << 8) | response[-1]

    def close(self) -> None:
        if self._card is not None:
            sc.SCardDisconnect(self._card, sc.SCARD_UNPOWER_CARD)
            self._card = None
        if self._context is not None:
            sc.SCardReleaseContext(self._context)
            self._context = None
