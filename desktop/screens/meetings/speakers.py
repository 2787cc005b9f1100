"""Positions before the meeting, the speaker queue with the per-speaker timer."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.meetings import AgendaItem, MeetingRoom, SpeakerQueue

POSITION_KINDS = ("no_objection", "objection", "wish_to_speak")


def clock_text(seconds: float) -> str:
    """``m:ss`` (a leading minus when overtime)."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"


class PositionsBox(QGroupBox):
    """Members state a position on the item before the meeting; everyone sees the list."""

    position_requested = Signal(str, str)
    """kind, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stated = QListWidget()
        self.stated.setMaximumHeight(80)
        self.reason = QLineEdit()
        self.buttons = {kind: QPushButton() for kind in POSITION_KINDS}
        row = QHBoxLayout()
        for kind, button in self.buttons.items():
            button.clicked.connect(
                lambda _c=False, k=kind: self.position_requested.emit(k, self.reason.text()))
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stated)
        layout.addWidget(self.reason)
        layout.addLayout(row)
        self.retranslate()

    def kind_label(self, kind: str) -> str:
        """A position in words."""
        return {"no_objection": self.tr("No objection"), "objection": self.tr("Objection"),
                "wish_to_speak": self.tr("Wish to speak")}.get(kind, kind)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Positions before the meeting"))
        self.reason.setPlaceholderText(self.tr("Reason (optional)"))
        for kind, button in self.buttons.items():
            button.setText(self.kind_label(kind))

    def show_item(self, room: MeetingRoom, item: AgendaItem | None, *, may_state: bool) -> None:
        """List the positions stated on the item."""
        self.stated.clear()
        if item is not None:
            for position in item.positions:
                reason = f" — {position.reason}" if position.reason else ""
                self.stated.addItem(f"{room.name_of(position.seat)}: "
                                    f"{self.kind_label(position.kind)}{reason}")
        for button in self.buttons.values():
            button.setEnabled(may_state and item is not None)
        self.reason.setEnabled(may_state and item is not None)


class SpeakersBox(QGroupBox):
    """Who speaks, for how long, and who waits; the chair gives and ends the floor."""

    request_requested = Signal()
    start_requested = Signal()
    stop_requested = Signal()
    order_requested = Signal(object)
    """The new order of the waiting speakers (a tuple of user ids; the chair)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue: SpeakerQueue | None = None
        self.fetched_at = 0.0
        self.current, self.timer_label = QLabel(), QLabel()
        self.timer_label.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.waiting = QListWidget()
        self.waiting.setMaximumHeight(80)
        self.request_button, self.start_button = QPushButton(), QPushButton()
        self.stop_button = QPushButton()
        self.request_button.clicked.connect(self.request_requested)
        self.start_button.clicked.connect(self.start_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.waiting.currentRowChanged.connect(lambda _r: self._order_buttons())
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        top = QHBoxLayout()
        top.addWidget(self.current, 1)
        top.addWidget(self.timer_label)
        buttons = QHBoxLayout()
        for button in (self.request_button, self.up_button, self.down_button, self.start_button,
                       self.stop_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.waiting)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Speakers"))
        self.request_button.setText(self.tr("Request to speak"))
        self.start_button.setText(self.tr("Give the floor to the next"))
        self.stop_button.setText(self.tr("End speech"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))

    def show_queue(self, room: MeetingRoom, queue: SpeakerQueue | None, *, me: int,
                   may_request: bool, chairs: bool) -> None:
        """Show the queue fetched just now; the timer counts on locally between fetches."""
        chosen = self.selected_speaker()
        self.queue, self.fetched_at = queue, time.monotonic()
        self.waiting.blockSignals(True)
        self.waiting.clear()
        for user in () if queue is None else queue.waiting:
            entry = QListWidgetItem(room.name_of(user))
            entry.setData(Qt.ItemDataRole.UserRole, user)
            self.waiting.addItem(entry)
            if user == chosen:
                self.waiting.setCurrentItem(entry)
        self.waiting.blockSignals(False)
        in_session = room.state == "in_session" and queue is not None
        me_waiting = queue is not None and (me in queue.waiting or queue.current == me)
        self.request_button.setEnabled(may_request and in_session and not me_waiting)
        self.start_button.setVisible(chairs)
        self.stop_button.setVisible(chairs)
        self.up_button.setVisible(chairs)
        self.down_button.setVisible(chairs)
        self._order_buttons()
        self.start_button.setEnabled(in_session and bool(queue and queue.waiting))
        self.stop_button.setEnabled(in_session and bool(queue and queue.current))
        if queue is None or queue.current is None:
            self.current.setText(self.tr("Nobody has the floor."))
            self.timer_label.clear()
            self.ticker.stop()
            return
        self.current.setText(self.tr("Speaking: %1").replace("%1", room.name_of(queue.current)))
        self._tick()
        self.ticker.start()

    def selected_speaker(self) -> int | None:
        """The user id chosen in the waiting list."""
        entry = self.waiting.currentItem()
        return None if entry is None else int(entry.data(Qt.ItemDataRole.UserRole))

    def _order_buttons(self) -> None:
        row, count = self.waiting.currentRow(), self.waiting.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def move_selected(self, step: int) -> None:
        """Ask to move the chosen waiting speaker up (-1) or down (1) the queue."""
        chosen, queue = self.selected_speaker(), self.queue
        if chosen is None or queue is None:
            return
        order = list(queue.waiting)
        index = order.index(chosen)
        target = index + step
        if 0 <= target < len(order):
            order[index], order[target] = order[target], order[index]
            self.order_requested.emit(tuple(order))

    def _tick(self) -> None:
        queue = self.queue
        if queue is None or queue.current is None:
            return
        passed = time.monotonic() - self.fetched_at
        if queue.remaining_seconds is not None:
            left = queue.remaining_seconds - passed
            self.timer_label.setText(clock_text(left))
            colour = "#d93025" if left < 0 else "#202124"
        else:
            self.timer_label.setText(clock_text((queue.elapsed_seconds or 0) + passed))
            colour = "#202124"
        self.timer_label.setStyleSheet(f"font-size: 18pt; font-weight: bold; color: {colour};")

