"""Secret votes: nothing stored, emitted or logged links a voter to a choice.

The proof has two parts:
1. Inspection: every committed snapshot, every event and every history entry of a run holding
   a secret vote is walked recursively; no choice value appears anywhere. Choices exist only
   as three anonymous counters in ``SecretPool`` (and, after close, in the result's counts).
2. Indistinguishability: two runs in which the same voters vote in the same order at the same
   times, but with their choices permuted, end with identical stored meetings, identical
   events and identical history. So the record cannot tell who chose what.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from enum import Enum
from typing import Any

import pytest
from meetings_world import I1, M1, M2, M3, M4, PM, SEATS, M, World, build_session

from meetings import services
from meetings.commands import CastVote, CloseVote, OpenVote
from meetings.errors import AlreadyVoted
from meetings.events import SecretBallotCast
from meetings.ids import UserId, VoteId
from meetings.model import SecretPool, VoteChoice, VoteMode
from meetings.visibility import visible_meeting

V = VoteId("secret")
Y, N, A = VoteChoice.YES, VoteChoice.NO, VoteChoice.ABSTAIN
CHOICE_WORDS = {c.value for c in VoteChoice}


def walk(obj: Any) -> Iterator[Any]:
    """Yield every value reachable from ``obj`` (dataclass fields, containers, plain values)."""
    yield obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from walk(getattr(obj, f.name))
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from walk(key)
            yield from walk(value)
    elif isinstance(obj, list | tuple | set | frozenset):
        for value in obj:
            yield from walk(value)


def choice_values(obj: Any) -> list[Any]:
    """Every value that names a choice: a VoteChoice, or a string spelling one."""
    return [
        v
        for v in walk(obj)
        if isinstance(v, VoteChoice)
        or (isinstance(v, str) and not isinstance(v, Enum) and v.strip().lower() in CHOICE_WORDS)
    ]


def run_secret_vote(ballots: list[tuple[UserId, VoteChoice]]) -> World:
    world = World()
    build_session(world)
    motion = OpenVote(meeting_id=M, vote_id=V, item_id=I1, motion="Bầu chọn", mode=VoteMode.SECRET)
    world.do(services.open_vote, motion, by=PM)
    world.events.clear()
    world.uow.snapshots.clear()
    for user, choice in ballots:
        world.clock.advance(seconds=7)
        world.do(services.cast_vote, CastVote(meeting_id=M, vote_id=V, choice=choice), by=user)
    world.clock.advance(seconds=7)
    world.do(services.close_vote, CloseVote(meeting_id=M, vote_id=V), by=PM)
    return world


BALLOTS = [(PM, Y), (M1, N), (M2, Y), (M3, A), (M4, N)]
PERMUTED = [(PM, N), (M1, Y), (M2, A), (M3, N), (M4, Y)]  # same counts, different voters


def test_no_stored_object_event_or_history_entry_holds_a_choice() -> None:
    world = run_secret_vote(BALLOTS)
    assert world.uow.snapshots, "each cast was committed"
    for snapshot in world.uow.snapshots:
        assert choice_values(snapshot) == []
    for event in world.events:
        assert choice_values(event) == []
    for entry in world.meeting().history:
        assert choice_values(entry) == []
        assert not CHOICE_WORDS & set(entry.text.lower().split())


def test_the_vote_keeps_participation_and_counts_apart() -> None:
    vote = run_secret_vote(BALLOTS).meeting().votes[V]
    assert vote.voted_seats == set(SEATS)  # who voted: an unordered set, no times
    assert vote.pool == SecretPool(yes=2, no=2, abstain=1)  # what: bare counters
    assert vote.ballots == {}  # no per-voter record at all
    result = vote.result
    assert result is not None and (result.yes, result.no, result.abstain) == (2, 2, 1)
    assert result.named == ()


def test_permuted_choices_leave_an_identical_record() -> None:
    first, second = run_secret_vote(BALLOTS), run_secret_vote(PERMUTED)
    assert first.meeting() == second.meeting()
    assert first.meeting().history == second.meeting().history
    assert first.events == second.events
    # The last snapshot of each cast's commit is the only stored state besides the final one.
    assert first.uow.snapshots[-1] == second.uow.snapshots[-1]


def test_cast_events_carry_no_voter_choice_or_count() -> None:
    world = run_secret_vote(BALLOTS)
    casts = [e for e in world.events if isinstance(e, SecretBallotCast)]
    assert [e.ballots_cast for e in casts] == [1, 2, 3, 4, 5]
    assert {f.name for f in dataclasses.fields(SecretBallotCast)} == {
        "audience",
        "meeting_id",
        "vote_id",
        "ballots_cast",
    }


def test_live_view_hides_counts_until_close() -> None:
    world = World()
    build_session(world)
    motion = OpenVote(meeting_id=M, vote_id=V, motion="Bầu chọn", mode=VoteMode.SECRET)
    world.do(services.open_vote, motion, by=PM)
    world.do(services.cast_vote, CastVote(meeting_id=M, vote_id=V, choice=Y), by=M1)
    other, mine = visible_meeting(world.meeting(), M2), visible_meeting(world.meeting(), M1)
    assert other is not None and mine is not None
    (view,) = other.votes
    assert (view.yes, view.no, view.abstain, view.ballots_cast) == (None, None, None, 1)
    assert mine.votes[0].my_seat_voted


def test_the_detector_does_find_choices_in_an_open_vote() -> None:
    # Control: the same inspection flags an open vote, so a clean secret run means something.
    world = World()
    build_session(world)
    motion = OpenVote(meeting_id=M, vote_id=V, motion="Biểu quyết", mode=VoteMode.OPEN)
    world.do(services.open_vote, motion, by=PM)
    world.do(services.cast_vote, CastVote(meeting_id=M, vote_id=V, choice=Y), by=M1)
    assert choice_values(world.meeting()) and choice_values(world.events)


def test_second_secret_ballot_is_refused_and_changes_nothing() -> None:
    world = World()
    build_session(world)
    motion = OpenVote(meeting_id=M, vote_id=V, motion="Bầu chọn", mode=VoteMode.SECRET)
    world.do(services.open_vote, motion, by=PM)
    world.do(services.cast_vote, CastVote(meeting_id=M, vote_id=V, choice=Y), by=M1)
    with pytest.raises(AlreadyVoted):
        world.do(services.cast_vote, CastVote(meeting_id=M, vote_id=V, choice=N), by=M1)
    assert world.meeting().votes[V].pool == SecretPool(yes=1)


def test_command_repr_and_audit_line_never_show_the_choice() -> None:
    command = CastVote(meeting_id=M, vote_id=V, choice=N)
    assert "choice" not in repr(command)
    assert command.audit_line() == f"Ballot cast in vote {V}"
