"""Tables of cabinet meetings, opinion ballots and private notes.

Storage choice: each aggregate (a ``Meeting``, an ``OpinionBallot``) is one row holding a
versioned JSON snapshot, plus a few plain columns and index tables for listing and access.

- The aggregate is the consistency boundary of the core: every command loads one, changes it and
  stores it whole. One row makes that one read and one write, and the row lock taken on load
  (``SELECT … FOR UPDATE`` on PostgreSQL, the write lock up front on SQLite) serialises commands on
  the same meeting, so 25 members voting at once queue instead of failing.
- ``version`` is SQLAlchemy's version counter (optimistic lock): a write that did not start from
  the stored version fails instead of silently overwriting a concurrent change.
- Secret votes: the snapshot keeps exactly what the core keeps, a *sorted* list of the seats that
  voted and three bare counters, in the same row. There is no per-ballot row, so no row id,
  insertion order or timestamp exists to pair a seat with a choice (a table of "who voted" rows
  next to a counter would expose its insertion order through ids or PostgreSQL's ``xmin``).
  The command history is not in the snapshot: it goes to the audit log, which never receives a
  secret ballot (see ``service.py``).
- Meetings are small (tens of participants, tens of items), so rewriting the snapshot is cheap.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.core.db import Base, UtcDateTime, utcnow


class MeetingRow(Base):
    """A meeting: its snapshot and the columns lists are sorted and filtered by."""

    __tablename__ = "meetings"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16), index=True)
    scheduled_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    __mapper_args__ = {"version_id_col": version}
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class MeetingParticipantRow(Base):
    """Who takes part in a meeting and as what (an index of the snapshot, for listing)."""

    __tablename__ = "meeting_participants"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(16))


class OpinionBallotRow(Base):
    """An opinion ballot (phiếu lấy ý kiến): its snapshot and listing columns."""

    __tablename__ = "opinion_ballots"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(16), index=True)
    secretary_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    deadline: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    __mapper_args__ = {"version_id_col": version}
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class OpinionBallotRecipientRow(Base):
    """A member asked in an opinion ballot (an index of the snapshot, for the inbox)."""

    __tablename__ = "opinion_ballot_recipients"

    ballot_id: Mapped[str] = mapped_column(
        ForeignKey("opinion_ballots.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)


class MeetingNoteRow(Base):
    """A private note on a meeting document; only its author ever reads it."""

    __tablename__ = "meeting_notes"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[str] = mapped_column(String(64))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MinutesVersionRow(Base):
    """One version of a meeting's minutes PDF: the frozen draft (no signer), then one per
    signature. Each signed version extends the one before it byte for byte."""

    __tablename__ = "meeting_minutes_versions"
    __table_args__ = (UniqueConstraint("meeting_id", "version_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    version_no: Mapped[int] = mapped_column(Integer)
    file_sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"))
    signer_role: Mapped[str | None] = mapped_column(String(16))
    """``chair`` or ``secretary`` for a signed version; None for the draft."""
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """``signing.VerificationReport.to_json()`` of a signed version, as checked on upload."""
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ConclusionNoticeRow(Base):
    """The outgoing document drafted from a meeting's conclusion notice (one per meeting)."""

    __tablename__ = "meeting_conclusion_notices"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class MeetingNoticeRow(Base):
    """A "meeting starting soon" notice already published, one per meeting and scheduled time.

    The primary key makes the notice go out once whichever worker sweeps first; a meeting moved
    to another time has a new key and so gets a new notice.
    """

    __tablename__ = "meeting_notices"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    scheduled_at: Mapped[datetime] = mapped_column(UtcDateTime, primary_key=True)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
