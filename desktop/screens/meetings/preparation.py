"""Chuẩn bị cuộc họp: the secretary (or the chair) creates a meeting, builds its agenda with the
documents, invites the participants and publishes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.api.meetings import MeetingRoom, MeetingsApi
from desktop.api.models import UserSummary
from desktop.context import ScreenContext
from desktop.itemmodels.people import sort_key
from desktop.messages import error_text
from desktop.screens.common import MessageLabel
from desktop.screens.meetings.agenda_editor import AgendaEditor, add_rows, local_time, name_rows
from desktop.screens.meetings.participants import ParticipantsEditor
from desktop.tasks import run_in_background

MEETING_KINDS = ("regular", "thematic")
PREPARED_STATES = ("draft", "published")
"""States in which the agenda, documents and invitations may still change."""


def default_start(now: datetime) -> QDateTime:
    """Tomorrow at 08:00, local time: the usual start of a cabinet meeting."""
    tomorrow = QDateTime(now + timedelta(days=1))
    tomorrow.setTime(QTime(8, 0))
    return tomorrow


class MeetingForm(QGroupBox):
    """Title, kind, time, place, chair and remote participation of the meeting.

    Kind and chair are fixed once the meeting is created; the title, time, place and remote
    participation may change until the session opens.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_title, self.location = QLineEdit(), QLineEdit()
        self.kind, self.chair = QComboBox(), QComboBox()
        self.when = QDateTimeEdit(default_start(datetime.now()))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.remote = QCheckBox()
        self.remote.setChecked(True)
        self.create_button, self.save_button = QPushButton(), QPushButton()
        self.save_button.hide()
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.create_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.form = QFormLayout(self)
        self.labels = add_rows(self.form, (self.meeting_title, self.kind, self.when,
                                           self.location, self.chair, self.remote, buttons))
        self.people: list[UserSummary] = []
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Meeting"))
        name_rows(self.labels, self.tr("Title"), self.tr("Kind"), self.tr("Time"),
                  self.tr("Place"), self.tr("Chair"), "", "")
        self.meeting_title.setPlaceholderText(self.tr("E.g. Regular cabinet meeting of November"))
        chosen = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("Regular meeting"), "regular")
        self.kind.addItem(self.tr("Thematic meeting"), "thematic")
        self.kind.setCurrentIndex(max(0, self.kind.findData(chosen)))
        self.remote.setText(self.tr("Participants may attend remotely"))
        self.create_button.setText(self.tr("Create the meeting"))
        self.save_button.setText(self.tr("Save the changes"))

    def set_people(self, people: list[UserSummary]) -> None:
        """The agency's people, to choose the chair from."""
        self.people = people
        chosen = self.chair.currentData()
        self.chair.clear()
        for person in people:
            self.chair.addItem(person.full_name, person.id)
        self.chair.setCurrentIndex(max(0, self.chair.findData(chosen)))

    def show_room(self, room: MeetingRoom | None) -> None:
        """Show a created meeting; its details stay editable while it is prepared."""
        if room is None:
            return
        self.meeting_title.setText(room.title)
        self.location.setText(room.location)
        self.when.setDateTime(QDateTime(room.scheduled_at.astimezone().replace(tzinfo=None)))
        self.remote.setChecked(room.remote_participation)
        chair = next((p for p in room.participants if p.role == "chair"), None)
        if chair is not None:
            if self.chair.findData(chair.user_id) < 0:
                self.chair.addItem(chair.name, chair.user_id)
            self.chair.setCurrentIndex(self.chair.findData(chair.user_id))
        editable = room.state in PREPARED_STATES and room.my_role in ("chair", "secretary")
        editable_widgets: tuple[QWidget, ...] = (
            self.meeting_title, self.when, self.location, self.remote, self.save_button)
        for widget in editable_widgets:
            widget.setEnabled(editable)
        self.kind.setEnabled(False)
        self.chair.setEnabled(False)
        self.create_button.hide()
        self.save_button.show()


