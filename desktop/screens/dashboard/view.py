"""Tổng quan: my work counted (each count opens its list), my meetings today and a chart of the
unit's workload over recent weeks. The landing screen; refreshes itself on live events."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.client import ApiClient
from desktop.api.dashboard import Dashboard
from desktop.api.documents import MY_WORK_LISTS
from desktop.api.models import LiveEvent
from desktop.context import ScreenContext
from desktop.doclabels import my_work_label
from desktop.labels import format_time
from desktop.messages import error_text
from desktop.namebook import NameBook
from desktop.screens.common import MessageLabel
from desktop.screens.dashboard.tiles import CountTile
from desktop.tasks import run_in_background
from desktop.widgets.bar_chart import BarChart, Series

MEETINGS_TODAY = "meetings_today"
"""The tile of today's meetings (not a "my work" list)."""
WEEKS = 8
LIVE_REFRESH_MS = 600
TILES_PER_ROW = 4
RECEIVED_COLOUR, COMPLETED_COLOUR, OVERDUE_COLOUR = "#1a73e8", "#1e8e3e", "#c5221f"


def load_dashboard(api: ApiClient) -> tuple[Dashboard, NameBook]:
    """The dashboard and the names of units (off the GUI thread)."""
    return api.dashboard(WEEKS), NameBook.load(api)


class DashboardView(QWidget):
    """Counts, today's meetings and the workload chart of the signed-in person."""

    work_list_requested = Signal(str)
    """A count was clicked: show that "my work" list (``to_sign``, ``overdue``…)."""
    meetings_requested = Signal()
    """The meetings tile was clicked."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.board: Dashboard | None = None
        self.names = NameBook()
        self.tiles: dict[str, CountTile] = {}
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_REFRESH_MS)
        self._live_timer.timeout.connect(self.refresh)
        self._build()
        self._retranslate()
        self.refresh()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.refresh)
        self.message = MessageLabel()
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(10)
        self.meetings_box = QGroupBox()
        self.meetings_list = QListWidget()
        self.meetings_list.setMaximumHeight(120)
        self.no_meetings = QLabel()
        box_layout = QVBoxLayout(self.meetings_box)
        box_layout.addWidget(self.no_meetings)
        box_layout.addWidget(self.meetings_list)
        self.chart_box = QGroupBox()
        self.chart = BarChart()
        chart_layout = QVBoxLayout(self.chart_box)
        chart_layout.addWidget(self.chart)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(self.tile_grid)
        layout.addWidget(self.meetings_box)
        layout.addWidget(self.chart_box, 1)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Dashboard"))
        self.reload_button.setText(self.tr("Reload"))
        self.meetings_box.setTitle(self.tr("My meetings today"))
        self.no_meetings.setText(self.tr("No meetings today."))
        self.chart.empty_text = self.tr("No documents assigned in these weeks.")
        for key, tile in self.tiles.items():
            tile.set_caption(self._caption(key))
        self._show_chart()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "chart"):
            self._retranslate()
        super().changeEvent(event)

    def _caption(self, key: str) -> str:
        return self.tr("Meetings today") if key == MEETINGS_TODAY else my_work_label(key)

    # -- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch the dashboard again."""
        api = self.context.api
        run_in_background(lambda: load_dashboard(api), on_done=self._on_loaded,
                          on_error=lambda exc: self.message.show_message(error_text(exc),
                                                                         "error"))

    def _on_loaded(self, result: tuple[Dashboard, NameBook]) -> None:
        self.board, self.names = result
        self.message.clear_message()
        self._show_tiles()
        self._show_meetings()
        self._show_chart()

    def _tile_keys(self) -> list[str]:
        if self.board is None:
            return []
        keys = [k for k in MY_WORK_LISTS if k in self.board.counts]
        return keys + sorted(k for k in self.board.counts if k not in MY_WORK_LISTS) + [
            MEETINGS_TODAY]

    def _show_tiles(self) -> None:
        keys = self._tile_keys()
        if keys != list(self.tiles):
            self._rebuild_tiles(keys)
        board = self.board
        if board is None:
            return
        for key, tile in self.tiles.items():
            if key == MEETINGS_TODAY:
                count = len(board.meetings_today)
                tile.set_count(str(count), count)
            else:
                tile.set_count(board.count_text(key), board.counts.get(key, 0))

    def _rebuild_tiles(self, keys: list[str]) -> None:
        for tile in self.tiles.values():
            self.tile_grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        for index, key in enumerate(keys):
            tile = CountTile(key, alarming=key == "overdue")
            tile.set_caption(self._caption(key))
            tile.clicked.connect(lambda _checked=False, k=key: self._on_tile(k))
            self.tile_grid.addWidget(tile, index // TILES_PER_ROW, index % TILES_PER_ROW)
            self.tiles[key] = tile

    def _on_tile(self, key: str) -> None:
        if key == MEETINGS_TODAY:
            self.meetings_requested.emit()
        else:
            self.work_list_requested.emit(key)

    def _show_meetings(self) -> None:
        meetings = self.board.meetings_today if self.board else ()
        self.meetings_list.clear()
        for meeting in meetings:
            self.meetings_list.addItem(f"{format_time(meeting.scheduled_at)[:5]}  {meeting.title}")
        self.meetings_list.setVisible(bool(meetings))
        self.no_meetings.setVisible(not meetings)

    def _show_chart(self) -> None:
        board = self.board
        if board is None:
            self.chart_box.setTitle(self.tr("Workload"))
            return
        whose = (self.tr("the whole agency") if board.unit_id is None
                 else self.names.unit_name(board.unit_id) or self.tr("my unit"))
        self.chart_box.setTitle(self.tr("Workload of {whose}, last {n} weeks").format(
            whose=whose, n=len(board.weeks)))
        categories = [self.tr("W{week}").format(week=w.iso_week) for w in board.weeks]
        self.chart.set_data(categories, [
            Series(self.tr("Received"), RECEIVED_COLOUR, tuple(w.received for w in board.weeks)),
            Series(self.tr("Completed"), COMPLETED_COLOUR,
                   tuple(w.completed for w in board.weeks)),
            Series(self.tr("Overdue"), OVERDUE_COLOUR, tuple(w.overdue for w in board.weeks)),
        ])

    def on_live_event(self, event: LiveEvent) -> None:
        """Documents or meetings changed: refresh shortly (bursts of events coalesce)."""
        if event.kind.startswith(("document.", "meeting.")):
            self._live_timer.start()

    def tile_texts(self) -> dict[str, str]:
        """Each tile's count as shown (tests)."""
        return {key: tile.count_label.text() for key, tile in self.tiles.items()}
