"""History entries written by the command runner, one per applied command."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from meetings.ids import UserId


@dataclass(frozen=True)
class HistoryEntry:
    """Who did what, when, in words fit for the audit log.

    The text comes from the command's declared audit line and never contains a secret ballot's
    choice.
    """

    at: datetime
    actor: UserId
    action: str
    """The command name, e.g. ``CastVote``."""
    text: str
