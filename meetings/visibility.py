"""What a given user may see of a meeting: non-members nothing, guests only their items.

Clients render only what ``visible_meeting`` returns; the server sends nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from meetings.ids import DocumentId, ItemId, MeetingId, UserId, VoteId
from meetings.model.agenda import AgendaItem, Decision, DocumentReplacement, Position
from meetings.model.base import MeetingKind, MeetingState
from meetings.model.meeting import Meeting
from meetings.model.participants import QuorumStatus, Role
from meetings.model.votes import Vote, VoteMode, VoteResult


@dataclass(frozen=True)
class DocumentView:
    """A document on an item."""

    document_id: DocumentId
    title: str


@dataclass(frozen=True)
class ItemView:
    """An agenda item as the user may see it."""

    item_id: ItemId
    title: str
    presenter: UserId | None
    minutes_allotted: int
    confidential: bool
    documents: tuple[DocumentView, ...]
    replacements: tuple[DocumentReplacement, ...]
    positions: tuple[Position, ...]
    """Empty for guests: positions are the members' business."""
    in_consent_block: bool
    decision: Decision | None
    is_current: bool


@dataclass(frozen=True)
class VoteView:
    """A vote as the user may see it; a secret vote shows no counts until it closes."""

    vote_id: VoteId
    item_id: ItemId | None
    motion: str
    mode: VoteMode
    is_open: bool
    ballots_cast: int
    yes: int | None
    no: int | None
    abstain: int | None
    my_seat_voted: bool
    result: VoteResult | None


@dataclass(frozen=True)
class ParticipantView:
    """A line of the attendance list."""

    user_id: UserId
    name: str
    role: Role
    present: bool
    remote: bool


@dataclass(frozen=True)
class MeetingView:
    """Everything one user may see of a meeting."""

    meeting_id: MeetingId
    title: str
    kind: MeetingKind
    state: MeetingState
    scheduled_at: datetime
    location: str
    remote_participation: bool
    my_role: Role
    participants: tuple[ParticipantView, ...]
    quorum: QuorumStatus
    items: tuple[ItemView, ...]
    votes: tuple[VoteView, ...]


def _item_view(meeting: Meeting, item: AgendaItem, *, guest: bool) -> ItemView:
    return ItemView(
        item_id=item.item_id,
        title=item.title,
        presenter=item.presenter,
        minutes_allotted=item.minutes_allotted,
        confidential=item.confidential,
        documents=tuple(DocumentView(d.document_id, d.title) for d in item.documents),
        replacements=tuple(item.replacements),
        positions=() if guest else tuple(item.positions.values()),
        in_consent_block=item.in_consent_block,
        decision=item.decision,
        is_current=meeting.current_item_id == item.item_id,
    )


def _vote_view(vote: Vote, *, seat: UserId | None) -> VoteView:
    # Live counts of a secret vote would reveal each choice as soon as the voter is known.
    hide = vote.mode is VoteMode.SECRET and vote.is_open
    yes, no, abstain = (None, None, None) if hide else vote.counts()
    return VoteView(
        vote_id=vote.vote_id,
        item_id=vote.item_id,
        motion=vote.motion,
        mode=vote.mode,
        is_open=vote.is_open,
        ballots_cast=len(vote.voted_seats),
        yes=yes,
        no=no,
        abstain=abstain,
        my_seat_voted=seat is not None and seat in vote.voted_seats,
        result=vote.result,
    )


def visible_meeting(meeting: Meeting, user: UserId) -> MeetingView | None:
    """Return what ``user`` may see of ``meeting``, or None for a non-member."""
    me = meeting.participants.get(user)
    if me is None:
        return None
    guest = me.role is Role.GUEST
    items = meeting.visible_items(user)
    visible_ids = {i.item_id for i in items}
    votes = [v for v in meeting.votes.values() if v.item_id is None or v.item_id in visible_ids]
    return MeetingView(
        meeting_id=meeting.meeting_id,
        title=meeting.title,
        kind=meeting.kind,
        state=meeting.state,
        scheduled_at=meeting.scheduled_at,
        location=meeting.location,
        remote_participation=meeting.remote_participation,
        my_role=me.role,
        participants=tuple(
            ParticipantView(p.user_id, p.name, p.role, p.present, p.attending_remotely)
            for p in meeting.participants.values()
        ),
        quorum=meeting.quorum_status(),
        items=tuple(_item_view(meeting, i, guest=guest) for i in items),
        votes=tuple(_vote_view(v, seat=me.seat) for v in votes),
    )
