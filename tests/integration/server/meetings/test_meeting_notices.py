"""The "meeting starting soon" notice: once per meeting and time, to its participants only."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from sqlalchemy import select

from meetings.ids import MeetingId
from server.core.context import AppContext
from server.core.tables import Event
from server.meetings import jobs
from server.meetings.tables import MeetingNoticeRow
from tests.integration.server.meetings.conftest import (
    MEMBERS,
    MakeDocument,
    Prepared,
    prepare_meeting,
)
from tests.integration.server.meetings.kit import Api

STARTS_AT = datetime.fromisoformat("2030-03-05T08:00:00+07:00")
DETAILS = {"title": "Phiên họp Chính phủ thường kỳ tháng 3", "scheduled_at": STARTS_AT.isoformat(),
           "location": "Phòng họp số 1, Văn phòng Chính phủ", "remote_participation": True}


class FixedClock:
    """A clock stopped at one moment."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def _sweep(context: AppContext, at: datetime, *, lead_minutes: int = 15) -> int:
    return jobs.send_meeting_notices(context.database, lead_minutes=lead_minutes,
                                     clock=FixedClock(at))


def _notices(context: AppContext) -> list[Event]:
    with context.database.reading() as session:
        return list(session.scalars(
            select(Event).where(Event.kind == jobs.NOTICE_KIND).order_by(Event.id)))


def _path(p: Prepared, suffix: str = "") -> str:
    return f"/meetings/{p.meeting_id}{suffix}"


def test_notice_goes_once_to_participants_and_again_after_rescheduling(
        api: Api, prepared: Prepared, context: AppContext, people: dict[str, int]) -> None:
    api.call("secretary", "PUT", _path(prepared, "/details"), json=DETAILS)
    assert _sweep(context, STARTS_AT - timedelta(minutes=10)) == 0  # still a draft
    api.call("secretary", "POST", _path(prepared, "/publish"))
    assert _sweep(context, STARTS_AT - timedelta(minutes=16)) == 0  # not yet within 15 minutes
    assert _sweep(context, STARTS_AT - timedelta(minutes=30), lead_minutes=45) == 1  # configurable
    assert _sweep(context, STARTS_AT - timedelta(minutes=10)) == 0  # once only
    assert _sweep(context, STARTS_AT - timedelta(minutes=1)) == 0

    (notice,) = _notices(context)
    participants = {people[n] for n in ("leader", "secretary", "officer", *MEMBERS)}
    assert set(notice.audience["users"]) == participants  # the guest too, nobody else
    assert people["deputy"] not in notice.audience["users"]
    assert notice.audience["roles"] == [] and notice.audience["everyone"] is False
    assert notice.payload["meeting_id"] == prepared.meeting_id
    assert notice.payload["title"] == DETAILS["title"]
    assert notice.payload["location"] == DETAILS["location"]
    assert datetime.fromisoformat(notice.payload["scheduled_at"]) == STARTS_AT
    assert notice.payload["minutes_left"] == 30

    later = STARTS_AT + timedelta(hours=2)
    api.call("secretary", "PUT", _path(prepared, "/details"),
             json=dict(DETAILS, scheduled_at=later.isoformat()))
    assert _sweep(context, later - timedelta(minutes=20)) == 0
    assert _sweep(context, later - timedelta(minutes=5)) == 1  # the new time is announced
    assert _sweep(context, later - timedelta(minutes=4)) == 0
    first, second = _notices(context)
    assert datetime.fromisoformat(second.payload["scheduled_at"]) == later
    assert second.payload["minutes_left"] == 5
    assert set(second.audience["users"]) == participants
    with context.database.reading() as session:
        recorded = session.scalars(select(MeetingNoticeRow.scheduled_at).where(
            MeetingNoticeRow.meeting_id == prepared.meeting_id)).all()
    assert sorted(recorded) == [STARTS_AT, later]


def test_a_second_worker_with_the_same_list_sends_nothing(
        api: Api, prepared: Prepared, context: AppContext) -> None:
    api.call("secretary", "PUT", _path(prepared, "/details"), json=DETAILS)
    api.call("secretary", "POST", _path(prepared, "/publish"))
    now = STARTS_AT - timedelta(minutes=5)
    stale = jobs.due_notices(context.database, now=now, lead=timedelta(minutes=15))
    assert stale == [(prepared.meeting_id, STARTS_AT)]

    # Several workers sweep at once: one notice.
    counts: list[int] = []
    start = threading.Barrier(3)

    def sweep() -> None:
        start.wait()
        counts.append(_sweep(context, now))

    threads = [threading.Thread(target=sweep) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(counts) == [0, 0, 1]
    with context.database.writing() as session:  # listed before the first worker committed
        assert jobs.send_notice(session, MeetingId(prepared.meeting_id), STARTS_AT, now) is False
        session.commit()
    assert len(_notices(context)) == 1


def test_no_notice_for_drafts_sessions_or_closed_meetings(
        api: Api, people: dict[str, int], make_document: MakeDocument,
        context: AppContext) -> None:
    draft = prepare_meeting(api, people, make_document)
    in_session = prepare_meeting(api, people, make_document)
    closed = prepare_meeting(api, people, make_document)
    for meeting in (draft, in_session, closed):
        api.call("secretary", "PUT", _path(meeting, "/details"), json=DETAILS)
    for meeting in (in_session, closed):
        api.call("secretary", "POST", _path(meeting, "/publish"))
        for name in ("leader", *MEMBERS):
            api.call(name, "POST", _path(meeting, "/check-in"), json={})
        api.call("leader", "POST", _path(meeting, "/start"))
    api.call("leader", "POST", _path(closed, "/close"))
    assert _sweep(context, STARTS_AT - timedelta(minutes=10)) == 0
    assert _sweep(context, STARTS_AT + timedelta(minutes=1)) == 0
    assert _notices(context) == []


def test_a_meeting_long_past_its_time_is_not_starting_any_more(
        api: Api, prepared: Prepared, context: AppContext) -> None:
    api.call("secretary", "PUT", _path(prepared, "/details"), json=DETAILS)
    api.call("secretary", "POST", _path(prepared, "/publish"))
    assert _sweep(context, STARTS_AT + timedelta(hours=1)) == 0
    assert _sweep(context, STARTS_AT + timedelta(minutes=3)) == 1  # a sweep late by a restart
    assert _notices(context)[0].payload["minutes_left"] == 0
