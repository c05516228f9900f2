"""The Qt binding itself: a PySide6 release with a reference-counting bug crashes a long session."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Sender(QObject):
    piece = Signal(object)


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.received = 0

    def take(self, _piece) -> None:
        self.received += 1


def test_delivering_signals_does_not_leak_references_to_true(qapp):
    """PySide6 6.12.0 dropped one reference to True per signal delivered to a Python slot; a chat
    streams thousands of pieces, and when the count reaches zero Python aborts (bool_dealloc)."""
    sender, receiver = Sender(), Receiver()
    sender.piece.connect(receiver.take)
    before = sys.getrefcount(True)
    for number in range(2000):
        sender.piece.emit(number)
    assert receiver.received == 2000
    assert sys.getrefcount(True) >= before - 50, "this PySide6 release loses references on signal delivery"
