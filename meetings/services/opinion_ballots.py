"""Opinion-ballot use cases, applied through the shared runner."""

from __future__ import annotations

from meetings import commands as c
from meetings import events as ev
from meetings.errors import DocumentNotFound
from meetings.model.opinion_ballots import OpinionBallot
from meetings.permissions import Actor
from meetings.ports import Clock, DocumentStore, SignatureVerifier, UnitOfWork
from meetings.services.runner import Context, run_create, run_on_ballot

Events = tuple[ev.Event, ...]


def create_opinion_ballot(
    command: c.CreateOpinionBallot,
    *,
    actor: Actor,
    uow: UnitOfWork,
    clock: Clock,
    documents: DocumentStore,
) -> Events:
    """Draft an opinion ballot; the creating secretary manages it.

    Raises:
        DocumentNotFound: a draft document named in the ballot is not in the store.
    """

    def build(ctx: Context) -> OpinionBallot:
        for document_id in command.document_ids:
            if documents.describe(document_id) is None:
                raise DocumentNotFound(f"document {document_id} is not in the store")
        ballot = OpinionBallot(
            ballot_id=command.ballot_id,
            title=command.title,
            secretary=ctx.actor.user_id,
            questions=command.questions,
            recipients=command.recipients,
            deadline=command.deadline,
            document_ids=command.document_ids,
            reminder_offsets=command.reminder_offsets,
        )
        ballot.emit(
            ev.OpinionBallotCreated(
                audience=frozenset({ctx.actor.user_id}), ballot_id=command.ballot_id
            )
        )
        return ballot

    return run_create(
        command, build, lambda u, b: u.ballots.add(b), actor=actor, uow=uow, clock=clock
    )


def send_opinion_ballot(
    command: c.SendOpinionBallot, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Send the ballot to its members (the deadline must still be ahead)."""
    return run_on_ballot(
        command, lambda b, ctx: b.send(at=ctx.now), actor=actor, uow=uow, clock=clock
    )


def answer_opinion_ballot(
    command: c.AnswerOpinionBallot,
    *,
    actor: Actor,
    uow: UnitOfWork,
    clock: Clock,
    verifier: SignatureVerifier,
) -> Events:
    """Record the actor's signed answers, once, before the deadline."""
    return run_on_ballot(
        command,
        lambda b, ctx: b.answer(
            ctx.actor.user_id,
            command.answers,
            signature=command.signature,
            at=ctx.now,
            verifier=verifier,
        ),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def send_ballot_reminders(
    command: c.SendBallotReminders, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Emit the reminders due now and, once, the overdue alert (run by the scheduler)."""
    return run_on_ballot(
        command, lambda b, ctx: b.send_reminders(now=ctx.now), actor=actor, uow=uow, clock=clock
    )


def close_opinion_ballot(
    command: c.CloseOpinionBallot, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Close the ballot; its tally goes out with the closing event."""
    return run_on_ballot(
        command, lambda b, ctx: b.close(at=ctx.now), actor=actor, uow=uow, clock=clock
    )
