"""Participants of a meeting, their roles and the live quorum."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from meetings.ids import ItemId, UserId


class Role(StrEnum):
    """What a participant is in one meeting."""

    CHAIR = "chair"
    """Conducts the session; holds a voting seat."""
    SECRETARY = "secretary"
    """Prepares the meeting and records it; no voting seat."""
    MEMBER = "member"
    """Cabinet member; holds a voting seat."""
    SUBSTITUTE = "substitute"
    """Attends for a member; votes only if the meeting rules allow it."""
    GUEST = "guest"
    """Invited to particular items only; no seat."""


SEAT_ROLES = frozenset({Role.CHAIR, Role.MEMBER})
"""Roles that hold a voting seat of their own."""


@dataclass(frozen=True)
class ParticipantSpec:
    """A participant as given in a command."""

    user_id: UserId
    """Who."""
    name: str
    """Display name, as printed in the minutes."""
    role: Role
    """Role in this meeting."""
    substitute_for: UserId | None = None
    """For a substitute: the member whose seat they take."""
    remote: bool = False
    """Expected to attend remotely."""
    invited_items: frozenset[ItemId] = frozenset()
    """For a guest: the only items they may see."""


@dataclass
class Participant:
    """A participant of one meeting (an entity inside the Meeting aggregate)."""

    user_id: UserId
    name: str
    role: Role
    substitute_for: UserId | None = None
    remote: bool = False
    invited_items: frozenset[ItemId] = frozenset()
    checked_in_at: datetime | None = None
    attending_remotely: bool = False
    attended: bool = False
    attended_remotely: bool = False

    @classmethod
    def from_spec(cls, spec: ParticipantSpec) -> Participant:
        """Build a participant who has not checked in yet."""
        return cls(
            user_id=spec.user_id,
            name=spec.name,
            role=spec.role,
            substitute_for=spec.substitute_for,
            remote=spec.remote,
            invited_items=spec.invited_items,
        )

    @property
    def present(self) -> bool:
        """Whether the participant is checked in."""
        return self.checked_in_at is not None

    @property
    def seat(self) -> UserId | None:
        """The voting seat this participant occupies, if any."""
        if self.role in SEAT_ROLES:
            return self.user_id
        if self.role is Role.SUBSTITUTE:
            return self.substitute_for
        return None


@dataclass(frozen=True)
class QuorumStatus:
    """The quorum as it stands now."""

    total_seats: int
    """All voting seats of the meeting."""
    present_seats: int
    """Seats whose holder (or substitute, if the rules count them) is checked in."""
    required: int
    """Seats needed for the quorum."""
    present_seat_ids: frozenset[UserId] = field(default=frozenset(), compare=False)
    """Which seats are present."""

    @property
    def met(self) -> bool:
        """Whether the quorum is reached."""
        return self.present_seats >= self.required
