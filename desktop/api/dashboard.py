"""The dashboard as the server returns it (``GET /dashboard``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.api.models import parse_time


@dataclass(frozen=True)
class WeekLoad:
    """One ISO week of the unit's (or the agency's) work."""

    week_start: date
    """The Monday that starts the week."""
    iso_week: int
    received: int
    completed: int
    overdue: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WeekLoad:
        """Read the API shape."""
        return cls(date.fromisoformat(str(data["week_start"])), int(data["iso_week"]),
                   int(data["received"]), int(data["completed"]), int(data["overdue"]))


@dataclass(frozen=True)
class MeetingToday:
    """A meeting of mine scheduled today."""

    meeting_id: str
    title: str
    state: str
    scheduled_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MeetingToday:
        """Read the API shape."""
        return cls(str(data["meeting_id"]), str(data["title"]), str(data["state"]),
                   parse_time(data["scheduled_at"]))


@dataclass(frozen=True)
class Dashboard:
    """My work counted, my meetings today, the workload of recent weeks."""

    counts: dict[str, int]
    """My work by list name (``to_register``, ``overdue``…), only the lists of my roles."""
    capped: frozenset[str]
    """Lists whose count reached the server's cap: there may be more."""
    count_cap: int
    meetings_today: tuple[MeetingToday, ...]
    unit_id: int | None
    """Whose workload: my unit, or ``None`` for the whole agency."""
    weeks: tuple[WeekLoad, ...]
    """Oldest first; the last is the current week."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Dashboard:
        """Read the API shape."""
        unit = data.get("unit_id")
        return cls(
            counts={str(k): int(v) for k, v in data["counts"].items()},
            capped=frozenset(str(k) for k in data.get("capped", ())),
            count_cap=int(data.get("count_cap", 0)),
            meetings_today=tuple(MeetingToday.from_json(m) for m in data["meetings_today"]),
            unit_id=None if unit is None else int(unit),
            weeks=tuple(WeekLoad.from_json(w) for w in data["weeks"]),
        )

    def count_text(self, name: str) -> str:
        """A count as shown: ``7``, or ``100+`` at the cap."""
        count = self.counts.get(name, 0)
        return f"{count}+" if name in self.capped else str(count)
