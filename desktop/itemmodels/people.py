"""People of the agency as a table, and a filter by unit and by words with or without diacritics."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette

from desktop.api.models import UserSummary
from desktop.labels import roles_text
from desktop.text import fold, matches

USER_ROLE = Qt.ItemDataRole.UserRole + 1
"""Data role holding the row's ``UserSummary``."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""Data role used for sorting (folded text, so "Đ" sorts with "D")."""
Index = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()


def sort_key(text: str, *, by_given_name: bool = False) -> str:
    """Folded text; Vietnamese names sort by the given name (the last word), then in full."""
    if by_given_name and text.split():
        text = f"{text.split()[-1]} {text}"
    return fold(text)


class PeopleModel(QAbstractTableModel):
    """One row per person: name, position, unit, roles, user name, e-mail."""

    COLUMNS = ("full_name", "position", "unit", "roles", "username", "email")

    def __init__(self, unit_name: Callable[[int | None], str] = lambda unit_id: "") -> None:
        super().__init__()
        self._people: list[UserSummary] = []
        self._unit_name = unit_name

    def set_unit_names(self, unit_name: Callable[[int | None], str]) -> None:
        """How to show a unit id."""
        self._unit_name = unit_name
        if self._people:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._people) - 1, 2))

    def set_people(self, people: Iterable[UserSummary]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def upsert(self, person: UserSummary) -> None:
        """Add a person or refresh their row."""
        for row, existing in enumerate(self._people):
            if existing.id == person.id:
                self._people[row] = person
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                return
        self.beginInsertRows(NO_INDEX, len(self._people), len(self._people))
        self._people.append(person)
        self.endInsertRows()

    def person(self, row: int) -> UserSummary:
        """The person of a row."""
        return self._people[row]

    def rowCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("PeopleModel", "Full name"),
            QCoreApplication.translate("PeopleModel", "Position"),
            QCoreApplication.translate("PeopleModel", "Unit"),
            QCoreApplication.translate("PeopleModel", "Roles"),
            QCoreApplication.translate("PeopleModel", "User name"),
            QCoreApplication.translate("PeopleModel", "E-mail"),
        )
        return titles[section]

    def _text(self, person: UserSummary, column: str) -> str:
        if column == "unit":
            return self._unit_name(person.unit_id)
        if column == "roles":
            return roles_text(person.roles)
        value = getattr(person, column)
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(person, column)
        if role == SORT_ROLE:
            return sort_key(self._text(person, column), by_given_name=column == "full_name")
        if role == USER_ROLE:
            return person
        if role == Qt.ItemDataRole.ForegroundRole and not person.is_active:
            return QBrush(QColor(QPalette().color(QPalette.ColorRole.PlaceholderText)))
        return None


class PeopleFilter(QSortFilterProxyModel):
    """Keeps people matching the search words (any spelling) and belonging to chosen units."""

    def __init__(self) -> None:
        super().__init__()
        self._query = ""
        self._units: frozenset[int] | None = None
        self.setSortRole(SORT_ROLE)

    def set_query(self, query: str) -> None:
        """Words to look for in name, position, user name, e-mail and unit."""
        self._refilter(lambda: setattr(self, "_query", query))

    def set_units(self, unit_ids: frozenset[int] | None) -> None:
        """Only these units (``None`` for all)."""
        self._refilter(lambda: setattr(self, "_units", unit_ids))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter is deprecated there
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, PeopleModel):
            return True
        person = model.person(source_row)
        if self._units is not None and person.unit_id not in self._units:
            return False
        unit = model.index(source_row, 2).data()
        return matches(self._query, person.full_name, person.position, person.username,
                       person.email, unit)
