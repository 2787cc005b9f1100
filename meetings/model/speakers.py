"""The speaker queue of one agenda item."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from meetings.errors import SpeakerQueueError
from meetings.ids import ItemId, UserId


@dataclass(frozen=True)
class Speech:
    """A finished speech, for the minutes."""

    speaker: UserId
    started_at: datetime
    ended_at: datetime

    @property
    def duration(self) -> timedelta:
        """How long the speaker spoke."""
        return self.ended_at - self.started_at


@dataclass(frozen=True)
class SpeakerStatus:
    """The queue as a client shows it, computed against the clock."""

    item_id: ItemId
    current: UserId | None
    elapsed: timedelta | None
    remaining: timedelta | None
    overtime: bool
    waiting: tuple[UserId, ...]


@dataclass
class SpeakerQueue:
    """Speaker requests on one item; the chair starts and stops each speaker."""

    item_id: ItemId
    time_limit: timedelta | None = None
    waiting: list[UserId] = field(default_factory=list)
    current: UserId | None = None
    current_started_at: datetime | None = None
    speeches: list[Speech] = field(default_factory=list)
    seeded: bool = False

    def request(self, user: UserId) -> None:
        """Put a user at the end of the queue."""
        if user in self.waiting:
            raise SpeakerQueueError(f"{user} is already waiting to speak")
        self.waiting.append(user)

    def withdraw(self, user: UserId) -> None:
        """Take a user's request back."""
        if user not in self.waiting:
            raise SpeakerQueueError(f"{user} is not waiting to speak")
        self.waiting.remove(user)

    def reorder(self, order: Sequence[UserId]) -> None:
        """Set a new order; it must name exactly the users waiting."""
        if sorted(order) != sorted(self.waiting) or len(set(order)) != len(order):
            raise SpeakerQueueError("the new order must list exactly the waiting speakers")
        self.waiting = list(order)

    def start(self, user: UserId | None, *, at: datetime) -> UserId:
        """Give the floor to ``user`` (or the first waiting) and start their clock."""
        if self.current is not None:
            raise SpeakerQueueError(f"{self.current} is still speaking; stop them first")
        if user is None:
            if not self.waiting:
                raise SpeakerQueueError("nobody is waiting to speak")
            user = self.waiting[0]
        # The chair may give the floor to someone who did not queue (e.g. the presenter).
        if user in self.waiting:
            self.waiting.remove(user)
        self.current, self.current_started_at = user, at
        return user

    def stop(self, *, at: datetime) -> Speech:
        """End the current speech."""
        if self.current is None or self.current_started_at is None:
            raise SpeakerQueueError("nobody is speaking")
        speech = Speech(self.current, self.current_started_at, max(at, self.current_started_at))
        self.speeches.append(speech)
        self.current, self.current_started_at = None, None
        return speech

    def status(self, *, now: datetime) -> SpeakerStatus:
        """Return who speaks, for how long, and whether they are over their limit."""
        elapsed = remaining = None
        if self.current_started_at is not None:
            elapsed = max(now - self.current_started_at, timedelta(0))
            if self.time_limit is not None:
                remaining = self.time_limit - elapsed
        return SpeakerStatus(
            item_id=self.item_id,
            current=self.current,
            elapsed=elapsed,
            remaining=remaining,
            overtime=remaining is not None and remaining < timedelta(0),
            waiting=tuple(self.waiting),
        )
