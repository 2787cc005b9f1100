"""The speaker queue: request, withdraw, order, chair starts and stops, time from the clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from meetings_world import GUEST, I1, I2, I3, M1, M2, M3, PM, M, World

from meetings import services
from meetings.commands import (
    AddAgendaItem,
    OrderSpeakers,
    RequestToSpeak,
    StartSpeaker,
    StopSpeaker,
    WithdrawSpeakerRequest,
)
from meetings.errors import ItemNotVisible, MeetingNotInSession, SpeakerQueueError
from meetings.events import SpeakerStarted, SpeakerStopped
from meetings.ids import ItemId, UserId


def request(world: World, user: UserId, item: ItemId = I1) -> None:
    world.do(services.request_to_speak, RequestToSpeak(meeting_id=M, item_id=item), by=user)


def test_queue_order_start_stop_and_elapsed_time(session: World) -> None:
    for user in (M1, M2, M3):
        request(session, user)
    session.do(
        services.withdraw_speaker_request, WithdrawSpeakerRequest(meeting_id=M, item_id=I1), by=M2
    )
    session.do(
        services.order_speakers, OrderSpeakers(meeting_id=M, item_id=I1, order=(M3, M1)), by=PM
    )
    events = session.do(services.start_speaker, StartSpeaker(meeting_id=M, item_id=I1), by=PM)
    started = next(e for e in events if isinstance(e, SpeakerStarted))
    assert (started.speaker, started.time_limit_seconds) == (M3, 300)
    session.clock.advance(minutes=4)
    status = services.speaker_status(
        M, I1, actor=session.actor(M1), uow=session.uow, clock=session.clock
    )
    assert (status.current, status.elapsed, status.remaining, status.overtime) == (
        M3, timedelta(minutes=4), timedelta(minutes=1), False,
    )  # fmt: skip
    session.clock.advance(minutes=2)
    status = services.speaker_status(
        M, I1, actor=session.actor(M1), uow=session.uow, clock=session.clock
    )
    assert status.overtime and status.waiting == (M1,)
    events = session.do(services.stop_speaker, StopSpeaker(meeting_id=M, item_id=I1), by=PM)
    stopped = next(e for e in events if isinstance(e, SpeakerStopped))
    assert stopped.seconds == 360
    assert session.meeting().queues[I1].speeches[0].duration == timedelta(minutes=6)


def test_default_time_limit_comes_from_the_rules(published: World) -> None:
    meeting = published.meeting()
    assert meeting.queue(I1).time_limit == timedelta(minutes=5)


def test_queue_errors(session: World) -> None:
    request(session, M1)
    with pytest.raises(SpeakerQueueError):
        request(session, M1)
    with pytest.raises(SpeakerQueueError):
        session.do(services.stop_speaker, StopSpeaker(meeting_id=M, item_id=I1), by=PM)
    session.do(services.start_speaker, StartSpeaker(meeting_id=M, item_id=I1), by=PM)
    with pytest.raises(SpeakerQueueError, match="still speaking"):
        session.do(
            services.start_speaker, StartSpeaker(meeting_id=M, item_id=I1, speaker=M2), by=PM
        )
    with pytest.raises(SpeakerQueueError):
        session.do(
            services.order_speakers, OrderSpeakers(meeting_id=M, item_id=I1, order=(M2,)), by=PM
        )


def test_guest_speaks_only_on_invited_items(session: World) -> None:
    request(session, GUEST, I2)
    with pytest.raises(ItemNotVisible):
        request(session, GUEST, I1)
    with pytest.raises(ItemNotVisible):
        request(session, GUEST, I3)


def test_speaker_requests_need_the_session(published: World) -> None:
    with pytest.raises(MeetingNotInSession):
        request(published, M1)


def test_closing_the_meeting_stops_the_current_speaker(session: World) -> None:
    from meetings.commands import CloseMeeting

    request(session, M1)
    session.do(services.start_speaker, StartSpeaker(meeting_id=M, item_id=I1), by=PM)
    session.clock.advance(seconds=90)
    session.do(services.close_meeting, CloseMeeting(meeting_id=M), by=PM)
    assert session.meeting().queues[I1].speeches[0].duration == timedelta(seconds=90)


def test_per_item_time_limit(world: World) -> None:
    from meetings_world import SEC, build_draft

    build_draft(world)
    command = AddAgendaItem(
        meeting_id=M, item_id=ItemId("short"), title="Ngắn", speaker_time_limit=timedelta(minutes=2)
    )
    world.do(services.add_agenda_item, command, by=SEC)
    assert world.meeting().queue(ItemId("short")).time_limit == timedelta(minutes=2)
