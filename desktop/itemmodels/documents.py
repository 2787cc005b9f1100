"""Documents as a table: urgency and overdue highlighted; more rows fetched page by page."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
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
    """One row per document; ``fetch_more`` (set by the screen) loads the next page."""

    COLUMNS = ("urgency", "number", "subject", "organ", "direction", "state", "due", "created")

    def __init__(self, *, type_name: Callable[[str], str] = lambda code: code,
                 unit_name: Callable[[int | None], str] = lambda unit_id: "") -> None:
        super().__init__()
        self._rows: list[DocumentSummary] = []
        self._type_name, self._unit_name = type_name, unit_name
        self.has_more = False
        self.fetch_more: Callable[[], None] | None = None
        """Called by views when they want more rows and ``has_more`` is set."""
        self._fetching = False
        self.today = today_in_vietnam()

    def set_namers(self, *, type_name: Callable[[str], str],
                   unit_name: Callable[[int | None], str]) -> None:
        """How to show type codes and unit ids."""
        self._type_name, self._unit_name = type_name, unit_name
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1,
                                                               len(self.COLUMNS) - 1))

    def set_documents(self, documents: Iterable[DocumentSummary], *, has_more: bool = False
                      ) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(documents)
        self.has_more, self._fetching = has_more, False
        self.today = today_in_vietnam()
        self.endResetModel()

    def append(self, documents: Iterable[DocumentSummary], *, has_more: bool) -> None:
        """Add the next page."""
        new = [d for d in documents if d.id not in {r.id for r in self._rows}]
        self._fetching = False
        self.has_more = has_more
        if new:
            self.beginInsertRows(NO_INDEX, len(self._rows), len(self._rows) + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()

    def fetch_failed(self) -> None:
        """The page did not come: stop asking until the next reload."""
        self._fetching, self.has_more = False, False

    def document(self, row: int) -> DocumentSummary:
        """The document of a row."""
        return self._rows[row]

    def documents(self) -> list[DocumentSummary]:
        """Every row's document."""
        return list(self._rows)

    def canFetchMore(self, parent: Index = NO_INDEX) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self.has_more and not self._fetching \
            and self.fetch_more is not None

    def fetchMore(self, parent: Index = NO_INDEX) -> None:  # noqa: N802 - Qt API
        if self.canFetchMore(parent) and self.fetch_more is not None:
            self._fetching = True
            self.fetch_more()

    def rowCount(self, parent: Index = NO_INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

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
        document = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
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
