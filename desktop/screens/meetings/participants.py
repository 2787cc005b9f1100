"""Who is invited to a meeting being prepared: members, substitutes for a member's seat, and
guests invited to some items only. The chair and the secretary are set when it is created; until
the session starts someone invited by mistake can be removed and the chair handed to a member."""

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
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.meetings import Attendee, MeetingRoom, MeetingsApi
from desktop.api.models import UserSummary
from desktop.screens.meetings.agenda_editor import Confirm, Perform, add_rows, name_rows

INVITED_ROLES = ("member", "substitute", "guest")
EDITABLE_STATES = ("draft", "published")
"""The server refuses removals and chair changes once the session has started."""
MANAGERS = ("chair", "secretary")
"""Meeting roles that may invite, remove and hand the chair over."""


class ParticipantsEditor(QGroupBox):
    """The invitation list and the form that adds to it."""

    def __init__(self, api: MeetingsApi, *, perform: Perform, confirm: Confirm | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api, self.perform = api, perform
        self.confirm: Confirm = confirm or self._ask
        self.room: MeetingRoom | None = None
        self.people: list[UserSummary] = []
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.invited = QListWidget()
        self.invited.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.remove_button, self.chair_button = QPushButton(), QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.chair_button.clicked.connect(self.make_selected_chair)
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
        selected = QHBoxLayout()
        selected.addStretch(1)
        selected.addWidget(self.chair_button)
        selected.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.invited, 1)
        layout.addLayout(selected)
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
        self.remove_button.setText(self.tr("Remove"))
        self.chair_button.setText(self.tr("Make chair"))
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
        chosen = self.selected_user_id()
        self.invited.blockSignals(True)
        self.invited.clear()
        self.substitute_for.clear()
        self.guest_items.clear()
        if room is not None:
            for attendee in room.participants:
                remote = self.tr(" (remote)") if attendee.remote else ""
                entry = QListWidgetItem(
                    f"{attendee.name} — {self.role_label(attendee.role)}{remote}")
                entry.setData(Qt.ItemDataRole.UserRole, attendee.user_id)
                self.invited.addItem(entry)
                if attendee.user_id == chosen:
                    self.invited.setCurrentItem(entry)
                if attendee.role == "member":
                    self.substitute_for.addItem(attendee.name, attendee.user_id)
            for item in room.items:
                entry = QListWidgetItem(item.title)
                entry.setData(Qt.ItemDataRole.UserRole, item.item_id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                self.guest_items.addItem(entry)
        self.invited.blockSignals(False)
        # The server refuses a remote invitation when the meeting does not allow it.
        remote_allowed = room is None or room.remote_participation
        self.remote.setEnabled(remote_allowed)
        if not remote_allowed:
            self.remote.setChecked(False)
        self.setEnabled(room is not None)
        self._role_changed()
        self._update_buttons()

    def selected_user_id(self) -> int | None:
        """The user id of the person chosen in the invitation list."""
        entry = self.invited.currentItem()
        return None if entry is None else int(entry.data(Qt.ItemDataRole.UserRole))

    def _selected(self) -> Attendee | None:
        chosen = self.selected_user_id()
        people = () if self.room is None else self.room.participants
        return next((p for p in people if p.user_id == chosen), None)

    def _update_buttons(self) -> None:
        # Mirrors the server's rules so a refused click is the exception, not the norm; a
        # member whose substitute is still invited is left to the server to explain.
        room, person = self.room, self._selected()
        may_edit = (room is not None and room.state in EDITABLE_STATES
                    and room.my_role in MANAGERS and person is not None)
        self.remove_button.setEnabled(bool(may_edit and person is not None
                                           and person.role in INVITED_ROLES
                                           and not person.present))
        self.chair_button.setEnabled(bool(may_edit and person is not None
                                          and person.role == "member"))

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

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Participants"), question)
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        """Take the chosen person off the meeting, after the user confirms."""
        room, person = self.room, self._selected()
        if room is None or person is None:
            return
        question = self.tr("Remove “%1” from the meeting?").replace("%1", person.name)
        if room.state == "published":
            question += " " + self.tr("They were invited and will be told.")
        if not self.confirm(question):
            return
        self.perform(lambda: self.api.remove_participant(room.meeting_id, person.user_id),
                     self.tr("Participant removed."))

    def make_selected_chair(self) -> None:
        """Hand the chair to the chosen member, after the user confirms."""
        room, person = self.room, self._selected()
        if room is None or person is None:
            return
        former = next((p for p in room.participants if p.role == "chair"), None)
        question = self.tr("Hand the chair to “%1”?").replace("%1", person.name)
        if former is not None:
            question += " " + self.tr("“%1” stays on as a member.").replace("%1", former.name)
        if not self.confirm(question):
            return
        self.perform(lambda: self.api.change_chair(room.meeting_id, person.user_id),
                     self.tr("The chair was handed over."))

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
