"""Opinion ballots between meetings: signed answers, deadlines, reminders, overdue, tally."""

from __future__ import annotations

from datetime import timedelta

import pytest
from meetings_world import M1, M2, M3, OFFICE, SEC, T0, World

from meetings import services
from meetings.commands import (
    AnswerOpinionBallot,
    CloseOpinionBallot,
    CreateOpinionBallot,
    SendBallotReminders,
    SendOpinionBallot,
)
from meetings.errors import (
    AlreadyAnswered,
    BallotClosed,
    BallotDeadlinePassed,
    DocumentNotFound,
    InvalidCommand,
    NotAMember,
    PermissionDenied,
    SignatureInvalid,
)
from meetings.events import Event, OpinionBallotClosed, OpinionBallotOverdue, OpinionBallotReminder
from meetings.ids import DocumentId, OpinionBallotId, QuestionId, UserId
from meetings.model import Answer, AnswerKind, Question
from meetings.signing_payloads import sign_opinion_answers

B = OpinionBallotId("b1")
Q1, Q2 = QuestionId("q1"), QuestionId("q2")
DEADLINE = T0 + timedelta(days=3)
SCHEDULER = UserId("scheduler")


@pytest.fixture
def sent(world: World) -> World:
    create = CreateOpinionBallot(
        ballot_id=B,
        title="Phiếu lấy ý kiến về dự thảo Nghị định B",
        questions=(Question(Q1, "Đồng ý ban hành?"), Question(Q2, "Đồng ý hiệu lực từ 1/1?")),
        recipients=frozenset({M1, M2, M3}),
        deadline=DEADLINE,
        document_ids=(DocumentId("d8"),),
        reminder_offsets=(timedelta(days=1), timedelta(hours=2)),
    )
    world.do(services.create_opinion_ballot, create, by=SEC)
    world.do(services.send_opinion_ballot, SendOpinionBallot(ballot_id=B), by=SEC)
    return world


def answer(
    world: World, member: UserId, answers: list[Answer], *, signer: UserId | None = None
) -> tuple[Event, ...]:
    signature = sign_opinion_answers(
        world.keys.signer(signer or member),
        ballot_id=B,
        title="Phiếu lấy ý kiến về dự thảo Nghị định B",
        member=member,
        answers=answers,
    )
    command = AnswerOpinionBallot(ballot_id=B, answers=tuple(answers), signature=signature)
    events: tuple[Event, ...] = world.do(services.answer_opinion_ballot, command, by=member)
    return events


AGREE_ALL = [Answer(Q1, AnswerKind.AGREE), Answer(Q2, AnswerKind.AGREE)]


def remind(world: World) -> tuple[Event, ...]:
    command = SendBallotReminders(ballot_id=B)
    events: tuple[Event, ...] = world.do(services.send_ballot_reminders, command, by=SCHEDULER)
    return events


def test_signed_answers_are_tallied_and_verify_later(sent: World) -> None:
    answer(sent, M1, AGREE_ALL)
    answer(
        sent,
        M2,
        [Answer(Q1, AnswerKind.DISAGREE, "Chưa đủ cơ sở"), Answer(Q2, AnswerKind.OTHER, "Từ 1/7")],
    )
    tally = services.opinion_tally(B, actor=sent.actor(SEC), uow=sent.uow)
    assert (tally.answered, tally.not_answered) == ((M1, M2), (M3,))
    q1, q2 = tally.questions
    assert (q1.agree, q1.disagree, q1.other) == (1, 1, 0)
    assert q2.opinions == ((M2, AnswerKind.OTHER, "Từ 1/7"),)
    checks = services.verify_opinion_answers(
        B, actor=sent.actor(SEC), uow=sent.uow, verifier=sent.keys
    )
    assert [c.valid for c in checks] == [True, True]
    with pytest.raises(PermissionDenied):
        services.opinion_tally(B, actor=sent.actor(M1), uow=sent.uow)


