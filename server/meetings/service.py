"""Meeting use cases on the server: one pipeline that runs a core command in one transaction.

``execute`` maps the principal to the core's ``Actor``, runs the core use case over the request's
session (through ``adapters.SqlUnitOfWork``), writes one audit entry per applied command, records
each returned event in the outbox for its audience, and commits once. Queries live in
``queries.py``.

Secret ballots: the ``CastVote`` of a secret vote gets no audit entry of its own (an entry names
its actor and carries a sequence number and a time, which together with the published running
count could pair a voter with a choice); closing the vote audits who took part, as a sorted list,
with the counts.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings import commands as c
from meetings import events as ev
from meetings import services
from meetings.errors import InvalidCommand
from meetings.ids import ItemId, UserId
from meetings.model.meeting import Meeting
from meetings.model.opinion_ballots import OpinionBallot
from meetings.model.participants import ParticipantSpec, Role
from meetings.model.votes import VoteMode
from meetings.permissions import Actor, OfficeRole
from meetings.ports import Clock
from server.auth.principal import Principal
from server.core import audit
from server.core.events import Audience, publish
from server.core.permissions import Role as ServerRole
from server.meetings import codec
from server.meetings.adapters import (
    CertificateVerifier,
    Saved,
    SqlDocumentStore,
    SqlUnitOfWork,
    SystemClock,
    user_key,
)
from server.users.tables import User

Events = tuple[ev.Event, ...]
UseCase = Callable[..., Events]

SCHEDULER = Actor(user_id=UserId("scheduler"), office_roles=frozenset({OfficeRole.SCHEDULER}))
"""The actor of the reminder job."""

USE_CASES: dict[type[c.Command], UseCase] = {
    c.CreateMeeting: services.create_meeting,
    c.InviteParticipant: services.invite_participant,
    c.RemoveParticipant: services.remove_participant,
    c.ChangeChair: services.change_chair,
    c.AddAgendaItem: services.add_agenda_item,
    c.RemoveAgendaItem: services.remove_agenda_item,
    c.UpdateMeetingDetails: services.update_meeting_details,
    c.ReorderAgenda: services.reorder_agenda,
    c.AttachDocument: services.attach_document,
    c.ReplaceDocument: services.replace_document,
    c.PublishMeeting: services.publish_meeting,
    c.CheckIn: services.check_in,
    c.CheckOut: services.check_out,
    c.StatePosition: services.state_position,
    c.PullFromConsentBlock: services.pull_from_consent_block,
    c.StartSession: services.start_session,
    c.AdoptConsentBlock: services.adopt_consent_block,
    c.SetCurrentItem: services.set_current_item,
    c.RequestToSpeak: services.request_to_speak,
    c.WithdrawSpeakerRequest: services.withdraw_speaker_request,
    c.OrderSpeakers: services.order_speakers,
    c.StartSpeaker: services.start_speaker,
    c.StopSpeaker: services.stop_speaker,
    c.OpenVote: services.open_vote,
    c.CastVote: services.cast_vote,
    c.CloseVote: services.close_vote,
    c.RecordDecision: services.record_decision,
    c.CloseMeeting: services.close_meeting,
    c.ArchiveMeeting: services.archive_meeting,
    c.SaveNote: services.save_note,
    c.CreateOpinionBallot: services.create_opinion_ballot,
    c.SendOpinionBallot: services.send_opinion_ballot,
    c.AnswerOpinionBallot: services.answer_opinion_ballot,
    c.SendBallotReminders: services.send_ballot_reminders,
    c.CloseOpinionBallot: services.close_opinion_ballot,
}
_NEEDS_DOCUMENTS = (c.AddAgendaItem, c.AttachDocument, c.ReplaceDocument, c.CreateOpinionBallot)
_NEEDS_VERIFIER = (c.CastVote, c.AnswerOpinionBallot)


def new_id() -> str:
    """A fresh opaque id for a meeting, item, vote, ballot, question or note."""
    return uuid.uuid4().hex


def actor_of(principal: Principal) -> Actor:
    """The core's actor for a signed-in user: meeting secretaries form the secretariat."""
    roles = {OfficeRole.SECRETARIAT} if principal.has_role(ServerRole.MEETING_SECRETARY) else set()
    return Actor(user_id=UserId(str(principal.user_id)), office_roles=frozenset(roles))


