"""A list page with the document view shown in its place — the inbox, search and outgoing lists."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStackedWidget, QTableView, QWidget

from desktop.screens.document.view import DocumentView


class DocumentStack(QStackedWidget):
    """The list page first; a document opens over it and its Back button returns to the list."""

    def __init__(self, page: QWidget, document_view: DocumentView) -> None:
        super().__init__()
        self.document_view = document_view
        self.addWidget(page)
        self.addWidget(document_view)
        document_view.back_requested.connect(self.show_list)

    def open_document(self, document_id: int) -> DocumentView:
        """Show one document in place of the list."""
        self.document_view.message.clear_message()
        self.setCurrentWidget(self.document_view)
        self.document_view.load(document_id)
        return self.document_view

    def show_list(self) -> None:
        """Back to the list."""
        self.setCurrentIndex(0)


def document_table(model: QAbstractItemModel) -> QTableView:
    """A read-only table of documents: whole rows, one at a time, columns the user may resize."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    return table


COLUMN_WIDTHS = {0: 110, 1: 170, 3: 180, 4: 110}
"""The widest the narrow columns get; the subject (column 2) takes the rest."""


def fit_document_columns(table: QTableView) -> None:
    """Size the columns to the rows shown, within their limits, the subject stretching."""
    header = table.horizontalHeader()
    table.resizeColumnsToContents()
    for column, widest in COLUMN_WIDTHS.items():
        header.resizeSection(column, min(header.sectionSize(column), widest))
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
