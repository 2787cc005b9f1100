"""Open and named votes in a meeting: one vote per seat, none after close, signed ballots."""

from __future__ import annotations

import pytest
from meetings_world import I1, I2, M1, M2, M3, M4, PM, SEC, SUB, M, World, build_session

from meetings import services
from meetings.commands import CastVote, CheckOut, CloseMeeting, CloseVote, OpenVote
from meetings.errors import (
    AlreadyVoted,
    IllegalTransition,
    MeetingAlreadyClosed,
    PermissionDenied,
    QuorumNotReached,
    SignatureInvalid,
    VoteClosed,
)
from meetings.events import VoteCast
from meetings.events import VoteClosed as VoteClosedEvent
from meetings.ids import ItemId, UserId, VoteId
from meetings.model import (
    DecisionBasis,
    MajorityBase,
    MajorityKind,
    MajorityRule,
    MeetingRules,
    RecordedBallot,
    VoteChoice,
    VoteMode,
    VoteResult,
    named_vote_payload,
)
from meetings.signing_payloads import sign_named_vote

V = VoteId("v1")
Y, N, A = VoteChoice.YES, VoteChoice.NO, VoteChoice.ABSTAIN


def open_vote(
    world: World, mode: VoteMode, majority: MajorityRule | None = None, item: ItemId | None = I1
) -> None:
    command = OpenVote(
        meeting_id=M, vote_id=V, item_id=item, motion="Thông qua Nghị định A", mode=mode,
        majority=majority,
    )  # fmt: skip
    world.do(services.open_vote, command, by=PM)


def cast(world: World, user: UserId, choice: VoteChoice, *, signature: bytes = b"") -> None:
    command = CastVote(meeting_id=M, vote_id=V, choice=choice, signature=signature)
    world.do(services.cast_vote, command, by=user)


def sign(world: World, user: UserId, choice: VoteChoice, *, seat: UserId | None = None) -> bytes:
    return sign_named_vote(
        world.keys.signer(user), meeting_id=M, vote_id=V, motion="Thông qua Nghị định A",
        seat=seat or user, cast_by=user, choice=choice,
    )  # fmt: skip


def close(world: World) -> VoteResult:
    world.do(services.close_vote, CloseVote(meeting_id=M, vote_id=V), by=PM)
    result: VoteResult | None = world.meeting().votes[V].result
    assert result is not None
    return result


def test_open_vote_counts_live_and_decides_the_item(session: World) -> None:
    open_vote(session, VoteMode.OPEN)
    for user, choice in [(PM, Y), (M1, Y), (M2, Y), (M3, N), (M4, A)]:
        cast(session, user, choice)
    live = [e for e in session.events if isinstance(e, VoteCast)]
    assert (live[-1].yes, live[-1].no, live[-1].abstain) == (3, 1, 1)
    result = close(session)
    assert (result.yes, result.no, result.abstain, result.ballots_cast) == (3, 1, 1, 5)
    assert result.quorum_met and result.carried and result.adopted
    assert result.required_yes == 3  # absolute majority of all 5 seats by default
    decision = session.meeting().item(I1).decision
    assert decision is not None and decision.basis is DecisionBasis.VOTE
    assert any(isinstance(e, VoteClosedEvent) and e.result == result for e in session.events)


def test_one_vote_per_seat(session: World) -> None:
    open_vote(session, VoteMode.OPEN)
    cast(session, M1, Y)
    with pytest.raises(AlreadyVoted):
        cast(session, M1, N)
    assert session.meeting().votes[V].ballots[M1].choice is Y


def test_no_vote_after_the_vote_or_the_meeting_closes(session: World) -> None:
    open_vote(session, VoteMode.OPEN)
    close(session)
    with pytest.raises(VoteClosed):
        cast(session, M1, Y)
    session.do(services.close_meeting, CloseMeeting(meeting_id=M), by=PM)
    with pytest.raises(MeetingAlreadyClosed):
        cast(session, M2, Y)


def test_absent_members_cannot_vote(session: World) -> None:
    session.do(services.check_out, CheckOut(meeting_id=M, user_id=M4), by=M4)
    open_vote(session, VoteMode.OPEN)
    with pytest.raises(IllegalTransition, match="check in"):
        cast(session, M4, Y)


def test_vote_needs_quorum_to_open(world: World) -> None:
    build_session(world, MeetingRules(quorum_to_open=False), present=(PM, M1))
    with pytest.raises(QuorumNotReached):
        open_vote(world, VoteMode.OPEN)


