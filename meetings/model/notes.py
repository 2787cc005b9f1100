"""Private notes a user keeps on meeting documents; only the author ever sees them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from meetings.ids import DocumentId, MeetingId, NoteId, UserId


@dataclass(frozen=True)
class PrivateNote:
    """A note on one document of one meeting, owned by its author."""

    note_id: NoteId
    meeting_id: MeetingId
    document_id: DocumentId
    author: UserId
    text: str
    updated_at: datetime
