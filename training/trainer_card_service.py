"""The trainer's hands on the in-process simulated reader (no Qt here).

Places and removes persona cards (resources/personas) in the SimulatedReader that the
CardBridge reads from, and turns a fault name from the trainer's window or a scenario
file (training.scenarios) into a change of the simulated card, so the counter sees
exactly what a real card would do. Faults go into the card in the reader whenever the
trainer likes: before the read, while the resident types the PIN, or during the read.

Only a trainer may use it (Action.USE_TRAINER_PANEL), checked against the stored account
at every call: the service shows the card's PIN, which a trainee must never see.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Protocol

from domain.errors import DomainError
from app.identity.roles import Action
from cardreader.simulator import MyNumberCardModel, SimulatedReader, card_for_persona
from cardreader.simulator.card_model import PIN_MAX_TRIES
from cardreader.simulator.persona import PERSONA_DIR, load_persona, persona_ids

# Japanese labels (the window translates them in its "CardControls" context); the keys are
# what scenario files name in "fault" (training.scenarios.FAULTS).
FAULT_LABELS = {
    "wrong_pin": "次の暗証番号を誤りにする",
    "one_try_left": "暗証番号の残りを1回にする",
    "pin_locked": "暗証番号をロックする",
    "card_removed": "読み取りの途中でカードが離れる",
    "slow_card": "カードの応答を遅くする",
    "not_my_number_card": "マイナンバーカード以外にする",
}
# Faults clear_faults() takes back (a spent PIN counter stays spent, as on a real card).
CLEARABLE_FAULTS = frozenset({"wrong_pin", "card_removed", "slow_card", "not_my_number_card"})
# Faults only a persona file sets (resources/personas/fault-*.json): shown, not injected.
CARD_ONLY_FAULT_LABELS = {"card_data_invalid": "カードのデータが壊れている"}
# Commands a read sends up to its VERIFY (select AP, select PIN EF, tries, VERIFY):
# the card leaves on the next one, i.e. while the data are being read.
_APDUS_BEFORE_DATA = 4
# Each answer of a slow card waits this long: a read (about a dozen commands) then takes
# several seconds, like a card lying badly on a contactless reader.
SLOW_CARD_DELAY_S = 0.4


class NoCardPlacedError(DomainError):
    code = "trainer_no_card"


class UnknownFaultError(DomainError):
    code = "trainer_unknown_fault"


class AuthorizationPort(Protocol):
    """app.identity.authorization.AuthorizationService: raises PermissionDeniedError."""

    def require(self, actor, action): ...


@dataclass(frozen=True)
class PersonaEntry:
    id: str
    label: str
    notes: str


@dataclass(frozen=True)
class ReaderView:
    """What is in the reader now, for the trainer (who plays the resident)."""
    present: bool
    persona_id: str | None = None   # None: no card, or a card no persona file describes
    label: str = ""
    pin: str = ""                   # the PIN of the card in the reader: the trainer's eyes only
    tries_left: int | None = None
    faults: tuple[str, ...] = ()    # faults active on that card now

    def can_inject(self, fault: str) -> bool:
        """Whether the fault would change anything on the card in the reader now."""
        tries = self.tries_left if self.tries_left is not None else PIN_MAX_TRIES
        if fault == "wrong_pin":   # again and again: each one costs the next try
            return self.present and tries > 0
        if not self.present or fault in self.faults:
            return False
        if fault == "one_try_left":
            return tries > 1
        if fault == "pin_locked":
            return tries > 0
        return True


class TrainerCardService:
    def __init__(self, reader: SimulatedReader, authorization: AuthorizationPort,
                 actor: Callable[[], object], persona_dir: Path = PERSONA_DIR) -> None:
        self.reader = reader
        self._authorization = authorization
        self._actor = actor
        self._dir = persona_dir
        self._require()  # a non-trainer gets no trainer service at all

    def _require(self) -> None:
        # re-read at each call: a trainer disabled or demoted meanwhile loses it at once
        self._authorization.require(self._actor(), Action.USE_TRAINER_PANEL)

    def personas(self) -> list[PersonaEntry]:
        self._require()
        entries = []
        for pid in persona_ids(self._dir):
            data = load_persona(pid, self._dir)
            entries.append(PersonaEntry(pid, data.get("label", pid), data.get("notes", "")))
        # Residents first; the deliberately broken cards (ids "fault-…") after them.
        return sorted(entries, key=lambda e: e.id.startswith("fault-"))

    @property
    def card_present(self) -> bool:
        """A card is in the reader: placed here, or another way (the demo card bar)."""
        return self.reader.card is not None

    def view(self) -> ReaderView:
        """The card actually in the reader, however it got there, with its PIN."""
        self._require()
        card = self.reader.card
        if card is None:
            return ReaderView(False)
        persona_id = _persona_of(card.profile.my_number, self._dir)
        label = load_persona(persona_id, self._dir).get("label", persona_id) if persona_id else ""
        return ReaderView(True, persona_id, label, card.profile.pin, card.tries_left,
                          _active_faults(card))

    def place(self, persona_id: str) -> MyNumberCardModel:
        """A fresh card for the persona (its PIN counter from the persona file)."""
        self._require()
        card = card_for_persona(persona_id, self._dir)
        self.reader.remove()
        self.reader.insert(card)
        return card

    def remove(self) -> None:
        """Take out whatever card is in the reader, now (also in the middle of a read)."""
        self._require()
        self.reader.remove()

    def inject(self, fault: str) -> None:
        self._require()
        if fault not in FAULT_LABELS:
            raise UnknownFaultError(fault=fault)
        card = self.reader.card
        if card is None:
            raise NoCardPlacedError()
        if fault == "wrong_pin":
            # the resident mistypes: the next VERIFY answers 63Cx and costs a try
            card.faults.wrong_pin_next += 1
        elif fault == "one_try_left":
            card.tries_left = min(card.tries_left, 1)
        elif fault == "pin_locked":
            card.tries_left = 0
        elif fault == "card_removed":
            card.faults.remove_after_apdus = len(card.apdu_log) + _APDUS_BEFORE_DATA + 1
        elif fault == "slow_card":
            card.faults.delay_s = SLOW_CARD_DELAY_S
        elif fault == "not_my_number_card":
            card.faults.not_my_number = True

    def clear_faults(self) -> None:
        """The card behaves again (a PIN counter already spent stays spent, like on a card)."""
        self._require()
        card = self.reader.card
        if card is None:
            raise NoCardPlacedError()
        faults = card.faults
        faults.wrong_pin_next, faults.delay_s, faults.not_my_number = 0, 0.0, False
        faults.remove_after_apdus = None


def _active_faults(card: MyNumberCardModel) -> tuple[str, ...]:
    """Read back from the card itself, so a card placed another way shows its faults too."""
    f = card.faults
    active = []
    if f.wrong_pin_next:
        active.append("wrong_pin")
    if card.tries_left == 1:
        active.append("one_try_left")
    if card.tries_left == 0:
        active.append("pin_locked")
    if f.remove_after_apdus is not None:
        active.append("card_removed")
    if f.delay_s:
        active.append("slow_card")
    if f.not_my_number:
        active.append("not_my_number_card")
    if f.malformed_tlv:
        active.append("card_data_invalid")
    return tuple(active)


@lru_cache(maxsize=8)
def _numbers_to_personas(directory: Path) -> dict[str, str]:
    return {load_persona(pid, directory)["card"]["my_number"]: pid for pid in persona_ids(directory)}


def _persona_of(my_number: str, directory: Path) -> str | None:
    return _numbers_to_personas(directory).get(my_number)
