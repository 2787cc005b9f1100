"""Votes: open, named (signed) and secret, and how their result is evaluated.

Secret votes keep two things that never meet: ``Vote.voted_seats``, an unordered set saying
*that* a seat has voted (needed for one-vote-per-seat), and ``SecretPool``, three bare counters
saying *what* was chosen. No per-choice record, order or timestamp exists, so nothing stored
can tie a seat to a choice. Live counts are withheld until the vote closes, because a count
that changes right after "X has voted" would give the choice away.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from meetings.errors import AlreadyVoted, IllegalTransition, VoteClosed
from meetings.ids import ItemId, MeetingId, UserId, VoteId
from meetings.model.rules import MajorityBase, MajorityRule, QuorumRule


class VoteMode(StrEnum):
    """How ballots are recorded."""

    OPEN = "open"
    """Counted in the open; each ballot is public in the room."""
    NAMED = "named"
    """Each ballot recorded by name and signed by the voter."""
    SECRET = "secret"
    """Only counts are kept; no link from a voter to a choice."""


class VoteChoice(StrEnum):
    """A ballot's choice."""

    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"


NAMED_VOTE_PAYLOAD_TYPE = "phigiay.meetings.named_vote"
NAMED_VOTE_PAYLOAD_VERSION = 1


def motion_digest(motion: str) -> str:
    """Return the SHA-256 hex digest of a motion's UTF-8 text (binds a signature to it)."""
    return hashlib.sha256(motion.encode("utf-8")).hexdigest()


def named_vote_payload(
    *,
    meeting_id: MeetingId,
    vote_id: VoteId,
    motion: str,
    seat: UserId,
    cast_by: UserId,
    choice: VoteChoice,
) -> bytes:
    """Return the canonical bytes a voter signs for a named vote.

    UTF-8 JSON with sorted keys, no insignificant whitespace and non-ASCII kept as is, so the
    client and the server build identical bytes from the same fields.
    """
    body = {
        "type": NAMED_VOTE_PAYLOAD_TYPE,
        "version": NAMED_VOTE_PAYLOAD_VERSION,
        "meeting_id": meeting_id,
        "vote_id": vote_id,
        "motion_sha256": motion_digest(motion),
        "seat": seat,
        "cast_by": cast_by,
        "choice": choice.value,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class RecordedBallot:
    """A ballot of an open or named vote (never used for secret votes)."""

    seat: UserId
    """The seat the ballot counts for."""
    cast_by: UserId
    """The member or substitute who cast it (and, for a named vote, signed it)."""
    choice: VoteChoice
    payload: bytes = b""
    """For a named vote: the canonical bytes that were signed."""
    signature: bytes = b""
    """For a named vote: the voter's signature over ``payload``."""


@dataclass
class SecretPool:
    """The choices of a secret vote as bare counts: no voter, no order, no time."""

    yes: int = 0
    no: int = 0
    abstain: int = 0

    def add(self, choice: VoteChoice) -> None:
        """Count one more ballot for ``choice``."""
        setattr(self, choice.value, getattr(self, choice.value) + 1)


@dataclass(frozen=True)
class VoteResult:
    """The evaluated outcome of a closed vote, as recorded and printed in the minutes."""

    vote_id: VoteId
    item_id: ItemId | None
    motion: str
    mode: VoteMode
    yes: int
    no: int
    abstain: int
    seats_total: int
    seats_present: int
    quorum_required: int
    quorum_met: bool
    majority: MajorityRule
    base_count: int
    """The number the majority is measured against (present or all seats)."""
    required_yes: int | None
    """Yes votes needed; None for a simple majority (yes must exceed no)."""
    carried: bool
    """Whether the yes votes reached the majority (regardless of quorum)."""
    adopted: bool
    """Quorum met and majority carried."""
    named: tuple[RecordedBallot, ...] = ()
    """For a named vote: every ballot, ordered by seat."""

    @property
    def ballots_cast(self) -> int:
        """How many ballots were cast."""
        return self.yes + self.no + self.abstain


@dataclass
class Vote:
    """One vote inside a meeting (an entity inside the Meeting aggregate)."""

    vote_id: VoteId
    item_id: ItemId | None
    motion: str
    mode: VoteMode
    majority: MajorityRule
    opened_at: datetime
    closed_at: datetime | None = None
    voted_seats: set[UserId] = field(default_factory=set)
    ballots: dict[UserId, RecordedBallot] = field(default_factory=dict)
    pool: SecretPool = field(default_factory=SecretPool)
    result: VoteResult | None = None

    @property
    def is_open(self) -> bool:
        """Whether ballots are still accepted."""
        return self.closed_at is None

    def _admit(self, seat: UserId) -> None:
        if not self.is_open:
            raise VoteClosed(f"vote {self.vote_id} is closed")
        if seat in self.voted_seats:
            raise AlreadyVoted(f"seat {seat} has already voted in {self.vote_id}")

    def cast_recorded(self, ballot: RecordedBallot) -> None:
        """Record an open or named ballot."""
        if self.mode is VoteMode.SECRET:
            raise IllegalTransition("a secret vote takes no recorded ballots")
        self._admit(ballot.seat)
        self.voted_seats.add(ballot.seat)
        self.ballots[ballot.seat] = ballot

    def cast_secret(self, seat: UserId, choice: VoteChoice) -> None:
        """Mark the seat as having voted and drop the choice into the pool, separately."""
        if self.mode is not VoteMode.SECRET:
            raise IllegalTransition("only a secret vote takes anonymous ballots")
        self._admit(seat)
        self.voted_seats.add(seat)
        self.pool.add(choice)

    def counts(self) -> tuple[int, int, int]:
        """Return (yes, no, abstain) so far."""
        if self.mode is VoteMode.SECRET:
            return self.pool.yes, self.pool.no, self.pool.abstain
        choices = [b.choice for b in self.ballots.values()]
        yes, no = choices.count(VoteChoice.YES), choices.count(VoteChoice.NO)
        return yes, no, choices.count(VoteChoice.ABSTAIN)

    def close(
        self, *, at: datetime, seats_total: int, seats_present: int, quorum: QuorumRule
    ) -> VoteResult:
        """Stop accepting ballots and evaluate quorum and majority."""
        if not self.is_open:
            raise VoteClosed(f"vote {self.vote_id} is already closed")
        yes, no, abstain = self.counts()
        base = seats_present if self.majority.base is MajorityBase.PRESENT else seats_total
        carried = self.majority.is_carried(yes=yes, no=no, base_count=base)
        quorum_met = quorum.is_met(present=seats_present, total=seats_total)
        self.closed_at = at
        self.result = VoteResult(
            vote_id=self.vote_id,
            item_id=self.item_id,
            motion=self.motion,
            mode=self.mode,
            yes=yes,
            no=no,
            abstain=abstain,
            seats_total=seats_total,
            seats_present=seats_present,
            quorum_required=quorum.required(seats_total),
            quorum_met=quorum_met,
            majority=self.majority,
            base_count=base,
            required_yes=self.majority.required_yes(base),
            carried=carried,
            adopted=carried and quorum_met,
            named=tuple(sorted(self.ballots.values(), key=lambda b: b.seat))
            if self.mode is VoteMode.NAMED
            else (),
        )
        return self.result
