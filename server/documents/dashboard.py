"""The dashboard: my work counted, my meetings today, and the unit's workload week by week.

The counts are the inbox's own list queries (``queries.work_queries``) counted with a cap: a
dashboard says "100+" rather than counting a leader's whole backlog. The workload
follows the top-level lead assignments (the leader's "chủ trì" handed to a unit), which is where
a unit's work is received, completed and overdue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.core.permissions import Role
from server.documents import queries
from server.documents.access import visible_clause
from server.documents.tables import Assignment, Document
from server.documents.vocabulary import AssignmentRole
from server.meetings import queries as meeting_queries
from server.registers.service import VIETNAM, start_of_day, today_in_vietnam

COUNT_CAP = 100
"""Counts stop here; the dashboard shows "100+" beyond it."""
DEFAULT_WEEKS = 8
MAX_WEEKS = 26


@dataclass(frozen=True)
class WeekLoad:
    """One ISO week of a unit's work."""

    week_start: date
    """The Monday that starts the week."""
    received: int
    """Lead assignments that reached the unit that week."""
    completed: int
    """Lead assignments the unit completed that week."""
    overdue: int
    """Lead assignments whose deadline fell that week and were not done by it."""

    @property
    def iso_week(self) -> tuple[int, int]:
        """ISO year and week number."""
        year, week, _ = self.week_start.isocalendar()
        return year, week


@dataclass(frozen=True)
class MeetingToday:
    """A meeting of mine scheduled today (Vietnamese calendar day)."""

    meeting_id: str
    title: str
    state: str
    scheduled_at: datetime


@dataclass(frozen=True)
class Dashboard:
    """What the dashboard shows."""

    counts: dict[str, int]
    """My work by list name (``to_register``, ``to_sign``, ``overdue``…), capped at COUNT_CAP."""
    capped: frozenset[str]
    """The lists whose count reached the cap (there may be more)."""
    meetings_today: list[MeetingToday]
    unit_id: int | None
    """The unit whose workload is shown; ``None`` means the whole agency's."""
    weeks: list[WeekLoad]
    """Oldest week first; the last is the current week."""


def week_starts(today: date, weeks: int) -> list[date]:
    """The Mondays of the last ``weeks`` ISO weeks, the current one last."""
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]


def _local_day(moment: datetime) -> date:
    return moment.astimezone(VIETNAM).date()


def _week_of(day: date, first: date) -> int:
    return (day - first).days // 7


def tally_weeks(rows: Iterable[tuple[datetime, datetime | None, date | None]], *,
                starts: list[date], today: date) -> list[WeekLoad]:
    """Count (assigned at, done at, deadline) rows into the weeks beginning on ``starts``."""
    first, size = starts[0], len(starts)
    received, completed, overdue = [0] * size, [0] * size, [0] * size
    for assigned_at, done_at, deadline in rows:
        week = _week_of(_local_day(assigned_at), first)
        if 0 <= week < size:
            received[week] += 1
        done_day = _local_day(done_at) if done_at is not None else None
        if done_day is not None and 0 <= (week := _week_of(done_day, first)) < size:
            completed[week] += 1
        if deadline is None or not 0 <= (week := _week_of(deadline, first)) < size:
            continue
        late = done_day > deadline if done_day is not None else deadline < today
        if late:
            overdue[week] += 1
    return [WeekLoad(start, received[i], completed[i], overdue[i])
            for i, start in enumerate(starts)]


def workload_unit(principal: Principal) -> int | None:
    """Whose workload a person sees: their unit's, or the agency's (``None``) for clerks and
    leaders, who handle every unit's documents, and for people without a unit."""
    if principal.has_role(Role.CLERK) or principal.has_role(Role.LEADER):
        return None
    return principal.unit_id


def _workload_rows(db_session: Session, principal: Principal, since: date,
                   ) -> list[tuple[datetime, datetime | None, date | None]]:
    touches_window = or_(Assignment.assigned_at >= start_of_day(since),
                         Assignment.done_at >= start_of_day(since), Assignment.deadline >= since)
    query = (select(Assignment.assigned_at, Assignment.done_at, Assignment.deadline)
             .join(Document, Document.id == Assignment.document_id)
             .where(Assignment.role == AssignmentRole.LEAD.value, Assignment.parent_id.is_(None),
                    visible_clause(principal), touches_window))
    unit_id = workload_unit(principal)
    if unit_id is not None:
        query = query.where(Assignment.unit_id == unit_id)
    return [(assigned, done, deadline)
            for assigned, done, deadline in db_session.execute(query).all()]


def _meetings_today(db_session: Session, principal: Principal, today: date,
                    ) -> list[MeetingToday]:
    found = []
    for meeting in meeting_queries.list_meetings(db_session, principal=principal):
        scheduled_at = datetime.fromisoformat(str(meeting["scheduled_at"]))
        if _local_day(scheduled_at) == today:
            found.append(MeetingToday(meeting["meeting_id"], meeting["title"], meeting["state"],
                                      scheduled_at))
    return sorted(found, key=lambda m: m.scheduled_at)


def dashboard(db_session: Session, *, principal: Principal, weeks: int = DEFAULT_WEEKS,
              today: date | None = None) -> Dashboard:
    """The signed-in person's dashboard."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"weeks must be between 1 and {MAX_WEEKS}")
    today = today or today_in_vietnam()
    # The inbox's own list queries, counted in the database: no rows are loaded to be counted.
    counts = {name: db_session.scalar(select(func.count()).select_from(
                  statement.order_by(None).subquery())) or 0
              for name, statement in queries.work_queries(principal, limit=COUNT_CAP).items()}
    starts = week_starts(today, weeks)
    rows = _workload_rows(db_session, principal, starts[0])
    return Dashboard(
        counts=counts,
        capped=frozenset(name for name, count in counts.items() if count >= COUNT_CAP),
        meetings_today=_meetings_today(db_session, principal, today),
        unit_id=workload_unit(principal),
        weeks=tally_weeks(rows, starts=starts, today=today),
    )
