"""The Qt binding keeps Python's reference counts: guards the PySide6 pin in pyproject.toml.

PySide6 6.12.0 drops a reference to ``None`` each time a Python override of ``data()`` or
``headerData()`` hands it back to Qt. Views ask for every role of every painted cell, so on
Python 3.11 (where ``None`` and the booleans are ordinary objects) scrolling a long list frees
``None`` and the client aborts. These tests run the calls Qt makes thousands of times and expect
the counts back where they started.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest

from PySide6.QtCore import (
    QAbstractListModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication

CALLS = 2_000
SLACK = 50  # other code may take or give back a few references meanwhile
_ROOT = QModelIndex()


class _ConstantModel(QAbstractListModel):
    def __init__(self, value: object) -> None:
        super().__init__()
        self._value = value

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._value

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._value


def _drift(value: object, call: Callable[[QIdentityProxyModel, QModelIndex], object]) -> int:
    model = _ConstantModel(value)
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(model)  # C++ calls the Python override, as a view does
    cell = proxy.index(1, 0)
    before = sys.getrefcount(value)
    for _ in range(CALLS):
        call(proxy, cell)
    return sys.getrefcount(value) - before


@pytest.mark.parametrize("value", [None, True, False], ids=["None", "True", "False"])
def test_values_returned_from_data_keep_their_references(ui_app: QApplication,
                                                         value: object) -> None:
    drift = _drift(value, lambda proxy, cell: proxy.data(cell, Qt.ItemDataRole.DisplayRole))
    assert abs(drift) < SLACK, f"{CALLS} data() calls moved the count by {drift}"
    drift = _drift(value, lambda proxy, _cell: proxy.headerData(
        0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
    assert abs(drift) < SLACK, f"{CALLS} headerData() calls moved the count by {drift}"


class _Emitter(QObject):
    carried = Signal(object)


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.received = 0

    def take(self, _value: object) -> None:
        self.received += 1


def test_signals_carrying_none_keep_its_references(ui_app: QApplication) -> None:
    emitter, receiver = _Emitter(), _Receiver()
    emitter.carried.connect(receiver.take)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        emitter.carried.emit(None)
    assert receiver.received == CALLS
    assert abs(sys.getrefcount(None) - before) < SLACK
