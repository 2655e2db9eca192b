"""The installed PySide must not run the reference counts of None/True down.

PySide6 6.12.0 loses one reference to None for every accessor call that finds no
value (``combo.currentData()``, ``item.data(role)``, ``obj.property(name)``) and
one reference to True for every queued signal emission; after a few thousand of
either, Python aborts the whole counter mid-visit. pyproject.toml keeps that
release out; this test stops any future release with the same fault from
reaching a counter.
"""
import sys

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

CALLS = 500


def _loss(call, of=None) -> int:
    before = sys.getrefcount(of)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(of)


def test_accessors_without_a_value_keep_none_alive(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("項目なし")
    combo.addItem("値がNone", None)
    listing = QListWidget()
    qtbot.addWidget(listing)
    item = QListWidgetItem("データなし", listing)
    model = QStandardItemModel()
    model.appendRow(QStandardItem("a"))
    calls = {
        "currentData": combo.currentData,
        "itemData(None)": lambda: combo.itemData(1),
        "QListWidgetItem.data": lambda: item.data(Qt.UserRole),
        "QObject.property": lambda: QObject().property("unset"),
        "QModelIndex.data": lambda: model.index(0, 0).data(Qt.UserRole),
    }
    assert all(call() is None for call in calls.values())
    losses = {name: _loss(call) for name, call in calls.items()}
    # a few references come and go with the interpreter; one per call may not
    assert all(loss < CALLS // 2 for loss in losses.values()), losses


class _Emitter(QObject):
    carried = Signal(object)


def test_queued_signals_keep_true_and_none_alive(qtbot):
    emitter = _Emitter()
    received = []
    emitter.carried.connect(received.append, Qt.QueuedConnection)
    before_none = sys.getrefcount(None)
    true_loss = _loss(lambda: emitter.carried.emit(None), of=True)
    QCoreApplication.processEvents()
    assert len(received) == CALLS
    received.clear()
    none_loss = before_none - sys.getrefcount(None)
    assert true_loss < CALLS // 2
    assert none_loss < CALLS // 2
