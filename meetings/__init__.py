"""phigiay meetings: the cabinet-meeting domain core (stdlib only, no framework).

Layers, imported only downwards: ``ids`` / ``errors`` → ``model`` → ``events`` / ``ports`` →
``permissions`` → ``commands`` → ``visibility`` / ``minutes`` → ``services``.
"""

from meetings.errors import MeetingError
from meetings.ids import (
    DocumentId,
    ItemId,
    MeetingId,
    NoteId,
    OpinionBallotId,
    QuestionId,
    UserId,
    VoteId,
)
from meetings.permissions import Actor, OfficeRole, Permission

__all__ = [
    "Actor",
    "DocumentId",
    "ItemId",
    "MeetingError",
    "MeetingId",
    "NoteId",
    "OfficeRole",
    "OpinionBallotId",
    "Permission",
    "QuestionId",
    "UserId",
    "VoteId",
]
