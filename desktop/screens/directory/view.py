"""Danh bạ: units as a tree, people as a table, search with or without diacritics."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.api.client import ApiClient
from desktop.api.models import LiveEvent, Unit, UserSummary
from desktop.context import ScreenContext
from desktop.itemmodels.people import PeopleFilter, PeopleModel
from desktop.itemmodels.units import UnitTreeModel
from desktop.messages import error_text
from desktop.screens.common import MessageLabel, fit_columns
from desktop.tasks import run_in_background


def load_directory(api: ApiClient) -> tuple[list[Unit], list[UserSummary]]:
    """Units and people (off the GUI thread)."""
    return api.units(), api.users()


class DirectoryView(QWidget):
    """Browse and search the agency's people."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.units = UnitTreeModel()
        self.people = PeopleModel(self._unit_name)
        self.filter = PeopleFilter()
        self.filter.setSourceModel(self.people)
        self._build()
        self._retranslate()
        self.reload()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.filter.set_query)
        self.search_edit.textChanged.connect(lambda _text: self._update_count())
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.count_label = QLabel()
        self.tree = QTreeView()
        self.tree.setModel(self.units)
        self.tree.setHeaderHidden(True)
        self.tree.selectionModel().selectionChanged.connect(self._on_unit_selected)
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.message = MessageLabel()
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.reload_button)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Directory"))
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, position, unit… (with or without diacritics)"))
        self.reload_button.setText(self.tr("Reload"))
        if self.units.rowCount():
            self.units.item(0).setText(self.tr("All units"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "reload_button"):
            self._retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Fetch units and people again."""
        self.reload_button.setEnabled(False)
        api = self.context.api
        run_in_background(lambda: load_directory(api), on_done=self._on_loaded,
                          on_error=self._on_failed)

    def _on_loaded(self, result: tuple[list[Unit], list[UserSummary]]) -> None:
        units, people = result
        self.reload_button.setEnabled(True)
        self.message.clear_message()
        self.units.set_units(units)
        self.units.item(0).setText(self.tr("All units"))
        self.tree.expandAll()
        self.tree.setCurrentIndex(self.units.index(0, 0))
        self.people.set_people(people)
        fit_columns(self.table)
        self._update_count()

    def _on_failed(self, exc: Exception) -> None:
        self.reload_button.setEnabled(True)
        self.message.show_message(error_text(exc), "error")

    def _unit_name(self, unit_id: int | None) -> str:
        unit = self.units.unit(unit_id)
        return unit.name if unit else ""

    def _on_unit_selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        unit_id = self.units.unit_id_at(indexes[0]) if indexes else None
        self.filter.set_units(self.units.subtree_ids(unit_id))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n person(s)", "", self.filter.rowCount()))

    def on_live_event(self, event: LiveEvent) -> None:
        """Someone's account changed on the server: fetch the directory again."""
        if event.kind.startswith("user."):
            self.reload()

    def search(self, text: str) -> None:
        """Type ``text`` into the search box."""
        self.search_edit.setText(text)

    def shown_names(self) -> list[str]:
        """Full names of the rows shown, in order."""
        return [str(self.filter.index(row, 0).data()) for row in range(self.filter.rowCount())]
