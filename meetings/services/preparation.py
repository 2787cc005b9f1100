"""Use cases that edit a meeting while it is prepared: its details, agenda items and participants.

Kept apart from ``meetings.py`` (the command-per-function list of the whole lifecycle) because
these run only in draft and published meetings.
"""

from __future__ import annotations

from meetings import commands as c
from meetings import events as ev
from meetings.model.meeting import Meeting
from meetings.permissions import Actor
from meetings.ports import Clock, UnitOfWork
from meetings.services.runner import Context, run_on_meeting

Events = tuple[ev.Event, ...]


def remove_agenda_item(
    command: c.RemoveAgendaItem, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Take an undecided item off the agenda; everyone who could see it is told."""
    return run_on_meeting(
        command, lambda m, _: m.remove_item(command.item_id), actor=actor, uow=uow, clock=clock
    )


def update_meeting_details(
    command: c.UpdateMeetingDetails, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Change the title, time, place and remote participation before the session."""

    def apply(meeting: Meeting, _: Context) -> None:
        meeting.update_details(
            title=command.title.strip(),
            scheduled_at=command.scheduled_at,
            location=command.location.strip(),
            remote_participation=command.remote_participation,
        )

    return run_on_meeting(command, apply, actor=actor, uow=uow, clock=clock)


def remove_participant(
    command: c.RemoveParticipant, *, actor: Actor, uow: UnitOfWork, clock: Clock
) -> Events:
    """Take a participant invited by mistake off the meeting; they and the officials are told."""
    return run_on_meeting(
        command,
        lambda m, _: m.remove_participant(command.user_id),
        actor=actor,
        uow=uow,
        clock=clock,
    )


def change_chair(command: c.ChangeChair, *, actor: Actor, uow: UnitOfWork, clock: Clock) -> Events:
    """Hand the chair to a member or a newcomer; the former chair stays on as a member."""
    return run_on_meeting(
        command,
        lambda m, _: m.change_chair(command.user_id, name=command.name),
        actor=actor,
        uow=uow,
        clock=clock,
    )