def execute(
    db_session: Session,
    command: c.Command,
    *,
    principal: Principal | None,
    clock: Clock | None = None,
) -> Events:
    """Run one command through the core and commit it with its audit entries and events.

    ``principal`` None runs it as the scheduler (the reminder job).
    """
    clock = clock or SystemClock()
    actor = SCHEDULER if principal is None else actor_of(principal)
    uow = SqlUnitOfWork(db_session, for_update=True, actor_key=user_key(actor.user_id))
    ports: dict[str, Any] = {}
    if isinstance(command, _NEEDS_DOCUMENTS):
        if principal is None:
            raise InvalidCommand("documents are attached by a person")
        ports["documents"] = SqlDocumentStore(db_session, principal)
    if isinstance(command, _NEEDS_VERIFIER):
        ports["verifier"] = CertificateVerifier(db_session, at=clock.now())
    events = USE_CASES[type(command)](command, actor=actor, uow=uow, clock=clock, **ports)
    for saved in uow.saved:
        _audit(db_session, saved, events)
    titles = {_aggregate_id(saved.aggregate): saved.aggregate.title for saved in uow.saved}
    for event in events:
        publish_event(db_session, event, titles=titles)
    db_session.commit()
    return events


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _audit(db_session: Session, saved: Saved, events: Events) -> None:
    secret_cast = any(isinstance(e, ev.SecretBallotCast) for e in events)
    aggregate = saved.aggregate
    object_id = aggregate.meeting_id if isinstance(aggregate, Meeting) else aggregate.ballot_id
    for entry in aggregate.history:
        if entry.action == "CastVote" and secret_cast:
            continue
        details: dict[str, Any] = {"text": entry.text}
        if entry.action == "CloseVote" and isinstance(aggregate, Meeting):
            details.update(_vote_closed_details(aggregate, events))
        audit.record(
            db_session, actor_id=user_key(entry.actor), action=f"meetings.{_snake(entry.action)}",
            object_type=saved.object_type, object_id=object_id, details=details,
        )


def _vote_closed_details(meeting: Meeting, events: Events) -> dict[str, Any]:
    closed = next((e for e in events if isinstance(e, ev.VoteClosed)), None)
    if closed is None:
        return {}
    result = closed.result
    details: dict[str, Any] = {
        "vote_id": result.vote_id, "mode": result.mode.value, "yes": result.yes,
        "no": result.no, "abstain": result.abstain, "adopted": result.adopted,
    }
    if result.mode is VoteMode.SECRET:
        seats = meeting.vote(result.vote_id).voted_seats
        details["seats_voted"] = codec.encode(frozenset(seats), frozenset[UserId])
    return details


def _aggregate_id(aggregate: Meeting | OpinionBallot) -> str:
    return aggregate.meeting_id if isinstance(aggregate, Meeting) else aggregate.ballot_id


def publish_event(db_session: Session, event: ev.Event, *,
                  titles: dict[str, str] | None = None) -> None:
    """Record a core event in the outbox, for the server users in its audience.

    ``titles`` (meeting or ballot id → title) lets a notification name what it is about: the
    core's events carry ids only.
    """
    users = frozenset(k for k in (user_key(u) for u in event.audience) if k is not None)
    if not users:
        return
    payload = codec.encode(event)
    titles = titles or {}
    if isinstance(event, ev.MeetingEvent) and event.meeting_id in titles:
        payload["meeting_title"] = titles[event.meeting_id]
    if isinstance(event, ev.OpinionBallotEvent) and event.ballot_id in titles:
        payload["ballot_title"] = titles[event.ballot_id]
    publish(
        db_session,
        kind=f"meetings.{_snake(type(event).__name__)}",
        payload=payload,
        audience=Audience(users=users),
    )


def participant_spec(
    db_session: Session,
    user_id: int,
    role: Role,
    *,
    substitute_for: int | None = None,
    remote: bool = False,
    invited_items: Iterable[str] = (),
) -> ParticipantSpec:
    """A participant of a meeting, named as the users table names them."""
    name = db_session.scalars(
        select(User.full_name).where(User.id == user_id, User.is_active.is_(True))
    ).one_or_none()
    if name is None:
        raise InvalidCommand(f"no active user {user_id}")
    return ParticipantSpec(
        user_id=UserId(str(user_id)),
        name=name,
        role=role,
        substitute_for=None if substitute_for is None else UserId(str(substitute_for)),
        remote=remote,
        invited_items=frozenset(ItemId(i) for i in invited_items),
    )
