"""Read-only meeting use cases on the server: each returns JSON-ready data, commits nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from meetings import services
from meetings.errors import NotAMember
from meetings.ids import ItemId, MeetingId, OpinionBallotId, VoteId
from meetings.minutes import ConclusionNoticeContent, MinutesContent
from meetings.model.opinion_ballots import OpinionBallot, OpinionTally, Question
from meetings.ports import Clock
from server.auth.principal import Principal
from server.core.errors import NotFound
from server.meetings import codec
from server.meetings.adapters import CertificateVerifier, SqlUnitOfWork, SystemClock
from server.meetings.service import actor_of
from server.meetings.tables import (
    MeetingParticipantRow,
    MeetingRow,
    OpinionBallotRecipientRow,
    OpinionBallotRow,
)

Json = dict[str, Any]


def list_meetings(db_session: Session, *, principal: Principal) -> list[Json]:
    """The meetings the user takes part in, newest first (nobody sees any other)."""
    rows = db_session.execute(
        select(MeetingRow, MeetingParticipantRow.role)
        .join(MeetingParticipantRow, MeetingParticipantRow.meeting_id == MeetingRow.id)
        .where(MeetingParticipantRow.user_id == principal.user_id)
        .order_by(MeetingRow.scheduled_at.desc(), MeetingRow.id)
    ).all()
    return [
        {"meeting_id": m.id, "title": m.title, "kind": m.kind, "state": m.state,
         "scheduled_at": m.scheduled_at.isoformat(), "my_role": role}
        for m, role in rows
    ]


def meeting_view(db_session: Session, *, principal: Principal, meeting_id: str) -> Json:
    """What the user may see of one meeting."""
    view = services.view_meeting(
        MeetingId(meeting_id), actor=actor_of(principal), uow=SqlUnitOfWork(db_session)
    )
    return dict(codec.encode(view))


def item_document_file(
    db_session: Session, *, principal: Principal, meeting_id: str, item_id: str, document_id: str
) -> tuple[str, str]:
    """The newest file (sha256, name) of a document on an item the user may see.

    Seeing the item is what entitles a participant to its documents: they are distributed with
    the meeting, whether or not the person takes part in the document's own workflow.
    """
    from server.documents.service import latest_version

    view = services.view_meeting(
        MeetingId(meeting_id), actor=actor_of(principal), uow=SqlUnitOfWork(db_session)
    )
    item = next((i for i in view.items if i.item_id == item_id), None)
    on_item = item is not None and any(d.document_id == document_id for d in item.documents)
    version = latest_version(db_session, int(document_id)) if on_item else None
    if version is None:
        raise NotFound(f"document {document_id} on item {item_id}")
    return version.file_sha256, version.filename


def minutes(db_session: Session, *, principal: Principal, meeting_id: str) -> MinutesContent:
    """The minutes content of a closed meeting."""
    return services.minutes(
        MeetingId(meeting_id), actor=actor_of(principal), uow=SqlUnitOfWork(db_session)
    )


def conclusion_notice(
    db_session: Session, *, principal: Principal, meeting_id: str
) -> ConclusionNoticeContent:
    """The conclusion-notice content of a closed meeting."""
    return services.conclusion_notice(
        MeetingId(meeting_id), actor=actor_of(principal), uow=SqlUnitOfWork(db_session)
    )


def speaker_status(
    db_session: Session,
    *,
    principal: Principal,
    meeting_id: str,
    item_id: str,
    clock: Clock | None = None,
) -> Json:
    """The speaker queue of an item, with the current speaker's time."""
    status = services.speaker_status(
        MeetingId(meeting_id), ItemId(item_id), actor=actor_of(principal),
        uow=SqlUnitOfWork(db_session), clock=clock or SystemClock(),
    )
    return dict(codec.encode(status))


