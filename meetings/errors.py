"""The meetings error tree: one root, specific subclasses the server maps to HTTP codes."""

from __future__ import annotations


class MeetingError(Exception):
    """Root of every error raised by the meetings domain core."""


class InvalidCommand(MeetingError):
    """A command's own fields are inconsistent (checked before anything is loaded)."""


class NotFound(MeetingError):
    """Base for unknown ids."""


class MeetingNotFound(NotFound):
    """No meeting with this id."""


class ItemNotFound(NotFound):
    """No agenda item with this id in the meeting."""


class VoteNotFound(NotFound):
    """No vote with this id in the meeting."""


class DocumentNotFound(NotFound):
    """The document store does not know the document, or it is not on the item."""


class OpinionBallotNotFound(NotFound):
    """No opinion ballot with this id."""


class AccessDenied(MeetingError):
    """Base for every refusal based on who is asking."""


class NotAMember(AccessDenied):
    """The user takes no part in the meeting (or the ballot) at all."""


class PermissionDenied(AccessDenied):
    """The user takes part, but their role does not allow this command."""


class ItemNotVisible(AccessDenied):
    """The user may not see this agenda item (guest not invited, or confidential)."""


class IllegalTransition(MeetingError):
    """The command is not allowed in the current state of the meeting, item, queue or vote."""


class MeetingAlreadyClosed(IllegalTransition):
    """The meeting is closed; only archiving and private notes remain possible."""


class MeetingArchived(IllegalTransition):
    """The meeting is archived and read-only."""


class MeetingNotInSession(IllegalTransition):
    """The command needs a meeting in session."""


class ItemAlreadyDecided(IllegalTransition):
    """The agenda item carries a decision, so it stays on the record."""


class ItemInProgress(IllegalTransition):
    """The agenda item is under discussion, has speakers or votes."""


class RemoteAttendanceNotAllowed(IllegalTransition):
    """The meeting does not allow remote participation."""


class QuorumNotReached(IllegalTransition):
    """Too few voting seats are present for the meeting to decide."""


class ParticipantIsChair(IllegalTransition):
    """The chair cannot be removed; the chair is handed to someone else first."""


class ParticipantIsSecretary(IllegalTransition):
    """The secretary prepares and records the meeting and cannot be removed from it."""


class ParticipantCheckedIn(IllegalTransition):
    """The participant is or was checked in, so they stay on the attendance record."""


class SubstituteStandsIn(IllegalTransition):
    """A substitute stands in for this member; the substitute is removed first."""


class ChairNeedsSeat(IllegalTransition):
    """The new chair would be a substitute, a guest or the secretary: none holds a seat."""


class AlreadyChair(IllegalTransition):
    """The person named as the new chair already chairs the meeting."""


class DuplicateId(MeetingError):
    """An id given by the caller is already in use."""


class AlreadyVoted(MeetingError):
    """This seat has already voted in this vote (directly or through a substitute)."""


class VoteClosed(IllegalTransition):
    """The vote is closed; no more ballots are accepted."""


class SignatureInvalid(MeetingError):
    """A signature does not verify over the canonical payload."""


class SpeakerQueueError(IllegalTransition):
    """The speaker queue refuses the operation (already queued, nobody speaking, ...)."""


class OpinionBallotError(MeetingError):
    """Base for opinion-ballot rule violations."""


class BallotDeadlinePassed(OpinionBallotError):
    """The opinion ballot's deadline has passed; answers are no longer accepted."""


class AlreadyAnswered(OpinionBallotError):
    """The member has already answered this opinion ballot."""


class BallotClosed(OpinionBallotError, IllegalTransition):
    """The opinion ballot is closed."""
