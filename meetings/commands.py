"""Commands: one frozen dataclass per mutating use case.

After OpenSlides, each command declares its permission and its audit line next to its fields;
``services/runner.py`` is the one pipeline that applies them. Audit lines are formatted from
the command's fields and must never name a secret ballot's choice or a private note's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from typing import ClassVar

from meetings.errors import InvalidCommand
from meetings.ids import (
    DocumentId,
    ItemId,
    MeetingId,
    NoteId,
    OpinionBallotId,
    UserId,
    VoteId,
)
from meetings.model.agenda import PositionKind
from meetings.model.base import MeetingKind
from meetings.model.opinion_ballots import Answer, Question
from meetings.model.participants import ParticipantSpec, Role
from meetings.model.rules import MajorityRule, MeetingRules
from meetings.model.votes import VoteChoice, VoteMode
from meetings.permissions import Permission

P = Permission


def _require_text(value: str, what: str) -> None:
    if not value.strip():
        raise InvalidCommand(f"{what} must not be empty")


@dataclass(frozen=True, kw_only=True)
class Command:
    """Base of every command."""

    permission: ClassVar[Permission]
    """What the actor needs."""
    audit: ClassVar[str]
    """History text, ``str.format``-ed with the command's fields."""
    allowed_when_closed: ClassVar[bool] = False
    """Whether the command still applies to a closed (not archived) meeting."""

    def validate(self) -> None:
        """Check the command's own fields; raise ``InvalidCommand``."""

    def required_permission(self, actor: UserId) -> Permission:
        """Return the permission needed when ``actor`` issues this command."""
        return self.permission

    def audit_line(self) -> str:
        """Return the history text for this command."""
        return self.audit.format(**{f.name: getattr(self, f.name) for f in fields(self)})


@dataclass(frozen=True, kw_only=True)
class MeetingCommand(Command):
    """A command on one meeting."""

    meeting_id: MeetingId


@dataclass(frozen=True, kw_only=True)
class CreateMeeting(MeetingCommand):
    """Create a draft meeting with its chair and secretary."""

    permission = P.MEETING_CREATE
    audit = "Meeting created: {title}"
    title: str
    kind: MeetingKind
    scheduled_at: datetime
    chair: ParticipantSpec
    secretary: ParticipantSpec
    location: str = ""
    rules: MeetingRules = field(default_factory=MeetingRules)
    remote_participation: bool = True

    def validate(self) -> None:
        """Require a title, a chair and a secretary in their roles."""
        _require_text(self.title, "the title")
        if self.chair.role is not Role.CHAIR or self.secretary.role is not Role.SECRETARY:
            raise InvalidCommand("chair and secretary must carry their roles")
        if self.chair.user_id == self.secretary.user_id:
            raise InvalidCommand("the chair cannot also be the secretary")


@dataclass(frozen=True, kw_only=True)
class InviteParticipant(MeetingCommand):
    """Add a member, substitute or guest."""

    permission = P.MEETING_MANAGE
    audit = "Invited {participant.user_id} as {participant.role}"
    participant: ParticipantSpec

    def validate(self) -> None:
        """Only members, substitutes and guests are invited this way."""
        if self.participant.role in (Role.CHAIR, Role.SECRETARY):
            raise InvalidCommand("chair and secretary are set when the meeting is created")
        if self.participant.role is Role.GUEST and not self.participant.invited_items:
            raise InvalidCommand("a guest must be invited to at least one item")


@dataclass(frozen=True, kw_only=True)
class RemoveParticipant(MeetingCommand):
    """Take a participant invited by mistake off the meeting before the session."""

    # The same people who invite may take an invitation back.
    permission = P.MEETING_MANAGE
    audit = "Removed participant {user_id}"
    user_id: UserId


@dataclass(frozen=True, kw_only=True)
class ChangeChair(MeetingCommand):
    """Hand the chair to a member, or to a new person added as chair, before the session."""

    permission = P.MEETING_MANAGE
    audit = "Chair handed to {user_id}"
    user_id: UserId
    name: str = ""
    """Display name; needed only when the new chair does not take part yet."""


@dataclass(frozen=True, kw_only=True)
class AddAgendaItem(MeetingCommand):
    """Append an item with its presenter, time and documents."""

    permission = P.AGENDA_MANAGE
    audit = "Agenda item added: {title}"
    item_id: ItemId
    title: str
    presenter: UserId | None = None
    minutes_allotted: int = 0
    confidential: bool = False
    consent_eligible: bool = True
    speaker_time_limit: timedelta | None = None
    document_ids: tuple[DocumentId, ...] = ()

    def validate(self) -> None:
        """Require a title and a non-negative time."""
        _require_text(self.title, "the item title")
        if self.minutes_allotted < 0:
            raise InvalidCommand("time allotted cannot be negative")


@dataclass(frozen=True, kw_only=True)
class RemoveAgendaItem(MeetingCommand):
    """Take an undecided item off the agenda before the session."""

    permission = P.AGENDA_MANAGE
    audit = "Agenda item removed: {item_id}"
    item_id: ItemId


