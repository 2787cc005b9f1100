"""The agency's units as a tree (``QTreeView``), with an "all units" root."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.api.models import Unit

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Data role holding a unit's id (``None`` on the root)."""
Index = QModelIndex | QPersistentModelIndex


class UnitTreeModel(QStandardItemModel):
    """Units under their parents; children sorted by name (Vietnamese-aware via Qt's collator)."""

    def __init__(self) -> None:
        super().__init__()
        self._units: dict[int, Unit] = {}
        self._children: dict[int | None, list[int]] = {}

    def set_units(self, units: Iterable[Unit]) -> None:
        """Replace the tree."""
        self.clear()
        self._units = {unit.id: unit for unit in units}
        self._children = {}
        for unit in self._units.values():
            parent = unit.parent_id if unit.parent_id in self._units else None
            self._children.setdefault(parent, []).append(unit.id)
        root = QStandardItem(QCoreApplication.translate("UnitTreeModel", "All units"))
        root.setData(None, UNIT_ID_ROLE)
        root.setEditable(False)
        self._add_children(root, None)
        self.appendRow(root)

    def _add_children(self, item: QStandardItem, parent_id: int | None) -> None:
        for unit_id in sorted(self._children.get(parent_id, []),
                              key=lambda i: self._units[i].name):
            unit = self._units[unit_id]
            child = QStandardItem(unit.name)
            child.setToolTip(unit.code)
            child.setData(unit.id, UNIT_ID_ROLE)
            child.setEditable(False)
            self._add_children(child, unit.id)
            item.appendRow(child)

    def unit(self, unit_id: int | None) -> Unit | None:
        """A unit by id."""
        return self._units.get(unit_id) if unit_id is not None else None

    def units(self) -> list[Unit]:
        """Every unit, by name."""
        return sorted(self._units.values(), key=lambda u: u.name)

    def subtree_ids(self, unit_id: int | None) -> frozenset[int] | None:
        """The unit and all units below it; ``None`` (no restriction) for the root."""
        if unit_id is None:
            return None
        found, pending = set(), [unit_id]
        while pending:
            current = pending.pop()
            found.add(current)
            pending.extend(self._children.get(current, []))
        return frozenset(found)

    def unit_id_at(self, index: Index) -> int | None:
        """The unit id of an index (``None`` for the root or nothing)."""
        value = index.data(UNIT_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None
