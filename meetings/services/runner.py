"""The one pipeline every mutating command goes through (after OpenSlides' action pipeline).

validate → load → permission → refuse if closed/archived → apply → history entry → commit, all
inside one unit of work; events are handed back only after the commit (durable before visible).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from meetings.commands import BallotCommand, Command, MeetingCommand
from meetings.events import Event
from meetings.model.history import HistoryEntry
from meetings.model.meeting import Meeting
from meetings.model.opinion_ballots import OpinionBallot
from meetings.permissions import (
    Actor,
    Permission,
    ballot_permissions,
    meeting_permissions,
    office_permissions,
    require,
)
from meetings.ports import Clock, UnitOfWork

A = TypeVar("A", Meeting, OpinionBallot)


@dataclass(frozen=True)
class Context:
    """What an apply step knows besides the aggregate."""

    actor: Actor
    now: datetime
    """The clock's time, read once per command so every record in it agrees."""


# The apply step's return value is ignored; state changes and events live on the aggregate.
Apply = Callable[[A, Context], object]


def run(
    command: Command,
    *,
    actor: Actor,
    uow: UnitOfWork,
    clock: Clock,
    load: Callable[[UnitOfWork], A],
    store: Callable[[UnitOfWork, A], None],
    permissions: Callable[[A, Actor], frozenset[Permission]],
    apply: Apply[A],
    creating: bool = False,
) -> tuple[Event, ...]:
    """Apply ``command`` to one aggregate through the shared pipeline.

    Returns:
        The events the change produced, to be pushed to their audiences.
    Raises:
        MeetingError: any subclass, before anything is committed.
    """
    command.validate()
    with uow:
        aggregate = load(uow)
        require(
            permissions(aggregate, actor),
            command.required_permission(actor.user_id),
            actor=actor,
            where=type(aggregate).__name__,
            creating=creating,
        )
        aggregate.refuse_if_read_only(allow_closed=command.allowed_when_closed)
        context = Context(actor=actor, now=clock.now())
        apply(aggregate, context)
        aggregate.record(
            HistoryEntry(
                at=context.now,
                actor=actor.user_id,
                action=type(command).__name__,
                text=command.audit_line(),
            )
        )
        # Drained before storing so no adapter can persist them; published only after commit.
        events = tuple(aggregate.pull_events())
        store(uow, aggregate)
        uow.commit()
    return events


def run_on_meeting(
    command: MeetingCommand, apply: Apply[Meeting], *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> tuple[Event, ...]:
    """Run a command on an existing meeting."""
    return run(
        command,
        actor=actor,
        uow=uow,
        clock=clock,
        load=lambda u: u.meetings.get(command.meeting_id),
        store=lambda u, m: u.meetings.save(m),
        permissions=meeting_permissions,
        apply=apply,
    )


def run_on_ballot(
    command: BallotCommand,
    apply: Apply[OpinionBallot],
    *,
    actor: Actor,
    uow: UnitOfWork,
    clock: Clock,
) -> tuple[Event, ...]:
    """Run a command on an existing opinion ballot."""
    return run(
        command,
        actor=actor,
        uow=uow,
        clock=clock,
        load=lambda u: u.ballots.get(command.ballot_id),
        store=lambda u, b: u.ballots.save(b),
        permissions=ballot_permissions,
        apply=apply,
    )


def run_create(
    command: Command,
    build: Callable[[Context], A],
    add: Callable[[UnitOfWork, A], None],
    *,
    actor: Actor,
    uow: UnitOfWork,
    clock: Clock,
) -> tuple[Event, ...]:
    """Run a command that creates an aggregate; only office roles grant it."""
    return run(
        command,
        actor=actor,
        uow=uow,
        clock=clock,
        load=lambda _: build(Context(actor=actor, now=clock.now())),
        store=add,
        permissions=lambda _, a: office_permissions(a),
        apply=lambda _, __: None,
        creating=True,
    )
