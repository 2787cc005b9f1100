"""Removing a participant invited by mistake and handing the chair over while preparing."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from meetings_world import (
    GUEST,
    I1,
    M1,
    M2,
    M3,
    OFFICE,
    OUTSIDER,
    PM,
    SEATS,
    SEC,
    SUB,
    M,
    World,
    build_session,
)

from meetings import services
from meetings.commands import (
    ArchiveMeeting,
    ChangeChair,
    CheckIn,
    CheckOut,
    CloseMeeting,
    RemoveParticipant,
    StartSession,
    StatePosition,
)
from meetings.errors import (
    AlreadyChair,
    ChairNeedsSeat,
    IllegalTransition,
    InvalidCommand,
    MeetingAlreadyClosed,
    MeetingArchived,
    MeetingNotInSession,
    NotAMember,
    ParticipantCheckedIn,
    ParticipantIsChair,
    ParticipantIsSecretary,
    PermissionDenied,
    SubstituteStandsIn,
)
from meetings.events import ChairChanged, ParticipantRemoved
from meetings.ids import UserId
from meetings.model import MeetingState, PositionKind, Role

NEWCOMER = UserId("dpm")


def _remove(user: UserId) -> RemoveParticipant:
    return RemoveParticipant(meeting_id=M, user_id=user)


def _chair(user: UserId, name: str = "") -> ChangeChair:
    return ChangeChair(meeting_id=M, user_id=user, name=name)


def _refused(
    world: World, use_case: Callable[..., Any], command: Any, *, by: UserId, error: type[Exception]
) -> None:
    """The command raises ``error`` and leaves the committed meeting exactly as it was."""
    before, commits = copy.deepcopy(world.meeting()), world.uow.commits
    with pytest.raises(error):
        world.do(use_case, command, by=by)
    assert world.uow.commits == commits
    after = world.meeting()
    assert after.participants == before.participants
    assert after.history == before.history
    assert [i.positions for i in after.agenda] == [i.positions for i in before.agenda]


# -- who may do it ---------------------------------------------------------------------------

ALLOWED = (PM, SEC)  # the same people who may invite (meeting.manage)
REFUSED = (
    (M1, PermissionDenied),
    (SUB, PermissionDenied),
    (GUEST, PermissionDenied),
    (OUTSIDER, NotAMember),
    (OFFICE, NotAMember),
)


@pytest.mark.parametrize("actor", ALLOWED)
def test_officials_may_remove_a_member(draft: World, actor: UserId) -> None:
    draft.do(services.remove_participant, _remove(M3), by=actor)
    assert M3 not in draft.meeting().participants


@pytest.mark.parametrize(("actor", "error"), REFUSED)
def test_others_may_not_remove(draft: World, actor: UserId, error: type[Exception]) -> None:
    _refused(draft, services.remove_participant, _remove(M3), by=actor, error=error)


@pytest.mark.parametrize("actor", ALLOWED)
def test_officials_may_hand_the_chair_over(draft: World, actor: UserId) -> None:
    draft.do(services.change_chair, _chair(M1), by=actor)
    assert draft.meeting().role_of(M1) is Role.CHAIR


@pytest.mark.parametrize(("actor", "error"), REFUSED)
def test_others_may_not_hand_the_chair_over(
    draft: World, actor: UserId, error: type[Exception]
) -> None:
    _refused(draft, services.change_chair, _chair(M1), by=actor, error=error)


# -- in which states -------------------------------------------------------------------------


def _in_session(world: World) -> None:
    build_session(world, present=SEATS)


def _closed(world: World) -> None:
    _in_session(world)
    world.do(services.close_meeting, CloseMeeting(meeting_id=M), by=PM)


def _archived(world: World) -> None:
    _closed(world)
    world.do(services.archive_meeting, ArchiveMeeting(meeting_id=M), by=SEC)


LATE_STATES: list[tuple[Callable[[World], None], type[Exception]]] = [
    (_in_session, IllegalTransition),
    (_closed, MeetingAlreadyClosed),
    (_archived, MeetingArchived),
]


@pytest.mark.parametrize(("setup", "error"), LATE_STATES)
def test_no_removal_once_the_session_has_started(
    world: World, setup: Callable[[World], None], error: type[Exception]
) -> None:
    setup(world)
    # The guest never checked in, so only the state refuses.
    _refused(world, services.remove_participant, _remove(GUEST), by=SEC, error=error)


@pytest.mark.parametrize(("setup", "error"), LATE_STATES)
def test_no_chair_handover_once_the_session_has_started(
    world: World, setup: Callable[[World], None], error: type[Exception]
) -> None:
    setup(world)
    _refused(world, services.change_chair, _chair(M1), by=SEC, error=error)


def test_in_session_refusal_is_not_mistaken_for_a_role_refusal(world: World) -> None:
    _in_session(world)
    with pytest.raises(IllegalTransition) as caught:
        world.do(services.remove_participant, _remove(GUEST), by=SEC)
    assert not isinstance(caught.value, MeetingNotInSession)


# -- removing: whom and what goes with them --------------------------------------------------


def test_removal_drops_the_person_and_tells_them(draft: World) -> None:
    (event,) = draft.do(services.remove_participant, _remove(GUEST), by=SEC)
    meeting = draft.meeting()
    assert GUEST not in meeting.participants
    assert isinstance(event, ParticipantRemoved)
    assert (event.user_id, event.role) == (GUEST, Role.GUEST)
    assert event.audience == frozenset({PM, SEC, GUEST})
    assert meeting.history[-1].action == "RemoveParticipant"
    assert meeting.history[-1].text == "Removed participant guest"
    # Outsider from now on: the meeting is not visible, checking in is refused.
    with pytest.raises(NotAMember):
        services.view_meeting(M, actor=draft.actor(GUEST), uow=draft.uow)


def test_removing_a_member_shrinks_the_seats(draft: World) -> None:
    draft.do(services.remove_participant, _remove(M3), by=SEC)
    assert draft.meeting().seats() == frozenset(SEATS) - {M3}


@pytest.mark.parametrize(
    ("target", "error"),
    [
        (PM, ParticipantIsChair),
        (SEC, ParticipantIsSecretary),
        (M2, SubstituteStandsIn),
        (OUTSIDER, NotAMember),
    ],
)
def test_removal_refusals_by_target(draft: World, target: UserId, error: type[Exception]) -> None:
    _refused(draft, services.remove_participant, _remove(target), by=SEC, error=error)


def test_a_member_whose_substitute_is_removed_first_can_then_go(draft: World) -> None:
    draft.do(services.remove_participant, _remove(SUB), by=SEC)
    draft.do(services.remove_participant, _remove(M2), by=SEC)
    assert {SUB, M2}.isdisjoint(draft.meeting().participants)


def test_someone_checked_in_is_not_removed(published: World) -> None:
    published.do(services.check_in, CheckIn(meeting_id=M, user_id=M3), by=M3)
    _refused(
        published, services.remove_participant, _remove(M3), by=SEC, error=ParticipantCheckedIn
    )


def test_someone_who_checked_in_and_left_is_not_removed(published: World) -> None:
    published.do(services.check_in, CheckIn(meeting_id=M, user_id=M3), by=M3)
    published.do(services.check_out, CheckOut(meeting_id=M, user_id=M3), by=M3)
    _refused(
        published, services.remove_participant, _remove(M3), by=SEC, error=ParticipantCheckedIn
    )


def test_removal_drops_the_positions_stated_by_or_for_the_person(published: World) -> None:
    for user in (M1, M3, SUB):
        published.do(
            services.state_position,
            StatePosition(meeting_id=M, item_id=I1, kind=PositionKind.WISH_TO_SPEAK),
            by=user,
        )
    published.do(services.remove_participant, _remove(M3), by=SEC)
    published.do(services.remove_participant, _remove(SUB), by=PM)
    meeting = published.meeting()
    # m3's own seat and the seat m2's substitute spoke for are gone; m1's stays.
    assert set(meeting.item(I1).positions) == {M1}
    assert meeting.state is MeetingState.PUBLISHED


# -- handing the chair over ------------------------------------------------------------------


def test_a_member_becomes_chair_and_the_former_chair_keeps_a_seat(draft: World) -> None:
    seats = draft.meeting().seats()
    (event,) = draft.do(services.change_chair, _chair(M1), by=SEC)
    meeting = draft.meeting()
    assert meeting.role_of(M1) is Role.CHAIR
    assert meeting.role_of(PM) is Role.MEMBER
    assert meeting.seats() == seats
    assert isinstance(event, ChairChanged)
    assert (event.user_id, event.former_chair) == (M1, PM)
    # A draft is known to its officials only, plus the former chair who is told of the change.
    assert event.audience == frozenset({M1, SEC, PM})
    assert meeting.history[-1].text == "Chair handed to m1"


def test_a_newcomer_is_added_as_chair(draft: World) -> None:
    draft.do(services.change_chair, _chair(NEWCOMER, "Phó Thủ tướng"), by=SEC)
    meeting = draft.meeting()
    assert meeting.participants[NEWCOMER].role is Role.CHAIR
    assert meeting.participants[NEWCOMER].name == "Phó Thủ tướng"
    assert meeting.role_of(PM) is Role.MEMBER
    assert meeting.seats() == frozenset(SEATS) | {NEWCOMER}


def test_a_newcomer_needs_a_name(draft: World) -> None:
    _refused(draft, services.change_chair, _chair(NEWCOMER, "  "), by=SEC, error=InvalidCommand)


@pytest.mark.parametrize(
    ("target", "error"),
    [
        (PM, AlreadyChair),
        (SEC, ChairNeedsSeat),
        (SUB, ChairNeedsSeat),
        (GUEST, ChairNeedsSeat),
    ],
)
def test_chair_refusals_by_target(draft: World, target: UserId, error: type[Exception]) -> None:
    _refused(draft, services.change_chair, _chair(target, "x"), by=SEC, error=error)


def test_handover_in_a_published_meeting_tells_everyone_and_moves_session_rights(
    published: World,
) -> None:
    (event,) = published.do(services.change_chair, _chair(M1), by=SEC)
    assert event.audience == published.meeting().everyone()
    for user in SEATS:
        published.do(services.check_in, CheckIn(meeting_id=M, user_id=user), by=user)
    with pytest.raises(PermissionDenied):
        published.do(services.start_session, StartSession(meeting_id=M), by=PM)
    published.do(services.start_session, StartSession(meeting_id=M), by=M1)
    assert published.meeting().state is MeetingState.IN_SESSION


def test_the_former_chair_may_be_removed_after_the_handover(draft: World) -> None:
    draft.do(services.change_chair, _chair(M1), by=PM)
    draft.do(services.remove_participant, _remove(PM), by=SEC)
    meeting = draft.meeting()
    assert PM not in meeting.participants
    assert meeting.officials() == frozenset({M1, SEC})
