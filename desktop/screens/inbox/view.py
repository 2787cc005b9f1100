"""Việc của tôi / Hộp văn bản: my work by kind of step, every document with search and filters,
and the document view, in one screen. Refreshes itself on live ``document.*`` events."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.api.client import ApiClient
from desktop.api.documents import DocumentPage, MyWork
from desktop.api.models import LiveEvent
from desktop.api.requests import DocumentQuery
from desktop.context import ScreenContext
from desktop.doclabels import my_work_label
from desktop.itemmodels.documents import DocumentListModel
from desktop.messages import error_text
from desktop.namebook import Reference
from desktop.screens.common import MessageLabel
from desktop.screens.document.inplace import DocumentStack, document_table, fit_document_columns
from desktop.screens.document.view import DocumentView
from desktop.screens.inbox.filters import DocumentFilters
from desktop.tasks import run_in_background

ALL = "all"
"""The section listing every visible document (search and filters apply there)."""
LIVE_REFRESH_MS = 400
PAGE_SIZE = 50


def load_start(api: ApiClient) -> tuple[Reference, MyWork]:
    """Names, types and my work (off the GUI thread)."""
    return Reference.load(api), api.my_work()


class InboxView(QWidget):
    """My work and the document list; opens documents in place."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reference = Reference()
        self.work: MyWork | None = None
        self.section = ""
        self.query = DocumentQuery(limit=PAGE_SIZE)
        self.model = DocumentListModel()
        self.model.fetch_page = self._fetch_page
        self.document_view = DocumentView(context)
        self.document_view.changed.connect(lambda _id: self.refresh())
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_REFRESH_MS)
        self._live_timer.timeout.connect(self.refresh)
        self._build()
        self._retranslate()
        self._start()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.filters = DocumentFilters()
        self.filters.changed.connect(self._on_filters)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.refresh)
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setMaximumWidth(210)
        self.sections.setStyleSheet("#sections::item { padding: 6px 4px; }")
        self.sections.currentRowChanged.connect(self._on_section)
        self.table = document_table(self.model)
        self.table.activated.connect(self._on_activated)
        self.table.doubleClicked.connect(self._on_activated)
        self.count_label = QLabel()
        self.more_button = QPushButton()
        self.more_button.clicked.connect(lambda: self.model.fetchMore(QModelIndex()))
        self.message = MessageLabel()
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.reload_button)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.more_button)
        column.addLayout(footer)
        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 930])
        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.stack = DocumentStack(list_page, self.document_view)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("My work"))
        self.reload_button.setText(self.tr("Reload"))
        self.more_button.setText(self.tr("Load more"))
        self._fill_sections()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "more_button"):
            self._retranslate()
        super().changeEvent(event)

    # -- loading ----------------------------------------------------------------------------------

    def _start(self) -> None:
        api = self.context.api
        run_in_background(lambda: load_start(api), on_done=self._on_started,
                          on_error=self._on_failed)

    def _on_started(self, result: tuple[Reference, MyWork]) -> None:
        self.reference, work = result
        self.document_view.reference = self.reference
        self.filters.set_types(self.reference.types)
        self.model.set_namers(type_name=self.reference.type_name,
                              unit_name=self.reference.names.unit_name)
        self._on_work(work)

    def refresh(self) -> None:
        """Fetch my work again, and the shown list."""
        api = self.context.api
        run_in_background(api.my_work, on_done=self._on_work, on_error=self._on_failed)

    def _on_work(self, work: MyWork) -> None:
        self.message.clear_message()
        self.work = work
        self._fill_sections()
        if not self.section:
            first_busy = next((k for k in work.list_names() if work.counts.get(k)), ALL)
            self.select_section(first_busy)
        else:
            self._show_section()

    def _on_failed(self, exc: Exception) -> None:
        self.message.show_message(error_text(exc), "error")

    def _fill_sections(self) -> None:
        keys = (self.work.list_names() if self.work else []) + [ALL]
        self.sections.blockSignals(True)
        self.sections.clear()
        for key in keys:
            if key == ALL:
                text = self.tr("All documents")
            else:
                count = self.work.counts.get(key, 0) if self.work else 0
                text = f"{my_work_label(key)}  ({count})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if key == "overdue" and self.work and self.work.counts.get(key):
                item.setForeground(Qt.GlobalColor.red)
            if key != ALL and self.work and self.work.counts.get(key):
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.sections.addItem(item)
            if key == self.section:
                self.sections.setCurrentItem(item)
        self.sections.blockSignals(False)

    def section_keys(self) -> list[str]:
        """The sections offered, in order."""
        return [self.sections.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.sections.count())]

    def select_section(self, key: str) -> None:
        """Show one list of my work, or ``"all"``."""
        self.section = key
        for row in range(self.sections.count()):
            if self.sections.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sections.blockSignals(True)
                self.sections.setCurrentRow(row)
                self.sections.blockSignals(False)
        self._show_section()

    def _on_section(self, row: int) -> None:
        if row >= 0:
            self.select_section(self.sections.item(row).data(Qt.ItemDataRole.UserRole))

    def _show_section(self) -> None:
        if self.section == ALL:
            self._run_query(self.filters.query(limit=PAGE_SIZE))
            return
        documents = self.work.lists.get(self.section, ()) if self.work else ()
        self.model.set_documents(documents)
        self._after_rows()

    def _on_filters(self) -> None:
        if self.section != ALL:
            self.select_section(ALL)
        else:
            self._show_section()

    def search(self, text: str) -> None:
        """Search every document for ``text`` at once (tests, and the Enter key)."""
        self.filters.search.setText(text)
        self.filters.apply_now()

    def _run_query(self, query: DocumentQuery) -> None:
        self.query = query
        api = self.context.api
        run_in_background(lambda: api.documents(query),
                          on_done=lambda page: self._on_page(query, page),
                          on_error=self._on_failed)

    def _fetch_page(self, offset: int) -> None:
        """Rows from ``offset`` of the current search: the next page, or one scrolled back to."""
        if self.section != ALL:
            self.model.fetch_failed()
            return
        base, api = self.query, self.context.api
        query = replace(base, offset=offset)

        def failed(exc: Exception) -> None:
            if base == self.query:
                self.model.fetch_failed()
                self._on_failed(exc)

        run_in_background(lambda: api.documents(query),
                          on_done=lambda page: self._on_more(base, offset, page),
                          on_error=failed)

    def _on_page(self, query: DocumentQuery, page: DocumentPage) -> None:
        if query != self.query:
            return  # an older search answered late
        self.model.set_documents(page.items, has_more=page.has_more)
        self._after_rows()

    def _on_more(self, base: DocumentQuery, offset: int, page: DocumentPage) -> None:
        if base != self.query or self.section != ALL:
            return  # rows of an older search, or the list shown is one of my work now
        self.model.deliver(offset, page.items, has_more=page.has_more)
        self._update_count()

    def _after_rows(self) -> None:
        fit_document_columns(self.table)
        self._update_count()

    def _update_count(self) -> None:
        rows = self.model.rowCount()
        text = self.tr("%n document(s)", "", rows)
        if self.model.has_more:
            text += " " + self.tr("(more available)")
        self.count_label.setText(text)
        self.more_button.setVisible(self.model.has_more and self.section == ALL)

    # -- documents ------------------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        document = self.model.document(index.row()) if index.isValid() else None
        if document is not None:  # ``None``: a row whose page is still on its way
            self.open_document(document.id)

    def open_document(self, document_id: int) -> DocumentView:
        """Show one document in place of the list."""
        return self.stack.open_document(document_id)

    def show_list(self) -> None:
        """Back to the list."""
        self.stack.show_list()

    def on_live_event(self, event: LiveEvent) -> None:
        """A document changed somewhere: refresh shortly (bursts of events coalesce)."""
        if event.kind.startswith("document."):
            self._live_timer.start()
            self.document_view.on_live_event(event)

    def shown_subjects(self) -> list[str]:
        """Subjects of the rows shown, in order (tests)."""
        return [d.subject for d in self.model.documents()]
