"""Events emitted by state changes, each with the audience allowed to receive it.

The server pushes each event only to the users in ``audience`` (already filtered for guests and
confidential items), after the unit of work has committed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from meetings.ids import DocumentId, ItemId, MeetingId, NoteId, OpinionBallotId, UserId, VoteId

if TYPE_CHECKING:
    from meetings.model.agenda import PositionKind
    from meetings.model.opinion_ballots import OpinionTally
    from meetings.model.participants import QuorumStatus, Role
    from meetings.model.votes import VoteChoice, VoteMode, VoteResult


@dataclass(frozen=True, kw_only=True)
class Event:
    """Base of every event."""

    audience: frozenset[UserId]
    """Users who may receive this event."""


@dataclass(frozen=True, kw_only=True)
class MeetingEvent(Event):
    """Base of events about one meeting."""

    meeting_id: MeetingId


@dataclass(frozen=True, kw_only=True)
class MeetingCreated(MeetingEvent):
    """A draft meeting exists."""

    title: str


@dataclass(frozen=True, kw_only=True)
class ParticipantInvited(MeetingEvent):
    """Someone was added to the meeting."""

    user_id: UserId
    role: Role


@dataclass(frozen=True, kw_only=True)
class ParticipantRemoved(MeetingEvent):
    """Someone invited by mistake was taken off the meeting before the session."""

    user_id: UserId
    role: Role


@dataclass(frozen=True, kw_only=True)
class ChairChanged(MeetingEvent):
    """The chair was handed to another person before the session; the former keeps a seat."""

    user_id: UserId
    """The new chair."""
    former_chair: UserId | None
    """The former chair, now a member (None only for a meeting that somehow had no chair)."""


@dataclass(frozen=True, kw_only=True)
class AgendaItemAdded(MeetingEvent):
    """An item was added to the agenda."""

    item_id: ItemId
    title: str


@dataclass(frozen=True, kw_only=True)
class AgendaItemRemoved(MeetingEvent):
    """An item was taken off the agenda before the session."""

    item_id: ItemId
    title: str


@dataclass(frozen=True, kw_only=True)
class MeetingUpdated(MeetingEvent):
    """The title, time, place or remote participation of a meeting changed."""

    title: str
    scheduled_at: datetime
    location: str
    remote_participation: bool


@dataclass(frozen=True, kw_only=True)
class AgendaReordered(MeetingEvent):
    """The agenda order changed (the audience sees only the items it may see)."""

    item_ids: tuple[ItemId, ...]


@dataclass(frozen=True, kw_only=True)
class DocumentAttached(MeetingEvent):
    """A document was attached to an item."""

    item_id: ItemId
    document_id: DocumentId


@dataclass(frozen=True, kw_only=True)
class DocumentReplaced(MeetingEvent):
    """A late document replaced an earlier one; clients alert the user."""

    item_id: ItemId
    old_document_id: DocumentId
    new_document_id: DocumentId
    reason: str


@dataclass(frozen=True, kw_only=True)
class MeetingPublished(MeetingEvent):
    """Invitations are out and the document pack is available."""

    scheduled_at: datetime


@dataclass(frozen=True, kw_only=True)
class AttendanceChanged(MeetingEvent):
    """Someone checked in or out; carries the live quorum."""

    user_id: UserId
    present: bool
    remote: bool
    quorum: QuorumStatus


@dataclass(frozen=True, kw_only=True)
class PositionStated(MeetingEvent):
    """A seat stated its position on an item."""

    item_id: ItemId
    seat: UserId
    kind: PositionKind


@dataclass(frozen=True, kw_only=True)
class ItemPulledFromConsent(MeetingEvent):
    """The chair took an item out of the consent block."""

    item_id: ItemId


@dataclass(frozen=True, kw_only=True)
class SessionStarted(MeetingEvent):
    """The chair opened the session."""

    at: datetime


@dataclass(frozen=True, kw_only=True)
class ConsentBlockAdopted(MeetingEvent):
    """Unopposed items were adopted together."""

    item_ids: tuple[ItemId, ...]


@dataclass(frozen=True, kw_only=True)
class CurrentItemChanged(MeetingEvent):
    """The item under discussion changed (None for a guest not invited to it)."""

    item_id: ItemId | None


@dataclass(frozen=True, kw_only=True)
class SpeakerQueueChanged(MeetingEvent):
    """The queue on an item changed."""

    item_id: ItemId
    waiting: tuple[UserId, ...]
    current: UserId | None


@dataclass(frozen=True, kw_only=True)
class SpeakerStarted(MeetingEvent):
    """A speaker has the floor; clients run the countdown from ``at``."""

    item_id: ItemId
    speaker: UserId
    at: datetime
    time_limit_seconds: int | None


@dataclass(frozen=True, kw_only=True)
class SpeakerStopped(MeetingEvent):
    """A speech ended."""

    item_id: ItemId
    speaker: UserId
    seconds: int


@dataclass(frozen=True, kw_only=True)
class VoteOpened(MeetingEvent):
    """A vote accepts ballots."""

    vote_id: VoteId
    item_id: ItemId | None
    motion: str
    mode: VoteMode


@dataclass(frozen=True, kw_only=True)
class VoteCast(MeetingEvent):
    """A ballot of an open or named vote, with live counts. Never emitted for secret votes."""

    vote_id: VoteId
    seat: UserId
    choice: VoteChoice
    yes: int
    no: int
    abstain: int


@dataclass(frozen=True, kw_only=True)
class SecretBallotCast(MeetingEvent):
    """One more ballot in a secret vote: no voter, no choice, no counts."""

    vote_id: VoteId
    ballots_cast: int


@dataclass(frozen=True, kw_only=True)
class VoteClosed(MeetingEvent):
    """A vote closed with its evaluated result."""

    vote_id: VoteId
    result: VoteResult


@dataclass(frozen=True, kw_only=True)
class DecisionRecorded(MeetingEvent):
    """The conclusion on an item was recorded."""

    item_id: ItemId
    text: str


@dataclass(frozen=True, kw_only=True)
class MeetingClosed(MeetingEvent):
    """The session ended; the record is complete."""

    at: datetime


@dataclass(frozen=True, kw_only=True)
class MeetingArchived(MeetingEvent):
    """The meeting became read-only."""


@dataclass(frozen=True, kw_only=True)
class NoteSaved(MeetingEvent):
    """A private note was saved (only its author receives this)."""

    note_id: NoteId
    document_id: DocumentId


@dataclass(frozen=True, kw_only=True)
class OpinionBallotEvent(Event):
    """Base of events about one opinion ballot."""

    ballot_id: OpinionBallotId


@dataclass(frozen=True, kw_only=True)
class OpinionBallotCreated(OpinionBallotEvent):
    """A draft opinion ballot exists."""


@dataclass(frozen=True, kw_only=True)
class OpinionBallotSent(OpinionBallotEvent):
    """The ballot reached its members."""

    deadline: datetime


@dataclass(frozen=True, kw_only=True)
class OpinionBallotAnswered(OpinionBallotEvent):
    """A member answered (the answer itself goes to the secretary only)."""

    member: UserId


@dataclass(frozen=True, kw_only=True)
class OpinionBallotReminder(OpinionBallotEvent):
    """A member has not answered and the deadline is near."""

    member: UserId
    deadline: datetime


@dataclass(frozen=True, kw_only=True)
class OpinionBallotOverdue(OpinionBallotEvent):
    """The deadline passed and these members have not answered."""

    members: tuple[UserId, ...]


@dataclass(frozen=True, kw_only=True)
class OpinionBallotClosed(OpinionBallotEvent):
    """The ballot closed with its tally."""

    tally: OpinionTally
