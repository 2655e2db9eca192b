"""The My Number (個人番号) value type.

It validates its check digit on construction and never shows its digits by
accident: `str`, `repr` and f-strings give the masked form. The digits come out
only through `reveal()`, which the audited reveal service calls after writing
its audit event, and through `MyNumberCipher` for storage.
"""
from __future__ import annotations

import re
import unicodedata

from stdnum.jp import in_
from domain.errors import DomainError


_TWELVE_DIGIT_RUN = re.compile(r"\d(?:[\s-]?\d){11}")


def contains_twelve_digit_run(text: str) -> bool:
    """Could this text hold a My Number (12 digits, perhaps grouped by spaces or hyphens,
    perhaps full-width)? The one test used by the audit log, settings and file names."""
    return bool(_TWELVE_DIGIT_RUN.search(unicodedata.normalize("NFKC", text or "")))


def mask_digits(text: str | None) -> str:
    """`**** **** 1234` from any text holding a number (spaces or hyphens allowed):
    enough for the clerk to match the card, useless if overheard. The one place
    the masked form is spelled, for typed numbers and for plain strings alike."""
    digits = "".join(ch for ch in unicodedata.normalize("NFKC", text or "") if ch.isdigit())
    return f"**** **** {digits[-4:]}" if digits else ""


class InvalidMyNumberError(DomainError):
    """Raised for anything that is not 12 digits with a valid check digit.

    The message never contains the offending digits (they may be a real number
    with a typo)."""

    code = "my_number_invalid"
    details = ("not_12_digits", "check_digit")


class MyNumber:
    __slots__ = ("_digits",)

    def __init__(self, text: str) -> None:
        digits = _digits_only(text)
        if len(digits) != 12 or not digits.isdigit():
            raise InvalidMyNumberError("not_12_digits")
        if not in_.is_valid(digits):
            raise InvalidMyNumberError("check_digit")
        object.__setattr__(self, "_digits", digits)

    def __setattr__(self, name, value):  # immutable like a frozen dataclass
        raise AttributeError("MyNumber is immutable")

    @classmethod
    def is_valid(cls, text: str) -> bool:
        digits = _digits_only(text)
        return len(digits) == 12 and digits.isdigit() and bool(in_.is_valid(digits))

    @classmethod
    def from_first_eleven(cls, eleven: str) -> "MyNumber":
        """Complete 11 digits with their check digit (synthetic data, tests)."""
        return cls(eleven + in_.calc_check_digit(eleven))

    def reveal(self) -> str:
        """The 12 digits. Call only where the law and an audit event allow it."""
        return self._digits

    def masked(self) -> str:
        return mask_digits(self._digits)

    def __str__(self) -> str:
        return self.masked()

    def __repr__(self) -> str:
        return f"MyNumber('{self.masked()}')"

    def __format__(self, spec: str) -> str:
        return format(self.masked(), spec)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MyNumber) and other._digits == self._digits

    def __hash__(self) -> int:
        return hash(("MyNumber", self._digits))

    def __reduce__(self):
        # Pickling would copy the digits into caches or queues unnoticed.
        raise TypeError("MyNumber cannot be pickled")


def _digits_only(text: str) -> str:
    # Card readers give ASCII; clerks may type full-width digits or group with spaces/hyphens.
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(ch for ch in text if ch not in " -\u3000")
