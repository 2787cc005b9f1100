"""Opinion-ballot routes (phiếu lấy ý kiến thành viên Chính phủ): thin translations."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Response, status

from meetings import commands as c
from meetings.ids import DocumentId, OpinionBallotId, QuestionId, UserId
from meetings.model.opinion_ballots import Answer, Question
from server.auth.principal import Principal
from server.core.deps import CurrentUser, DbSession
from server.meetings import codec, outputs, queries, schemas
from server.meetings import service as meeting_service
from server.meetings.router import ClockDep

router = APIRouter(prefix="/opinion-ballots", tags=["opinion ballots"])
Json = dict[str, Any]
PDF = "application/pdf"


def _run(db: DbSession, principal: Principal, clock: ClockDep, command: c.BallotCommand) -> Json:
    meeting_service.execute(db, command, principal=principal, clock=clock)
    return queries.get_ballot(db, principal=principal, ballot_id=command.ballot_id)


@router.get("")
def list_ballots(db: DbSession, principal: CurrentUser) -> list[Json]:
    """Opinion ballots I sent or am asked in."""
    return queries.list_ballots(db, principal=principal)


@router.post("", status_code=status.HTTP_201_CREATED)
def create_ballot(body: schemas.OpinionBallotIn, db: DbSession, principal: CurrentUser,
                  clock: ClockDep) -> Json:
    """Draft an opinion ballot (meeting secretaries)."""
    questions = tuple(
        Question(QuestionId(q.question_id or f"q{n}"), q.text)
        for n, q in enumerate(body.questions, 1)
    )
    command = c.CreateOpinionBallot(
        ballot_id=OpinionBallotId(meeting_service.new_id()), title=body.title,
        questions=questions, recipients=frozenset(UserId(str(u)) for u in body.recipient_ids),
        deadline=body.deadline, document_ids=tuple(DocumentId(d) for d in body.document_ids),
        reminder_offsets=tuple(timedelta(hours=h) for h in body.reminder_hours_before),
    )
    return _run(db, principal, clock, command)


@router.get("/{ballot_id}")
def get_ballot(ballot_id: str, db: DbSession, principal: CurrentUser) -> Json:
    """An opinion ballot as I may see it."""
    return queries.get_ballot(db, principal=principal, ballot_id=ballot_id)


@router.post("/{ballot_id}/send")
def send_ballot(ballot_id: str, db: DbSession, principal: CurrentUser, clock: ClockDep) -> Json:
    """Send the ballot to its members."""
    return _run(db, principal, clock, c.SendOpinionBallot(ballot_id=OpinionBallotId(ballot_id)))


@router.post("/{ballot_id}/answers")
def answer_ballot(ballot_id: str, body: schemas.AnswersIn, db: DbSession,
                  principal: CurrentUser, clock: ClockDep) -> Json:
    """Answer every question, signed over the canonical payload."""
    command = c.AnswerOpinionBallot(
        ballot_id=OpinionBallotId(ballot_id),
        answers=tuple(Answer(QuestionId(a.question_id), a.kind, a.text) for a in body.answers),
        signature=body.signature_bytes(),
    )
    return _run(db, principal, clock, command)


@router.post("/{ballot_id}/reminders")
def send_reminders(ballot_id: str, db: DbSession, principal: CurrentUser,
                   clock: ClockDep) -> Json:
    """Send the reminders due now and the overdue alert (the job does this too)."""
    command = c.SendBallotReminders(ballot_id=OpinionBallotId(ballot_id))
    return _run(db, principal, clock, command)


@router.post("/{ballot_id}/close")
def close_ballot(ballot_id: str, db: DbSession, principal: CurrentUser,
                 clock: ClockDep) -> Json:
    """Close the ballot; the tally goes to the secretary and the members."""
    return _run(db, principal, clock, c.CloseOpinionBallot(ballot_id=OpinionBallotId(ballot_id)))


@router.get("/{ballot_id}/tally")
def tally(ballot_id: str, db: DbSession, principal: CurrentUser) -> Json:
    """The tally report's content (the secretary)."""
    return dict(codec.encode(queries.opinion_tally(db, principal=principal, ballot_id=ballot_id)))


@router.get("/{ballot_id}/tally.pdf", response_class=Response,
            responses={200: {"content": {PDF: {}}}})
def tally_pdf(ballot_id: str, db: DbSession, principal: CurrentUser) -> Response:
    """The tally report drafted by the official renderer (the secretary signs it)."""
    content = queries.opinion_tally(db, principal=principal, ballot_id=ballot_id)
    return Response(outputs.tally_pdf(db, content, secretary=principal.user_id), media_type=PDF)


@router.get("/{ballot_id}/form.pdf", response_class=Response,
            responses={200: {"content": {PDF: {}}}})
def form_pdf(ballot_id: str, db: DbSession, principal: CurrentUser) -> Response:
    """The ballot form addressed to me (or, for the secretary, a blank addressed to them)."""
    ballot = queries.load_ballot(db, principal=principal, ballot_id=ballot_id)
    return Response(outputs.ballot_form_pdf(db, ballot, member=principal.user_id),
                    media_type=PDF)


@router.get("/{ballot_id}/signatures")
def verify_answers(ballot_id: str, db: DbSession, principal: CurrentUser) -> list[Json]:
    """Re-verify every signed answer (the secretary)."""
    return queries.verify_opinion_answers(db, principal=principal, ballot_id=ballot_id)
