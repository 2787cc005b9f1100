"""Meeting routes: thin translations of HTTP into core commands and queries."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response, status

from meetings import commands as c
from meetings import events as ev
from meetings.ids import DocumentId, ItemId, MeetingId, NoteId, UserId, VoteId
from meetings.model.participants import Role
from meetings.ports import Clock
from server.auth.principal import Principal
from server.core.deps import CurrentUser, DbSession
from server.meetings import codec, outputs, queries, schemas
from server.meetings import service as meeting_service
from server.meetings.adapters import SystemClock

router = APIRouter(prefix="/meetings", tags=["meetings"])
Json = dict[str, Any]
PDF = "application/pdf"


def get_clock() -> Clock:
    """The clock commands run with (tests override it)."""
    return SystemClock()


ClockDep = Annotated[Clock, Depends(get_clock)]


def _uid(user_id: int | None, principal: Principal) -> UserId:
    return UserId(str(principal.user_id if user_id is None else user_id))


def _run(
    db: DbSession, principal: Principal, clock: Clock, command: c.MeetingCommand
) -> Json:
    meeting_service.execute(db, command, principal=principal, clock=clock)
    return queries.meeting_view(db, principal=principal, meeting_id=command.meeting_id)


@router.get("")
def list_meetings(db: DbSession, principal: CurrentUser) -> list[Json]:
    """List the meetings I take part in."""
    return queries.list_meetings(db, principal=principal)


@router.post("", status_code=status.HTTP_201_CREATED)
def create_meeting(body: schemas.MeetingIn, db: DbSession, principal: CurrentUser,
                   clock: ClockDep) -> Json:
    """Create a draft meeting (meeting secretaries)."""
    chair = meeting_service.participant_spec(db, body.chair_id, Role.CHAIR)
    secretary = meeting_service.participant_spec(
        db, body.secretary_id or principal.user_id, Role.SECRETARY
    )
    command = c.CreateMeeting(
        meeting_id=MeetingId(meeting_service.new_id()), title=body.title, kind=body.kind,
        scheduled_at=body.scheduled_at, location=body.location, chair=chair,
        secretary=secretary, rules=schemas.meeting_rules(body.rules),
        remote_participation=body.remote_participation,
    )
    return _run(db, principal, clock, command)


@router.put("/{meeting_id}/details")
def update_details(meeting_id: str, body: schemas.MeetingDetailsIn, db: DbSession,
                   principal: CurrentUser, clock: ClockDep) -> Json:
    """Change the title, time, place and remote participation before the session."""
    command = c.UpdateMeetingDetails(
        meeting_id=MeetingId(meeting_id), title=body.title, scheduled_at=body.scheduled_at,
        location=body.location, remote_participation=body.remote_participation,
    )
    return _run(db, principal, clock, command)


@router.get("/{meeting_id}")
def get_meeting(meeting_id: str, db: DbSession, principal: CurrentUser) -> Json:
    """What I may see of a meeting."""
    return queries.meeting_view(db, principal=principal, meeting_id=meeting_id)


@router.post("/{meeting_id}/participants")
def invite(meeting_id: str, body: schemas.ParticipantIn, db: DbSession,
           principal: CurrentUser, clock: ClockDep) -> Json:
    """Invite a member, a substitute or a guest."""
    spec = meeting_service.participant_spec(
        db, body.user_id, body.role, substitute_for=body.substitute_for, remote=body.remote,
        invited_items=body.invited_items,
    )
    command = c.InviteParticipant(meeting_id=MeetingId(meeting_id), participant=spec)
    return _run(db, principal, clock, command)


@router.delete("/{meeting_id}/participants/{user_id}")
def remove_participant(meeting_id: str, user_id: int, db: DbSession, principal: CurrentUser,
                       clock: ClockDep) -> Json:
    """Take a participant invited by mistake off the meeting before the session."""
    command = c.RemoveParticipant(meeting_id=MeetingId(meeting_id), user_id=UserId(str(user_id)))
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/chair")
def change_chair(meeting_id: str, body: schemas.ChairIn, db: DbSession, principal: CurrentUser,
                 clock: ClockDep) -> Json:
    """Hand the chair to a member or a newcomer before the session; the former stays a member."""
    # Named from the users table, as an invitation is, in case the new chair is a newcomer.
    spec = meeting_service.participant_spec(db, body.user_id, Role.CHAIR)
    command = c.ChangeChair(meeting_id=MeetingId(meeting_id), user_id=spec.user_id,
                            name=spec.name)
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/items", status_code=status.HTTP_201_CREATED)
def add_item(meeting_id: str, body: schemas.ItemIn, db: DbSession, principal: CurrentUser,
             clock: ClockDep) -> Json:
    """Append an agenda item with its documents."""
    limit = body.speaker_time_limit_seconds
    command = c.AddAgendaItem(
        meeting_id=MeetingId(meeting_id), item_id=ItemId(meeting_service.new_id()),
        title=body.title,
        presenter=None if body.presenter_id is None else UserId(str(body.presenter_id)),
        minutes_allotted=body.minutes_allotted, confidential=body.confidential,
        consent_eligible=body.consent_eligible,
        speaker_time_limit=None if limit is None else timedelta(seconds=limit),
        document_ids=tuple(DocumentId(d) for d in body.document_ids),
    )
    return {"item_id": command.item_id, "meeting": _run(db, principal, clock, command)}


@router.delete("/{meeting_id}/items/{item_id}")
def remove_item(meeting_id: str, item_id: str, db: DbSession, principal: CurrentUser,
                clock: ClockDep) -> Json:
    """Take an undecided item off the agenda before the session."""
    command = c.RemoveAgendaItem(meeting_id=MeetingId(meeting_id), item_id=ItemId(item_id))
    return _run(db, principal, clock, command)


@router.put("/{meeting_id}/agenda-order")
def reorder(meeting_id: str, body: schemas.AgendaOrderIn, db: DbSession,
            principal: CurrentUser, clock: ClockDep) -> Json:
    """Put the agenda in a new order."""
    command = c.ReorderAgenda(
        meeting_id=MeetingId(meeting_id), item_ids=tuple(ItemId(i) for i in body.item_ids)
    )
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/items/{item_id}/documents")
def attach_document(meeting_id: str, item_id: str, body: schemas.DocumentIn, db: DbSession,
                    principal: CurrentUser, clock: ClockDep) -> Json:
    """Attach a document to an item."""
    command = c.AttachDocument(meeting_id=MeetingId(meeting_id), item_id=ItemId(item_id),
                               document_id=DocumentId(body.document_id))
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/items/{item_id}/documents/{document_id}/replace")
def replace_document(meeting_id: str, item_id: str, document_id: str,
                     body: schemas.ReplaceDocumentIn, db: DbSession, principal: CurrentUser,
                     clock: ClockDep) -> Json:
    """Replace a late document; everyone who sees the item is alerted."""
    command = c.ReplaceDocument(
        meeting_id=MeetingId(meeting_id), item_id=ItemId(item_id),
        old_document_id=DocumentId(document_id),
        new_document_id=DocumentId(body.new_document_id), reason=body.reason,
    )
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/publish")
def publish(meeting_id: str, db: DbSession, principal: CurrentUser, clock: ClockDep) -> Json:
    """Publish: invitations out, documents distributed."""
    return _run(db, principal, clock, c.PublishMeeting(meeting_id=MeetingId(meeting_id)))


@router.post("/{meeting_id}/check-in")
def check_in(meeting_id: str, body: schemas.AttendanceIn, db: DbSession,
             principal: CurrentUser, clock: ClockDep) -> Json:
    """Check in oneself, or someone else (secretary, chair)."""
    command = c.CheckIn(meeting_id=MeetingId(meeting_id), user_id=_uid(body.user_id, principal),
                        remote=body.remote)
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/check-out")
def check_out(meeting_id: str, body: schemas.AttendanceIn, db: DbSession,
              principal: CurrentUser, clock: ClockDep) -> Json:
    """Check out oneself, or someone else (secretary, chair)."""
    command = c.CheckOut(meeting_id=MeetingId(meeting_id), user_id=_uid(body.user_id, principal))
    return _run(db, principal, clock, command)


@router.put("/{meeting_id}/items/{item_id}/position")
def state_position(meeting_id: str, item_id: str, body: schemas.PositionIn, db: DbSession,
                   principal: CurrentUser, clock: ClockDep) -> Json:
    """State my position on an item before the meeting."""
    command = c.StatePosition(meeting_id=MeetingId(meeting_id), item_id=ItemId(item_id),
                              kind=body.kind, reason=body.reason)
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/items/{item_id}/pull-from-consent")
def pull_from_consent(meeting_id: str, item_id: str, db: DbSession, principal: CurrentUser,
                      clock: ClockDep) -> Json:
    """Take an item out of the consent block (chair)."""
    command = c.PullFromConsentBlock(meeting_id=MeetingId(meeting_id), item_id=ItemId(item_id))
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/start")
def start_session(meeting_id: str, db: DbSession, principal: CurrentUser,
                  clock: ClockDep) -> Json:
    """Open the session (chair)."""
    return _run(db, principal, clock, c.StartSession(meeting_id=MeetingId(meeting_id)))


@router.post("/{meeting_id}/consent-block/adopt")
def adopt_consent_block(meeting_id: str, db: DbSession, principal: CurrentUser,
                        clock: ClockDep) -> Json:
    """Adopt every unopposed item together (chair)."""
    return _run(db, principal, clock, c.AdoptConsentBlock(meeting_id=MeetingId(meeting_id)))


@router.put("/{meeting_id}/current-item")
def set_current_item(meeting_id: str, body: schemas.CurrentItemIn, db: DbSession,
                     principal: CurrentUser, clock: ClockDep) -> Json:
    """Move the session to an item (chair)."""
    command = c.SetCurrentItem(meeting_id=MeetingId(meeting_id), item_id=ItemId(body.item_id))
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/items/{item_id}/decision")
def record_decision(meeting_id: str, item_id: str, body: schemas.DecisionIn, db: DbSession,
                    principal: CurrentUser, clock: ClockDep) -> Json:
    """Record the chair's conclusion on an item."""
    command = c.RecordDecision(meeting_id=MeetingId(meeting_id), item_id=ItemId(item_id),
                               text=body.text)
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/close")
def close_meeting(meeting_id: str, db: DbSession, principal: CurrentUser,
                  clock: ClockDep) -> Json:
    """End the session (chair)."""
    return _run(db, principal, clock, c.CloseMeeting(meeting_id=MeetingId(meeting_id)))


