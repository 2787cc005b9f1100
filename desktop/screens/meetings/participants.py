"""Who is invited to a meeting being prepared: members, substitutes for a member's seat, and
guests invited to some items only. The chair and the secretary are set when it is created."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.meetings import MeetingRoom, MeetingsApi
from desktop.api.models import UserSummary
from desktop.screens.meetings.agenda_editor import Perform, add_rows, name_rows

INVITED_ROLES = ("member", "substitute", "guest")


class ParticipantsEditor(QGroupBox):
    """The invitation list and the form that adds to it."""

    def __init__(self, api: MeetingsApi, *, perform: Perform,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api, self.perform = api, perform
        self.room: MeetingRoom | None = None
        self.people: list[UserSummary] = []
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.invited = QListWidget()
        self.person, self.role, self.substitute_for = QComboBox(), QComboBox(), QComboBox()
        self.role.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.guest_items = QListWidget()
        self.guest_items.setMaximumHeight(90)
        self.guest_items.setWordWrap(True)
        self.guest_items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.remote = QCheckBox()
        self.invite_button = QPushButton()
        self.invite_button.clicked.connect(self.invite)
        self.form = QFormLayout()
        self.labels = add_rows(self.form, (self.person, self.role, self.substitute_for,
                                           self.guest_items))
        buttons = QHBoxLayout()
        buttons.addWidget(self.remote, 1)
        buttons.addWidget(self.invite_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.invited, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)

    def role_label(self, role: str) -> str:
        """A meeting role in words."""
        return {"chair": self.tr("Chair"), "secretary": self.tr("Secretary"),
                "member": self.tr("Member"), "substitute": self.tr("Substitute"),
                "guest": self.tr("Guest")}.get(role, role)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Participants"))
        name_rows(self.labels, self.tr("Person"), self.tr("Role"), self.tr("Substitutes for"),
                  self.tr("Guest for items"))
        chosen = self.role.currentData()
        self.role.clear()
        for role in INVITED_ROLES:
            self.role.addItem(self.role_label(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(chosen)))
        self.remote.setText(self.tr("Attends remotely"))
        self.invite_button.setText(self.tr("Invite"))
        self._fill_people()
        self.show_room(self.room)

    def set_people(self, people: list[UserSummary]) -> None:
        """The agency's people, to invite from."""
        self.people = people
        self._fill_people()

    def _fill_people(self) -> None:
        chosen = self.person.currentData()
        self.person.clear()
        for person in self.people:
            label = f"{person.full_name} — {person.position}" if person.position else \
                person.full_name
            self.person.addItem(label, person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))

    def show_room(self, room: MeetingRoom | None) -> None:
        """Show who is invited now."""
        self.room = room
        self.invited.clear()
        self.substitute_for.clear()
        self.guest_items.clear()
        if room is not None:
            for attendee in room.participants:
                remote = self.tr(" (remote)") if attendee.remote else ""
                self.invited.addItem(f"{attendee.name} — {self.role_label(attendee.role)}{remote}")
                if attendee.role == "member":
                    self.substitute_for.addItem(attendee.name, attendee.user_id)
            for item in room.items:
                entry = QListWidgetItem(item.title)
                entry.setData(Qt.ItemDataRole.UserRole, item.item_id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                self.guest_items.addItem(entry)
        # The server refuses a remote invitation when the meeting does not allow it.
        remote_allowed = room is None or room.remote_participation
        self.remote.setEnabled(remote_allowed)
        if not remote_allowed:
            self.remote.setChecked(False)
        self.setEnabled(room is not None)
        self._role_changed()

    def _role_changed(self) -> None:
        role = self.role.currentData()
        self.substitute_for.setEnabled(role == "substitute")
        self.guest_items.setEnabled(role == "guest")

    def choose(self, user_id: int, role: str, *, substitute_for: int | None = None,
               items: tuple[str, ...] = ()) -> None:
        """Fill the form (what a click does; used by the tests too)."""
        self.person.setCurrentIndex(self.person.findData(user_id))
        self.role.setCurrentIndex(self.role.findData(role))
        if substitute_for is not None:
            self.substitute_for.setCurrentIndex(self.substitute_for.findData(substitute_for))
        for row in range(self.guest_items.count()):
            entry = self.guest_items.item(row)
            ticked = entry.data(Qt.ItemDataRole.UserRole) in items
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def invite(self) -> None:
        """Invite the person chosen in the form."""
        room, user_id, role = self.room, self.person.currentData(), self.role.currentData()
        if room is None or user_id is None or role is None:
            return
        substitute_for = self.substitute_for.currentData() if role == "substitute" else None
        items = tuple(
            str(self.guest_items.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.guest_items.count())
            if self.guest_items.item(r).checkState() == Qt.CheckState.Checked
        ) if role == "guest" else ()
        remote = self.remote.isChecked()
        self.perform(lambda: self.api.invite(room.meeting_id, int(user_id), str(role),
                                             invited_items=items,
                                             substitute_for=substitute_for, remote=remote),
                     self.tr("Invitation added."))
