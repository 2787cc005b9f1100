"""Meeting jobs: opinion-ballot reminders and overdue alerts, and "meeting starting" notices.

``remind_ballots_forever`` is started by the app lifespan. Each sweep looks at the sent ballots
and runs ``SendBallotReminders`` (as the scheduler) only on those with something due, so the
audit log does not fill with empty checks. Several workers may sweep at once: the row lock and
the reminders the ballot already records make a second run find nothing due.

``notify_meetings_forever`` (also started by the lifespan) tells every participant of a
published meeting that it starts soon, once: the notice is recorded in ``meeting_notices`` under
the meeting and the time it announced, in the transaction that publishes it, so a second worker's
insert finds the row and publishes nothing, and a meeting moved to another time is announced
again. It is a server event, not a core one: nothing in the meeting itself changes.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from meetings import commands as c
from meetings.ids import MeetingId, OpinionBallotId
from meetings.model.base import MeetingState
from meetings.model.meeting import Meeting
from meetings.model.opinion_ballots import OpinionBallot, OpinionBallotState
from meetings.ports import Clock
from server.core.db import Database
from server.core.events import Audience, publish
from server.meetings import codec
from server.meetings import service as meeting_service
from server.meetings.adapters import SystemClock, user_key
from server.meetings.tables import MeetingNoticeRow, MeetingRow, OpinionBallotRow

log = logging.getLogger(__name__)
SWEEP_SECONDS = 5 * 60
NOTICE_KIND = "meetings.meeting_starting"
NOTICE_LATE_GRACE = timedelta(minutes=5)
"""A meeting whose time passed this little ago and that has not started yet is still announced
(a sweep delayed by a restart); one long past its time is not "starting" any more."""


def _has_work(ballot: OpinionBallot, now: datetime) -> bool:
    late = bool(ballot.overdue(now=now)) and not ballot.overdue_alerted
    return late or bool(ballot.due_reminders(now=now))


def due_ballots(database: Database, *, now: datetime) -> list[OpinionBallotId]:
    """Sent ballots with a reminder or the overdue alert due at ``now``."""
    with database.reading() as session:
        rows = session.scalars(
            select(OpinionBallotRow).where(OpinionBallotRow.state == OpinionBallotState.SENT.value)
        )
        ballots = [codec.load(row.snapshot, OpinionBallot) for row in rows]
    return [b.ballot_id for b in ballots if _has_work(b, now)]


def send_ballot_reminders(database: Database, *, clock: Clock | None = None) -> int:
    """One sweep: returns how many reminder and overdue events were published."""
    clock = clock or SystemClock()
    sent = 0
    for ballot_id in due_ballots(database, now=clock.now()):
        with database.writing() as session:
            command = c.SendBallotReminders(ballot_id=ballot_id)
            sent += len(meeting_service.execute(session, command, principal=None, clock=clock))
    return sent


async def remind_ballots_forever(
    database: Database, *, every_seconds: float = SWEEP_SECONDS
) -> None:
    """The server's background sweep; errors are logged and the sweep goes on."""
    while True:
        try:
            await asyncio.to_thread(send_ballot_reminders, database)
        except Exception:
            log.exception("opinion-ballot reminder sweep failed")
        await asyncio.sleep(every_seconds)


def due_notices(database: Database, *, now: datetime,
                lead: timedelta) -> list[tuple[MeetingId, datetime]]:
    """Published meetings starting within ``lead`` of ``now`` whose notice is not out yet."""
    noticed = select(MeetingNoticeRow.meeting_id).where(
        MeetingNoticeRow.meeting_id == MeetingRow.id,
        MeetingNoticeRow.scheduled_at == MeetingRow.scheduled_at)
    with database.reading() as session:
        rows = session.execute(
            select(MeetingRow.id, MeetingRow.scheduled_at).where(
                MeetingRow.state == MeetingState.PUBLISHED.value,
                MeetingRow.scheduled_at >= now - NOTICE_LATE_GRACE,
                MeetingRow.scheduled_at <= now + lead,
                ~noticed.exists())
            .order_by(MeetingRow.scheduled_at, MeetingRow.id))
        return [(MeetingId(row.id), row.scheduled_at) for row in rows]


def _claim_notice(db_session: Session, meeting_id: str, scheduled_at: datetime,
                  now: datetime) -> bool:
    """Record the notice; False when some worker already sent it for this time."""
    insert = pg_insert if db_session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # RETURNING says whether a row went in; rowcount is unreliable for ORM-level inserts.
    inserted = db_session.execute(
        insert(MeetingNoticeRow)
        .values(meeting_id=meeting_id, scheduled_at=scheduled_at, sent_at=now)
        .on_conflict_do_nothing().returning(MeetingNoticeRow.meeting_id))
    return inserted.first() is not None


def send_notice(db_session: Session, meeting_id: MeetingId, scheduled_at: datetime,
            now: datetime) -> bool:
    """Publish one meeting's notice if it is still due; True when it went out."""
    row = db_session.get(MeetingRow, meeting_id)
    # Read again in the writing transaction: the meeting may have started, been moved or closed
    # since the listing, and then this notice is not the right one.
    if (row is None or row.state != MeetingState.PUBLISHED.value
            or row.scheduled_at != scheduled_at):
        return False
    meeting = codec.load(row.snapshot, Meeting)
    users = frozenset(k for k in (user_key(u) for u in meeting.everyone()) if k is not None)
    if not users or not _claim_notice(db_session, meeting_id, scheduled_at, now):
        return False
    minutes = max(0, round((scheduled_at - now).total_seconds() / 60))
    publish(db_session, kind=NOTICE_KIND,
            payload={"meeting_id": meeting_id, "title": meeting.title,
                     "scheduled_at": scheduled_at.isoformat(), "location": meeting.location,
                     "remote_participation": meeting.remote_participation,
                     "minutes_left": minutes},
            audience=Audience(users=users))
    return True


def send_meeting_notices(database: Database, *, lead_minutes: int = 15,
                         clock: Clock | None = None) -> int:
    """One sweep: returns how many meetings were announced as starting soon."""
    now = (clock or SystemClock()).now()
    sent = 0
    for meeting_id, scheduled_at in due_notices(database, now=now,
                                                lead=timedelta(minutes=lead_minutes)):
        with database.writing() as session:
            if send_notice(session, meeting_id, scheduled_at, now):
                sent += 1
            session.commit()
    return sent


async def notify_meetings_forever(database: Database, *, lead_minutes: int = 15,
                                  every_seconds: float = 60.0) -> None:
    """The server's background sweep of meetings about to start; errors are logged."""
    while True:
        try:
            await asyncio.to_thread(send_meeting_notices, database, lead_minutes=lead_minutes)
        except Exception:
            log.exception("meeting-notice sweep failed")
        await asyncio.sleep(every_seconds)
