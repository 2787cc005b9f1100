"""The state of a meeting, its lookups, audiences and guards.

The Meeting aggregate is one class built in three files to keep each readable:
``MeetingBase`` (here: data and queries) → ``MeetingSession`` (session.py: current item,
speakers, votes, decisions) → ``Meeting`` (meeting.py: preparation, attendance, positions,
consent block, lifecycle).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from meetings import events as ev
from meetings.errors import (
    IllegalTransition,
    ItemNotFound,
    ItemNotVisible,
    MeetingAlreadyClosed,
    MeetingArchived,
    MeetingNotInSession,
    NotAMember,
    QuorumNotReached,
    VoteNotFound,
)
from meetings.ids import DocumentId, ItemId, MeetingId, UserId, VoteId
from meetings.model.agenda import AgendaItem
from meetings.model.history import HistoryEntry
from meetings.model.participants import Participant, QuorumStatus, Role
from meetings.model.rules import MeetingRules
from meetings.model.speakers import SpeakerQueue
from meetings.model.votes import Vote


class MeetingKind(StrEnum):
    """Kind of meeting."""

    REGULAR = "regular"
    THEMATIC = "thematic"


class MeetingState(StrEnum):
    """Lifecycle: draft → published → in_session → closed → archived."""

    DRAFT = "draft"
    PUBLISHED = "published"
    IN_SESSION = "in_session"
    CLOSED = "closed"
    ARCHIVED = "archived"


_ItemsEventFactory = Callable[[tuple[ItemId, ...], frozenset[UserId]], ev.Event]

PREPARING = (MeetingState.DRAFT, MeetingState.PUBLISHED)
OPEN_STATES = (MeetingState.DRAFT, MeetingState.PUBLISHED, MeetingState.IN_SESSION)


@dataclass
class MeetingBase:
    """Data of a cabinet meeting with its queries; see ``Meeting`` for the state changes."""

    meeting_id: MeetingId
    title: str
    kind: MeetingKind
    scheduled_at: datetime
    location: str = ""
    rules: MeetingRules = field(default_factory=MeetingRules)
    remote_participation: bool = True
    """Whether participants may attend remotely; snapshots from before the flag allow it."""
    state: MeetingState = MeetingState.DRAFT
    participants: dict[UserId, Participant] = field(default_factory=dict)
    agenda: list[AgendaItem] = field(default_factory=list)
    queues: dict[ItemId, SpeakerQueue] = field(default_factory=dict)
    votes: dict[VoteId, Vote] = field(default_factory=dict)
    current_item_id: ItemId | None = None
    consent_block_adopted: bool = False
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    history: list[HistoryEntry] = field(default_factory=list)
    _events: list[ev.Event] = field(default_factory=list, repr=False, compare=False)

    # -- lookups ---------------------------------------------------------------------------

    def participant(self, user: UserId) -> Participant:
        """Return the user's participation; raise ``NotAMember`` if there is none."""
        try:
            return self.participants[user]
        except KeyError:
            raise NotAMember(f"{user} takes no part in meeting {self.meeting_id}") from None

    def role_of(self, user: UserId) -> Role | None:
        """Return the user's role, or None for a non-member."""
        p = self.participants.get(user)
        return p.role if p else None

    def item(self, item_id: ItemId) -> AgendaItem:
        """Return an agenda item; raise ``ItemNotFound``."""
        for item in self.agenda:
            if item.item_id == item_id:
                return item
        raise ItemNotFound(f"no item {item_id} in meeting {self.meeting_id}")

    def vote(self, vote_id: VoteId) -> Vote:
        """Return a vote; raise ``VoteNotFound``."""
        try:
            return self.votes[vote_id]
        except KeyError:
            raise VoteNotFound(f"no vote {vote_id} in meeting {self.meeting_id}") from None

    def seats(self) -> frozenset[UserId]:
        """Return all voting seats (chair and members)."""
        return frozenset(p.user_id for p in self.participants.values() if p.seat == p.user_id)

    def present_seats(self) -> frozenset[UserId]:
        """Return seats whose holder, or a counted substitute, is checked in."""
        present = set()
        for p in self.participants.values():
            counts = p.role is not Role.SUBSTITUTE or self.rules.substitute_counts_for_quorum
            if p.present and p.seat is not None and counts:
                present.add(p.seat)
        return frozenset(present & self.seats())

    def quorum_status(self) -> QuorumStatus:
        """Return the live quorum."""
        total, present = len(self.seats()), self.present_seats()
        return QuorumStatus(
            total_seats=total,
            present_seats=len(present),
            required=self.rules.quorum.required(total),
            present_seat_ids=present,
        )

    def can_see_item(self, user: UserId, item: AgendaItem) -> bool:
        """Whether the user may see the item: guests only invited, confidential only seats."""
        p = self.participants.get(user)
        if p is None:
            return False
        if p.role is Role.GUEST:
            return item.item_id in p.invited_items and not item.confidential
        # The secretary records confidential items too; everyone else here holds a seat.
        return True

    def visible_items(self, user: UserId) -> list[AgendaItem]:
        """Return the items the user may see, in agenda order."""
        return [item for item in self.agenda if self.can_see_item(user, item)]

    def visible_item(self, user: UserId, item_id: ItemId) -> AgendaItem:
        """Return the item if the user may see it; raise ``ItemNotVisible`` otherwise."""
        item = self.item(item_id)
        if not self.can_see_item(user, item):
            raise ItemNotVisible(f"{user} may not see item {item_id}")
        return item

    def can_see_document(self, user: UserId, document_id: DocumentId) -> bool:
        """Whether the document is (or was) on an item the user may see."""
        for item in self.visible_items(user):
            old = {r.old_document_id for r in item.replacements}
            if document_id in item.document_ids or document_id in old:
                return True
        return False

    # -- audiences and events --------------------------------------------------------------

    def everyone(self) -> frozenset[UserId]:
        """Every participant."""
        return frozenset(self.participants)

    def item_audience(self, item: AgendaItem | None) -> frozenset[UserId]:
        """Participants who may see the item (everyone for meeting-level matters)."""
        if item is None:
            return self.everyone()
        return frozenset(u for u in self.participants if self.can_see_item(u, item))

    def officials(self) -> frozenset[UserId]:
        """Chair and secretary."""
        return frozenset(
            p.user_id for p in self.participants.values() if p.role in (Role.CHAIR, Role.SECRETARY)
        )

    def emit(self, event: ev.Event) -> None:
        """Queue an event for publication after commit."""
        self._events.append(event)

    def pull_events(self) -> list[ev.Event]:
        """Return and forget the queued events."""
        events, self._events[:] = list(self._events), []
        return events

    def record(self, entry: HistoryEntry) -> None:
        """Append a history entry (called by the command runner only)."""
        self.history.append(entry)

    def _emit_per_viewer(self, item_ids: Iterable[ItemId], make: _ItemsEventFactory) -> None:
        # Group viewers by what they may see so a guest never learns a hidden item's id.
        wanted = list(item_ids)
        groups: dict[tuple[ItemId, ...], set[UserId]] = {}
        for user in self.participants:
            seen = tuple(i for i in wanted if self.can_see_item(user, self.item(i)))
            groups.setdefault(seen, set()).add(user)
        for seen, users in groups.items():
            self.emit(make(seen, frozenset(users)))

    # -- state guards ----------------------------------------------------------------------

    def refuse_if_read_only(self, *, allow_closed: bool = False) -> None:
        """Raise if the meeting is archived, or closed unless ``allow_closed``."""
        if self.state is MeetingState.ARCHIVED:
            raise MeetingArchived(f"meeting {self.meeting_id} is archived")
        if self.state is MeetingState.CLOSED and not allow_closed:
            raise MeetingAlreadyClosed(f"meeting {self.meeting_id} is closed")

    def require_state(self, *states: MeetingState, doing: str) -> None:
        """Raise ``IllegalTransition`` (or ``MeetingNotInSession``) unless in one of ``states``."""
        if self.state in states:
            return
        if states == (MeetingState.IN_SESSION,):
            raise MeetingNotInSession(f"cannot {doing}: meeting is {self.state}")
        allowed = ", ".join(states)
        raise IllegalTransition(f"cannot {doing} while the meeting is {self.state} ({allowed})")

    def require_quorum(self, *, doing: str) -> QuorumStatus:
        """Raise ``QuorumNotReached`` unless the quorum is present."""
        status = self.quorum_status()
        if not status.met:
            raise QuorumNotReached(
                f"cannot {doing}: {status.present_seats} of {status.total_seats} seats present,"
                f" {status.required} needed"
            )
        return status
