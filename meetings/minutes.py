"""Minutes and conclusion-notice content, built from the meeting record.

These are frozen values; the official renderer prints them and the signing flow signs the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from meetings.errors import IllegalTransition
from meetings.ids import DocumentId, ItemId, MeetingId, UserId
from meetings.model.agenda import AgendaItem, Decision, DecisionBasis, PositionKind
from meetings.model.base import MeetingKind, MeetingState
from meetings.model.meeting import Meeting
from meetings.model.participants import Role
from meetings.model.votes import VoteResult


@dataclass(frozen=True)
class AttendanceLine:
    """One participant in the attendance list."""

    user_id: UserId
    name: str
    role: Role
    attended: bool
    remote: bool
    substitute_for: str | None
    """Name of the member a substitute stood in for."""


@dataclass(frozen=True)
class PositionLine:
    """A position stated before the meeting."""

    name: str
    kind: PositionKind
    reason: str


@dataclass(frozen=True)
class SpeechLine:
    """A speech on an item."""

    name: str
    seconds: int


@dataclass(frozen=True)
class MinutesItem:
    """One agenda item in the minutes."""

    number: int
    item_id: ItemId
    title: str
    presenter: str | None
    confidential: bool
    documents: tuple[tuple[DocumentId, str], ...]
    positions: tuple[PositionLine, ...]
    adopted_by_consent: bool
    speeches: tuple[SpeechLine, ...]
    votes: tuple[VoteResult, ...]
    decision: Decision | None


@dataclass(frozen=True)
class MinutesContent:
    """The content of the minutes (biên bản)."""

    meeting_id: MeetingId
    title: str
    kind: MeetingKind
    scheduled_at: datetime
    location: str
    opened_at: datetime | None
    closed_at: datetime | None
    chair: str
    secretary: str
    seats_total: int
    seats_attended: int
    attendance: tuple[AttendanceLine, ...]
    items: tuple[MinutesItem, ...]
    other_votes: tuple[VoteResult, ...]
    """Votes not tied to an agenda item."""


@dataclass(frozen=True)
class ConclusionLine:
    """One conclusion of the notice."""

    item_title: str
    text: str
    basis: DecisionBasis


@dataclass(frozen=True)
class ConclusionNoticeContent:
    """The content of the conclusion notice (thông báo kết luận)."""

    meeting_id: MeetingId
    title: str
    held_on: datetime
    chair: str
    conclusions: tuple[ConclusionLine, ...]


def _require_closed(meeting: Meeting) -> None:
    if meeting.state not in (MeetingState.CLOSED, MeetingState.ARCHIVED):
        raise IllegalTransition("minutes and notices are built once the meeting is closed")


def _name(meeting: Meeting, user: UserId | None) -> str | None:
    if user is None:
        return None
    p = meeting.participants.get(user)
    return p.name if p else str(user)


def _name_of_role(meeting: Meeting, role: Role) -> str:
    return next((p.name for p in meeting.participants.values() if p.role is role), "")


def _minutes_item(meeting: Meeting, number: int, item: AgendaItem) -> MinutesItem:
    queue = meeting.queues.get(item.item_id)
    speeches = queue.speeches if queue else []
    return MinutesItem(
        number=number,
        item_id=item.item_id,
        title=item.title,
        presenter=_name(meeting, item.presenter),
        confidential=item.confidential,
        documents=tuple((d.document_id, d.title) for d in item.documents),
        positions=tuple(
            PositionLine(_name(meeting, p.stated_by) or "", p.kind, p.reason)
            for p in sorted(item.positions.values(), key=lambda p: p.at)
        ),
        adopted_by_consent=item.decision is not None
        and item.decision.basis is DecisionBasis.CONSENT,
        speeches=tuple(
            SpeechLine(_name(meeting, s.speaker) or "", int(s.duration.total_seconds()))
            for s in speeches
        ),
        votes=tuple(
            v.result for v in meeting.votes.values() if v.item_id == item.item_id and v.result
        ),
        decision=item.decision,
    )


def build_minutes(meeting: Meeting) -> MinutesContent:
    """Build the minutes content of a closed meeting.

    Raises:
        IllegalTransition: the meeting is not closed yet.
    """
    _require_closed(meeting)
    attendance = tuple(
        AttendanceLine(
            p.user_id,
            p.name,
            p.role,
            p.attended,
            p.attended_remotely,
            _name(meeting, p.substitute_for),
        )
        for p in meeting.participants.values()
    )
    attended_seats = {
        p.seat for p in meeting.participants.values() if p.attended and p.seat is not None
    }
    return MinutesContent(
        meeting_id=meeting.meeting_id,
        title=meeting.title,
        kind=meeting.kind,
        scheduled_at=meeting.scheduled_at,
        location=meeting.location,
        opened_at=meeting.opened_at,
        closed_at=meeting.closed_at,
        chair=_name_of_role(meeting, Role.CHAIR),
        secretary=_name_of_role(meeting, Role.SECRETARY),
        seats_total=len(meeting.seats()),
        seats_attended=len(attended_seats & meeting.seats()),
        attendance=attendance,
        items=tuple(_minutes_item(meeting, n, i) for n, i in enumerate(meeting.agenda, 1)),
        other_votes=tuple(
            v.result for v in meeting.votes.values() if v.item_id is None and v.result
        ),
    )


def build_conclusion_notice(meeting: Meeting) -> ConclusionNoticeContent:
    """Build the conclusion notice from the decisions of a closed meeting.

    Raises:
        IllegalTransition: the meeting is not closed yet.
    """
    _require_closed(meeting)
    return ConclusionNoticeContent(
        meeting_id=meeting.meeting_id,
        title=meeting.title,
        held_on=meeting.opened_at or meeting.scheduled_at,
        chair=_name_of_role(meeting, Role.CHAIR),
        conclusions=tuple(
            ConclusionLine(item.title, item.decision.text, item.decision.basis)
            for item in meeting.agenda
            if item.decision is not None
        ),
    )
