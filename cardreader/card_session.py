"""One card insertion, with the PIN safety rules of the card reference §7.1.

- the tries counter is queried before any VERIFY; refuse at 0;
- at 1, refuse unless the caller passes a `LastTryConfirmed` token;
- the PIN's format (exactly 4 ASCII digits) is checked before anything is sent;
- exactly one VERIFY per `read()` call, never retried;
- once the card is removed or the transport fails the session is dead for good,
  so nothing can re-verify on a reconnected (maybe different) card;
- the PIN is only a parameter: it is never stored in an attribute or logged.
"""
from __future__ import annotations

from dataclasses import dataclass

from cardreader.errors import CardRemoved, PinFormatError, PinLocked, PinNearlyLocked
from cardreader.kenhojo_applet import (BasicFourInfo, KenhojoApplet, MyNumberData, parse_basic_four,
                                       parse_my_number)
from cardreader.transport import Transport

PIN_LENGTH = 4


class LastTryConfirmed:
    """Explicit proof that the clerk confirmed spending the last PIN try.

    A distinct type (not a bool) so that no default or truthy value can stand in for it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "LastTryConfirmed()"


@dataclass(frozen=True)
class CardReadResult:
    reader: str
    my_number: MyNumberData | None
    basic: BasicFourInfo

    def as_dict(self) -> dict[str, str | None]:
        """The CLI / UI shape: {reader, my_number, name, address, birth_date, sex_code, sex}."""
        return {
            "reader": self.reader,
            "my_number": self.my_number.value if self.my_number else None,
            "name": self.basic.name,
            "address": self.basic.address,
            "birth_date": self.basic.birth_date_text,
            "sex_code": self.basic.sex_code,
            "sex": self.basic.sex,
        }


def check_pin_format(pin: str) -> bytes:
    """The PIN as the card wants it, or PinFormatError (nothing sent)."""
    if not isinstance(pin, str) or len(pin) != PIN_LENGTH or not all("0" <= c <= "9" for c in pin):
        raise PinFormatError()
    return pin.encode("ascii")


class CardSession:
    """Bound to one connection to one card; invalid after any removal."""

    def __init__(self, transport: Transport, reader: str = "") -> None:
        self._transport = transport
        self._applet = KenhojoApplet(transport)
        self.reader = reader
        self._valid = True
        # True while the AP and its PIN EF are selected and the counter was just
        # queried on an exclusive connection: a read may then skip re-querying.
        self._queried_tries: int | None = None

    @property
    def valid(self) -> bool:
        return self._valid

    def _guard(self):
        if not self._valid:
            raise CardRemoved()

    def _run(self, action):
        self._guard()
        try:
            return action()
        except CardRemoved:
            self._valid = False
            self._queried_tries = None
            raise

    def tries_left(self) -> int:
        """Remaining PIN tries; spends none."""
        def query() -> int:
            self._queried_tries = None
            self._applet.select()
            self._applet.select_pin()
            tries = self._applet.tries_left()
            if getattr(self._transport, "exclusive", False):
                self._queried_tries = tries
            return tries
        return self._run(query)

    def read(self, pin: str, *, last_try: LastTryConfirmed | None = None,
             include_my_number: bool = True) -> CardReadResult:
        """VERIFY once with `pin`, then read the My Number (optional) and the basic 4 info."""
        pin_bytes = check_pin_format(pin)
        del pin

        def sequence() -> CardReadResult:
            tries = self._queried_tries
            self._queried_tries = None
            if tries is None:
                self._applet.select()
                self._applet.select_pin()
                tries = self._applet.tries_left()
            if tries == 0:
                raise PinLocked()
            if tries == 1 and not isinstance(last_try, LastTryConfirmed):
                raise PinNearlyLocked(1)
            self._applet.verify(pin_bytes)
            # All APDUs first, parsing after: the resident holds the card still for
            # the shortest time, and no half-parsed state exists if it is pulled.
            number_bytes = self._applet.read_my_number_bytes() if include_my_number else None
            basic_bytes = self._applet.read_basic_four_bytes()
            return CardReadResult(self.reader, parse_my_number(number_bytes) if include_my_number else None,
                                  parse_basic_four(basic_bytes))
        return self._run(sequence)

    def close(self) -> None:
        self._valid = False
        self._queried_tries = None
        self._transport.close()
