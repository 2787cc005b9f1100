"""Retention: permanent or N years, and the configurable schedule (after TT 10/2022/TT-BNV)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from archive.errors import InvalidMetadata, UnknownRetentionCategory

__all__ = ["PERMANENT", "Retention", "RetentionRule", "RetentionSchedule", "add_years"]


def add_years(day: date, years: int) -> date:
    """``day`` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise InvalidMetadata(message)


@dataclass(frozen=True)
class Retention:
    """Thời hạn bảo quản: permanent (``years is None``) or a number of years."""

    years: int | None = None

    def __post_init__(self) -> None:
        _require(self.years is None or 1 <= self.years <= 100, f"retention {self.years} years")

    @property
    def permanent(self) -> bool:
        """Kept forever (Vĩnh viễn)."""
        return self.years is None

    def ends(self, end_date: date) -> date | None:
        """Last day of retention for a dossier whose work ended on ``end_date``."""
        return None if self.years is None else add_years(end_date, self.years)

    def label(self) -> str:
        """The Vietnamese value written into the metadata (``Vĩnh viễn`` / ``10 năm``)."""
        return "Vĩnh viễn" if self.years is None else f"{self.years} năm"

    @classmethod
    def parse(cls, text: str) -> Retention:
        """Inverse of :meth:`label`; also accepts ``permanent`` and a bare number."""
        value = text.strip().lower()
        if value in ("vĩnh viễn", "permanent"):
            return cls(None)
        match = re.match(r"^(\d{1,3})( năm| years?)?$", value)
        if match is None:
            raise InvalidMetadata(f"{text!r} is not a retention period")
        return cls(int(match[1]))


PERMANENT = Retention(None)


@dataclass(frozen=True)
class RetentionRule:
    """One line of the retention schedule (after TT 10/2022/TT-BNV, configurable)."""

    category: str
    """Record category key, e.g. ``quyet-dinh-to-chuc``."""
    retention: Retention
    """How long records of this category are kept."""
    description: str = ""
    """What the category covers, for people."""


@dataclass(frozen=True)
class RetentionSchedule:
    """The agency's retention schedule: category → retention."""

    rules: tuple[RetentionRule, ...]

    def retention_for(self, category: str) -> Retention:
        """Retention of a category.

        Raises:
            UnknownRetentionCategory: the schedule has no such category.
        """
        for rule in self.rules:
            if rule.category == category:
                return rule.retention
        raise UnknownRetentionCategory(f"no retention rule for {category!r}")