@dataclass(frozen=True, kw_only=True)
class UpdateMeetingDetails(MeetingCommand):
    """Change the title, time, place and remote participation before the session."""

    permission = P.MEETING_MANAGE
    audit = (
        "Meeting details changed: {title}; {scheduled_at}; {location};"
        " remote participation: {remote_participation}"
    )
    title: str
    scheduled_at: datetime
    location: str = ""
    remote_participation: bool = True

    def validate(self) -> None:
        """Require a title and a time with its time zone (meetings span offices and zones)."""
        _require_text(self.title, "the title")
        if self.scheduled_at.utcoffset() is None:
            raise InvalidCommand("the start time needs a time zone")


@dataclass(frozen=True, kw_only=True)
class ReorderAgenda(MeetingCommand):
    """Put the agenda in a new order."""

    permission = P.AGENDA_MANAGE
    audit = "Agenda reordered"
    item_ids: tuple[ItemId, ...]


@dataclass(frozen=True, kw_only=True)
class AttachDocument(MeetingCommand):
    """Attach a stored document to an item."""

    permission = P.AGENDA_MANAGE
    audit = "Document {document_id} attached to item {item_id}"
    item_id: ItemId
    document_id: DocumentId


@dataclass(frozen=True, kw_only=True)
class ReplaceDocument(MeetingCommand):
    """Replace a document on an item with a newer one (a late document)."""

    permission = P.AGENDA_MANAGE
    audit = "Document {old_document_id} replaced by {new_document_id} on item {item_id}: {reason}"
    item_id: ItemId
    old_document_id: DocumentId
    new_document_id: DocumentId
    reason: str

    def validate(self) -> None:
        """A replacement needs a reason, shown to everyone in the alert."""
        _require_text(self.reason, "the reason")


@dataclass(frozen=True, kw_only=True)
class PublishMeeting(MeetingCommand):
    """Send invitations and distribute the documents."""

    permission = P.MEETING_MANAGE
    audit = "Meeting published"


@dataclass(frozen=True, kw_only=True)
class CheckIn(MeetingCommand):
    """Check a participant in: oneself, or anyone by the secretary."""

    permission = P.ATTENDANCE_MANAGE
    audit = "{user_id} checked in (remote: {remote})"
    user_id: UserId
    remote: bool = False

    def required_permission(self, actor: UserId) -> Permission:
        """Checking oneself in needs less than checking someone else in."""
        return P.CHECK_IN_SELF if actor == self.user_id else P.ATTENDANCE_MANAGE


@dataclass(frozen=True, kw_only=True)
class CheckOut(MeetingCommand):
    """Check a participant out: oneself, or anyone by the secretary."""

    permission = P.ATTENDANCE_MANAGE
    audit = "{user_id} checked out"
    user_id: UserId

    def required_permission(self, actor: UserId) -> Permission:
        """Checking oneself out needs less than checking someone else out."""
        return P.CHECK_IN_SELF if actor == self.user_id else P.ATTENDANCE_MANAGE


@dataclass(frozen=True, kw_only=True)
class StatePosition(MeetingCommand):
    """State one's position on an item before the meeting."""

    permission = P.POSITION_STATE
    audit = "Position on item {item_id}: {kind}"
    item_id: ItemId
    kind: PositionKind
    reason: str = ""

    def validate(self) -> None:
        """An objection needs its reason."""
        if self.kind is PositionKind.OBJECTION:
            _require_text(self.reason, "the reason for an objection")


@dataclass(frozen=True, kw_only=True)
class PullFromConsentBlock(MeetingCommand):
    """Take an item out of the consent block (chair)."""

    permission = P.SESSION_CONDUCT
    audit = "Item {item_id} pulled from the consent block"
    item_id: ItemId


@dataclass(frozen=True, kw_only=True)
class StartSession(MeetingCommand):
    """Open the session."""

    permission = P.SESSION_CONDUCT
    audit = "Session started"


@dataclass(frozen=True, kw_only=True)
class AdoptConsentBlock(MeetingCommand):
    """Adopt every unopposed item together."""

    permission = P.SESSION_CONDUCT
    audit = "Consent block adopted"


@dataclass(frozen=True, kw_only=True)
class SetCurrentItem(MeetingCommand):
    """Move the session to an item."""

    permission = P.SESSION_CONDUCT
    audit = "Current item: {item_id}"
    item_id: ItemId


@dataclass(frozen=True, kw_only=True)
class RequestToSpeak(MeetingCommand):
    """Join the speaker queue of an item."""

    permission = P.SPEAK_REQUEST
    audit = "Requested to speak on item {item_id}"
    item_id: ItemId


@dataclass(frozen=True, kw_only=True)
class WithdrawSpeakerRequest(MeetingCommand):
    """Leave the speaker queue of an item."""

    permission = P.SPEAK_REQUEST
    audit = "Withdrew speaker request on item {item_id}"
    item_id: ItemId


@dataclass(frozen=True, kw_only=True)
class OrderSpeakers(MeetingCommand):
    """Set the order of the waiting speakers (chair)."""

    permission = P.SESSION_CONDUCT
    audit = "Speakers on item {item_id} ordered"
    item_id: ItemId
    order: tuple[UserId, ...]


