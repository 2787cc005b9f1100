"""The opinion-ballot reminder job: reminders before the deadline, the overdue alert after it.

``remind_ballots_forever`` is started by the app lifespan. Each sweep looks at the sent ballots
and runs ``SendBallotReminders`` (as the scheduler) only on those with something due, so the
audit log does not fill with empty checks. Several workers may sweep at once: the row lock and
the reminders the ballot already records make a second run find nothing due.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from sqlalchemy import select

from meetings import commands as c
from meetings.ids import OpinionBallotId
from meetings.model.opinion_ballots import OpinionBallot, OpinionBallotState
from meetings.ports import Clock
from server.core.db import Database
from server.meetings import codec
from server.meetings import service as meeting_service
from server.meetings.adapters import SystemClock
from server.meetings.tables import OpinionBallotRow

log = logging.getLogger(__name__)
SWEEP_SECONDS = 5 * 60


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
