"""The server's snapshot codec over a meeting that has been through everything: a JSON round
trip gives the same snapshot, and decoding gives back the same state the core works on."""

from __future__ import annotations

import json
from datetime import timedelta

from meetings_world import I1, M1, M2, M3, M4, PM, SEC, T0, M, World, build_session

from meetings import services
from meetings.commands import (
    AnswerOpinionBallot,
    CastVote,
    CloseVote,
    CreateOpinionBallot,
    OpenVote,
    SendOpinionBallot,
)
from meetings.events import Event
from meetings.ids import DocumentId, OpinionBallotId, QuestionId, UserId, VoteId
from meetings.model import (
    Answer,
    AnswerKind,
    Meeting,
    OpinionBallot,
    Question,
    VoteChoice,
    VoteMode,
)
from meetings.signing_payloads import sign_named_vote, sign_opinion_answers
from server.meetings import codec

MOTION = "Thông qua Nghị định về chuyển đổi số"


def _vote(world: World, vote: VoteId, mode: VoteMode) -> None:
    world.do(services.open_vote, OpenVote(meeting_id=M, vote_id=vote, item_id=I1, motion=MOTION,
                                          mode=mode), by=PM)
    for member, choice in ((M1, VoteChoice.YES), (M2, VoteChoice.NO), (M3, VoteChoice.ABSTAIN)):
        signature = b""
        if mode is VoteMode.NAMED:
            signature = sign_named_vote(world.keys.signer(member), meeting_id=M, vote_id=vote,
                                        motion=MOTION, seat=member, cast_by=member, choice=choice)
        world.do(services.cast_vote, CastVote(meeting_id=M, vote_id=vote, choice=choice,
                                              signature=signature), by=member)
    world.do(services.close_vote, CloseVote(meeting_id=M, vote_id=vote), by=PM)


def _ballot(world: World) -> OpinionBallot:
    ballot = OpinionBallotId("b1")
    questions = (Question(QuestionId("q1"), "Đồng ý ban hành?"),)
    world.do(services.create_opinion_ballot, CreateOpinionBallot(
        ballot_id=ballot, title="Phiếu lấy ý kiến", questions=questions,
        recipients=frozenset({M1, M2, M4}), deadline=T0 + timedelta(days=3),
        document_ids=(DocumentId("d8"),), reminder_offsets=(timedelta(hours=2),)), by=SEC)
    world.do(services.send_opinion_ballot, SendOpinionBallot(ballot_id=ballot), by=SEC)
    answers = (Answer(QuestionId("q1"), AnswerKind.OTHER, "Đề nghị làm rõ điều 5"),)
    signature = sign_opinion_answers(world.keys.signer(M1), ballot_id=ballot,
                                     title="Phiếu lấy ý kiến", member=M1, answers=list(answers))
    events: tuple[Event, ...] = world.do(services.answer_opinion_ballot, AnswerOpinionBallot(
        ballot_id=ballot, answers=answers, signature=signature), by=M1)
    assert events
    return world.uow.ballot(ballot)


def _round_trip(value: object, cls: type) -> object:
    encoded = codec.encode(value, cls)
    stored = json.loads(json.dumps(encoded))  # what the JSON column gives back
    decoded = codec.load(stored, cls)
    assert codec.encode(decoded, cls) == encoded
    return decoded


def test_a_meeting_after_open_named_and_secret_votes_round_trips(world: World) -> None:
    build_session(world)
    _vote(world, VoteId("open"), VoteMode.OPEN)
    _vote(world, VoteId("named"), VoteMode.NAMED)
    _vote(world, VoteId("secret"), VoteMode.SECRET)
    meeting = world.meeting()
    decoded = _round_trip(meeting, Meeting)
    assert isinstance(decoded, Meeting)
    assert decoded.participants == meeting.participants
    assert decoded.votes == meeting.votes
    assert decoded.agenda == meeting.agenda and decoded.rules == meeting.rules
    named = decoded.votes[VoteId("named")]
    assert {b.seat: b.signature for b in named.ballots.values()} == {
        b.seat: b.signature for b in meeting.votes[VoteId("named")].ballots.values()}
    assert all(isinstance(seat, str) for seat in decoded.participants)  # UserId keys
    encoded = codec.encode(meeting, Meeting)
    assert isinstance(next(iter(encoded["participants"])), str)  # JSON object keys
    assert codec.encode(UserId("12"), UserId) == 12
    assert codec.encode(UserId("scheduler"), UserId) == "scheduler"


def test_an_answered_opinion_ballot_round_trips(world: World) -> None:
    ballot = _ballot(world)
    decoded = _round_trip(ballot, OpinionBallot)
    assert isinstance(decoded, OpinionBallot)
    assert decoded.answers == ballot.answers and decoded.deadline == ballot.deadline


def test_none_and_values_of_no_declared_type() -> None:
    assert codec.encode(None) is None and codec.decode(None, Meeting) is None
    assert codec.encode(timedelta(minutes=5)) == 300.0
    assert codec.encode(b"\x00\xff") == "AP8="
    assert codec.decode("AP8=", bytes) == b"\x00\xff"
