"""Meeting use cases: one function per command, each applied through the shared runner.

Call them as a namespace: ``services.publish_meeting(cmd, actor=..., uow=..., clock=...)``.
Every function returns the events to push, already filtered to their audiences.
"""

from __future__ import annotations

from datetime import datetime

from meetings import commands as c
from meetings import events as ev
from meetings.errors import DocumentNotFound, ItemNotVisible, PermissionDenied
from meetings.ids import DocumentId
from meetings.model.agenda import AgendaItem, DocumentRef, Position
from meetings.model.meeting import Meeting
from meetings.model.notes import PrivateNote
from meetings.model.participants import Participant
from meetings.permissions import Actor
from meetings.ports import Clock, DocumentStore, SignatureVerifier, UnitOfWork
from meetings.services.runner import Context, run_create, run_on_meeting

Events = tuple[ev.Event, ...]


def _document_ref(
    documents: DocumentStore, document_id: DocumentId, *, at: datetime
) -> DocumentRef:
    info = documents.describe(document_id)
    if info is None:
        raise DocumentNotFound(f"document {document_id} is not in the store")
    return DocumentRef(document_id=document_id, title=info.title, attached_at=at)


def create_meeting(
    command: c.CreateMeeting, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Create a draft meeting with its chair and secretary (secretariat only)."""

    def build(ctx: Context) -> Meeting:
        meeting = Meeting(
            meeting_id=command.meeting_id,
            title=command.title,
            kind=command.kind,
            scheduled_at=command.scheduled_at,
            location=command.location,
            rules=command.rules,
            remote_participation=command.remote_participation,
        )
        for spec in (command.chair, command.secretary):
            meeting.participants[spec.user_id] = Participant.from_spec(spec)
        meeting.emit(
            ev.MeetingCreated(
                audience=meeting.officials(), meeting_id=meeting.meeting_id, title=meeting.title
            )
        )
        return meeting

    return run_create(
        command, build, lambda u, m: u.meetings.add(m), actor=actor, uow=uow, clock=clock
    )


def invite_participant(
    command: c.InviteParticipant, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Add a member, a substitute for a member, or a guest invited to some items."""
    return run_on_meeting(
        command, lambda m, _: m.invite(command.participant), actor=actor, uow=uow, clock=clock
    )


def add_agenda_item(
    command: c.AddAgendaItem,
    *,
    actor: Actor,
    uow: UnitOfWork,
    clock: Clock,
    documents: DocumentStore,
) -> Events:
    """Append an agenda item; its documents must exist in the document store."""

    def apply(meeting: Meeting, ctx: Context) -> None:
        refs = [_document_ref(documents, d, at=ctx.now) for d in command.document_ids]
        item = AgendaItem(
            item_id=command.item_id,
            title=command.title,
            presenter=command.presenter,
            minutes_allotted=command.minutes_allotted,
            confidential=command.confidential,
            consent_eligible=command.consent_eligible,
            speaker_time_limit=command.speaker_time_limit,
            documents=refs,
        )
        meeting.add_item(item)

    return run_on_meeting(command, apply, actor=actor, uow=uow, clock=clock)


def reorder_agenda(
    command: c.ReorderAgenda, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Put the agenda in a new order."""
    return run_on_meeting(
        command, lambda m, _: m.reorder_agenda(command.item_ids), actor=actor, uow=uow, clock=clock
    )


def attach_document(
    command: c.AttachDocument,
    *,
    actor: Actor,
    uow: UnitOfWork,
    clock: Clock,
    documents: DocumentStore,
) -> Events:
    """Attach a stored document to an item."""

    def apply(meeting: Meeting, ctx: Context) -> None:
        ref = _document_ref(documents, command.document_id, at=ctx.now)
        meeting.attach_document(command.item_id, ref)

    return run_on_meeting(command, apply, actor=actor, uow=uow, clock=clock)


def replace_document(
    command: c.ReplaceDocument,
    *,
    actor: Actor,
    uow: UnitOfWork,
    clock: Clock,
    documents: DocumentStore,
) -> Events:
    """Replace a late document; the old one stays in the item's history and viewers are alerted."""

    def apply(meeting: Meeting, ctx: Context) -> None:
        ref = _document_ref(documents, command.new_document_id, at=ctx.now)
        meeting.replace_document(
            command.item_id,
            command.old_document_id,
            ref,
            reason=command.reason,
            by=ctx.actor.user_id,
        )

    return run_on_meeting(command, apply, actor=actor, uow=uow, clock=clock)


def publish_meeting(
    command: c.PublishMeeting, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Publish: invitations out, document pack available."""
    return run_on_meeting(command, lambda m, _: m.publish(), actor=actor, uow=uow, clock=clock)


def check_in(command: c.CheckIn, *, actor: Actor, uow: UnitOfWork, clock: Clock) -> Events:
    """Check a participant in (oneself, or anyone by the secretary or chair)."""
    return run_on_meeting(
        command,
        lambda m, ctx: m.check_in(command.user_id, at=ctx.now, remote=command.remote),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def check_out(command: c.CheckOut, *, actor: Actor, uow: UnitOfWork, clock: Clock) -> Events:
    """Check a participant out; the quorum follows live."""
    return run_on_meeting(
        command, lambda m, _: m.check_out(command.user_id), actor=actor, uow=uow, clock=clock
    )


def state_position(
    command: c.StatePosition, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """State the actor's position (for their seat) on an item before the meeting."""

    def apply(meeting: Meeting, ctx: Context) -> None:
        seat = meeting.participant(ctx.actor.user_id).seat
        if seat is None:
            raise PermissionDenied(f"{ctx.actor.user_id} holds no seat")
        position = Position(seat, ctx.actor.user_id, command.kind, command.reason, ctx.now)
        meeting.state_position(command.item_id, position)

    return run_on_meeting(command, apply, actor=actor, uow=uow, clock=clock)


def pull_from_consent_block(
    command: c.PullFromConsentBlock, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Take an item out of the consent block so that it is discussed."""
    return run_on_meeting(
        command,
        lambda m, _: m.pull_from_consent(command.item_id),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def start_session(
    command: c.StartSession, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Open the session (needs the quorum unless the rules say otherwise)."""
    return run_on_meeting(
        command, lambda m, ctx: m.start_session(at=ctx.now), actor=actor, uow=uow, clock=clock
    )


def adopt_consent_block(
    command: c.AdoptConsentBlock, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Adopt every unopposed item in one decision."""
    return run_on_meeting(
        command,
        lambda m, ctx: m.adopt_consent_block(at=ctx.now),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def set_current_item(
    command: c.SetCurrentItem, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Move the session to an item."""
    return run_on_meeting(
        command,
        lambda m, _: m.set_current_item(command.item_id),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def request_to_speak(
    command: c.RequestToSpeak, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Queue the actor on an item they may see."""
    return run_on_meeting(
        command,
        lambda m, ctx: m.request_to_speak(ctx.actor.user_id, command.item_id),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def withdraw_speaker_request(
    command: c.WithdrawSpeakerRequest, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Take the actor's speaker request back."""
    return run_on_meeting(
        command,
        lambda m, ctx: m.withdraw_speaker_request(ctx.actor.user_id, command.item_id),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def order_speakers(
    command: c.OrderSpeakers, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Set the order of the waiting speakers."""
    return run_on_meeting(
        command,
        lambda m, _: m.order_speakers(command.item_id, command.order),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def start_speaker(
    command: c.StartSpeaker, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Give the floor; the speaker's clock starts now."""
    return run_on_meeting(
        command,
        lambda m, ctx: m.start_speaker(command.item_id, command.speaker, at=ctx.now),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def stop_speaker(command: c.StopSpeaker, *, actor: Actor, uow: UnitOfWork, clock: Clock) -> Events:
    """End the current speech."""
    return run_on_meeting(
        command,
        lambda m, ctx: m.stop_speaker(command.item_id, at=ctx.now),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def open_vote(command: c.OpenVote, *, actor: Actor, uow: UnitOfWork, clock: Clock) -> Events:
    """Open a vote (needs the quorum)."""

    def apply(meeting: Meeting, ctx: Context) -> None:
        meeting.open_vote(
            command.vote_id,
            item_id=command.item_id,
            motion=command.motion,
            mode=command.mode,
            majority=command.majority,
            at=ctx.now,
        )

    return run_on_meeting(command, apply, actor=actor, uow=uow, clock=clock)


def cast_vote(
    command: c.CastVote,
    *,
    actor: Actor,
    uow: UnitOfWork,
    clock: Clock,
    verifier: SignatureVerifier,
) -> Events:
    """Cast the actor's ballot; a named ballot's signature is verified before it counts."""
    return run_on_meeting(
        command,
        lambda m, ctx: m.cast_vote(
            ctx.actor.user_id,
            command.vote_id,
            command.choice,
            signature=command.signature,
            verifier=verifier,
        ),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def close_vote(command: c.CloseVote, *, actor: Actor, uow: UnitOfWork, clock: Clock) -> Events:
    """Close a vote; quorum and majority are evaluated and recorded in its result."""
    return run_on_meeting(
        command,
        lambda m, ctx: m.close_vote(command.vote_id, at=ctx.now),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def record_decision(
    command: c.RecordDecision, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Record the chair's conclusion on an item."""
    return run_on_meeting(
        command,
        lambda m, ctx: m.record_decision(command.item_id, command.text, at=ctx.now),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def close_meeting(
    command: c.CloseMeeting, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """End the session; the record is then complete for the minutes."""
    return run_on_meeting(
        command, lambda m, ctx: m.close(at=ctx.now), actor=actor, uow=uow, clock=clock
    )


def archive_meeting(
    command: c.ArchiveMeeting, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Make a closed meeting read-only."""
    return run_on_meeting(command, lambda m, _: m.archive(), actor=actor, uow=uow, clock=clock)


def save_note(command: c.SaveNote, *, actor: Actor, uow: UnitOfWork, clock: Clock) -> Events:
    """Save a private note on a document the actor may see; only the author can read it."""

    def apply(meeting: Meeting, ctx: Context) -> None:
        author = ctx.actor.user_id
        if not meeting.can_see_document(author, command.document_id):
            raise ItemNotVisible(f"{author} may not see document {command.document_id}")
        existing = uow.notes.get(command.note_id)
        if existing is not None and existing.author != author:
            raise PermissionDenied("a note can only be changed by its author")
        note = PrivateNote(
            command.note_id, meeting.meeting_id, command.document_id, author, command.text, ctx.now
        )
        uow.notes.save(note)
        meeting.emit(
            ev.NoteSaved(
                audience=frozenset({author}),
                meeting_id=meeting.meeting_id,
                note_id=note.note_id,
                document_id=note.document_id,
            )
        )

    return run_on_meeting(command, apply, actor=actor, uow=uow, clock=clock)
