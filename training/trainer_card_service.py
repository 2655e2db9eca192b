"""The trainer's hands on the in-process simulated reader (no Qt here).

Places and removes persona cards (resources/personas) in the SimulatedReader
that the CardBridge reads from, and turns a fault name from the trainer panel
or a scenario file (training.scenarios.FAULTS) into a change of the simulated
card, so the counter sees exactly what a real card would do.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from domain.errors import DomainError
from cardreader.simulator import MyNumberCardModel, SimulatedReader, card_for_persona
from cardreader.simulator.persona import PERSONA_DIR, load_persona, persona_ids

FAULT_LABELS = {
    "wrong_pin": "暗証番号の誤り（正しい番号でも不一致）",
    "one_try_left": "暗証番号の残り1回",
    "pin_locked": "暗証番号ロック済み",
    "card_removed": "読み取り中にカードを抜く",
    "not_my_number_card": "マイナンバーカード以外",
}
# Commands a read sends up to its VERIFY (select AP, select PIN EF, tries, VERIFY):
# the card leaves on the next one, i.e. while the data are being read.
_APDUS_BEFORE_DATA = 4


class NoCardPlacedError(DomainError):
    code = "trainer_no_card"


class UnknownFaultError(DomainError):
    code = "trainer_unknown_fault"


@dataclass(frozen=True)
class PersonaEntry:
    id: str
    label: str
    notes: str
    pin: str          # shown to the trainer: they play the resident


class TrainerCardService:
    def __init__(self, reader: SimulatedReader, persona_dir: Path = PERSONA_DIR) -> None:
        self.reader = reader
        self._dir = persona_dir
        self.card: MyNumberCardModel | None = None
        self.persona_id: str | None = None
        self.faults: list[str] = []

    def personas(self) -> list[PersonaEntry]:
        entries = []
        for pid in persona_ids(self._dir):
            data = load_persona(pid, self._dir)
            entries.append(PersonaEntry(pid, data.get("label", pid), data.get("notes", ""),
                                        str(data.get("card", {}).get("pin", ""))))
        # Residents first; the deliberately broken cards (ids "fault-…") after them.
        return sorted(entries, key=lambda e: e.id.startswith("fault-"))

    @property
    def card_present(self) -> bool:
        """A card is in the reader: ours, or one placed another way (the demo card bar)."""
        return self.reader.card is not None

    def place(self, persona_id: str) -> MyNumberCardModel:
        """A fresh card for the persona (its PIN counter from the persona file)."""
        card = card_for_persona(persona_id, self._dir)
        self.remove()
        self.card, self.persona_id, self.faults = card, persona_id, []
        self.reader.insert(card)
        return card

    def remove(self) -> None:
        """Take out whatever card is in the reader."""
        self.reader.remove()
        self.card, self.persona_id, self.faults = None, None, []

    def inject(self, fault: str) -> None:
        if fault not in FAULT_LABELS:
            raise UnknownFaultError(fault=fault)
        card = self.reader.card
        if card is None:
            raise NoCardPlacedError()
        if card is not self.card:  # placed by the demo card bar: adopt it
            self.card, self.persona_id, self.faults = card, None, []
        if fault == "wrong_pin":
            # The PIN the resident knows no longer matches: each try costs one.
            card.profile.pin = "0000" if card.profile.pin != "0000" else "9999"
        elif fault == "one_try_left":
            card.tries_left = 1
        elif fault == "pin_locked":
            card.tries_left = 0
        elif fault == "card_removed":
            card.faults.remove_after_apdus = len(card.apdu_log) + _APDUS_BEFORE_DATA + 1
        elif fault == "not_my_number_card":
            card.faults.not_my_number = True
        self.faults.append(fault)
