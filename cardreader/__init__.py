"""Card reader layer: read the 券面事項入力補助AP of a My Number card safely.

Public API (kept light: no smartcard import here; PC/SC lives in cardreader.pcsc,
the simulator in cardreader.simulator, events in cardreader.reader_events).
"""
from cardreader.card_session import CardReadResult, CardSession, LastTryConfirmed, check_pin_format
from cardreader.errors import (ApduError, CardDataInvalid, CardError, CardRemoved, NoCard, NotMyNumberCard,
                               PinFormatError, PinLocked, PinNearlyLocked, ReaderUnavailable,
                               ServiceUnavailable, WrongPin)
from cardreader.kenhojo_applet import BasicFourInfo, MyNumberData
from cardreader.reader_monitor import ReaderMonitor, StatusSource, pick_reader
from cardreader.transport import TRACE, TracingTransport, Transport

__all__ = [
    "ApduError", "BasicFourInfo", "CardDataInvalid", "CardError", "CardReadResult", "CardRemoved",
    "CardSession", "LastTryConfirmed", "MyNumberData", "NoCard", "NotMyNumberCard", "PinFormatError",
    "PinLocked", "PinNearlyLocked", "ReaderMonitor", "ReaderUnavailable", "ServiceUnavailable",
    "StatusSource", "TRACE", "TracingTransport", "Transport", "WrongPin", "check_pin_format", "pick_reader",
]
