"""Hồ sơ, lưu trữ: the dossier tree by year (with the catalogue's planned dossiers), opening a
dossier, the dossier panel (``panel.py``), the transfer deadlines and the fixity report."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.api.archive import ArchiveApi
from desktop.context import ScreenContext
from desktop.screens.archive.lists import (
    CODE_ROLE,
    PLANNED_ROLE,
    chosen_retention,
    fill_dossier_tree,
    fill_fixity,
    fill_retention_choices,
    fill_warnings,
)
from desktop.screens.archive.panel import FILERS, KEEPERS, DossierPanel
from desktop.screens.common import MessageLabel
from desktop.screens.document.panels import make_tree
from desktop.tasks import run_in_background


class ArchiveView(QWidget):
    """The archive: dossier tree and panel, transfer deadlines, fixity report."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.archive = ArchiveApi(context.api)
        self.roles = frozenset(context.me.user.roles)
        self.message = MessageLabel()
        self.panel = DossierPanel(context, self.message, self.reload)
        self._build()
        self._retranslate()
        self.reload()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.tabs = QTabWidget()
        splitter = QSplitter()
        splitter.addWidget(self._dossier_list())
        splitter.addWidget(self.panel)
        splitter.setSizes([430, 850])
        self.tabs.addTab(splitter, "")
        self.warnings = make_tree(["", "", "", ""])
        self.warnings.itemActivated.connect(self._warning_activated)
        self.tabs.addTab(self.warnings, "")
        self.fixity_tree = make_tree(["", "", "", ""])
        self.fixity_button = QPushButton()
        self.fixity_button.clicked.connect(self.run_fixity)
        self.fixity_button.setVisible(bool(self.roles & KEEPERS))
        fixity = QWidget()
        column = QVBoxLayout(fixity)
        column.addWidget(self.fixity_tree, 1)
        column.addWidget(self.fixity_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(fixity, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def _dossier_list(self) -> QWidget:
        self.search = QLineEdit()
        self.search.returnPressed.connect(self.reload)
        self.tree = QTreeWidget()
        self.tree.setColumnWidth(0, 300)
        self.tree.itemSelectionChanged.connect(self._selected)
        self.year, self.notation, self.title = QSpinBox(), QLineEdit(), QLineEdit()
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year)
        self.retention, self.open_button = QComboBox(), QPushButton()
        self.retention.setEditable(True)
        self.open_button.clicked.connect(self.open_dossier)
        self.opening_labels = [QLabel() for _ in range(4)]
        opening = QFormLayout()
        for label, field in zip(self.opening_labels,
                                (self.year, self.notation, self.title, self.retention),
                                strict=True):
            opening.addRow(label, field)
        opening.addRow(self.open_button)
        box = QWidget()
        box.setLayout(opening)
        box.setVisible(bool(self.roles & FILERS))
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.search)
        column.addWidget(self.tree, 1)
        column.addWidget(box)
        return left

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Dossiers and archive"))
        self.search.setPlaceholderText(self.tr("Search dossiers (with or without diacritics)"))
        self.tree.setHeaderLabels([self.tr("Dossier"), self.tr("State")])
        for label, text in zip(self.opening_labels, (
                self.tr("Year:"), self.tr("Notation:"), self.tr("Title:"),
                self.tr("Retention:")), strict=True):
            label.setText(text)
        self.title.setPlaceholderText(self.tr("From the catalogue if left empty"))
        line = self.retention.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Record category, or permanent, or years"))
        self.open_button.setText(self.tr("Open dossier"))
        self.tabs.setTabText(0, self.tr("Dossiers"))
        self.tabs.setTabText(1, self.tr("Transfer deadlines"))
        self.tabs.setTabText(2, self.tr("Fixity report"))
        self.warnings.setHeaderLabels([self.tr("Dossier"), self.tr("Title"),
                                       self.tr("Transfer by"), self.tr("Time left")])
        self.fixity_tree.setHeaderLabels([self.tr("Started"), self.tr("Items checked"),
                                          self.tr("Megabytes"), self.tr("Alerts")])
        self.fixity_button.setText(self.tr("Check fixity now"))

    def reload(self) -> None:
        """Fetch the dossiers (matching the search), catalogues, deadlines and fixity runs."""
        text = self.search.text().strip() or None
        archive = self.archive

        def load() -> tuple[Any, ...]:
            if text:
                dossiers, catalogues = archive.dossiers(text=text), []
            else:  # year by year, so that no year is cut off by a list limit
                years = archive.years()
                dossiers = [d for y in years for d in archive.dossiers(year=y)]
                catalogues = [archive.catalogue(y) for y in years]
            return (dossiers, catalogues, archive.transfer_warnings(), archive.fixity_runs(),
                    archive.retention_schedule())

        run_in_background(load, on_done=self._loaded, on_error=self.panel.fail)

    def _loaded(self, result: tuple[Any, ...]) -> None:
        dossiers, catalogues, warnings, runs, schedule = result
        fill_retention_choices(self.retention, schedule)
        fill_dossier_tree(self.tree, dossiers, catalogues)
        fill_warnings(self.warnings, warnings, self._count_warnings)
        fill_fixity(self.fixity_tree, runs)

    def _count_warnings(self, count: int) -> None:
        title = self.tr("Transfer deadlines")
        self.tabs.setTabText(1, f"{title} ({count})" if count else title)

    def _selected(self) -> None:
        items = self.tree.selectedItems()
        if not items:
            return
        planned = items[0].data(0, PLANNED_ROLE)
        if planned:  # a planned dossier: year and notation are enough to open it
            self.year.setValue(int(planned[0]))
            self.notation.setText(str(planned[1]))
            self.title.clear()
            self.retention.setCurrentText("")
        elif code := items[0].data(0, CODE_ROLE):
            self.panel.load(code)

    def _warning_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if code := item.data(0, CODE_ROLE):
            self.tabs.setCurrentIndex(0)
            self.panel.load(code)

    def open_dossier(self) -> None:
        """Open the dossier described by the form (planned: year and notation suffice)."""
        year, notation = self.year.value(), self.notation.text().strip()
        title = self.title.text().strip() or None
        category, retention = chosen_retention(self.retention)
        self.panel.run(lambda: self.archive.open_dossier(
            year=year, notation=notation, title=title, retention=retention, category=category),
            list_changed=True)

    def run_fixity(self) -> None:
        """Sweep the store and the packages now."""
        archive = self.archive

        def sweep() -> Any:
            archive.run_fixity()
            return archive.fixity_runs()

        run_in_background(sweep, on_done=lambda runs: fill_fixity(self.fixity_tree, runs),
                          on_error=self.panel.fail)
