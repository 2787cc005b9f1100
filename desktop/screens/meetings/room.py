"""The meeting room: agenda with the current item highlighted live, the item's documents and
notes, positions, speakers and the vote; the chair's and the secretary's controls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
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

from desktop.api.meetings import (
    AgendaItem,
    MeetingRoom,
    MeetingsApi,
    MinutesRecord,
    Note,
    SpeakerQueue,
)
from desktop.messages import error_text
from desktop.screens.common import MessageLabel
from desktop.screens.meetings import signer
from desktop.screens.meetings.controls import ChairControls
from desktop.screens.meetings.documents import ItemDocuments
from desktop.screens.meetings.speakers import PositionsBox, SpeakersBox
from desktop.screens.meetings.votes import VotePanel
from desktop.tasks import run_in_background
from meetings.ids import MeetingId, UserId, VoteId
from meetings.model import VoteChoice, named_vote_payload
from signing.keys import SigningKey

CURRENT_COLOUR = "#fde293"
SEATS = ("chair", "member")


@dataclass(frozen=True)
class RoomState:
    """One load of the room: the meeting and what hangs on the shown item."""

    room: MeetingRoom
    notes: list[Note]
    queue: SpeakerQueue | None
    record: MinutesRecord | None


def load_room(api: MeetingsApi, meeting_id: str, item_id: str | None) -> RoomState:
    """Everything the room shows (off the GUI thread)."""
    room = api.meeting(meeting_id)
    notes = api.notes(meeting_id)
    current = room.current_item
    shown = item_id or (current.item_id if current else None)
    in_session = room.state == "in_session" and shown is not None
    queue = api.speakers(meeting_id, shown) if in_session and shown else None
    closed = room.state in ("closed", "archived") and room.my_role in ("chair", "secretary",
                                                                        "member")
    return RoomState(room, notes, queue, api.records(meeting_id) if closed else None)


class MeetingRoomView(QWidget):
    """One meeting, kept current by the live events the meetings screen forwards."""

    def __init__(self, api: MeetingsApi, meeting_id: str, *, me: int,
                 key_provider: signer.KeyProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api, self.meeting_id, self.me = api, meeting_id, me
        self.key_provider = key_provider
        self.state: RoomState | None = None
        self.selected_item: str | None = None
        """The item I look at; None follows the current item."""
        self._build()
        self._retranslate()
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading, self.details, self.quorum = QLabel(), QLabel(), QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.check_in_button = QPushButton()
        self.check_in_button.clicked.connect(
            lambda: self._do(lambda: self.api.check_in(self.meeting_id)))
        self.join_remotely_button = QPushButton()
        self.join_remotely_button.clicked.connect(
            lambda: self._do(lambda: self.api.check_in(self.meeting_id, remote=True)))
        self.message = MessageLabel()
        self.agenda, self.attendance = QListWidget(), QListWidget()
        self.agenda.setWordWrap(True)
        self.agenda.itemClicked.connect(self._agenda_clicked)
        self.agenda.itemDoubleClicked.connect(self._agenda_activated)
        self.agenda_label, self.attendance_label = QLabel(), QLabel()
        self.documents = ItemDocuments()
        self.documents.open_requested.connect(self._open_document)
        self.documents.save_note_requested.connect(self._save_note)
        self.positions, self.speakers, self.vote = PositionsBox(), SpeakersBox(), VotePanel()
        self._connect_boxes()
        self.controls = ChairControls()
        self.controls.action_requested.connect(self._control)
        self.controls.decision_requested.connect(self._decide)
        self._lay_out()

    def _connect_boxes(self) -> None:
        self.positions.position_requested.connect(
            lambda kind, reason: self._on_item(
                lambda item: self.api.state_position(self.meeting_id, item, kind, reason)))
        self.speakers.request_requested.connect(
            lambda: self._on_item(lambda item: self.api.request_to_speak(self.meeting_id, item)))
        self.speakers.start_requested.connect(
            lambda: self._on_item(lambda item: self.api.start_speaker(self.meeting_id, item)))
        self.speakers.stop_requested.connect(
            lambda: self._on_item(lambda item: self.api.stop_speaker(self.meeting_id, item)))
        self.speakers.order_requested.connect(
            lambda order: self._on_item(
                lambda item: self.api.order_speakers(self.meeting_id, item, order)))
        self.vote.cast_requested.connect(self._cast)
        self.vote.open_requested.connect(self._open_vote)
        self.vote.close_requested.connect(
            lambda vote: self._do(lambda: self.api.close_vote(self.meeting_id, vote)))

    def _lay_out(self) -> None:
        left = QWidget()
        left.setMinimumWidth(260)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.agenda_label)
        column.addWidget(self.agenda, 2)
        column.addWidget(self.attendance_label)
        column.addWidget(self.attendance, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.documents)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 900])
        boxes = QHBoxLayout()
        boxes.addWidget(self.positions, 3)
        boxes.addWidget(self.speakers, 2)
        boxes.addWidget(self.vote, 3)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.details)
        top.addLayout(titles, 1)
        top.addWidget(self.quorum)
        top.addWidget(self.check_in_button)
        top.addWidget(self.join_remotely_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addLayout(boxes)
        layout.addWidget(self.controls)

    def _retranslate(self) -> None:
        self.agenda_label.setText(self.tr("Agenda"))
        self.attendance_label.setText(self.tr("Attendance"))
        self.check_in_button.setText(self.tr("I am here (check in)"))
        self.join_remotely_button.setText(self.tr("Join remotely (check in)"))
        for part in (self.documents, self.positions, self.speakers, self.vote, self.controls):
            part.retranslate()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "controls"):
            self._retranslate()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the meeting again (after my action or a live event)."""
        meeting_id, item = self.meeting_id, self.selected_item
        run_in_background(lambda: load_room(self.api, meeting_id, item),
                          on_done=self._loaded, on_error=self._failed)

    def _loaded(self, state: RoomState) -> None:
        self.state = state
        self._fill()

    def _failed(self, exc: Exception) -> None:
        self.message.show_message(error_text(exc), "error")

    def shown_item(self) -> AgendaItem | None:
        """The item whose documents, positions, speakers and vote are shown."""
        if self.state is None:
            return None
        room = self.state.room
        chosen = next((i for i in room.items if i.item_id == self.selected_item), None)
        return chosen or room.current_item or (room.items[0] if room.items else None)

    def _fill(self) -> None:
        if self.state is None:
            return
        room, state = self.state.room, self.state
        self.heading.setText(room.title)
        self.details.setText(f"{self.state_label(room.state)} · "
                             f"{room.scheduled_at.astimezone().strftime('%d/%m/%Y %H:%M')}"
                             + (f" · {room.location}" if room.location else ""))
        self.quorum.setText(self.tr("Quorum: %1 of %2 seats present (%3 needed)")
                            .replace("%1", str(room.quorum.present_seats))
                            .replace("%2", str(room.quorum.total_seats))
                            .replace("%3", str(room.quorum.required)))
        me = next((p for p in room.participants if p.user_id == self.me), None)
        may_check_in = me is not None and not me.present and \
            room.state in ("published", "in_session")
        self.check_in_button.setVisible(may_check_in)
        self.join_remotely_button.setVisible(may_check_in and room.remote_participation)
        self._fill_agenda(room)
        self._fill_attendance(room)
        item = self.shown_item()
        seat = room.my_role in SEATS
        self.documents.show_item(item, state.notes)
        self.positions.show_item(room, item, may_state=seat and room.state == "published")
        self.speakers.show_queue(room, state.queue, me=self.me,
                                 may_request=room.my_role != "secretary",
                                 chairs=room.my_role == "chair")
        self.vote.show_vote(room, may_vote=seat, chairs=room.my_role == "chair")
        self.controls.setVisible(room.my_role in ("chair", "secretary"))
        self.controls.show_room(room, state.record)

    def state_label(self, state: str) -> str:
        """A meeting state in words."""
        return {"draft": self.tr("Draft"), "published": self.tr("Published"),
                "in_session": self.tr("In session"), "closed": self.tr("Closed"),
                "archived": self.tr("Archived")}.get(state, state)

    def _fill_agenda(self, room: MeetingRoom) -> None:
        self.agenda.clear()
        shown = self.shown_item()
        for number, item in enumerate(room.items, 1):
            marks = []
            if item.in_consent_block and item.decision is None:
                marks.append(self.tr("consent block"))
            if item.decision is not None:
                marks.append(self.tr("concluded"))
            suffix = f" ({', '.join(marks)})" if marks else ""
            entry = QListWidgetItem(f"{number}. {item.title}{suffix}")
            entry.setData(Qt.ItemDataRole.UserRole, item.item_id)
            if item.is_current:
                font = QFont(entry.font())
                font.setBold(True)
                entry.setFont(font)
                entry.setBackground(QBrush(QColor(CURRENT_COLOUR)))
                entry.setText("▶ " + entry.text())
                entry.setToolTip(self.tr("Under discussion now"))
            self.agenda.addItem(entry)
            if shown is not None and item.item_id == shown.item_id:
                self.agenda.setCurrentItem(entry)

    def _fill_attendance(self, room: MeetingRoom) -> None:
        selected = self.selected_attendee()
        self.attendance.clear()
        roles = {"chair": self.tr("chair"), "secretary": self.tr("secretary"),
                 "member": self.tr("member"), "substitute": self.tr("substitute"),
                 "guest": self.tr("guest")}
        remote_label = self.tr("remote")
        for person in room.participants:
            mark = "●" if person.present else "○"
            remote = f" · {remote_label}" if person.remote else ""
            entry = QListWidgetItem(f"{mark} {person.name} ({roles.get(person.role, person.role)})"
                                    f"{remote}")
            entry.setData(Qt.ItemDataRole.UserRole, person.user_id)
            entry.setForeground(QBrush(QColor("#1e8e3e" if person.present else "#5f6368")))
            self.attendance.addItem(entry)
            if person.user_id == selected:
                self.attendance.setCurrentItem(entry)

    def selected_attendee(self) -> int | None:
        """The person selected in the attendance list."""
        entry = self.attendance.currentItem() if hasattr(self, "attendance") else None
        return None if entry is None else int(entry.data(Qt.ItemDataRole.UserRole))

    # -- actions --------------------------------------------------------------------------------

    def _do(self, call: Callable[[], Any], done: str | None = None) -> None:
        def finished(_result: object) -> None:
            if done:
                self.message.show_message(done, "success")
            else:
                self.message.clear_message()
            self.reload()

        run_in_background(call, on_done=finished, on_error=self._failed)

    def _on_item(self, call: Callable[[str], Any]) -> None:
        item = self.shown_item()
        if item is not None:
            item_id = item.item_id
            self._do(lambda: call(item_id))

    def _agenda_clicked(self, entry: QListWidgetItem) -> None:
        self.selected_item = str(entry.data(Qt.ItemDataRole.UserRole))
        self.reload()

    def _agenda_activated(self, entry: QListWidgetItem) -> None:
        """The chair double-clicks an item to discuss it now."""
        if self.state is not None and self.state.room.my_role == "chair":
            item_id = str(entry.data(Qt.ItemDataRole.UserRole))
            self._do(lambda: self.api.set_current_item(self.meeting_id, item_id))

    def follow_current(self) -> None:
        """Show the item under discussion again (after browsing)."""
        self.selected_item = None
        self.reload()

    def _open_document(self, document_id: str) -> None:
        item = self.shown_item()
        if item is None:
            return
        meeting_id, item_id = self.meeting_id, item.item_id
        run_in_background(lambda: self.api.document_pdf(meeting_id, item_id, document_id),
                          on_done=lambda data: self.documents.show_pdf(document_id, data),
                          on_error=self._failed)

    def _save_note(self, document_id: str, text: str, note_id: str | None) -> None:
        self._do(lambda: self.api.save_note(self.meeting_id, document_id, text, note_id),
                 self.tr("Note saved."))

    def _cast(self, vote_id: str, choice: str) -> None:
        state = self.state
        vote = None if state is None else next(
            (v for v in state.room.votes if v.vote_id == vote_id), None)
        if vote is None:
            return
        signature = b""
        if vote.mode == "named":
            key = self._key()
            if key is None:
                return
            payload = named_vote_payload(
                meeting_id=MeetingId(self.meeting_id), vote_id=VoteId(vote_id),
                motion=vote.motion, seat=UserId(str(self.me)), cast_by=UserId(str(self.me)),
                choice=VoteChoice(choice))
            signature = signer.sign_payload(key, payload)
        self._do(lambda: self.api.cast_vote(self.meeting_id, vote_id, choice, signature),
                 self.tr("Your vote is recorded."))

    def _key(self) -> SigningKey | None:
        try:
            return self.key_provider()
        except signer.KEY_FAILURES as exc:
            self.message.show_message(error_text(exc), "error")
            return None

    def _open_vote(self, motion: str, mode: str) -> None:
        if not motion:
            self.message.show_message(self.tr("Write the motion to vote on."), "error")
            return
        item = self.shown_item()
        item_id = None if item is None else item.item_id
        self._do(lambda: self.api.open_vote(self.meeting_id, motion, mode, item_id))

    def _decide(self, text: str) -> None:
        if not text:
            self.message.show_message(self.tr("Write the conclusion first."), "error")
            return
        self._on_item(lambda item: self.api.record_decision(self.meeting_id, item, text))

    def _control(self, action: str) -> None:
        meeting_id, api = self.meeting_id, self.api
        simple: dict[str, Callable[[], Any]] = {
            "publish": lambda: api.publish(meeting_id),
            "start": lambda: api.start_session(meeting_id),
            "adopt_consent": lambda: api.adopt_consent_block(meeting_id),
            "close": lambda: api.close_meeting(meeting_id),
            "draw_up_minutes": lambda: api.draw_up_minutes(meeting_id),
            "draft_notice": lambda: api.draft_conclusion_notice(meeting_id),
        }
        if action in simple:
            self._do(simple[action])
        elif action == "check_in":
            person = self.selected_attendee()
            self._do(lambda: api.check_in(meeting_id, person))
        elif action == "next_item":
            self._next_item()
        elif action == "sign_minutes":
            self._sign_minutes()
        elif action == "view_minutes":
            run_in_background(lambda: api.minutes_file(meeting_id),
                              on_done=self.documents.show_record, on_error=self._failed)

    def _next_item(self) -> None:
        if self.state is None or not self.state.room.items:
            return
        items = self.state.room.items
        current = self.state.room.current_item
        index = -1 if current is None else items.index(current)
        upcoming = [i for i in items[index + 1:] if i.decision is None] or list(items[index + 1:])
        if upcoming:
            target = upcoming[0].item_id
            self.selected_item = None
            self._do(lambda: self.api.set_current_item(self.meeting_id, target))

    def _sign_minutes(self) -> None:
        if self.state is None:
            return
        role, meeting_id = self.state.room.my_role, self.meeting_id
        key = self._key()
        if key is None:
            return

        def sign_and_upload() -> MinutesRecord:
            pdf = self.api.minutes_file(meeting_id)
            return self.api.upload_signed_minutes(meeting_id, signer.sign_minutes(key, pdf, role))

        self._do(sign_and_upload, self.tr("Your signature on the minutes is recorded."))
