"""Deadline reminders: before the due date and on overdue, each sent once, as live events."""

from __future__ import annotations

import asyncio
import logging
from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from server.core.db import Database
from server.core.events import Audience, publish
from server.documents.deadlines import WorkCalendar, due_status
from server.documents.tables import OPEN_STATES, Assignment, DeadlineReminder, Document
from server.registers.service import today_in_vietnam
from server.users.tables import User, UserRole

log = logging.getLogger(__name__)
SWEEP_SECONDS = 15 * 60


def _claim(db_session: Session, assignment_id: int, kind: str) -> bool:
    """Record the reminder; False when some worker already sent it."""
    insert = pg_insert if db_session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # RETURNING says whether a row went in; rowcount is unreliable for ORM-level inserts.
    inserted = db_session.execute(
        insert(DeadlineReminder).values(assignment_id=assignment_id, kind=kind)
        .on_conflict_do_nothing().returning(DeadlineReminder.id))
    return inserted.first() is not None


def _recipients(db_session: Session, assignment: Assignment) -> frozenset[int]:
    if assignment.user_id is not None:
        return frozenset({assignment.user_id})
    heads = select(User.id).join(UserRole).where(User.unit_id == assignment.unit_id,
                                                 UserRole.role == "unit_head")
    return frozenset(db_session.scalars(heads))


def send_deadline_reminders(db_session: Session, *, today: date | None = None) -> int:
    """Publish due-soon and overdue reminders not sent yet; returns how many were sent."""
    today = today or today_in_vietnam()
    calendar = WorkCalendar.load(db_session)
    rows = db_session.execute(
        select(Assignment, Document.subject).join(Document)
        .where(Assignment.done_at.is_(None), Assignment.deadline.is_not(None),
               Assignment.role != "info", Document.state.in_(OPEN_STATES)))
    sent = 0
    for assignment, subject in rows:
        status = due_status(calendar, deadline=assignment.deadline, today=today, done=False,
                            soon_days=1)
        if status not in ("due_soon", "overdue") or not _claim(db_session, assignment.id, status):
            continue
        publish(db_session, kind=f"document.{status}",
                payload={"document_id": assignment.document_id, "subject": subject,
                         "deadline": assignment.deadline.isoformat() if assignment.deadline
                         else None},
                audience=Audience(users=_recipients(db_session, assignment)))
        sent += 1
    db_session.commit()
    return sent


async def remind_forever(database: Database, *, every_seconds: float = SWEEP_SECONDS) -> None:
    """The server's background sweep; errors are logged and the sweep goes on."""
    def sweep() -> int:
        with database.writing() as session:
            return send_deadline_reminders(session)

    while True:
        try:
            await asyncio.to_thread(sweep)
        except Exception:
            log.exception("deadline reminder sweep failed")
        await asyncio.sleep(every_seconds)
