"""The vote panel: cast my ballot, see the live result as a chart; the chair opens and closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.meetings import MeetingRoom, Vote
from desktop.screens.meetings.chart import VoteChart

CHOICES = ("yes", "no", "abstain")
MODES = ("open", "named", "secret")


class VotePanel(QGroupBox):
    """The newest vote of the current item (or of the meeting)."""

    cast_requested = Signal(str, str)
    """vote id, choice."""
    open_requested = Signal(str, str)
    """motion, mode."""
    close_requested = Signal(str)
    """vote id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vote: Vote | None = None
        self.motion, self.status = QLabel(), QLabel()
        self.motion.setWordWrap(True)
        self.motion.setStyleSheet("font-weight: bold;")
        self.chart = VoteChart()
        self.choice_buttons = {choice: QPushButton() for choice in CHOICES}
        for choice, button in self.choice_buttons.items():
            button.clicked.connect(self._cast(choice))
        self.new_motion, self.mode = QLineEdit(), QComboBox()
        self.mode.addItems(["", "", ""])
        self.open_button, self.close_button = QPushButton(), QPushButton()
        self.open_button.clicked.connect(
            lambda: self.open_requested.emit(self.new_motion.text().strip(),
                                             MODES[self.mode.currentIndex()]))
        self.close_button.clicked.connect(self._close)
        self.chair_row = QWidget()
        chair = QVBoxLayout(self.chair_row)
        chair.setContentsMargins(0, 0, 0, 0)
        chair.addWidget(self.new_motion)
        steps = QHBoxLayout()
        steps.addWidget(self.mode, 1)
        steps.addWidget(self.open_button)
        steps.addWidget(self.close_button)
        chair.addLayout(steps)
        ballots = QHBoxLayout()
        for button in self.choice_buttons.values():
            ballots.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.motion)
        layout.addWidget(self.status)
        layout.addWidget(self.chart)
        layout.addLayout(ballots)
        layout.addWidget(self.chair_row)
        self.retranslate()

    def _cast(self, choice: str) -> Callable[[], None]:
        def cast() -> None:
            if self.vote is not None:
                self.cast_requested.emit(self.vote.vote_id, choice)

        return cast

    def _close(self) -> None:
        if self.vote is not None:
            self.close_requested.emit(self.vote.vote_id)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Vote"))
        for choice, text in zip(CHOICES, self._choice_labels(), strict=True):
            self.choice_buttons[choice].setText(text)
        for index, text in enumerate((self.tr("Open"), self.tr("Named (signed)"),
                                      self.tr("Secret"))):
            self.mode.setItemText(index, text)
        self.new_motion.setPlaceholderText(self.tr("Motion to vote on"))
        self.open_button.setText(self.tr("Open vote"))
        self.close_button.setText(self.tr("Close vote"))

    def _choice_labels(self) -> tuple[str, str, str]:
        return self.tr("In favour"), self.tr("Against"), self.tr("Abstain")

    def show_vote(self, room: MeetingRoom, *, may_vote: bool, chairs: bool) -> None:
        """Show the item's newest vote; ``chairs`` shows the opening and closing controls."""
        current = room.current_item
        votes = [v for v in room.votes if current is None or v.item_id == current.item_id]
        self.vote = votes[-1] if votes else None
        vote = self.vote
        in_session = room.state == "in_session"
        self.chair_row.setVisible(chairs and in_session)
        self.open_button.setEnabled(room.open_vote is None)
        self.close_button.setEnabled(vote is not None and vote.is_open)
        can_cast = may_vote and vote is not None and vote.is_open and not vote.my_seat_voted
        for button in self.choice_buttons.values():
            button.setEnabled(can_cast)
        if vote is None:
            self.motion.setText(self.tr("No vote on this item yet."))
            self.status.clear()
            self.chart.set_counts(None, scale=room.quorum.total_seats,
                                  labels=self._choice_labels())
            return
        self.motion.setText(vote.motion)
        self.status.setText(self._status_text(vote, room))
        counts = None if vote.yes is None else (vote.yes, vote.no or 0, vote.abstain or 0)
        self.chart.set_counts(counts, scale=room.quorum.total_seats,
                              labels=self._choice_labels())

    def _status_text(self, vote: Vote, room: MeetingRoom) -> str:
        mode = {"open": self.tr("open vote"), "named": self.tr("named vote"),
                "secret": self.tr("secret ballot")}.get(vote.mode, vote.mode)
        if vote.is_open:
            mine = self.tr(" — you have voted") if vote.my_seat_voted else ""
            return self.tr("Voting (%1): %2 of %3 seats have voted%4").replace(
                "%1", mode).replace("%2", str(vote.ballots_cast)).replace(
                "%3", str(room.quorum.total_seats)).replace("%4", mine)
        outcome = self.tr("adopted") if vote.adopted else self.tr("not adopted")
        return self.tr("Closed (%1): %2").replace("%1", mode).replace("%2", outcome)
