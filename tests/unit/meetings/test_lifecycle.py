"""Lifecycle draft → published → in_session → closed → archived, and illegal transitions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from meetings_world import M1, PM, SEATS, SEC, M, World, build_session

from meetings import services
from meetings.commands import (
    AddAgendaItem,
    ArchiveMeeting,
    CheckIn,
    CloseMeeting,
    CloseVote,
    CreateMeeting,
    OpenVote,
    PublishMeeting,
    StartSession,
)
from meetings.errors import (
    IllegalTransition,
    MeetingAlreadyClosed,
    MeetingArchived,
    MeetingNotInSession,
    QuorumNotReached,
)
from meetings.events import MeetingClosed, MeetingPublished, SessionStarted
from meetings.ids import ItemId, UserId, VoteId
from meetings.model import MeetingKind, MeetingRules, MeetingState, VoteMode

CLOSE = CloseMeeting(meeting_id=M)
ARCHIVE = ArchiveMeeting(meeting_id=M)


def test_full_lifecycle_moves_through_every_state(draft: World) -> None:
    assert draft.meeting().state is MeetingState.DRAFT
    events = draft.do(services.publish_meeting, PublishMeeting(meeting_id=M), by=SEC)
    assert isinstance(events[0], MeetingPublished)
    assert events[0].audience == draft.meeting().everyone()
    for user in SEATS:
        draft.do(services.check_in, CheckIn(meeting_id=M, user_id=user), by=user)
    (started,) = draft.do(services.start_session, StartSession(meeting_id=M), by=PM)
    assert isinstance(started, SessionStarted)
    assert draft.meeting().state is MeetingState.IN_SESSION
    (closed,) = draft.do(services.close_meeting, CLOSE, by=PM)
    assert isinstance(closed, MeetingClosed)
    draft.do(services.archive_meeting, ARCHIVE, by=SEC)
    meeting = draft.meeting()
    assert meeting.state is MeetingState.ARCHIVED
    assert [h.action for h in meeting.history][-4:] == [
        "CheckIn",
        "StartSession",
        "CloseMeeting",
        "ArchiveMeeting",
    ]


def test_thematic_meeting_kind_is_kept(world: World) -> None:
    from meetings_world import specs

    command = specs()
    command = CreateMeeting(**{**command.__dict__, "kind": MeetingKind.THEMATIC})
    world.do(services.create_meeting, command, by=SEC)
    assert world.meeting().kind is MeetingKind.THEMATIC


@pytest.mark.parametrize(
    ("fixture", "use_case", "command", "by", "error"),
    [
        ("draft", services.start_session, StartSession(meeting_id=M), PM, IllegalTransition),
        ("draft", services.close_meeting, CLOSE, PM, MeetingNotInSession),
        ("draft", services.archive_meeting, ARCHIVE, SEC, IllegalTransition),
        (
            "published",
            services.publish_meeting,
            PublishMeeting(meeting_id=M),
            SEC,
            IllegalTransition,
        ),
        ("published", services.close_meeting, CLOSE, PM, MeetingNotInSession),
        ("session", services.publish_meeting, PublishMeeting(meeting_id=M), SEC, IllegalTransition),
        ("session", services.start_session, StartSession(meeting_id=M), PM, IllegalTransition),
        ("session", services.archive_meeting, ARCHIVE, SEC, IllegalTransition),
        (
            "session",
            services.add_agenda_item,
            AddAgendaItem(meeting_id=M, item_id=ItemId("late"), title="Late"),
            SEC,
            IllegalTransition,
        ),
    ],
)
def test_illegal_transitions_are_refused(
    request: pytest.FixtureRequest,
    fixture: str,
    use_case: Callable[..., Any],
    command: Any,
    by: UserId,
    error: type[Exception],
) -> None:
    world: World = request.getfixturevalue(fixture)
    before = world.meeting()
    with pytest.raises(error):
        world.do(use_case, command, by=by)
    assert world.meeting() == before, "a refused command changes nothing"


def test_publish_needs_an_agenda(world: World) -> None:
    from meetings_world import specs

    world.do(services.create_meeting, specs(), by=SEC)
    with pytest.raises(IllegalTransition, match="without agenda"):
        world.do(services.publish_meeting, PublishMeeting(meeting_id=M), by=SEC)


def test_session_needs_quorum_unless_rules_waive_it(world: World) -> None:
    with pytest.raises(QuorumNotReached):
        build_session(world, present=(PM, M1, M1 and SEATS[2]))
    relaxed = World()
    build_session(relaxed, MeetingRules(quorum_to_open=False), present=(PM,))
    assert relaxed.meeting().state is MeetingState.IN_SESSION


def test_closing_with_an_open_vote_is_refused(session: World) -> None:
    vote = OpenVote(meeting_id=M, vote_id=VoteId("v"), motion="Thông qua", mode=VoteMode.OPEN)
    session.do(services.open_vote, vote, by=PM)
    with pytest.raises(IllegalTransition, match="open vote"):
        session.do(services.close_meeting, CLOSE, by=PM)
    session.do(services.close_vote, CloseVote(meeting_id=M, vote_id=VoteId("v")), by=PM)
    session.do(services.close_meeting, CLOSE, by=PM)


def test_closed_meeting_refuses_everything_but_archive(session: World) -> None:
    session.do(services.close_meeting, CLOSE, by=PM)
    with pytest.raises(MeetingAlreadyClosed):
        session.do(services.check_in, CheckIn(meeting_id=M, user_id=SEC), by=SEC)
    vote = OpenVote(meeting_id=M, vote_id=VoteId("v"), motion="x", mode=VoteMode.OPEN)
    with pytest.raises(MeetingAlreadyClosed):
        session.do(services.open_vote, vote, by=PM)
    session.do(services.archive_meeting, ARCHIVE, by=SEC)
    with pytest.raises(MeetingArchived):
        session.do(services.archive_meeting, ARCHIVE, by=SEC)
    with pytest.raises(MeetingArchived):
        session.do(services.close_meeting, CLOSE, by=PM)
