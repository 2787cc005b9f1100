"""Opinion ballots between meetings (phiếu lấy ý kiến thành viên Chính phủ).

The secretary sends questions with a deadline; each member answers once, signs the answer, and
the clock drives reminders before the deadline and the overdue alert after it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from meetings import events as ev
from meetings.errors import (
    AlreadyAnswered,
    BallotClosed,
    BallotDeadlinePassed,
    IllegalTransition,
    InvalidCommand,
    NotAMember,
    SignatureInvalid,
)
from meetings.ids import DocumentId, OpinionBallotId, QuestionId, UserId
from meetings.model.history import HistoryEntry
from meetings.ports import SignatureVerifier


class OpinionBallotState(StrEnum):
    """Lifecycle: draft → sent → closed."""

    DRAFT = "draft"
    SENT = "sent"
    CLOSED = "closed"


class AnswerKind(StrEnum):
    """A member's answer to one question."""

    AGREE = "agree"
    DISAGREE = "disagree"
    OTHER = "other"
    """Another opinion, given as text."""


@dataclass(frozen=True)
class Question:
    """One question of a ballot."""

    question_id: QuestionId
    text: str


@dataclass(frozen=True)
class Answer:
    """A member's answer to one question."""

    question_id: QuestionId
    kind: AnswerKind
    text: str = ""
    """Required for OTHER; an optional explanation otherwise."""


@dataclass(frozen=True)
class AnswerSheet:
    """A member's signed answers to the whole ballot."""

    member: UserId
    answers: tuple[Answer, ...]
    payload: bytes
    """The canonical bytes the member signed."""
    signature: bytes
    at: datetime


@dataclass(frozen=True)
class Reminder:
    """A reminder that is due for a member who has not answered."""

    member: UserId
    deadline: datetime
    before: timedelta
    """How long before the deadline this reminder is meant to go out."""


@dataclass(frozen=True)
class QuestionTally:
    """Counts for one question, with the text of every other opinion."""

    question_id: QuestionId
    text: str
    agree: int
    disagree: int
    other: int
    opinions: tuple[tuple[UserId, AnswerKind, str], ...]
    """(member, kind, text) for every answer that carries text, ordered by member."""


@dataclass(frozen=True)
class OpinionTally:
    """The tally report's content."""

    ballot_id: OpinionBallotId
    title: str
    deadline: datetime
    recipients: tuple[UserId, ...]
    answered: tuple[UserId, ...]
    not_answered: tuple[UserId, ...]
    questions: tuple[QuestionTally, ...]


