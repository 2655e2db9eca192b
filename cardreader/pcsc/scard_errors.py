"""PC/SC return codes → the card layer's typed errors."""
from __future__ import annotations

from smartcard import scard as sc

from cardreader.errors import CardError, CardRemoved, NoCard, ReaderUnavailable, ServiceUnavailable


def _u(code: int) -> int:
    return code & 0xFFFFFFFF


SERVICE_DOWN = {_u(c) for c in (sc.SCARD_E_NO_SERVICE, sc.SCARD_E_SERVICE_STOPPED,
                                sc.SCARD_E_INVALID_HANDLE, sc.SCARD_F_COMM_ERROR)}
READER_GONE = {_u(c) for c in (sc.SCARD_E_UNKNOWN_READER, sc.SCARD_E_READER_UNAVAILABLE,
                               sc.SCARD_E_NO_READERS_AVAILABLE)}
# A transmit that fails with these means the card left (or was reset by someone
# else): in both cases its security state is gone.
CARD_GONE = {_u(c) for c in (sc.SCARD_W_REMOVED_CARD, sc.SCARD_W_RESET_CARD, sc.SCARD_E_NOT_TRANSACTED,
                             sc.SCARD_E_NO_SMARTCARD, sc.SCARD_W_UNPOWERED_CARD,
                             sc.SCARD_W_UNRESPONSIVE_CARD)}


def is_service_down(hresult: int) -> bool:
    return _u(hresult) in SERVICE_DOWN


def connect_error(hresult: int) -> CardError:
    code = _u(hresult)
    if code in SERVICE_DOWN:
        return ServiceUnavailable()
    if code in READER_GONE:
        return ReaderUnavailable()
    if code == _u(sc.SCARD_E_SHARING_VIOLATION):
        return ReaderUnavailable("in_use")
    return NoCard()


def transmit_error(hresult: int) -> CardError:
    code = _u(hresult)
    if code in SERVICE_DOWN:
        return ServiceUnavailable()
    if code in READER_GONE:
        return ReaderUnavailable()
    return CardRemoved()
