"""In-session work on the Meeting aggregate: current item, speakers, votes, decisions.

``MeetingSession`` sits between ``MeetingBase`` (data and queries) and ``Meeting``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from meetings import events as ev
from meetings.errors import (
    DuplicateId,
    IllegalTransition,
    PermissionDenied,
    SignatureInvalid,
)
from meetings.ids import ItemId, UserId, VoteId
from meetings.model.agenda import AgendaItem, Decision, DecisionBasis, PositionKind
from meetings.model.base import MeetingBase, MeetingState
from meetings.model.participants import Role
from meetings.model.rules import MajorityRule
from meetings.model.speakers import SpeakerQueue, SpeakerStatus
from meetings.model.votes import (
    RecordedBallot,
    Vote,
    VoteChoice,
    VoteMode,
    VoteResult,
    named_vote_payload,
)
from meetings.ports import SignatureVerifier


class MeetingSession(MeetingBase):
    """Methods that run while the meeting is in session."""

    # -- current item and speakers ---------------------------------------------------------

    def set_current_item(self, item_id: ItemId) -> None:
        """Move the session to an item; members who wished to speak are queued first."""
        self.require_in_session(doing="change the current item")
        item = self.item(item_id)
        self.current_item_id = item_id
        queue = self.queue(item_id)
        if not queue.seeded:
            wishes = sorted(
                (p for p in item.positions.values() if p.kind is PositionKind.WISH_TO_SPEAK),
                key=lambda p: p.at,
            )
            for position in wishes:
                if position.stated_by not in queue.waiting:
                    queue.waiting.append(position.stated_by)
            queue.seeded = True
        audience = self.item_audience(item)
        self.emit(
            ev.CurrentItemChanged(audience=audience, meeting_id=self.meeting_id, item_id=item_id)
        )
        others = self.everyone() - audience
        if others:
            self.emit(
                ev.CurrentItemChanged(audience=others, meeting_id=self.meeting_id, item_id=None)
            )

    def require_in_session(self, *, doing: str) -> None:
        """Raise ``MeetingNotInSession`` unless the session is open."""
        self.require_state(MeetingState.IN_SESSION, doing=doing)

    def queue(self, item_id: ItemId) -> SpeakerQueue:
        """Return the item's speaker queue, creating it with the item's time limit."""
        item = self.item(item_id)
        if item_id not in self.queues:
            limit = item.speaker_time_limit or self.rules.speaker_time_limit
            self.queues[item_id] = SpeakerQueue(item_id=item_id, time_limit=limit)
        return self.queues[item_id]

    def speaker_status(self, item_id: ItemId, *, now: datetime) -> SpeakerStatus:
        """Return the queue with the current speaker's elapsed and remaining time."""
        return self.queue(item_id).status(now=now)

    def request_to_speak(self, user: UserId, item_id: ItemId) -> None:
        """Queue the user on an item they may see."""
        self.require_in_session(doing="request to speak")
        self.visible_item(user, item_id)
        self.queue(item_id).request(user)
        self._emit_queue(item_id)

    def withdraw_speaker_request(self, user: UserId, item_id: ItemId) -> None:
        """Take the user's request back."""
        self.require_in_session(doing="withdraw a speaker request")
        self.queue(item_id).withdraw(user)
        self._emit_queue(item_id)

    def order_speakers(self, item_id: ItemId, order: Sequence[UserId]) -> None:
        """Set the order of waiting speakers (chair)."""
        self.require_in_session(doing="order speakers")
        self.queue(item_id).reorder(order)
        self._emit_queue(item_id)

    def start_speaker(self, item_id: ItemId, user: UserId | None, *, at: datetime) -> UserId:
        """Give the floor to ``user`` or the next in line; the clock starts at ``at``."""
        self.require_in_session(doing="start a speaker")
        item = self.item(item_id)
        if user is not None:
            self.visible_item(user, item_id)
        queue = self.queue(item_id)
        speaker = queue.start(user, at=at)
        limit = None if queue.time_limit is None else int(queue.time_limit.total_seconds())
        self.emit(
            ev.SpeakerStarted(
                audience=self.item_audience(item),
                meeting_id=self.meeting_id,
                item_id=item_id,
                speaker=speaker,
                at=at,
                time_limit_seconds=limit,
            )
        )
        self._emit_queue(item_id)
        return speaker

    def stop_speaker(self, item_id: ItemId, *, at: datetime) -> None:
        """End the current speech."""
        self.require_in_session(doing="stop a speaker")
        speech = self.queue(item_id).stop(at=at)
        self.emit(
            ev.SpeakerStopped(
                audience=self.item_audience(self.item(item_id)),
                meeting_id=self.meeting_id,
                item_id=item_id,
                speaker=speech.speaker,
                seconds=int(speech.duration.total_seconds()),
            )
        )
        self._emit_queue(item_id)

    def _emit_queue(self, item_id: ItemId) -> None:
        queue = self.queue(item_id)
        self.emit(
            ev.SpeakerQueueChanged(
                audience=self.item_audience(self.item(item_id)),
                meeting_id=self.meeting_id,
                item_id=item_id,
                waiting=tuple(queue.waiting),
                current=queue.current,
            )
        )

    # -- votes -----------------------------------------------------------------------------

    def vote_audience(self, vote: Vote) -> frozenset[UserId]:
        """Who may follow a vote: the viewers of its item, or everyone."""
        return self.item_audience(None if vote.item_id is None else self.item(vote.item_id))

    def open_vote(
        self,
        vote_id: VoteId,
        *,
        item_id: ItemId | None,
        motion: str,
        mode: VoteMode,
        majority: MajorityRule | None,
        at: datetime,
    ) -> Vote:
        """Open a vote; needs the quorum and no other open vote."""
        self.require_in_session(doing="open a vote")
        if vote_id in self.votes:
            raise DuplicateId(f"vote {vote_id} already exists")
        if any(v.is_open for v in self.votes.values()):
            raise IllegalTransition("another vote is still open")
        if item_id is not None:
            self.item(item_id)
        self.require_quorum(doing="open a vote")
        vote = Vote(vote_id, item_id, motion, mode, majority or self.rules.majority, opened_at=at)
        self.votes[vote_id] = vote
        self.emit(
            ev.VoteOpened(
                audience=self.vote_audience(vote),
                meeting_id=self.meeting_id,
                vote_id=vote_id,
                item_id=item_id,
                motion=motion,
                mode=mode,
            )
        )
        return vote

    def voting_seat(self, user: UserId) -> UserId:
        """Return the seat the user votes for; refuse guests, secretaries and barred substitutes."""
        p = self.participant(user)
        if p.seat is None:
            raise PermissionDenied(f"{user} holds no voting seat")
        if p.role is Role.SUBSTITUTE and not self.rules.substitute_may_vote:
            raise PermissionDenied("the rules of this meeting do not let substitutes vote")
        if not p.present:
            raise IllegalTransition(f"{user} must check in before voting")
        return p.seat

    def cast_vote(
        self,
        user: UserId,
        vote_id: VoteId,
        choice: VoteChoice,
        *,
        signature: bytes = b"",
        verifier: SignatureVerifier | None = None,
    ) -> None:
        """Cast the user's ballot; a named ballot must carry a signature that verifies."""
        self.require_in_session(doing="vote")
        vote = self.vote(vote_id)
        seat = self.voting_seat(user)
        if vote.mode is VoteMode.SECRET:
            self._cast_secret(vote, seat, choice)
            return
        payload = b""
        if vote.mode is VoteMode.NAMED:
            payload = self.named_payload(vote, seat=seat, cast_by=user, choice=choice)
            if verifier is None or not verifier.verify(payload, signature, signer=user):
                raise SignatureInvalid(f"the signature on {user}'s named ballot does not verify")
        vote.cast_recorded(RecordedBallot(seat, user, choice, payload, signature))
        yes, no, abstain = vote.counts()
        self.emit(
            ev.VoteCast(
                audience=self.vote_audience(vote),
                meeting_id=self.meeting_id,
                vote_id=vote_id,
                seat=seat,
                choice=choice,
                yes=yes,
                no=no,
                abstain=abstain,
            )
        )

    def _cast_secret(self, vote: Vote, seat: UserId, choice: VoteChoice) -> None:
        # The event says only how many have voted: no seat, no choice, no running counts.
        vote.cast_secret(seat, choice)
        self.emit(
            ev.SecretBallotCast(
                audience=self.vote_audience(vote),
                meeting_id=self.meeting_id,
                vote_id=vote.vote_id,
                ballots_cast=len(vote.voted_seats),
            )
        )

    def named_payload(
        self, vote: Vote, *, seat: UserId, cast_by: UserId, choice: VoteChoice
    ) -> bytes:
        """Return the canonical bytes ``cast_by`` signs for a named ballot in ``vote``."""
        return named_vote_payload(
            meeting_id=self.meeting_id,
            vote_id=vote.vote_id,
            motion=vote.motion,
            seat=seat,
            cast_by=cast_by,
            choice=choice,
        )

    def close_vote(self, vote_id: VoteId, *, at: datetime) -> VoteResult:
        """Close a vote, evaluate quorum and majority, and decide its item if adopted."""
        self.require_in_session(doing="close a vote")
        vote = self.vote(vote_id)
        status = self.quorum_status()
        result = vote.close(
            at=at,
            seats_total=status.total_seats,
            seats_present=status.present_seats,
            quorum=self.rules.quorum,
        )
        self.emit(
            ev.VoteClosed(
                audience=self.vote_audience(vote),
                meeting_id=self.meeting_id,
                vote_id=vote_id,
                result=result,
            )
        )
        if vote.item_id is not None and result.adopted:
            item = self.item(vote.item_id)
            if item.decision is None:
                self._decide(
                    item, Decision(item.item_id, vote.motion, DecisionBasis.VOTE, at, vote_id)
                )
        return result

    def record_decision(self, item_id: ItemId, text: str, *, at: datetime) -> None:
        """Record (or correct) the chair's conclusion on an item."""
        self.require_in_session(doing="record a decision")
        item = self.item(item_id)
        self._decide(item, Decision(item_id, text, DecisionBasis.CHAIR, at))

    def _decide(self, item: AgendaItem, decision: Decision) -> None:
        item.decision = decision
        self.emit(
            ev.DecisionRecorded(
                audience=self.item_audience(item),
                meeting_id=self.meeting_id,
                item_id=item.item_id,
                text=decision.text,
            )
        )