@router.post("/{meeting_id}/archive")
def archive_meeting(meeting_id: str, db: DbSession, principal: CurrentUser,
                    clock: ClockDep) -> Json:
    """Make a closed meeting read-only."""
    return _run(db, principal, clock, c.ArchiveMeeting(meeting_id=MeetingId(meeting_id)))


@router.get("/{meeting_id}/minutes")
def minutes(meeting_id: str, db: DbSession, principal: CurrentUser) -> Json:
    """The minutes content of a closed meeting."""
    return dict(codec.encode(queries.minutes(db, principal=principal, meeting_id=meeting_id)))


@router.get("/{meeting_id}/minutes.pdf", response_class=Response,
            responses={200: {"content": {PDF: {}}}})
def minutes_pdf(meeting_id: str, db: DbSession, principal: CurrentUser) -> Response:
    """The minutes drafted by the official renderer, for the chair and secretary to sign."""
    content = queries.minutes(db, principal=principal, meeting_id=meeting_id)
    return Response(outputs.minutes_pdf(db, content), media_type=PDF)


@router.get("/{meeting_id}/conclusion-notice")
def conclusion_notice(meeting_id: str, db: DbSession, principal: CurrentUser) -> Json:
    """The conclusion-notice content of a closed meeting."""
    notice = queries.conclusion_notice(db, principal=principal, meeting_id=meeting_id)
    return dict(codec.encode(notice))