def test_bad_answers_are_refused(sent: World) -> None:
    with pytest.raises(SignatureInvalid):
        answer(sent, M1, AGREE_ALL, signer=M2)
    with pytest.raises(InvalidCommand):
        answer(sent, M1, AGREE_ALL[:1])
    with pytest.raises(InvalidCommand):
        answer(sent, M1, [Answer(Q1, AnswerKind.AGREE), Answer(Q2, AnswerKind.OTHER, " ")])
    with pytest.raises(NotAMember):
        answer(sent, UserId("m9"), AGREE_ALL)
    answer(sent, M1, AGREE_ALL)
    with pytest.raises(AlreadyAnswered):
        answer(sent, M1, AGREE_ALL)


def test_reminders_follow_the_clock(sent: World) -> None:
    assert remind(sent) == ()
    answer(sent, M1, AGREE_ALL)
    sent.clock.current = DEADLINE - timedelta(hours=23)
    first = [e for e in remind(sent) if isinstance(e, OpinionBallotReminder)]
    assert sorted(e.member for e in first) == [M2, M3]
    assert all(e.audience == {e.member} for e in first)
    assert remind(sent) == ()  # not twice
    sent.clock.current = DEADLINE - timedelta(hours=1)
    assert len(remind(sent)) == 2  # the 2-hour reminder


def test_late_scheduler_sends_one_reminder_not_a_burst(sent: World) -> None:
    sent.clock.current = DEADLINE - timedelta(minutes=30)
    assert len(remind(sent)) == 3
    assert remind(sent) == ()


def test_overdue_alert_once_after_the_deadline(sent: World) -> None:
    answer(sent, M1, AGREE_ALL)
    sent.clock.current = DEADLINE + timedelta(seconds=1)
    (alert,) = remind(sent)
    assert isinstance(alert, OpinionBallotOverdue) and alert.members == (M2, M3)
    assert alert.audience == {SEC, M2, M3}
    assert remind(sent) == ()
    with pytest.raises(BallotDeadlinePassed):
        answer(sent, M2, AGREE_ALL)


def test_answer_exactly_at_the_deadline_counts(sent: World) -> None:
    sent.clock.current = DEADLINE
    answer(sent, M1, AGREE_ALL)


def test_close_publishes_the_tally_and_refuses_more(sent: World) -> None:
    answer(sent, M1, AGREE_ALL)
    (closed,) = sent.do(services.close_opinion_ballot, CloseOpinionBallot(ballot_id=B), by=SEC)
    assert isinstance(closed, OpinionBallotClosed) and closed.tally.questions[0].agree == 1
    with pytest.raises(BallotClosed):
        answer(sent, M2, AGREE_ALL)


def test_only_the_secretariat_creates_and_only_its_secretary_sends(world: World) -> None:
    create = CreateOpinionBallot(
        ballot_id=B, title="t", questions=(Question(Q1, "?"),), recipients=frozenset({M1}),
        deadline=DEADLINE,
    )  # fmt: skip
    with pytest.raises(PermissionDenied):
        world.do(services.create_opinion_ballot, create, by=M1)
    world.do(services.create_opinion_ballot, create, by=SEC)
    with pytest.raises(NotAMember):
        world.do(services.send_opinion_ballot, SendOpinionBallot(ballot_id=B), by=OFFICE)
    with pytest.raises(PermissionDenied):
        world.do(services.send_opinion_ballot, SendOpinionBallot(ballot_id=B), by=M1)


def test_sending_after_the_deadline_is_refused(world: World) -> None:
    create = CreateOpinionBallot(
        ballot_id=B, title="t", questions=(Question(Q1, "?"),), recipients=frozenset({M1}),
        deadline=T0 - timedelta(minutes=1),
    )  # fmt: skip
    world.do(services.create_opinion_ballot, create, by=SEC)
    with pytest.raises(BallotDeadlinePassed):
        world.do(services.send_opinion_ballot, SendOpinionBallot(ballot_id=B), by=SEC)


def test_ballot_documents_must_exist(world: World) -> None:
    create = CreateOpinionBallot(
        ballot_id=B, title="t", questions=(Question(Q1, "?"),), recipients=frozenset({M1}),
        deadline=DEADLINE, document_ids=(DocumentId("missing"),),
    )  # fmt: skip
    with pytest.raises(DocumentNotFound):
        world.do(services.create_opinion_ballot, create, by=SEC)
