"""Typed errors of the card layer.

Every error carries a stable `code` (used in CLI JSON and looked up in app.error_catalog
for the words the clerk reads) and only technical data: the tries left, a status word, a
parse reason. Raw status words never reach the clerk; they stay in `ApduError.sw` for the log.
"""
from __future__ import annotations

from domain.errors import DomainError


class CardError(DomainError):
    """Base of every error the card layer raises on purpose."""

    code = "card_error"

    @property
    def tries_left(self) -> int | None:
        """Remaining PIN tries when the error knows them, else None."""
        return self.data.get("tries_left")


class ReaderUnavailable(CardError):
    """No reader; `detail` "named": not the reader asked for (`data["reader"]`);
    "in_use": another application holds the card exclusively."""

    code = "reader_unavailable"
    details = ("named", "in_use")


class ServiceUnavailable(ReaderUnavailable):
    """The PC/SC service (pcscd / Windows Smart Card service) is not running."""

    code = "service_unavailable"
    details = ()


class NoCard(CardError):
    code = "no_card"


class CardRemoved(CardError):
    code = "card_removed"


class NotMyNumberCard(CardError):
    code = "not_my_number_card"


class WrongPin(CardError):
    code = "wrong_pin"

    def __init__(self, tries_left: int) -> None:
        super().__init__(tries_left=tries_left)


class PinLocked(CardError):
    code = "pin_locked"

    def __init__(self) -> None:
        super().__init__(tries_left=0)


class PinNearlyLocked(CardError):
    """Refused: only one try is left and the clerk did not confirm sending it."""

    code = "pin_last_try"

    def __init__(self, tries_left: int = 1) -> None:
        super().__init__(tries_left=tries_left)


class PinFormatError(CardError):
    """The typed PIN is not exactly 4 ASCII digits; nothing was sent to the card."""

    code = "pin_format"


class CardDataInvalid(CardError):
    code = "card_data_invalid"

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)  # technical and free of personal data

    @property
    def reason(self) -> str:
        return self.data["reason"]


class ApduError(CardError):
    """An unexpected status word: an internal fault, logged with its SW.
    `detail` "not_verified" for 69 82 (the card wants the PIN first)."""

    code = "apdu_error"
    details = ("not_verified",)

    def __init__(self, sw: int, command: str = "") -> None:
        super().__init__("not_verified" if sw == 0x6982 else "", sw=f"{sw:04X}", command=command)
        self.sw = sw
        self.command = command
