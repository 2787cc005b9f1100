"""Tìm kiếm: every document one may see, by words (with or without diacritics) and filters —
type, direction, state, urgency, creation dates, unit, assignee. Results load page by page as
the table scrolls; a document opens in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.api.requests import DocumentQuery
from desktop.context import ScreenContext
from desktop.namebook import Reference
from desktop.screens.document.inplace import DocumentStack
from desktop.screens.document.view import DocumentView
from desktop.screens.inbox.filters import DocumentFilters
from desktop.screens.search.filters import ExtraFilters
from desktop.screens.search.results import DocumentResults
from desktop.tasks import run_in_background

PAGE_SIZE = 50


class SearchView(QWidget):
    """The search form over a lazily filled result table."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.document_view = DocumentView(context)
        self._build()
        self._retranslate()
        api = context.api
        run_in_background(lambda: Reference.load(api), on_done=self._on_reference,
                          on_error=self.results.show_error)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.filters = DocumentFilters()
        self.filters.changed.connect(self.run_search)
        self.extra = ExtraFilters()
        self.extra.changed.connect(self.run_search)
        self.hint = QLabel()
        self.results = DocumentResults(self.context)
        self.results.open_requested.connect(self.open_document)
        self.model, self.table = self.results.model, self.results.table
        page = QWidget()
        layout = QVBoxLayout(page)
        for widget in (self.heading, self.filters, self.extra, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.results, 1)
        self.stack = DocumentStack(page, self.document_view)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Search documents"))
        self.hint.setText(self.tr("Type words (with or without diacritics) or choose filters; "
                                  "the results appear as you go."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "hint"):
            self._retranslate()
        super().changeEvent(event)

    def _on_reference(self, reference: Reference) -> None:
        self.document_view.reference = reference
        self.filters.set_types(reference.types)
        self.extra.set_names(reference.names)
        self.results.set_reference(reference)

    # -- searching ------------------------------------------------------------------------------

    def current_query(self) -> DocumentQuery:
        """The query the form describes (first page)."""
        return self.extra.narrow(self.filters.query(limit=PAGE_SIZE))

    def search(self, text: str) -> None:
        """Search for ``text`` at once (tests, and the Enter key)."""
        self.filters.search.setText(text)
        self.filters.apply_now()

    def run_search(self) -> None:
        """Run the form's query; an empty form clears the results."""
        filtering = self.filters.is_filtering() or self.extra.is_filtering()
        self.hint.setVisible(not filtering)
        self.results.run(self.current_query() if filtering else None)

    @property
    def pages_fetched(self) -> int:
        """Pages of the current query received so far."""
        return self.results.pages_fetched

    @property
    def count_label(self) -> QLabel:
        """The line under the table saying how many documents were found."""
        return self.results.count_label

    def shown_subjects(self) -> list[str]:
        """Subjects of the rows shown, in order (tests)."""
        return self.results.shown_subjects()

    # -- documents ------------------------------------------------------------------------------

    def open_document(self, document_id: int) -> DocumentView:
        """Show one document in place of the results."""
        return self.stack.open_document(document_id)

    def show_results(self) -> None:
        """Back to the results."""
        self.stack.show_list()
