"""Tables of the axis connector: the outbox, received messages, delivery statuses, quarantine."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.axis.connector.vocabulary import STATUS_LABELS
from server.core.db import Base, UtcDateTime, utcnow


class OutboxMessage(Base):
    """An edXML message to send (transactional outbox: committed with the state change).

    The bytes are built on the first attempt and stored before anything is sent, so every
    retry sends the same bytes under the same message id and the hub delivers them once.
    """

    __tablename__ = "axis_outbox"
    __table_args__ = (Index("ix_axis_outbox_due", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(64), unique=True)
    """Idempotency key on the hub."""
    kind: Mapped[str] = mapped_column(String(16))
    """``document`` or ``status``."""
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    """The local document the message is (about); none for a 02 about a refused message."""
    edxml_document_id: Mapped[str] = mapped_column(String(300))
    """The edXML DocumentId it carries or answers."""
    status_code: Mapped[str | None] = mapped_column(String(2))
    description: Mapped[str | None] = mapped_column(Text)
    """Reason of a 02/16, or of a revocation (13)."""
    recipients: Mapped[str] = mapped_column(String(2000))
    """Organ ids, comma-separated."""
    file_sha256: Mapped[str | None] = mapped_column(ForeignKey("stored_files.sha256"))
    """The built edXML bytes, once built."""
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    """A worker is sending it until then."""
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ReceivedMessage(Base):
    """A message taken from the hub: receipt is idempotent by message id and by DocumentId."""

    __tablename__ = "axis_received"
    __table_args__ = (Index("ix_axis_received_document", "sender", "edxml_document_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(128), unique=True)
    sender: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    edxml_document_id: Mapped[str] = mapped_column(String(300))
    status_code: Mapped[str | None] = mapped_column(String(2))
    business_type: Mapped[int] = mapped_column(Integer, default=0)
    accepted_document_key: Mapped[str | None] = mapped_column(String(300), unique=True)
    """The DocumentId of a document accepted as new: a second copy is a duplicate."""
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    """The local document created or affected."""
    code: Mapped[str | None] = mapped_column(String(60))
    """The sender's ``number/notation``, for the statuses sent back."""
    promulgation_date: Mapped[str | None] = mapped_column(String(10))
    """The sender's issue date (ISO), for the statuses sent back."""
    outcome: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DeliveryStatus(Base):
    """One status an external recipient reported about an outgoing document (its history)."""

    __tablename__ = "axis_delivery_statuses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient_id: Mapped[int] = mapped_column(
        ForeignKey("document_recipients.id", ondelete="CASCADE"), index=True)
    status_code: Mapped[str] = mapped_column(String(2))
    description: Mapped[str | None] = mapped_column(Text)
    reported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    """The recipient's ``Timestamp``."""
    message_id: Mapped[str] = mapped_column(String(128))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    @property
    def status_label(self) -> str:
        """The Vietnamese label of the code."""
        return STATUS_LABELS.get(self.status_code, self.status_code)


class QuarantinedMessage(Base):
    """A refused incoming message, kept with the reason (status 02 went to its sender)."""

    __tablename__ = "axis_quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(128), index=True)
    sender: Mapped[str] = mapped_column(String(32))
    edxml_document_id: Mapped[str | None] = mapped_column(String(300))
    error_code: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str | None] = mapped_column(ForeignKey("stored_files.sha256"))
    """The refused bytes, for investigation (never parsed again automatically)."""
    rejection_sent: Mapped[bool] = mapped_column(default=False)
    quarantined_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolution: Mapped[str | None] = mapped_column(String(16))
    """``reprocessed`` or ``dismissed`` once an operator dealt with it; none while open."""
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