class PreparationDialog(QDialog):
    """Create or prepare one meeting, then publish it."""

    changed = Signal(str)
    """The meeting id, after every saved change (the list reloads)."""

    def __init__(self, context: ScreenContext, api: MeetingsApi, *,
                 meeting_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.api = context, api
        self.room: MeetingRoom | None = None
        self.meeting = MeetingForm()
        self.meeting.create_button.clicked.connect(self.create_meeting)
        self.meeting.save_button.clicked.connect(self.save_details)
        self.agenda = AgendaEditor(api, perform=self.perform, pick_file=context.pick_file)
        self.participants = ParticipantsEditor(api, perform=self.perform)
        self.state = QLabel()
        self.message = MessageLabel()
        self.agenda.problem.connect(lambda text: self.message.show_message(text, "error"))
        self.publish_button, self.close_button = QPushButton(), QPushButton()
        self.publish_button.clicked.connect(self.publish)
        self.close_button.clicked.connect(self.accept)
        self._lay_out()
        self.retranslate()
        self._show(None)
        run_in_background(context.api.users, on_done=self._people, on_error=self._failed)
        if meeting_id is not None:
            run_in_background(lambda: api.meeting(meeting_id), on_done=self._show,
                              on_error=self._failed)

    def _lay_out(self) -> None:
        sections = QSplitter()
        sections.addWidget(self.agenda)
        sections.addWidget(self.participants)
        sections.setSizes([620, 420])
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.publish_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.meeting)
        layout.addWidget(sections, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(1100, 780)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Prepare a meeting"))
        self.publish_button.setText(self.tr("Publish the meeting"))
        self.close_button.setText(self.tr("Close"))
        self.meeting.retranslate()
        self.agenda.retranslate()
        self.participants.retranslate()
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "agenda"):
            self.retranslate()
        super().changeEvent(event)

    def _people(self, people: list[UserSummary]) -> None:
        active = sorted((p for p in people if p.is_active),
                        key=lambda p: sort_key(p.full_name, by_given_name=True))
        self.meeting.set_people(active)
        self.agenda.set_people(active)
        self.participants.set_people(active)
        self.meeting.show_room(self.room)

    def _failed(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc), "error")

    def _show(self, room: MeetingRoom | None) -> None:
        self.room = room
        self.meeting.show_room(room)
        self.agenda.show_room(room)
        self.participants.show_room(room)
        may_change = room is not None and room.state in PREPARED_STATES
        self.agenda.setEnabled(may_change)
        self.participants.setEnabled(may_change)
        self.publish_button.setEnabled(room is not None and room.state == "draft"
                                       and bool(room.items))
        self._show_state()

    def _show_state(self) -> None:
        room = self.room
        if room is None:
            self.state.setText(self.tr("Fill in the meeting and create it; then add the agenda "
                                       "and invite the participants."))
        elif room.state == "draft":
            self.state.setText(self.tr("Draft: only you and the chair see it until you "
                                       "publish it."))
        else:
            self.state.setText(self.tr("Published: the participants were invited and see "
                                       "the documents."))

    def perform(self, change: Callable[[], MeetingRoom], done: str) -> None:
        """Save a change off the GUI thread and show the meeting as it now is."""
        self.message.clear_message()

        def saved(room: MeetingRoom) -> None:
            self._show(room)
            self.message.show_message(done, "success")
            self.changed.emit(room.meeting_id)

        run_in_background(change, on_done=saved, on_error=self._failed)

    def create_meeting(self) -> None:
        """Create the meeting from the form, with me as its secretary."""
        form = self.meeting
        title, chair = form.meeting_title.text().strip(), form.chair.currentData()
        if not title or chair is None:
            self.message.show_message(self.tr("Give the meeting a title and a chair."), "error")
            return
        when = local_time(form.when)
        kind, location = str(form.kind.currentData()), form.location.text().strip()
        remote = form.remote.isChecked()
        self.perform(lambda: self.api.create_meeting(title, chair_id=int(chair),
                                                     scheduled_at=when, location=location,
                                                     kind=kind, remote_participation=remote),
                     self.tr("Meeting created as a draft."))

    def save_details(self) -> None:
        """Save the edited title, time, place and remote participation.

        Once published, the server tells every participant about the change.
        """
        room, form = self.room, self.meeting
        title = form.meeting_title.text().strip()
        if room is None:
            return
        if not title:
            self.message.show_message(self.tr("The meeting needs a title."), "error")
            return
        when, location = local_time(form.when), form.location.text().strip()
        remote = form.remote.isChecked()
        done = (self.tr("Changes saved; the participants were told.")
                if room.state == "published" else self.tr("Changes saved."))
        self.perform(lambda: self.api.update_details(room.meeting_id, title=title,
                                                     scheduled_at=when, location=location,
                                                     remote_participation=remote),
                     done)

    def publish(self) -> None:
        """Publish: the invitations go out and the documents are distributed."""
        room = self.room
        if room is not None:
            self.perform(lambda: self.api.publish(room.meeting_id),
                         self.tr("Meeting published; the participants were invited."))