def my_notes(db_session: Session, *, principal: Principal, meeting_id: str) -> list[Json]:
    """The user's own notes on a meeting."""
    notes = services.my_notes(
        MeetingId(meeting_id), actor=actor_of(principal), uow=SqlUnitOfWork(db_session)
    )
    return [codec.encode(note) for note in notes]


def verify_named_vote(
    db_session: Session, *, principal: Principal, meeting_id: str, vote_id: str
) -> list[Json]:
    """Re-verify every signed ballot of a named vote."""
    checks = services.verify_named_vote(
        MeetingId(meeting_id), VoteId(vote_id), actor=actor_of(principal),
        uow=SqlUnitOfWork(db_session),
        verifier=CertificateVerifier(db_session, include_unbound=True),
    )
    return [codec.encode(check) for check in checks]


def list_ballots(db_session: Session, *, principal: Principal) -> list[Json]:
    """Opinion ballots the user sent or is asked in, by deadline."""
    asked = select(OpinionBallotRecipientRow.ballot_id).where(
        OpinionBallotRecipientRow.user_id == principal.user_id
    )
    rows = db_session.scalars(
        select(OpinionBallotRow)
        .where(or_(OpinionBallotRow.secretary_id == principal.user_id,
                   OpinionBallotRow.id.in_(asked)))
        .order_by(OpinionBallotRow.deadline, OpinionBallotRow.id)
    ).all()
    return [ballot_view(codec.load(r.snapshot, OpinionBallot), principal) for r in rows]


def get_ballot(db_session: Session, *, principal: Principal, ballot_id: str) -> Json:
    """One opinion ballot as its secretary or a member asked sees it."""
    return ballot_view(load_ballot(db_session, principal=principal, ballot_id=ballot_id),
                       principal)


def load_ballot(db_session: Session, *, principal: Principal, ballot_id: str) -> OpinionBallot:
    """The ballot, for its secretary and the members asked only."""
    ballot = SqlUnitOfWork(db_session).ballots.get(OpinionBallotId(ballot_id))
    ballot_view(ballot, principal)
    return ballot


def ballot_view(ballot: OpinionBallot, principal: Principal) -> Json:
    """The secretary sees who answered; a member sees their own answer; others nothing."""
    me = actor_of(principal).user_id
    if me != ballot.secretary and me not in ballot.recipients:
        raise NotAMember(f"{me} is not part of opinion ballot {ballot.ballot_id}")
    view: Json = {
        "ballot_id": ballot.ballot_id, "title": ballot.title, "state": ballot.state.value,
        "secretary": int(ballot.secretary), "deadline": ballot.deadline.isoformat(),
        "questions": codec.encode(ballot.questions, tuple[Question, ...]),
        "document_ids": list(ballot.document_ids),
        "sent_at": ballot.sent_at.isoformat() if ballot.sent_at else None,
        "closed_at": ballot.closed_at.isoformat() if ballot.closed_at else None,
    }
    if me == ballot.secretary:
        view["answered"] = sorted(int(u) for u in ballot.answers)
        view["not_answered"] = [int(u) for u in ballot.not_answered()]
    if me in ballot.recipients:
        sheet = ballot.answers.get(me)
        view["my_answer"] = None if sheet is None else codec.encode(sheet)
    return view


def opinion_tally(db_session: Session, *, principal: Principal, ballot_id: str) -> OpinionTally:
    """The tally of an opinion ballot (its secretary)."""
    return services.opinion_tally(
        OpinionBallotId(ballot_id), actor=actor_of(principal), uow=SqlUnitOfWork(db_session)
    )


def verify_opinion_answers(
    db_session: Session, *, principal: Principal, ballot_id: str
) -> list[Json]:
    """Re-verify every signed answer of an opinion ballot."""
    checks = services.verify_opinion_answers(
        OpinionBallotId(ballot_id), actor=actor_of(principal), uow=SqlUnitOfWork(db_session),
        verifier=CertificateVerifier(db_session, include_unbound=True),
    )
    return [codec.encode(check) for check in checks]