@router.get("/{meeting_id}/conclusion-notice.pdf", response_class=Response,
            responses={200: {"content": {PDF: {}}}})
def conclusion_notice_pdf(meeting_id: str, db: DbSession, principal: CurrentUser) -> Response:
    """The conclusion notice drafted by the official renderer."""
    notice = queries.conclusion_notice(db, principal=principal, meeting_id=meeting_id)
    return Response(outputs.conclusion_notice_pdf(db, notice), media_type=PDF)


@router.get("/{meeting_id}/notes")
def my_notes(meeting_id: str, db: DbSession, principal: CurrentUser) -> list[Json]:
    """My private notes on this meeting's documents."""
    return queries.my_notes(db, principal=principal, meeting_id=meeting_id)


@router.post("/{meeting_id}/notes")
def save_note(meeting_id: str, body: schemas.NoteIn, db: DbSession, principal: CurrentUser,
              clock: ClockDep) -> Json:
    """Save a private note on a document I may see."""
    command = c.SaveNote(
        meeting_id=MeetingId(meeting_id), note_id=NoteId(body.note_id or meeting_service.new_id()),
        document_id=DocumentId(body.document_id), text=body.text,
    )
    meeting_service.execute(db, command, principal=principal, clock=clock)
    return {"note_id": command.note_id}


