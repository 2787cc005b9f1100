"""Read-only use cases. Each checks access the same way the runner does, and commits nothing."""

from __future__ import annotations

from dataclasses import dataclass

from meetings.errors import NotAMember
from meetings.ids import ItemId, MeetingId, OpinionBallotId, UserId, VoteId
from meetings.minutes import (
    ConclusionNoticeContent,
    MinutesContent,
    build_conclusion_notice,
    build_minutes,
)
from meetings.model.meeting import Meeting
from meetings.model.notes import PrivateNote
from meetings.model.opinion_ballots import OpinionTally
from meetings.model.speakers import SpeakerStatus
from meetings.model.votes import VoteMode
from meetings.permissions import (
    Actor,
    Permission,
    ballot_permissions,
    meeting_permissions,
    require,
)
from meetings.ports import Clock, SignatureVerifier, UnitOfWork
from meetings.visibility import MeetingView, visible_meeting


@dataclass(frozen=True)
class SignatureCheck:
    """The outcome of re-verifying one signed ballot or answer."""

    signer: UserId
    valid: bool


def _meeting_for(
    meeting_id: MeetingId, permission: Permission, *, actor: Actor, uow: UnitOfWork
) -> Meeting:
    with uow:
        meeting = uow.meetings.get(meeting_id)
    require(meeting_permissions(meeting, actor), permission, actor=actor, where="Meeting")
    return meeting


def view_meeting(meeting_id: MeetingId, *, actor: Actor, uow: UnitOfWork) -> MeetingView:
    """Return what the actor may see of the meeting; raise ``NotAMember`` for outsiders."""
    meeting = _meeting_for(meeting_id, Permission.MEETING_VIEW, actor=actor, uow=uow)
    view = visible_meeting(meeting, actor.user_id)
    if view is None:  # pragma: no cover - the permission check already refused
        raise NotAMember(actor.user_id)
    return view


def minutes(meeting_id: MeetingId, *, actor: Actor, uow: UnitOfWork) -> MinutesContent:
    """Return the minutes content of a closed meeting (members, chair and secretary)."""
    meeting = _meeting_for(meeting_id, Permission.MINUTES_VIEW, actor=actor, uow=uow)
    return build_minutes(meeting)


def conclusion_notice(
    meeting_id: MeetingId, *, actor: Actor, uow: UnitOfWork
) -> ConclusionNoticeContent:
    """Return the conclusion-notice content of a closed meeting."""
    meeting = _meeting_for(meeting_id, Permission.MINUTES_VIEW, actor=actor, uow=uow)
    return build_conclusion_notice(meeting)


def speaker_status(
    meeting_id: MeetingId, item_id: ItemId, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> SpeakerStatus:
    """Return the queue of an item the actor may see, with the elapsed time from the clock."""
    meeting = _meeting_for(meeting_id, Permission.MEETING_VIEW, actor=actor, uow=uow)
    meeting.visible_item(actor.user_id, item_id)
    return meeting.speaker_status(item_id, now=clock.now())


def my_notes(meeting_id: MeetingId, *, actor: Actor, uow: UnitOfWork) -> tuple[PrivateNote, ...]:
    """Return the actor's own notes on the meeting; nobody can list another user's notes."""
    _meeting_for(meeting_id, Permission.MEETING_VIEW, actor=actor, uow=uow)
    with uow:
        return tuple(uow.notes.for_author(meeting_id, actor.user_id))


def verify_named_vote(
    meeting_id: MeetingId,
    vote_id: VoteId,
    *,
    actor: Actor,
    uow: UnitOfWork,
    verifier: SignatureVerifier,
) -> tuple[SignatureCheck, ...]:
    """Re-verify every ballot of a named vote, rebuilding each payload from the record.

    Rebuilding (rather than trusting the stored payload) means a tampered choice, seat or
    motion fails verification.
    """
    meeting = _meeting_for(meeting_id, Permission.MEETING_VIEW, actor=actor, uow=uow)
    vote = meeting.vote(vote_id)
    if vote.mode is not VoteMode.NAMED:
        return ()
    checks = []
    for ballot in sorted(vote.ballots.values(), key=lambda b: b.seat):
        payload = meeting.named_payload(
            vote, seat=ballot.seat, cast_by=ballot.cast_by, choice=ballot.choice
        )
        ok = verifier.verify(payload, ballot.signature, signer=ballot.cast_by)
        checks.append(SignatureCheck(ballot.cast_by, ok))
    return tuple(checks)


def opinion_tally(ballot_id: OpinionBallotId, *, actor: Actor, uow: UnitOfWork) -> OpinionTally:
    """Return the tally of an opinion ballot (its secretary only)."""
    with uow:
        ballot = uow.ballots.get(ballot_id)
    granted = ballot_permissions(ballot, actor)
    require(granted, Permission.BALLOT_VIEW_TALLY, actor=actor, where="OpinionBallot")
    return ballot.tally()


def verify_opinion_answers(
    ballot_id: OpinionBallotId,
    *,
    actor: Actor,
    uow: UnitOfWork,
    verifier: SignatureVerifier,
) -> tuple[SignatureCheck, ...]:
    """Re-verify every signed answer of an opinion ballot from the recorded answers."""
    with uow:
        ballot = uow.ballots.get(ballot_id)
    granted = ballot_permissions(ballot, actor)
    require(granted, Permission.BALLOT_VIEW_TALLY, actor=actor, where="OpinionBallot")
    return tuple(
        SignatureCheck(
            sheet.member,
            verifier.verify(
                ballot.answer_payload(sheet.member, sheet.answers),
                sheet.signature,
                signer=sheet.member,
            ),
        )
        for sheet in sorted(ballot.answers.values(), key=lambda s: s.member)
    )
