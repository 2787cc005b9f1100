"""The shared pipeline: validate → permission → closed/archived → apply → history, atomically."""

from __future__ import annotations

import pytest
from meetings_world import I1, M1, OUTSIDER, PM, SEC, M, World

from meetings import services
from meetings.commands import CloseMeeting, RecordDecision, StatePosition
from meetings.errors import (
    InvalidCommand,
    MeetingAlreadyClosed,
    MeetingNotFound,
    NotAMember,
    PermissionDenied,
)
from meetings.ids import MeetingId
from meetings.model import PositionKind


def test_validation_comes_before_anything_is_loaded(world: World) -> None:
    bad = StatePosition(meeting_id=MeetingId("nope"), item_id=I1, kind=PositionKind.OBJECTION)
    with pytest.raises(InvalidCommand):
        world.do(services.state_position, bad, by=OUTSIDER)
    with pytest.raises(MeetingNotFound):
        good = StatePosition(
            meeting_id=MeetingId("nope"), item_id=I1, kind=PositionKind.NO_OBJECTION
        )
        world.do(services.state_position, good, by=M1)


def test_permission_comes_before_the_closed_check(session: World) -> None:
    session.do(services.close_meeting, CloseMeeting(meeting_id=M), by=PM)
    decision = RecordDecision(meeting_id=M, item_id=I1, text="x")
    with pytest.raises(NotAMember):
        session.do(services.record_decision, decision, by=OUTSIDER)
    with pytest.raises(PermissionDenied):
        session.do(services.record_decision, decision, by=M1)
    with pytest.raises(MeetingAlreadyClosed):
        session.do(services.record_decision, decision, by=PM)


def test_every_applied_command_writes_one_history_entry(session: World) -> None:
    before = len(session.meeting().history)
    session.clock.advance(minutes=1)
    decision = RecordDecision(meeting_id=M, item_id=I1, text="Thông qua")
    session.do(services.record_decision, decision, by=PM)
    entry = session.meeting().history[-1]
    assert len(session.meeting().history) == before + 1
    assert (entry.actor, entry.action, entry.text, entry.at) == (
        PM, "RecordDecision", "Decision on item i1: Thông qua", session.clock.now(),
    )  # fmt: skip


def test_a_refused_command_commits_nothing(session: World) -> None:
    commits, history = session.uow.commits, session.meeting().history
    with pytest.raises(PermissionDenied):
        session.do(services.close_meeting, CloseMeeting(meeting_id=M), by=SEC)
    assert session.uow.commits == commits
    assert session.meeting().history == history


def test_events_are_returned_only_after_commit(session: World) -> None:
    commits = session.uow.commits
    events = session.do(services.close_meeting, CloseMeeting(meeting_id=M), by=PM)
    assert events and session.uow.commits == commits + 1
    assert session.meeting()._events == []  # nothing pending is ever stored
