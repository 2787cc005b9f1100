"""Editing a prepared meeting: removing agenda items, changing its details, remote participation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from meetings_world import GUEST, I1, I2, I3, M1, M2, OUTSIDER, PM, SEC, T0, M, World

from meetings import services
from meetings.commands import (
    AdoptConsentBlock,
    CheckIn,
    InviteParticipant,
    PublishMeeting,
    PullFromConsentBlock,
    RemoveAgendaItem,
    SetCurrentItem,
    StatePosition,
    UpdateMeetingDetails,
)
from meetings.errors import (
    IllegalTransition,
    InvalidCommand,
    ItemAlreadyDecided,
    ItemInProgress,
    ItemNotFound,
    NotAMember,
    PermissionDenied,
    RemoteAttendanceNotAllowed,
)
from meetings.events import AgendaItemRemoved, MeetingUpdated
from meetings.ids import ItemId, UserId
from meetings.model import MeetingState, ParticipantSpec, PositionKind, Role


def _remove(item_id: ItemId) -> RemoveAgendaItem:
    return RemoveAgendaItem(meeting_id=M, item_id=item_id)


def _details(
    *, remote: bool = True, title: str = "Phiên họp chuyên đề pháp luật"
) -> UpdateMeetingDetails:
    return UpdateMeetingDetails(
        meeting_id=M,
        title=title,
        scheduled_at=T0 + timedelta(days=2, hours=6),
        location="Phòng họp số 2, Văn phòng Chính phủ",
        remote_participation=remote,
    )


# -- removing agenda items -------------------------------------------------------------------


def test_removing_a_draft_item_drops_it_and_keeps_the_history(draft: World) -> None:
    (event,) = draft.do(services.remove_agenda_item, _remove(I2), by=SEC)
    meeting = draft.meeting()
    assert [i.item_id for i in meeting.agenda] == [I1, I3]
    assert isinstance(event, AgendaItemRemoved)
    assert (event.item_id, event.title) == (I2, "Báo cáo tình hình kinh tế")
    assert meeting.history[-1].action == "RemoveAgendaItem"
    assert meeting.history[-1].text == "Agenda item removed: i2"
    # The guest was invited to i2 only: they stay a participant who now sees nothing.
    assert meeting.participants[GUEST].invited_items == frozenset()
    assert meeting.visible_items(GUEST) == []


def test_removing_a_published_item_alerts_only_those_who_saw_it(published: World) -> None:
    published.do(
        services.state_position,
        StatePosition(meeting_id=M, item_id=I3, kind=PositionKind.NO_OBJECTION),
        by=M1,
    )
    (event,) = published.do(services.remove_agenda_item, _remove(I3), by=PM)
    meeting = published.meeting()
    assert GUEST not in event.audience  # i3 is confidential: the guest never learns of it
    assert event.audience == meeting.everyone() - {GUEST}
    assert I3 not in meeting.consent_block()
    assert meeting.state is MeetingState.PUBLISHED


def test_removing_an_unknown_item_is_refused_and_changes_nothing(draft: World) -> None:
    commits = draft.uow.commits
    with pytest.raises(ItemNotFound):
        draft.do(services.remove_agenda_item, _remove(ItemId("nope")), by=SEC)
    assert draft.uow.commits == commits
    assert len(draft.meeting().agenda) == 3


def test_only_the_chair_and_secretary_remove_items(published: World) -> None:
    for user in (M1, GUEST):
        with pytest.raises(PermissionDenied):
            published.do(services.remove_agenda_item, _remove(I1), by=user)
    with pytest.raises(NotAMember):
        published.do(services.remove_agenda_item, _remove(I1), by=OUTSIDER)
    assert len(published.meeting().agenda) == 3


def test_a_decided_item_cannot_be_removed(session: World) -> None:
    session.do(services.adopt_consent_block, AdoptConsentBlock(meeting_id=M), by=PM)
    with pytest.raises(ItemAlreadyDecided):
        session.do(services.remove_agenda_item, _remove(I1), by=SEC)


def test_an_item_in_progress_cannot_be_removed(session: World) -> None:
    session.do(
        services.pull_from_consent_block, PullFromConsentBlock(meeting_id=M, item_id=I2), by=PM
    )
    session.do(services.set_current_item, SetCurrentItem(meeting_id=M, item_id=I2), by=PM)
    with pytest.raises(ItemInProgress):
        session.do(services.remove_agenda_item, _remove(I2), by=SEC)


def test_an_untouched_item_cannot_be_removed_once_the_session_started(session: World) -> None:
    with pytest.raises(IllegalTransition) as refused:
        session.do(services.remove_agenda_item, _remove(I3), by=SEC)
    assert type(refused.value) is IllegalTransition
    assert len(session.meeting().agenda) == 3


# -- changing the details ----------------------------------------------------------------------


def test_draft_details_change_and_only_officials_hear_of_it(draft: World) -> None:
    (event,) = draft.do(services.update_meeting_details, _details(remote=False), by=SEC)
    meeting = draft.meeting()
    assert (meeting.title, meeting.location) == (
        "Phiên họp chuyên đề pháp luật",
        "Phòng họp số 2, Văn phòng Chính phủ",
    )
    assert meeting.scheduled_at == T0 + timedelta(days=2, hours=6)
    assert meeting.remote_participation is False
    assert isinstance(event, MeetingUpdated)
    assert event.audience == frozenset({PM, SEC})
    assert meeting.history[-1].text.startswith("Meeting details changed: Phiên họp chuyên đề")


def test_published_details_change_reaches_every_participant(published: World) -> None:
    (event,) = published.do(services.update_meeting_details, _details(), by=PM)
    assert isinstance(event, MeetingUpdated)
    assert event.audience == published.meeting().everyone()
    assert event.location == "Phòng họp số 2, Văn phòng Chính phủ"


def test_bad_details_are_refused_before_anything_changes(draft: World) -> None:
    with pytest.raises(InvalidCommand):
        draft.do(services.update_meeting_details, _details(title="   "), by=SEC)
    naive = UpdateMeetingDetails(
        meeting_id=M, title="x", scheduled_at=T0.replace(tzinfo=None), location=""
    )
    with pytest.raises(InvalidCommand):
        draft.do(services.update_meeting_details, naive, by=SEC)
    with pytest.raises(PermissionDenied):
        draft.do(services.update_meeting_details, _details(), by=M1)
    assert draft.meeting().title == "Phiên họp Chính phủ thường kỳ tháng 11"


def test_details_are_frozen_once_the_session_starts(session: World) -> None:
    with pytest.raises(IllegalTransition):
        session.do(services.update_meeting_details, _details(), by=SEC)


# -- remote participation ---------------------------------------------------------------------


def test_remote_invitation_and_check_in_are_refused_when_not_allowed(draft: World) -> None:
    draft.do(services.update_meeting_details, _details(remote=False), by=SEC)
    remote_guest = ParticipantSpec(
        UserId("g2"), "Khách mời từ xa", Role.GUEST, remote=True, invited_items=frozenset({I1})
    )
    with pytest.raises(RemoteAttendanceNotAllowed):
        draft.do(
            services.invite_participant,
            InviteParticipant(meeting_id=M, participant=remote_guest),
            by=SEC,
        )
    draft.do(services.publish_meeting, PublishMeeting(meeting_id=M), by=SEC)
    with pytest.raises(RemoteAttendanceNotAllowed):
        draft.do(services.check_in, CheckIn(meeting_id=M, user_id=M1, remote=True), by=M1)
    draft.do(services.check_in, CheckIn(meeting_id=M, user_id=M1), by=M1)
    assert draft.meeting().participants[M1].present


def test_remote_participation_cannot_be_turned_off_under_remote_attendees(
    published: World,
) -> None:
    published.do(services.check_in, CheckIn(meeting_id=M, user_id=M2, remote=True), by=M2)
    with pytest.raises(RemoteAttendanceNotAllowed, match="m2"):
        published.do(services.update_meeting_details, _details(remote=False), by=SEC)
    assert published.meeting().remote_participation is True
