"""Tables of documents, their versions, attachments, recipients, assignments and history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, validates

from server.axis.connector.vocabulary import status_label
from server.core.db import Base, UtcDateTime, utcnow
from server.core.text import index_words

OPEN_STATES = ("received", "registered", "presented", "directed", "in_progress", "draft",
               "in_review", "returned", "to_sign", "signed")
"""States in which a document still waits for someone (everything but the finished ones)."""
OPEN_STATES_SQL = "state IN (" + ", ".join(f"'{state}'" for state in OPEN_STATES) + ")"


class Document(Base):
    """An official document (incoming, outgoing or internal) and its registration data."""

    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_state_direction", "state", "direction"),
        # Lists are sorted by one of these and then by id: with the id in the index, a page
        # (or a search window of thousands of rows) is read in order, with no sort at all.
        Index("ix_documents_created_at", "created_at", "id"),
        Index("ix_documents_due_date", "due_date", "id"),
        Index("ix_documents_register_number", "register_id", "number"),
        Index("ix_documents_duplicate_key", "number", "notation", "issuing_organ_id"),
        # Work lists look at open documents only, sorted by due date; old documents are nearly
        # all finished, so a partial index keeps these lists fast at millions of rows.
        Index("ix_documents_open_due", "due_date", "id",
              postgresql_where=text(OPEN_STATES_SQL), sqlite_where=text(OPEN_STATES_SQL)),
        # A unit head's drafts to review: the unit's few open documents, not all it ever drafted.
        Index("ix_documents_open_drafting", "drafting_unit_id", "state",
              postgresql_where=text(OPEN_STATES_SQL), sqlite_where=text(OPEN_STATES_SQL)),
        # The clerk's and the leader's work lists: one state, by due date.
        Index("ix_documents_open_state_due", "state", "due_date", "id",
              postgresql_where=text(OPEN_STATES_SQL), sqlite_where=text(OPEN_STATES_SQL)),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    direction: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    type_code: Mapped[str] = mapped_column(String(32))
    is_normative: Mapped[bool] = mapped_column(Boolean, default=False)
    subject: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str | None] = mapped_column(Text)
    number: Mapped[int | None] = mapped_column(Integer)
    """The issuer's number (outgoing: assigned at issuance; incoming: as printed)."""
    notation: Mapped[str | None] = mapped_column(String(30))
    register_id: Mapped[int | None] = mapped_column(ForeignKey("registers.id"))
    arrival_number: Mapped[int | None] = mapped_column(Integer)
    arrival_date: Mapped[datetime | None] = mapped_column(UtcDateTime)
    issue_date: Mapped[date | None] = mapped_column(Date)
    issuing_organ_id: Mapped[str | None] = mapped_column(String(13))
    issuing_organ_name: Mapped[str | None] = mapped_column(String(200))
    signer_authority: Mapped[str | None] = mapped_column(String(10))
    signer_position: Mapped[str | None] = mapped_column(String(100))
    signer_name: Mapped[str | None] = mapped_column(String(50))
    urgency: Mapped[str] = mapped_column(String(16), default="normal")
    confidentiality: Mapped[str] = mapped_column(String(16), default="normal")
    due_date: Mapped[date | None] = mapped_column(Date)
    page_count: Mapped[int | None] = mapped_column(Integer)
    drafting_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    presented_to: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    direction_text: Mapped[str | None] = mapped_column(Text)
    directed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    directed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    business_type: Mapped[int] = mapped_column(Integer, default=0)
    """edXML BussinessDocType: 0 new, 1 revoke, 2 update, 3 replace."""
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Both search columns hold up to a whole PDF's text: loaded only when used, never by lists.
    search_text: Mapped[str] = mapped_column(Text, default="", deferred=True)
    """Subject, summary, number, notation, organ names and PDF text, folded for search."""
    search_words: Mapped[str] = mapped_column(Text, default="", server_default="",
                                              deferred=True)
    """The words of ``search_text`` (``index_words``), space-separated: what search matches.
    PostgreSQL also keeps them as an indexed tsvector (migration 0008_search_words)."""
    text_status: Mapped[str] = mapped_column(String(16), default="none")
    """PDF text extraction: none, ok, failed (damaged or hostile file), not_pdf."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    @validates("search_text")
    def _derive_search_words(self, key: str, value: str) -> str:
        # Whatever step rewrites the text (intake, a new version, an attachment, issuance), the
        # words are derived here, so the text and the index can never disagree.
        self.search_words = " ".join(index_words(value))
        return value


class DocumentVersion(Base):
    """One stored file of a document's main content; signed versions are never rewritten."""

    __tablename__ = "document_versions"
    __table_args__ = (UniqueConstraint("document_id", "version_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    version_no: Mapped[int] = mapped_column(Integer)
    file_sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(500))
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Attachment(Base):
    """A further file of a document (appendix, scan, supporting material)."""

    __tablename__ = "document_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    file_sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    text_status: Mapped[str] = mapped_column(String(16), default="none")
    added_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Comment(Base):
    """A comment on a document, or on one of its versions."""

    __tablename__ = "document_comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    version_id: Mapped[int | None] = mapped_column(ForeignKey("document_versions.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Recipient(Base):
    """Nơi nhận: an internal unit or person, or an external organ, with its delivery status."""

    __tablename__ = "document_recipients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    organ_id: Mapped[str | None] = mapped_column(String(13))
    organ_name: Mapped[str | None] = mapped_column(String(200))
    delivery_status: Mapped[str] = mapped_column(String(16), default="pending")
    """pending → sent → delivered (or failed); internal recipients are delivered at issuance."""
    status_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    axis_status_code: Mapped[str | None] = mapped_column(String(2))
    """An external recipient's latest edXML status (01 arrived … 06 completed, 02 rejected)."""
    axis_status_note: Mapped[str | None] = mapped_column(Text)
    """The description that came with it (the reason of a rejection)."""

    @property
    def axis_status_label(self) -> str | None:
        """The Vietnamese label of ``axis_status_code``."""
        return status_label(self.axis_status_code)


class Assignment(Base):
    """Who handles a document: a unit or person as lead, support or for information."""

    __tablename__ = "document_assignments"
    __table_args__ = (
        Index("ix_assignments_user_open", "user_id", "done_at"),
        # A unit head's "to process" starts from the unit's open assignments: a handful among
        # the unit's tens of thousands of finished ones, found without visiting the table.
        Index("ix_assignments_unit_open", "unit_id", "role", "document_id",
              postgresql_where=text("done_at IS NULL"), sqlite_where=text("done_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("document_assignments.id"))
    role: Mapped[str] = mapped_column(String(8))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    deadline: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    assigned_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    assigned_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Participant(Base):
    """Someone (a person or a whole unit) entitled to see a document, and why."""

    __tablename__ = "document_participants"
    __table_args__ = (
        UniqueConstraint("document_id", "user_id", "unit_id", "reason"),
        Index("ix_participants_user", "user_id", "document_id"),
        Index("ix_participants_unit", "unit_id", "document_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    reason: Mapped[str] = mapped_column(String(16))
    """creator, presented, assignee, reviewer, recipient."""


class HistoryEntry(Base):
    """One step of a document's life, shown as its timeline (the audit log has the details)."""

    __tablename__ = "document_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)


class DeadlineReminder(Base):
    """A reminder already sent, so that each is sent once whichever worker runs the sweep."""

    __tablename__ = "deadline_reminders"
    __table_args__ = (UniqueConstraint("assignment_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("document_assignments.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    """``due_soon`` or ``overdue``."""
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class IntakeKey(Base):
    """An ``Idempotency-Key`` of incoming intake and the one document it made.

    The primary key is what makes intake idempotent under concurrency: two requests with the
    same key (a retry racing the original, two machines watching one shared scan folder) cannot
    both commit a document, whoever sent them. Keys are agency-wide, not per clerk: the same
    scanned file dropped twice is the same document.
    """

    __tablename__ = "intake_keys"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    """The file's SHA-256 in lower-case hex, as the client sent it."""
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