@dataclass(frozen=True, kw_only=True)
class StartSpeaker(MeetingCommand):
    """Give the floor to a speaker, or the next in line (chair)."""

    permission = P.SESSION_CONDUCT
    audit = "Floor given on item {item_id}"
    item_id: ItemId
    speaker: UserId | None = None


@dataclass(frozen=True, kw_only=True)
class StopSpeaker(MeetingCommand):
    """End the current speech (chair)."""

    permission = P.SESSION_CONDUCT
    audit = "Speech ended on item {item_id}"
    item_id: ItemId


@dataclass(frozen=True, kw_only=True)
class OpenVote(MeetingCommand):
    """Open an open, named or secret vote."""

    permission = P.SESSION_CONDUCT
    audit = "{mode} vote {vote_id} opened: {motion}"
    vote_id: VoteId
    motion: str
    mode: VoteMode
    item_id: ItemId | None = None
    majority: MajorityRule | None = None
    """None takes the meeting's default majority."""

    def validate(self) -> None:
        """A vote needs a motion."""
        _require_text(self.motion, "the motion")


@dataclass(frozen=True, kw_only=True)
class CastVote(MeetingCommand):
    """Cast a ballot; named ballots carry the voter's signature over the canonical payload."""

    permission = P.VOTE_CAST
    # Never mention the choice: the same line is written for secret votes.
    audit = "Ballot cast in vote {vote_id}"
    vote_id: VoteId
    # repr=False so a logged command never shows a (possibly secret) choice.
    choice: VoteChoice = field(repr=False)
    signature: bytes = field(default=b"", repr=False)


@dataclass(frozen=True, kw_only=True)
class CloseVote(MeetingCommand):
    """Close a vote and evaluate it."""

    permission = P.SESSION_CONDUCT
    audit = "Vote {vote_id} closed"
    vote_id: VoteId


@dataclass(frozen=True, kw_only=True)
class RecordDecision(MeetingCommand):
    """Record the chair's conclusion on an item."""

    permission = P.SESSION_CONDUCT
    audit = "Decision on item {item_id}: {text}"
    item_id: ItemId
    text: str

    def validate(self) -> None:
        """A decision needs its text."""
        _require_text(self.text, "the decision")


@dataclass(frozen=True, kw_only=True)
class CloseMeeting(MeetingCommand):
    """End the session."""

    permission = P.SESSION_CONDUCT
    audit = "Meeting closed"


@dataclass(frozen=True, kw_only=True)
class ArchiveMeeting(MeetingCommand):
    """Make a closed meeting read-only."""

    permission = P.MEETING_MANAGE
    audit = "Meeting archived"
    allowed_when_closed = True


@dataclass(frozen=True, kw_only=True)
class SaveNote(MeetingCommand):
    """Save a private note on a meeting document."""

    permission = P.NOTE_WRITE
    audit = "Private note {note_id} saved"
    allowed_when_closed = True
    note_id: NoteId
    document_id: DocumentId
    text: str = field(repr=False)


@dataclass(frozen=True, kw_only=True)
class BallotCommand(Command):
    """A command on one opinion ballot."""

    ballot_id: OpinionBallotId


@dataclass(frozen=True, kw_only=True)
class CreateOpinionBallot(BallotCommand):
    """Draft an opinion ballot for members."""

    permission = P.BALLOT_CREATE
    audit = "Opinion ballot created: {title}"
    title: str
    questions: tuple[Question, ...]
    recipients: frozenset[UserId]
    deadline: datetime
    document_ids: tuple[DocumentId, ...] = ()
    reminder_offsets: tuple[timedelta, ...] = (timedelta(days=1),)

    def validate(self) -> None:
        """Require a title, distinct questions and recipients."""
        _require_text(self.title, "the title")
        ids = [q.question_id for q in self.questions]
        if not ids or len(set(ids)) != len(ids):
            raise InvalidCommand("a ballot needs questions with distinct ids")
        if not self.recipients:
            raise InvalidCommand("a ballot needs recipients")
        if any(o <= timedelta(0) for o in self.reminder_offsets):
            raise InvalidCommand("reminders go out before the deadline")


@dataclass(frozen=True, kw_only=True)
class SendOpinionBallot(BallotCommand):
    """Send the ballot to its members."""

    permission = P.BALLOT_MANAGE
    audit = "Opinion ballot sent"


@dataclass(frozen=True, kw_only=True)
class AnswerOpinionBallot(BallotCommand):
    """Answer every question, signed."""

    permission = P.BALLOT_ANSWER
    audit = "Opinion ballot answered"
    answers: tuple[Answer, ...]
    signature: bytes = field(repr=False)


@dataclass(frozen=True, kw_only=True)
class SendBallotReminders(BallotCommand):
    """Send due reminders and the overdue alert (scheduler or secretary)."""

    permission = P.BALLOT_REMIND
    audit = "Reminders checked"


@dataclass(frozen=True, kw_only=True)
class CloseOpinionBallot(BallotCommand):
    """Close the ballot and publish the tally."""

    permission = P.BALLOT_MANAGE
    audit = "Opinion ballot closed"