def opinion_answer_payload(
    *, ballot_id: OpinionBallotId, title: str, member: UserId, answers: Sequence[Answer]
) -> bytes:
    """Return the canonical bytes a member signs for their answers (UTF-8 JSON, sorted keys)."""
    body = {
        "type": "phigiay.meetings.opinion_answer",
        "version": 1,
        "ballot_id": ballot_id,
        "title": title,
        "member": member,
        "answers": [
            {"question_id": a.question_id, "kind": a.kind.value, "text": a.text}
            for a in sorted(answers, key=lambda a: a.question_id)
        ],
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass
class OpinionBallot:
    """An opinion ballot aggregate."""

    ballot_id: OpinionBallotId
    title: str
    secretary: UserId
    questions: tuple[Question, ...]
    recipients: frozenset[UserId]
    deadline: datetime
    document_ids: tuple[DocumentId, ...] = ()
    reminder_offsets: tuple[timedelta, ...] = (timedelta(days=1),)
    state: OpinionBallotState = OpinionBallotState.DRAFT
    sent_at: datetime | None = None
    closed_at: datetime | None = None
    answers: dict[UserId, AnswerSheet] = field(default_factory=dict)
    reminders_sent: set[tuple[UserId, timedelta]] = field(default_factory=set)
    overdue_alerted: bool = False
    history: list[HistoryEntry] = field(default_factory=list)
    _events: list[ev.Event] = field(default_factory=list, repr=False, compare=False)

    def emit(self, event: ev.Event) -> None:
        """Queue an event for publication after commit."""
        self._events.append(event)

    def pull_events(self) -> list[ev.Event]:
        """Return and forget the queued events."""
        events, self._events[:] = list(self._events), []
        return events

    def record(self, entry: HistoryEntry) -> None:
        """Append a history entry (called by the command runner only)."""
        self.history.append(entry)

    def refuse_if_read_only(self, *, allow_closed: bool = False) -> None:
        """Raise ``BallotClosed`` once the ballot is closed."""
        if self.state is OpinionBallotState.CLOSED and not allow_closed:
            raise BallotClosed(f"opinion ballot {self.ballot_id} is closed")

    def _officials(self) -> frozenset[UserId]:
        return frozenset({self.secretary})

    def send(self, *, at: datetime) -> None:
        """Send the ballot to its members: draft → sent."""
        if self.state is not OpinionBallotState.DRAFT:
            raise IllegalTransition(f"opinion ballot {self.ballot_id} is already {self.state}")
        if self.deadline <= at:
            raise BallotDeadlinePassed("the deadline must be in the future when sending")
        self.state, self.sent_at = OpinionBallotState.SENT, at
        self.emit(
            ev.OpinionBallotSent(
                audience=self.recipients | self._officials(),
                ballot_id=self.ballot_id,
                deadline=self.deadline,
            )
        )

    def answer_payload(self, member: UserId, answers: Sequence[Answer]) -> bytes:
        """Return the canonical bytes ``member`` signs for ``answers``."""
        return opinion_answer_payload(
            ballot_id=self.ballot_id, title=self.title, member=member, answers=answers
        )

    def answer(
        self,
        member: UserId,
        answers: Sequence[Answer],
        *,
        signature: bytes,
        at: datetime,
        verifier: SignatureVerifier,
    ) -> None:
        """Record a member's signed answers, once, before the deadline."""
        if self.state is not OpinionBallotState.SENT:
            raise IllegalTransition(f"opinion ballot {self.ballot_id} is {self.state}")
        if member not in self.recipients:
            raise NotAMember(f"{member} is not asked in opinion ballot {self.ballot_id}")
        if at > self.deadline:
            raise BallotDeadlinePassed(f"the deadline {self.deadline.isoformat()} has passed")
        if member in self.answers:
            raise AlreadyAnswered(f"{member} has already answered")
        self._check_answers(answers)
        payload = self.answer_payload(member, answers)
        if not verifier.verify(payload, signature, signer=member):
            raise SignatureInvalid(f"the signature on {member}'s answer does not verify")
        self.answers[member] = AnswerSheet(member, tuple(answers), payload, signature, at)
        self.emit(
            ev.OpinionBallotAnswered(
                audience=self._officials() | {member}, ballot_id=self.ballot_id, member=member
            )
        )

    def _check_answers(self, answers: Sequence[Answer]) -> None:
        asked = sorted(q.question_id for q in self.questions)
        if sorted(a.question_id for a in answers) != asked:
            raise InvalidCommand("answer every question of the ballot exactly once")
        if any(a.kind is AnswerKind.OTHER and not a.text.strip() for a in answers):
            raise InvalidCommand("an 'other opinion' answer needs its text")

    def not_answered(self) -> tuple[UserId, ...]:
        """Return members who have not answered, sorted."""
        return tuple(sorted(self.recipients - set(self.answers)))

    def due_reminders(self, *, now: datetime) -> list[Reminder]:
        """Return reminders due now and not yet sent (one per member: the latest due)."""
        if self.state is not OpinionBallotState.SENT or now >= self.deadline:
            return []
        due = sorted(o for o in self.reminder_offsets if now >= self.deadline - o)
        if not due:
            return []
        reminders = []
        for member in self.not_answered():
            if (member, due[0]) not in self.reminders_sent:
                reminders.append(Reminder(member, self.deadline, due[0]))
        return reminders

    def overdue(self, *, now: datetime) -> tuple[UserId, ...]:
        """Return members who missed the deadline (empty before it)."""
        if self.state is OpinionBallotState.DRAFT or now <= self.deadline:
            return ()
        return self.not_answered()

    def send_reminders(self, *, now: datetime) -> int:
        """Emit due reminders and, once, the overdue alert; return how many events were due."""
        reminders = self.due_reminders(now=now)
        for r in reminders:
            # Earlier offsets that were skipped (a late job run) count as sent too.
            for offset in self.reminder_offsets:
                if offset >= r.before:
                    self.reminders_sent.add((r.member, offset))
            self.emit(
                ev.OpinionBallotReminder(
                    audience=frozenset({r.member}),
                    ballot_id=self.ballot_id,
                    member=r.member,
                    deadline=self.deadline,
                )
            )
        late = self.overdue(now=now)
        if late and not self.overdue_alerted:
            self.overdue_alerted = True
            self.emit(
                ev.OpinionBallotOverdue(
                    audience=self._officials() | set(late), ballot_id=self.ballot_id, members=late
                )
            )
            return len(reminders) + 1
        return len(reminders)

    def close(self, *, at: datetime) -> OpinionTally:
        """Stop accepting answers and publish the tally: sent → closed."""
        if self.state is not OpinionBallotState.SENT:
            raise IllegalTransition(f"opinion ballot {self.ballot_id} is {self.state}")
        self.state, self.closed_at = OpinionBallotState.CLOSED, at
        tally = self.tally()
        self.emit(
            ev.OpinionBallotClosed(
                audience=self._officials() | self.recipients, ballot_id=self.ballot_id, tally=tally
            )
        )
        return tally

    def tally(self) -> OpinionTally:
        """Count the answers per question."""
        return OpinionTally(
            ballot_id=self.ballot_id,
            title=self.title,
            deadline=self.deadline,
            recipients=tuple(sorted(self.recipients)),
            answered=tuple(sorted(self.answers)),
            not_answered=self.not_answered(),
            questions=tuple(self._tally_question(q) for q in self.questions),
        )

    def _tally_question(self, question: Question) -> QuestionTally:
        given = [
            (sheet.member, a)
            for sheet in self.answers.values()
            for a in sheet.answers
            if a.question_id == question.question_id
        ]
        kinds = [a.kind for _, a in given]
        return QuestionTally(
            question_id=question.question_id,
            text=question.text,
            agree=kinds.count(AnswerKind.AGREE),
            disagree=kinds.count(AnswerKind.DISAGREE),
            other=kinds.count(AnswerKind.OTHER),
            opinions=tuple(sorted((m, a.kind, a.text) for m, a in given if a.text)),
        )
