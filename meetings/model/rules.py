"""Configurable meeting rules: quorum, majority, substitutes, speaking time.

The exact thresholds for Government meetings are only partly confirmed in public sources
(spec ecabinet.md marks them [M]), so every value here is data, not code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from fractions import Fraction


@dataclass(frozen=True)
class QuorumRule:
    """At least ``fraction`` of all voting seats must be present."""

    fraction: Fraction = Fraction(2, 3)
    """Share of all voting seats that must be present (inclusive: exactly 2/3 is enough)."""

    def required(self, total_seats: int) -> int:
        """Return the smallest number of present seats that meets the quorum."""
        # Exact rational arithmetic: ceil(total * fraction) without floats.
        need = self.fraction * total_seats
        return int(-(-need.numerator // need.denominator))

    def is_met(self, *, present: int, total: int) -> bool:
        """Return whether ``present`` seats out of ``total`` meet the quorum."""
        return present >= self.required(total)


class MajorityKind(StrEnum):
    """How many yes votes carry a motion."""

    SIMPLE = "simple"
    """More yes than no; abstentions do not count."""
    ABSOLUTE = "absolute"
    """More than half of the base."""
    TWO_THIRDS = "two_thirds"
    """At least two thirds of the base."""


class MajorityBase(StrEnum):
    """What ABSOLUTE and TWO_THIRDS majorities are measured against."""

    PRESENT = "present"
    """Voting seats present when the vote closes."""
    ALL_MEMBERS = "all_members"
    """All voting seats of the meeting, present or not."""


@dataclass(frozen=True)
class MajorityRule:
    """A majority kind and the base it is measured against."""

    kind: MajorityKind = MajorityKind.ABSOLUTE
    """Which majority is needed."""
    base: MajorityBase = MajorityBase.ALL_MEMBERS
    """Against which number of seats (ignored for SIMPLE)."""

    def required_yes(self, base_count: int) -> int | None:
        """Return the least number of yes votes that carries, or None for SIMPLE (yes > no)."""
        if self.kind is MajorityKind.ABSOLUTE:
            return base_count // 2 + 1
        if self.kind is MajorityKind.TWO_THIRDS:
            # ceil(2/3 * base) in integers, so 10 seats need 7 and 9 seats need 6.
            return (2 * base_count + 2) // 3
        return None

    def is_carried(self, *, yes: int, no: int, base_count: int) -> bool:
        """Return whether the motion carries; a tie under SIMPLE does not carry."""
        required = self.required_yes(base_count)
        if required is None:
            return yes > no
        return yes >= required


@dataclass(frozen=True)
class MeetingRules:
    """Rules a meeting runs under, fixed when the meeting is created."""

    quorum: QuorumRule = field(default_factory=QuorumRule)
    """Quorum needed to open the session, adopt the consent block and open votes."""
    majority: MajorityRule = field(default_factory=MajorityRule)
    """Default majority for votes that do not name their own."""
    substitute_may_vote: bool = False
    """Whether a substitute votes for the member they replace (a proxy rule)."""
    substitute_counts_for_quorum: bool = True
    """Whether a present substitute makes their member's seat count as present."""
    quorum_to_open: bool = True
    """Whether the session may only start once the quorum is present."""
    speaker_time_limit: timedelta | None = timedelta(minutes=5)
    """Default time per speaker; an item may override it; None means unlimited."""
