"""Deadlines in working days: weekends off, holidays configurable; reminders as events."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.registers.tables import Holiday


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are working days."""

    holidays: frozenset[date] = frozenset()

    @classmethod
    def load(cls, db_session: Session) -> WorkCalendar:
        """The agency's calendar with the holidays configured in the database."""
        return cls(frozenset(db_session.scalars(select(Holiday.day))))

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday, and not a holiday."""
        return day.weekday() < 5 and day not in self.holidays

    def add_working_days(self, start: date, days: int) -> date:
        """The date ``days`` working days after ``start`` (``start`` itself not counted)."""
        current, left = start, days
        while left > 0:
            current += timedelta(days=1)
            if self.is_working_day(current):
                left -= 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(1 for n in range(1, (end - start).days + 1)
                   if self.is_working_day(start + timedelta(days=n)))


def due_status(calendar: WorkCalendar, *, deadline: date | None, today: date,
               done: bool, soon_days: int = 2) -> str:
    """``none``, ``done``, ``on_track``, ``due_soon`` or ``overdue``."""
    if deadline is None:
        return "none"
    if done:
        return "done"
    if today > deadline:
        return "overdue"
    if calendar.working_days_between(today, deadline) <= soon_days:
        return "due_soon"
    return "on_track"


def set_holidays(db_session: Session, *, days: Collection[tuple[date, str]]) -> None:
    """Add holidays (existing days keep their name) in the caller's transaction."""
    for day, name in days:
        if db_session.get(Holiday, day) is None:
            db_session.add(Holiday(day=day, name=name))