def test_quorum_lost_before_close_is_recorded(session: World) -> None:
    open_vote(session, VoteMode.OPEN, MajorityRule(MajorityKind.SIMPLE))
    cast(session, PM, Y)
    cast(session, M1, Y)
    for user in (M2, M3):
        session.do(services.check_out, CheckOut(meeting_id=M, user_id=user), by=SEC)
    result = close(session)
    # 3 of 5 present: 2/3 of 5 needs 4 seats.
    assert (result.seats_present, result.quorum_required, result.quorum_met) == (3, 4, False)
    assert result.carried and not result.adopted
    assert session.meeting().item(I1).decision is None


def test_tie_under_simple_majority_is_rejected(session: World) -> None:
    open_vote(session, VoteMode.OPEN, MajorityRule(MajorityKind.SIMPLE))
    for user, choice in [(PM, Y), (M1, Y), (M2, N), (M3, N), (M4, A)]:
        cast(session, user, choice)
    result = close(session)
    assert not result.carried and not result.adopted


def test_two_thirds_of_present(session: World) -> None:
    rule = MajorityRule(MajorityKind.TWO_THIRDS, MajorityBase.PRESENT)
    open_vote(session, VoteMode.OPEN, rule)
    for user, choice in [(PM, Y), (M1, Y), (M2, Y), (M3, Y), (M4, N)]:
        cast(session, user, choice)
    result = close(session)
    assert (result.base_count, result.required_yes, result.adopted) == (5, 4, True)


def test_substitute_proxy_only_when_rules_allow(world: World) -> None:
    build_session(world, present=(PM, M1, M3, M4, SUB))
    open_vote(world, VoteMode.OPEN)
    with pytest.raises(PermissionDenied):
        cast(world, SUB, Y)
    allowed = World()
    build_session(allowed, MeetingRules(substitute_may_vote=True), present=(PM, M1, M2, M3, SUB))
    open_vote(allowed, VoteMode.OPEN)
    cast(allowed, SUB, Y)
    with pytest.raises(AlreadyVoted):  # the member's own seat is already used by the substitute
        cast(allowed, M2, N)
    assert allowed.meeting().votes[V].ballots[M2] == RecordedBallot(M2, SUB, Y)


def test_guests_and_secretary_cannot_vote_on_their_items(session: World) -> None:
    open_vote(session, VoteMode.OPEN, item=I2)
    with pytest.raises(PermissionDenied):
        cast(session, SEC, Y)


def test_named_vote_is_signed_and_verifies_later(session: World) -> None:
    open_vote(session, VoteMode.NAMED)
    for user, choice in [(PM, Y), (M1, N), (M2, Y)]:
        cast(session, user, choice, signature=sign(session, user, choice))
    result = close(session)
    assert [(b.seat, b.choice) for b in result.named] == [(M1, N), (M2, Y), (PM, Y)]
    checks = services.verify_named_vote(
        M, V, actor=session.actor(M3), uow=session.uow, verifier=session.keys
    )
    assert [c.valid for c in checks] == [True, True, True]


def test_named_vote_with_a_bad_signature_is_refused(session: World) -> None:
    open_vote(session, VoteMode.NAMED)
    with pytest.raises(SignatureInvalid):
        cast(session, M1, Y, signature=sign(session, M1, N))  # signed another choice
    with pytest.raises(SignatureInvalid):
        cast(session, M1, Y, signature=sign(session, M2, Y, seat=M1))  # someone else's key
    assert not session.meeting().votes[V].voted_seats


def test_tampered_named_ballot_fails_verification(session: World) -> None:
    open_vote(session, VoteMode.NAMED)
    cast(session, M1, Y, signature=sign(session, M1, Y))
    close(session)
    # Someone with database access flips the stored choice.
    stored = session.uow.meetings.committed[M].votes[V]
    stored.ballots[M1] = RecordedBallot(
        M1, M1, N, stored.ballots[M1].payload, stored.ballots[M1].signature
    )
    (check,) = services.verify_named_vote(
        M, V, actor=session.actor(PM), uow=session.uow, verifier=session.keys
    )
    assert not check.valid


def test_named_payload_is_canonical_utf8_json() -> None:
    payload = named_vote_payload(
        meeting_id=M, vote_id=V, motion="Thông qua", seat=M1, cast_by=M1, choice=Y
    )
    assert payload.startswith(b'{"cast_by":"m1","choice":"yes","meeting_id":"M1"')
    assert b" " not in payload
    assert payload == named_vote_payload(
        meeting_id=M, vote_id=V, motion="Thông qua", seat=M1, cast_by=M1, choice=Y
    )


def test_only_one_vote_open_at_a_time(session: World) -> None:
    open_vote(session, VoteMode.OPEN)
    other = OpenVote(meeting_id=M, vote_id=VoteId("v2"), motion="Khác", mode=VoteMode.OPEN)
    with pytest.raises(IllegalTransition, match="still open"):
        session.do(services.open_vote, other, by=PM)
