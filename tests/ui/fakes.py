"""Fakes for the widget tests: a card bridge driven by the test, and an auth port."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.identity.staff_identity import StaffIdentity


from cardreader import PinLocked, WrongPin


class FakeCardBridge(QObject):
    """Same signals as widgets.card_bridge.CardBridge; the 'card' is a reading + a PIN counter."""
    card_inserted = Signal()
    card_removed = Signal()
    read_finished = Signal(object)
    read_failed = Signal(object)
    tries_left_known = Signal(int)

    def __init__(self, reading=None, pin="1234", tries=3):
        super().__init__()
        self.reading, self.pin, self.tries = reading, pin, tries
        self.verifies: list[tuple[str, bool]] = []

    def insert(self, reading=None, pin=None, tries=None):
        if reading is not None:
            self.reading = reading
        if pin is not None:
            self.pin = pin
        if tries is not None:
            self.tries = tries
        self.card_inserted.emit()

    def remove(self):
        self.card_removed.emit()

    def query_tries_left(self):
        QTimer.singleShot(0, lambda: self.tries_left_known.emit(self.tries))

    def read(self, pin, last_try_confirmed=False):
        self.verifies.append((pin, last_try_confirmed))
        if self.tries == 0:
            error = PinLocked()
        elif pin == self.pin:
            self.tries = 3
            QTimer.singleShot(0, lambda: self.read_finished.emit(self.reading))
            return
        else:
            self.tries -= 1
            error = PinLocked() if self.tries == 0 else WrongPin(self.tries)
        QTimer.singleShot(0, lambda: self.read_failed.emit(error))


class FakeAuth:
    def __init__(self, password="pass-1234"):
        self.password = password

    def authenticate(self, name, password):
        if password != self.password:
            raise PermissionError("bad")
        return StaffIdentity(staff_id="1", name=name, role="clerk", role_label="窓口職員")

    def verify(self, name, password):
        if password != self.password:
            raise PermissionError("bad")
        return StaffIdentity(staff_id=f"sup-{name}", name=name, role="supervisor")

    def unlock(self, identity, password):
        if password != self.password:
            from app.staff.errors import InvalidCredentialsError
            raise InvalidCredentialsError(2)
        return identity

    def demo_accounts(self):
        return [("clerk", "窓口職員", "demo-clerk")]
