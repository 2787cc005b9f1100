"""Typed identifiers. Ids are opaque strings chosen by the caller (the server uses UUIDs)."""

from __future__ import annotations

from typing import NewType

UserId = NewType("UserId", str)
MeetingId = NewType("MeetingId", str)
ItemId = NewType("ItemId", str)
DocumentId = NewType("DocumentId", str)
VoteId = NewType("VoteId", str)
OpinionBallotId = NewType("OpinionBallotId", str)
QuestionId = NewType("QuestionId", str)
NoteId = NewType("NoteId", str)

__all__ = [
    "DocumentId",
    "ItemId",
    "MeetingId",
    "NoteId",
    "OpinionBallotId",
    "QuestionId",
    "UserId",
    "VoteId",
]
