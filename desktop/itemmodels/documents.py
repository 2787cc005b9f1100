"""Documents as a table: urgency and overdue highlighted; rows fetched page by page, windowed.

The model holds a bounded window of pages (``window.RowWindow``): scrolling through 100,000
documents keeps memory flat. A row whose page was dropped shows as loading and its page is asked
for again (``fetch_page``, set by the screen, answered with ``deliver``) once the paint that
wanted it is over — never from inside ``data()``, where a synchronous answer would reset the
model in the middle of painting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.api.documents import DocumentSummary
from desktop.doclabels import (
    URGENCY_COLOURS,
    direction_label,
    document_state_label,
    format_date,
    urgency_label,
)
from desktop.itemmodels.window import MAX_PAGES, PAGE_ROWS, RowWindow
from desktop.labels import format_time

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Data role holding the row's ``DocumentSummary``."""
Index = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()
OVERDUE_COLOUR = "#c5221f"
VIETNAM = timezone(timedelta(hours=7))


def today_in_vietnam() -> date:
    """The date in Hà Nội (deadlines are Vietnamese calendar days)."""
    return datetime.now(VIETNAM).date()


class DocumentListModel(QAbstractTableModel):
    """One row per document; ``fetch_page(offset)`` (set by the screen) loads rows from there.

    The screen answers with ``deliver(offset, documents, has_more=...)`` — or ``fetch_failed()``.
    Views ask for the next page at the bottom (``fetchMore``); pages dropped from the window are
    asked for again when their rows are painted.
    """

    COLUMNS = ("urgency", "number", "subject", "organ", "direction", "state", "due", "created")

    def __init__(self, *, type_name: Callable[[str], str] = lambda code: code,
                 unit_name: Callable[[int | None], str] = lambda unit_id: "",
                 page_rows: int = PAGE_ROWS, max_pages: int = MAX_PAGES) -> None:
        super().__init__()
        self._window: RowWindow[DocumentSummary] = RowWindow(page_rows=page_rows,
                                                             max_pages=max_pages)
        self._type_name, self._unit_name = type_name, unit_name
        self.has_more = False
        self.fetch_page: Callable[[int], None] | None = None
        """Called with the offset of the rows wanted: the next page, or one dropped earlier."""
        self._fetching = False
        self._requested: set[int] = set()
        """Offsets asked for again and not answered yet (each page is asked for once)."""
        self._wanted: set[int] = set()
        """Offsets found missing while painting, asked for once the paint is over."""
        self._refetch_failed = False
        self._ask_timer = QTimer(self, singleShot=True, interval=0)
        self._ask_timer.timeout.connect(self._ask_for_wanted)
        self.today = today_in_vietnam()

    def set_namers(self, *, type_name: Callable[[str], str],
                   unit_name: Callable[[int | None], str]) -> None:
        """How to show type codes and unit ids."""
        self._type_name, self._unit_name = type_name, unit_name
        if self._window.known:
            self.dataChanged.emit(self.index(0, 0), self.index(self._window.known - 1,
                                                               len(self.COLUMNS) - 1))

    def set_documents(self, documents: Iterable[DocumentSummary], *, has_more: bool = False
                      ) -> None:
        """Replace every row (the first page of a new list, or a whole short list)."""
        self.beginResetModel()
        self._window.reset(list(documents))
        self.has_more, self._fetching, self._refetch_failed = has_more, False, False
        self._requested.clear()
        self._wanted.clear()
        self.today = today_in_vietnam()
        self.endResetModel()

    def deliver(self, offset: int, documents: Iterable[DocumentSummary], *, has_more: bool
                ) -> None:
        """Rows fetched from ``offset``: the next page, or a page dropped earlier."""
        rows = list(documents)
        self._requested.discard(offset)
        known = self._window.known
        if offset >= known:  # the next page: the list grows
            self._fetching = False
            self.has_more = has_more
            if offset > known or not rows:
                return  # a page past a gap cannot be placed (the list was reset meanwhile)
            self.beginInsertRows(NO_INDEX, known, known + len(rows) - 1)
            self._window.store(offset, rows)
            self.endInsertRows()
            return
        # A page asked for again. Rows beyond ``known`` (the list grew on the server since)
        # are left for the next page, so that the row count only changes at the bottom.
        rows = rows[:known - offset]
        if rows:
            self._window.store(offset, rows)
            self.dataChanged.emit(self.index(offset, 0),
                                  self.index(offset + len(rows) - 1, len(self.COLUMNS) - 1))

    def fetch_failed(self) -> None:
        """A page did not come: stop asking until the next reload."""
        self._fetching, self.has_more, self._refetch_failed = False, False, True
        self._requested.clear()
        self._wanted.clear()

    def document(self, row: int) -> DocumentSummary | None:
        """The document of a row, ``None`` while its page is being fetched again."""
        return self._window.get(row)

    def documents(self) -> list[DocumentSummary]:
        """The documents held, in order (every row, unless the list outgrew the window)."""
        return self._window.rows_held()

    @property
    def pages_held(self) -> int:
        """How many pages of rows are in memory (the bench and tests)."""
        return len(self._window.pages_held)

    def canFetchMore(self, parent: Index = NO_INDEX) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self.has_more and not self._fetching \
            and self.fetch_page is not None

    def fetchMore(self, parent: Index = NO_INDEX) -> None:  # noqa: N802 - Qt API
        if self.canFetchMore(parent) and self.fetch_page is not None:
            self._fetching = True
            self.fetch_page(self._window.known)

    def _want(self, row: int) -> None:
        offset = self._window.missing_page_offset(row)
        if offset is None or offset in self._requested or self._refetch_failed \
                or self.fetch_page is None:
            return
        self._wanted.add(offset)
        self._ask_timer.start()

    def _ask_for_wanted(self) -> None:
        # Only pages still missing: a page wanted by a paint may have been delivered since.
        wanted, self._wanted = sorted(self._wanted), set()
        for offset in wanted:
            if self._window.missing_page_offset(offset) is None or offset in self._requested:
                continue
            if self.fetch_page is not None:
                self._requested.add(offset)
                self.fetch_page(offset)

    def rowCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self._window.known

    def columnCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Urgency"), self.tr("Number"), self.tr("Subject"),
                  self.tr("From / unit"), self.tr("Direction"), self.tr("State"),
                  self.tr("Deadline"), self.tr("Created"))
        return titles[section]

    def _number(self, document: DocumentSummary) -> str:
        if document.direction == "incoming" and document.arrival_number is not None:
            text = self.tr("Arrival {n}").format(
                n=document.arrival_number)
            return f"{text} · {document.number_notation}" if document.number_notation else text
        return document.number_notation

    def _text(self, document: DocumentSummary, column: str) -> str:
        values: dict[str, Callable[[], str]] = {
            "urgency": lambda: "" if document.urgency == "normal"
            else urgency_label(document.urgency),
            "number": lambda: self._number(document),
            "subject": lambda: f"{self._type_name(document.type_code)}: {document.subject}",
            "organ": lambda: document.issuing_organ_name
            or self._unit_name(document.drafting_unit_id),
            "direction": lambda: direction_label(document.direction),
            "state": lambda: document_state_label(document.state),
            "due": lambda: format_date(document.due_date),
            "created": lambda: format_time(document.created_at)[-10:],
        }
        return values[column]()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        document = self._window.get(index.row())
        column = self.COLUMNS[index.column()]
        if document is None:  # its page was dropped: show that it is coming, and fetch it
            self._want(index.row())
            if role == Qt.ItemDataRole.DisplayRole and column == "subject":
                return "…"
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == "created":
            return format_time(document.created_at)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(document, column)
        if role == DOCUMENT_ROLE:
            return document
        overdue = document.is_overdue(self.today)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and column in ("due", "subject"):
                return QBrush(QColor(OVERDUE_COLOUR))
            if column == "urgency" and document.urgency in URGENCY_COLOURS:
                return QBrush(QColor(URGENCY_COLOURS[document.urgency]))
        if role == Qt.ItemDataRole.FontRole and (
                (column == "urgency" and document.urgency != "normal")
                or (overdue and column == "due")):
            font = QFont()
            font.setBold(True)
            return font
        return None
