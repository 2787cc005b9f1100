"""A table of documents filled page by page as it scrolls, for any ``DocumentQuery``: the search
screen's results and the drafts-and-outgoing list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.api.documents import DocumentPage
from desktop.api.requests import DocumentQuery
from desktop.context import ScreenContext
from desktop.itemmodels.documents import DocumentListModel
from desktop.messages import error_text
from desktop.namebook import Reference
from desktop.screens.common import MessageLabel
from desktop.screens.document.inplace import document_table, fit_document_columns
from desktop.tasks import run_in_background


class DocumentResults(QWidget):
    """Rows of one query; more pages load when the view reaches the end."""

    open_requested = Signal(int)
    """A row was activated: the document's id."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.query: DocumentQuery | None = None
        self.pages_fetched = 0
        self.model = DocumentListModel()
        self.model.fetch_page = self._fetch_page
        self.table = document_table(self.model)
        self.table.activated.connect(self._on_activated)
        self.table.doubleClicked.connect(self._on_activated)
        self.message = MessageLabel()
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "count_label"):
            self._update_count()
        super().changeEvent(event)

    def set_reference(self, reference: Reference) -> None:
        """How to name types and units in the rows."""
        self.model.set_namers(type_name=reference.type_name,
                              unit_name=reference.names.unit_name)

    def show_error(self, exc: Exception) -> None:
        """Say what went wrong above the table."""
        self.message.show_message(error_text(exc), "error")

    def run(self, query: DocumentQuery | None) -> None:
        """Show the first page of ``query``; ``None`` empties the table."""
        self.query, self.pages_fetched = query, 0
        if query is None:
            self.model.set_documents(())
            self._update_count()
            return
        api = self.context.api
        run_in_background(lambda: api.documents(query),
                          on_done=lambda page: self._on_page(query, page, first=True),
                          on_error=self.show_error)

    def _fetch_page(self, offset: int) -> None:
        """Rows from ``offset`` of the query: the next page, or one scrolled back to."""
        base = self.query
        if base is None:
            self.model.fetch_failed()
            return
        query, api = replace(base, offset=offset), self.context.api

        def failed(exc: Exception) -> None:
            if base == self.query:
                self.model.fetch_failed()
                self.show_error(exc)

        run_in_background(lambda: api.documents(query),
                          on_done=lambda page: self._on_page(base, page, offset=offset),
                          on_error=failed)

    def _on_page(self, query: DocumentQuery, page: DocumentPage, *, first: bool = False,
                 offset: int = 0) -> None:
        if query != self.query:
            return  # an older query answered late
        self.message.clear_message()
        self.pages_fetched += 1
        if first:  # (a page at offset 0 asked for again is not a new list)
            self.model.set_documents(page.items, has_more=page.has_more)
            fit_document_columns(self.table)
        else:
            self.model.deliver(offset, page.items, has_more=page.has_more)
        self._update_count()

    def _update_count(self) -> None:
        if self.query is None:
            self.count_label.setText("")
            return
        text = self.tr("%n document(s) found", "", self.model.rowCount())
        if self.model.has_more:
            text += " " + self.tr("(scroll for more)")
        self.count_label.setText(text)

    def _on_activated(self, index: QModelIndex) -> None:
        document = self.model.document(index.row()) if index.isValid() else None
        if document is not None:  # ``None``: a row whose page is still on its way
            self.open_requested.emit(document.id)

    def shown_subjects(self) -> list[str]:
        """Subjects of the rows shown, in order (tests)."""
        return [d.subject for d in self.model.documents()]
