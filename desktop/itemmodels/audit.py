"""The audit log as a table, newest first, growing page by page."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.api.models import AuditEntry
from desktop.labels import action_label, format_time

Index = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()


def _compact(value: dict[str, Any] | None) -> str:
    return "" if not value else json.dumps(value, ensure_ascii=False, sort_keys=True)


class AuditModel(QAbstractTableModel):
    """One row per audit entry: number, time, actor, action, object, change."""

    def __init__(self, actor_name: Callable[[int | None], str] = lambda actor: "") -> None:
        super().__init__()
        self._entries: list[AuditEntry] = []
        self._actor_name = actor_name

    def set_actor_names(self, actor_name: Callable[[int | None], str]) -> None:
        """How to show an actor id."""
        self._actor_name = actor_name

    def clear(self) -> None:
        """Drop every row."""
        self.beginResetModel()
        self._entries = []
        self.endResetModel()

    def append(self, entries: Iterable[AuditEntry]) -> None:
        """Add older entries at the end."""
        new = list(entries)
        if not new:
            return
        self.beginInsertRows(NO_INDEX, len(self._entries), len(self._entries) + len(new) - 1)
        self._entries.extend(new)
        self.endInsertRows()

    @property
    def oldest_seq(self) -> int | None:
        """The sequence number of the last row (to fetch the page before it)."""
        return self._entries[-1].seq if self._entries else None

    def rowCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("AuditModel", "No."),
            QCoreApplication.translate("AuditModel", "Time"),
            QCoreApplication.translate("AuditModel", "By"),
            QCoreApplication.translate("AuditModel", "Action"),
            QCoreApplication.translate("AuditModel", "Object"),
            QCoreApplication.translate("AuditModel", "Change"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if column == 0:
            return str(entry.seq)
        if column == 1:
            return format_time(entry.at, seconds=True)
        if column == 2:
            if entry.actor_id is None:
                return QCoreApplication.translate("AuditModel", "System")
            return self._actor_name(entry.actor_id)
        if column == 3:
            return action_label(entry.action) if role == Qt.ItemDataRole.DisplayRole \
                else entry.action
        if column == 4:
            return f"{entry.object_type} {entry.object_id or ''}".strip()
        change = _compact(entry.after) or _compact(entry.details)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (_compact(entry.before), change, entry.hash) if part)
        return change