@router.post("/{meeting_id}/votes", status_code=status.HTTP_201_CREATED)
def open_vote(meeting_id: str, body: schemas.VoteIn, db: DbSession, principal: CurrentUser,
              clock: ClockDep) -> Json:
    """Open an open, named or secret vote (chair)."""
    command = c.OpenVote(
        meeting_id=MeetingId(meeting_id), vote_id=VoteId(meeting_service.new_id()),
        motion=body.motion, mode=body.mode,
        item_id=None if body.item_id is None else ItemId(body.item_id),
        majority=None if body.majority is None else schemas.majority_rule(body.majority),
    )
    return {"vote_id": command.vote_id, "meeting": _run(db, principal, clock, command)}


@router.post("/{meeting_id}/votes/{vote_id}/ballots", status_code=status.HTTP_204_NO_CONTENT)
def cast_vote(meeting_id: str, vote_id: str, body: schemas.BallotIn, db: DbSession,
              principal: CurrentUser, clock: ClockDep) -> Response:
    """Cast my ballot (a named ballot carries my signature over the canonical payload)."""
    command = c.CastVote(meeting_id=MeetingId(meeting_id), vote_id=VoteId(vote_id),
                         choice=body.choice, signature=body.signature_bytes())
    meeting_service.execute(db, command, principal=principal, clock=clock)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{meeting_id}/votes/{vote_id}/close")
def close_vote(meeting_id: str, vote_id: str, db: DbSession, principal: CurrentUser,
               clock: ClockDep) -> Json:
    """Close a vote; returns its result with quorum and majority evaluated."""
    command = c.CloseVote(meeting_id=MeetingId(meeting_id), vote_id=VoteId(vote_id))
    events = meeting_service.execute(db, command, principal=principal, clock=clock)
    return next(dict(codec.encode(e.result)) for e in events if isinstance(e, ev.VoteClosed))


@router.get("/{meeting_id}/votes/{vote_id}/signatures")
def verify_vote(meeting_id: str, vote_id: str, db: DbSession,
                principal: CurrentUser) -> list[Json]:
    """Re-verify every signed ballot of a named vote."""
    return queries.verify_named_vote(db, principal=principal, meeting_id=meeting_id,
                                     vote_id=vote_id)


@router.get("/{meeting_id}/items/{item_id}/speakers")
def speakers(meeting_id: str, item_id: str, db: DbSession, principal: CurrentUser,
             clock: ClockDep) -> Json:
    """The speaker queue of an item, with the current speaker's elapsed and remaining time."""
    return queries.speaker_status(db, principal=principal, meeting_id=meeting_id,
                                  item_id=item_id, clock=clock)


@router.post("/{meeting_id}/items/{item_id}/speakers")
def request_to_speak(meeting_id: str, item_id: str, db: DbSession, principal: CurrentUser,
                     clock: ClockDep) -> Json:
    """Ask for the floor on an item."""
    command = c.RequestToSpeak(meeting_id=MeetingId(meeting_id), item_id=ItemId(item_id))
    return _run(db, principal, clock, command)


@router.delete("/{meeting_id}/items/{item_id}/speakers/me")
def withdraw_speaker_request(meeting_id: str, item_id: str, db: DbSession,
                             principal: CurrentUser, clock: ClockDep) -> Json:
    """Take my request for the floor back."""
    command = c.WithdrawSpeakerRequest(meeting_id=MeetingId(meeting_id), item_id=ItemId(item_id))
    return _run(db, principal, clock, command)


@router.put("/{meeting_id}/items/{item_id}/speakers/order")
def order_speakers(meeting_id: str, item_id: str, body: schemas.SpeakerOrderIn, db: DbSession,
                   principal: CurrentUser, clock: ClockDep) -> Json:
    """Set the order of the waiting speakers (chair)."""
    command = c.OrderSpeakers(meeting_id=MeetingId(meeting_id), item_id=ItemId(item_id),
                              order=tuple(UserId(str(u)) for u in body.order))
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/items/{item_id}/speakers/start")
def start_speaker(meeting_id: str, item_id: str, body: schemas.StartSpeakerIn, db: DbSession,
                  principal: CurrentUser, clock: ClockDep) -> Json:
    """Give the floor to a speaker or the next in line (chair)."""
    speaker = None if body.speaker is None else UserId(str(body.speaker))
    command = c.StartSpeaker(meeting_id=MeetingId(meeting_id), item_id=ItemId(item_id),
                             speaker=speaker)
    return _run(db, principal, clock, command)


@router.post("/{meeting_id}/items/{item_id}/speakers/stop")
def stop_speaker(meeting_id: str, item_id: str, db: DbSession, principal: CurrentUser,
                 clock: ClockDep) -> Json:
    """End the current speech (chair)."""
    command = c.StopSpeaker(meeting_id=MeetingId(meeting_id), item_id=ItemId(item_id))
    return _run(db, principal, clock, command)
