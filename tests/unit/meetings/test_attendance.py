"""Participants, check-in (self and by the secretary), substitutes and the live quorum."""

from __future__ import annotations

import pytest
from meetings_world import GUEST, M1, M2, M3, PM, SEC, SUB, M, World, build_draft

from meetings import services
from meetings.commands import CheckIn, CheckOut, InviteParticipant
from meetings.errors import DuplicateId, IllegalTransition, InvalidCommand, PermissionDenied
from meetings.events import AttendanceChanged, Event
from meetings.ids import UserId
from meetings.model import MeetingRules, ParticipantSpec, Role


def check_in(
    world: World, user: UserId, *, by: UserId | None = None, remote: bool = False
) -> tuple[Event, ...]:
    command = CheckIn(meeting_id=M, user_id=user, remote=remote)
    events: tuple[Event, ...] = world.do(services.check_in, command, by=by or user)
    return events


def test_quorum_is_live_and_exactly_met_at_two_thirds(published: World) -> None:
    assert published.meeting().quorum_status().required == 4  # ceil(2/3 * 5 seats)
    for user in (PM, M1, M2):
        check_in(published, user)
    assert not published.meeting().quorum_status().met
    (event,) = check_in(published, M3, remote=True)
    assert isinstance(event, AttendanceChanged) and event.remote
    assert event.quorum.present_seats == 4 and event.quorum.met
    assert event.audience == published.meeting().everyone()
    published.do(services.check_out, CheckOut(meeting_id=M, user_id=M3), by=M3)
    assert not published.meeting().quorum_status().met


def test_secretary_checks_others_in_but_members_cannot(published: World) -> None:
    check_in(published, M1, by=SEC)
    assert published.meeting().participant(M1).present
    with pytest.raises(PermissionDenied):
        check_in(published, M2, by=M1)


def test_guests_and_secretary_do_not_count_for_quorum(published: World) -> None:
    for user in (SEC, GUEST):
        check_in(published, user)
    assert published.meeting().quorum_status().present_seats == 0


def test_substitute_counts_for_their_member_per_rules(published: World) -> None:
    check_in(published, SUB)
    assert published.meeting().present_seats() == {M2}
    strict = World()
    build_draft(strict, MeetingRules(substitute_counts_for_quorum=False))
    from meetings.commands import PublishMeeting

    strict.do(services.publish_meeting, PublishMeeting(meeting_id=M), by=SEC)
    check_in(strict, SUB)
    assert strict.meeting().present_seats() == frozenset()


def test_member_and_substitute_both_present_count_once(published: World) -> None:
    check_in(published, M2)
    check_in(published, SUB)
    assert published.meeting().quorum_status().present_seats == 1


def test_double_check_in_is_refused(published: World) -> None:
    check_in(published, M1)
    with pytest.raises(IllegalTransition):
        check_in(published, M1)


def test_check_in_before_publication_is_refused(draft: World) -> None:
    with pytest.raises(IllegalTransition):
        check_in(draft, M1)


@pytest.mark.parametrize(
    ("spec", "error"),
    [
        (ParticipantSpec(M1, "again", Role.MEMBER), DuplicateId),
        (ParticipantSpec(UserId("x"), "x", Role.SUBSTITUTE, substitute_for=SEC), IllegalTransition),
        (ParticipantSpec(UserId("x"), "x", Role.SUBSTITUTE, substitute_for=M2), IllegalTransition),
        (ParticipantSpec(UserId("x"), "x", Role.GUEST), InvalidCommand),
        (ParticipantSpec(UserId("x"), "x", Role.CHAIR), InvalidCommand),
    ],
)
def test_bad_invitations_are_refused(draft: World, spec: ParticipantSpec, error: type) -> None:
    with pytest.raises(error):
        draft.do(
            services.invite_participant, InviteParticipant(meeting_id=M, participant=spec), by=SEC
        )
