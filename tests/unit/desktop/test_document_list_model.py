"""The windowed document list under a real table view, fed by an in-memory list (no server)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from desktop.api.documents import DocumentSummary
from desktop.itemmodels.documents import DocumentListModel

ROWS, PAGE, MAX_PAGES = 1_000, 50, 4
SUBJECT = 2  # the column showing the subject
WHEN = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def summary(number: int) -> DocumentSummary:
    return DocumentSummary(id=number + 1, direction="incoming", state="registered",
                           type_code="CV", subject=f"Văn bản số {number}", urgency="normal",
                           confidentiality="normal", created_by=1, created_at=WHEN,
                           updated_at=WHEN)


class Server:
    """Answers pages by offset at once, as an inline runner would, and counts the asks."""

    def __init__(self, model: DocumentListModel) -> None:
        self.model = model
        self.asked: list[int] = []
        self.documents = [summary(i) for i in range(ROWS)]
        self.failing = False

    def fetch(self, offset: int) -> None:
        self.asked.append(offset)
        if self.failing:
            self.model.fetch_failed()
            return
        rows = self.documents[offset:offset + PAGE]
        self.model.deliver(offset, rows, has_more=offset + PAGE < len(self.documents))


@pytest.fixture
def listing(qapp: QApplication) -> Iterator[tuple[DocumentListModel, QTableView, Server]]:
    model = DocumentListModel(page_rows=PAGE, max_pages=MAX_PAGES)
    server = Server(model)
    model.fetch_page = server.fetch
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    model.set_documents(server.documents[:PAGE], has_more=True)
    QApplication.processEvents()
    yield model, view, server
    view.close()
    view.deleteLater()


def scroll_to_end(model: DocumentListModel, view: QTableView) -> None:
    while model.canFetchMore(QModelIndex()):
        view.scrollToBottom()
        QApplication.processEvents()  # the view asks for more when it reaches the bottom
        model.fetchMore(QModelIndex())
        assert model.pages_held <= MAX_PAGES


def subject(model: DocumentListModel, row: int) -> str:
    return str(model.index(row, SUBJECT).data())


def test_scrolling_the_whole_list_keeps_a_bounded_window(
        listing: tuple[DocumentListModel, QTableView, Server]) -> None:
    model, view, server = listing
    scroll_to_end(model, view)
    assert model.rowCount() == ROWS and not model.has_more
    assert model.pages_held <= MAX_PAGES and len(model.documents()) <= MAX_PAGES * PAGE
    assert model.document(ROWS - 1) == server.documents[-1]
    assert model.document(0) is None  # dropped long ago
    assert server.asked == list(range(PAGE, ROWS, PAGE))  # each page once, in order


def test_rows_scrolled_back_to_are_fetched_again_and_selection_stays(
        listing: tuple[DocumentListModel, QTableView, Server]) -> None:
    model, view, server = listing
    scroll_to_end(model, view)
    view.selectionModel().select(model.index(990, 0), QItemSelectionModel.SelectionFlag.Rows
                                 | QItemSelectionModel.SelectionFlag.ClearAndSelect)
    server.asked.clear()
    view.scrollToTop()
    assert subject(model, 0) == "…"  # painted as coming while its page is asked for
    QApplication.processEvents()  # the paint is over: the missing page is asked for
    assert server.asked == [0] and subject(model, 0) == "CV: Văn bản số 0"
    assert [i.row() for i in view.selectionModel().selectedRows()] == [990]
    assert model.rowCount() == ROWS and model.pages_held <= MAX_PAGES
    view.scrollTo(model.index(990, 0))
    QApplication.processEvents()
    QApplication.processEvents()
    assert subject(model, 990) == "CV: Văn bản số 990"


def test_a_failed_page_stops_the_asking(
        listing: tuple[DocumentListModel, QTableView, Server]) -> None:
    model, view, server = listing
    scroll_to_end(model, view)
    server.failing, server.asked = True, []
    view.scrollToTop()
    QApplication.processEvents()
    view.viewport().repaint()
    QApplication.processEvents()
    assert server.asked == [0] and subject(model, 0) == "…"  # asked once, not in a loop
    server.failing = False
    model.set_documents(server.documents[:PAGE], has_more=True)  # the next reload starts over
    assert model.rowCount() == PAGE and subject(model, 0) == "CV: Văn bản số 0"


def test_a_late_page_of_a_shorter_list_is_not_placed_past_a_gap(
        listing: tuple[DocumentListModel, QTableView, Server]) -> None:
    model, _view, server = listing
    model.deliver(5 * PAGE, server.documents[5 * PAGE:6 * PAGE], has_more=True)
    assert model.rowCount() == PAGE
    model.deliver(PAGE, server.documents[PAGE:2 * PAGE], has_more=False)
    assert model.rowCount() == 2 * PAGE and not model.canFetchMore(QModelIndex())
