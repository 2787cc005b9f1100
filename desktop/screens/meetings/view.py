"""Phòng họp: my meetings and my opinion ballots; a meeting opens in the room beside the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.api.meetings import MeetingsApi, MeetingSummary
from desktop.api.models import LiveEvent, Role
from desktop.context import ScreenContext
from desktop.messages import error_text
from desktop.screens.common import MessageLabel
from desktop.screens.meetings import signer
from desktop.screens.meetings.ballot_editor import SentBallots
from desktop.screens.meetings.ballots import BallotInbox
from desktop.screens.meetings.preparation import PREPARED_STATES, PreparationDialog
from desktop.screens.meetings.room import MeetingRoomView
from desktop.tasks import run_in_background


class MeetingsView(QWidget):
    """The meeting list, the room of the chosen meeting, and the opinion-ballot inbox."""

    def __init__(self, context: ScreenContext, *, key_provider: signer.KeyProvider | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.api = MeetingsApi(context.api)
        self.key_provider = key_provider or signer.ask_key(context, self)
        self.meetings: list[MeetingSummary] = []
        self.room: MeetingRoomView | None = None
        self.preparation: PreparationDialog | None = None
        self.secretary = MEETING_SECRETARY in context.me.user.roles
        self._build()
        self._retranslate()
        self.reload()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.new_button, self.prepare_button = QPushButton(), QPushButton()
        self.new_button.setVisible(self.secretary)
        self.new_button.clicked.connect(lambda: self.open_preparation(None))
        self.prepare_button.clicked.connect(self._prepare_chosen)
        self.message = MessageLabel()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda current, _p: self._open(current))
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rooms = QStackedWidget()
        self.rooms.addWidget(self.placeholder)
        meetings = QSplitter(Qt.Orientation.Horizontal)
        meetings.addWidget(self.list)
        meetings.addWidget(self.rooms)
        meetings.setStretchFactor(1, 1)
        meetings.setSizes([230, 1170])
        self.ballots = BallotInbox(self.api, me=self.context.me.user.id,
                                   key_provider=self.key_provider)
        self.tabs = QTabWidget()
        self.tabs.addTab(meetings, "")
        self.tabs.addTab(self.ballots, "")
        self.sent_ballots: SentBallots | None = None
        if self.secretary:
            self.sent_ballots = SentBallots(self.context, self.api)
            self.tabs.addTab(self.sent_ballots, "")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.prepare_button)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Meeting room"))
        self.reload_button.setText(self.tr("Reload"))
        self.tabs.setTabText(0, self.tr("Meetings"))
        self.tabs.setTabText(1, self.tr("Opinion ballots"))
        if self.sent_ballots is not None:
            self.tabs.setTabText(2, self.tr("Ballots I sent"))
        self.new_button.setText(self.tr("New meeting…"))
        self.prepare_button.setText(self.tr("Prepare…"))
        self.placeholder.setText(self.tr("Choose a meeting on the left."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self._retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Fetch my meetings (and the open room, and my ballots) again."""
        run_in_background(self.api.meetings, on_done=self._loaded,
                          on_error=lambda e: self.message.show_message(error_text(e), "error"))
        if self.room is not None:
            self.room.reload()
        self.ballots.reload()
        if self.sent_ballots is not None:
            self.sent_ballots.reload()

    def _loaded(self, meetings: list[MeetingSummary]) -> None:
        self.meetings = meetings
        self._fill()

    def state_label(self, state: str) -> str:
        """A meeting state in words."""
        return {"draft": self.tr("Draft"), "published": self.tr("Published"),
                "in_session": self.tr("In session"), "closed": self.tr("Closed"),
                "archived": self.tr("Archived")}.get(state, state)

    def _fill(self) -> None:
        chosen = None if self.room is None else self.room.meeting_id
        self.list.blockSignals(True)
        self.list.clear()
        for meeting in self.meetings:
            when = meeting.scheduled_at.astimezone().strftime("%d/%m/%Y %H:%M")
            entry = QListWidgetItem(f"{meeting.title}\n{when} · {self.state_label(meeting.state)}")
            entry.setData(Qt.ItemDataRole.UserRole, meeting.meeting_id)
            self.list.addItem(entry)
            if meeting.meeting_id == chosen:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        self._prepare_enabled()

    def _chosen_meeting(self) -> MeetingSummary | None:
        chosen = None if self.room is None else self.room.meeting_id
        return next((m for m in self.meetings if m.meeting_id == chosen), None)

    def _prepare_enabled(self) -> None:
        meeting = self._chosen_meeting()
        # Only the meeting's chair and secretary prepare it; others never see the button.
        self.prepare_button.setVisible(
            meeting is not None and meeting.my_role in ("chair", "secretary")
            and meeting.state in PREPARED_STATES)

    def open_preparation(self, meeting_id: str | None) -> PreparationDialog:
        """Create a meeting (``None``) or prepare one: agenda, documents, invitations."""
        if self.preparation is not None:
            self.preparation.close()
            self.preparation.deleteLater()
        self.preparation = PreparationDialog(self.context, self.api, meeting_id=meeting_id,
                                             parent=self)
        self.preparation.changed.connect(self._prepared)
        self.preparation.open()
        return self.preparation

    def _prepare_chosen(self) -> None:
        meeting = self._chosen_meeting()
        if meeting is not None:
            self.open_preparation(meeting.meeting_id)

    def _prepared(self, meeting_id: str) -> None:
        run_in_background(self.api.meetings, on_done=self._loaded)
        if self.room is not None and self.room.meeting_id == meeting_id:
            self.room.reload()

    def open_meeting(self, meeting_id: str) -> MeetingRoomView:
        """Show a meeting's room."""
        if self.room is not None and self.room.meeting_id == meeting_id:
            return self.room
        if self.room is not None:
            self.rooms.removeWidget(self.room)
            self.room.deleteLater()
        self.room = MeetingRoomView(self.api, meeting_id, me=self.context.me.user.id,
                                    key_provider=self.key_provider)
        self.rooms.addWidget(self.room)
        self.rooms.setCurrentWidget(self.room)
        return self.room

    def _open(self, entry: QListWidgetItem | None) -> None:
        if entry is not None:
            self.open_meeting(str(entry.data(Qt.ItemDataRole.UserRole)))
        self._prepare_enabled()

    def on_live_event(self, event: LiveEvent) -> None:
        """Meeting and ballot events refresh what they concern, as they happen."""
        if not event.kind.startswith("meetings."):
            return
        meeting_id = event.payload.get("meeting_id")
        if "ballot" in event.kind and meeting_id is None:
            self.ballots.reload()
            if self.sent_ballots is not None:
                self.sent_ballots.reload()
            return
        if self.room is not None and meeting_id in (None, self.room.meeting_id):
            self.room.reload()
        if event.kind in _LIST_CHANGES:
            run_in_background(self.api.meetings, on_done=self._loaded)


MEETING_SECRETARY = Role.MEETING_SECRETARY.value
"""The office role that creates meetings and opinion ballots."""

_LIST_CHANGES = frozenset({"meetings.meeting_published", "meetings.session_started",
                           "meetings.meeting_closed", "meetings.participant_invited",
                           "meetings.meeting_updated", "meetings.participant_removed",
                           "meetings.chair_changed"})
"""Events that change a line of the list (a new meeting, a state, a title or a time)."""
